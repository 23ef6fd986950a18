/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dspt Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Published NHS Data Security and Protection Toolkit status of an organisation (R6).
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getDsptStatus()
 * @model
 * @generated
 */
public enum DsptStatus implements Enumerator {
	/**
	 * The '<em><b>STANDARDS EXCEEDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standards exceeded.
	 * <!-- end-model-doc -->
	 * @see #STANDARDS_EXCEEDED_VALUE
	 * @generated
	 * @ordered
	 */
	STANDARDS_EXCEEDED(0, "STANDARDS_EXCEEDED", "STANDARDS_EXCEEDED"),

	/**
	 * The '<em><b>STANDARDS MET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standards met.
	 * <!-- end-model-doc -->
	 * @see #STANDARDS_MET_VALUE
	 * @generated
	 * @ordered
	 */
	STANDARDS_MET(1, "STANDARDS_MET", "STANDARDS_MET"),

	/**
	 * The '<em><b>APPROACHING STANDARDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Approaching standards (improvement plan agreed).
	 * <!-- end-model-doc -->
	 * @see #APPROACHING_STANDARDS_VALUE
	 * @generated
	 * @ordered
	 */
	APPROACHING_STANDARDS(2, "APPROACHING_STANDARDS", "APPROACHING_STANDARDS"),

	/**
	 * The '<em><b>NOT MET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standards not met.
	 * <!-- end-model-doc -->
	 * @see #NOT_MET_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_MET(3, "NOT_MET", "NOT_MET"),

	/**
	 * The '<em><b>NOT PUBLISHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No assessment published.
	 * <!-- end-model-doc -->
	 * @see #NOT_PUBLISHED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_PUBLISHED(4, "NOT_PUBLISHED", "NOT_PUBLISHED");

	/**
	 * The '<em><b>STANDARDS EXCEEDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standards exceeded.
	 * <!-- end-model-doc -->
	 * @see #STANDARDS_EXCEEDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STANDARDS_EXCEEDED_VALUE = 0;

	/**
	 * The '<em><b>STANDARDS MET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standards met.
	 * <!-- end-model-doc -->
	 * @see #STANDARDS_MET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STANDARDS_MET_VALUE = 1;

	/**
	 * The '<em><b>APPROACHING STANDARDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Approaching standards (improvement plan agreed).
	 * <!-- end-model-doc -->
	 * @see #APPROACHING_STANDARDS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APPROACHING_STANDARDS_VALUE = 2;

	/**
	 * The '<em><b>NOT MET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standards not met.
	 * <!-- end-model-doc -->
	 * @see #NOT_MET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_MET_VALUE = 3;

	/**
	 * The '<em><b>NOT PUBLISHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No assessment published.
	 * <!-- end-model-doc -->
	 * @see #NOT_PUBLISHED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_PUBLISHED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Dspt Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DsptStatus[] VALUES_ARRAY =
		new DsptStatus[] {
			STANDARDS_EXCEEDED,
			STANDARDS_MET,
			APPROACHING_STANDARDS,
			NOT_MET,
			NOT_PUBLISHED,
		};

	/**
	 * A public read-only list of all the '<em><b>Dspt Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DsptStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dspt Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DsptStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DsptStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dspt Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DsptStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DsptStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dspt Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DsptStatus get(int value) {
		switch (value) {
			case STANDARDS_EXCEEDED_VALUE: return STANDARDS_EXCEEDED;
			case STANDARDS_MET_VALUE: return STANDARDS_MET;
			case APPROACHING_STANDARDS_VALUE: return APPROACHING_STANDARDS;
			case NOT_MET_VALUE: return NOT_MET;
			case NOT_PUBLISHED_VALUE: return NOT_PUBLISHED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DsptStatus(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DsptStatus
