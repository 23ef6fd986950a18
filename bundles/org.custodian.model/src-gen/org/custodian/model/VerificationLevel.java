/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Verification Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How deep a DR verification goes, as dcm4chee names the levels of its own storage verification.
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getVerificationLevel()
 * @model
 * @generated
 */
public enum VerificationLevel implements Enumerator {
	/**
	 * The '<em><b>INVENTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study lists of both nodes compared.
	 * <!-- end-model-doc -->
	 * @see #INVENTORY_VALUE
	 * @generated
	 * @ordered
	 */
	INVENTORY(0, "INVENTORY", "INVENTORY"),

	/**
	 * The '<em><b>COUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also the object count of every study.
	 * <!-- end-model-doc -->
	 * @see #COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	COUNT(1, "COUNT", "COUNT"),

	/**
	 * The '<em><b>PRESENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also every object found on the DR node by an instance-level query.
	 * <!-- end-model-doc -->
	 * @see #PRESENCE_VALUE
	 * @generated
	 * @ordered
	 */
	PRESENCE(2, "PRESENCE", "PRESENCE"),

	/**
	 * The '<em><b>SAMPLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also a sample of studies retrieved from both nodes and compared object by object.
	 * <!-- end-model-doc -->
	 * @see #SAMPLE_VALUE
	 * @generated
	 * @ordered
	 */
	SAMPLE(3, "SAMPLE", "SAMPLE"),

	/**
	 * The '<em><b>FULL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every study retrieved from both nodes and compared object by object.
	 * <!-- end-model-doc -->
	 * @see #FULL_VALUE
	 * @generated
	 * @ordered
	 */
	FULL(4, "FULL", "FULL");

	/**
	 * The '<em><b>INVENTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study lists of both nodes compared.
	 * <!-- end-model-doc -->
	 * @see #INVENTORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVENTORY_VALUE = 0;

	/**
	 * The '<em><b>COUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also the object count of every study.
	 * <!-- end-model-doc -->
	 * @see #COUNT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNT_VALUE = 1;

	/**
	 * The '<em><b>PRESENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also every object found on the DR node by an instance-level query.
	 * <!-- end-model-doc -->
	 * @see #PRESENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESENCE_VALUE = 2;

	/**
	 * The '<em><b>SAMPLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also a sample of studies retrieved from both nodes and compared object by object.
	 * <!-- end-model-doc -->
	 * @see #SAMPLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAMPLE_VALUE = 3;

	/**
	 * The '<em><b>FULL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every study retrieved from both nodes and compared object by object.
	 * <!-- end-model-doc -->
	 * @see #FULL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FULL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Verification Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VerificationLevel[] VALUES_ARRAY =
		new VerificationLevel[] {
			INVENTORY,
			COUNT,
			PRESENCE,
			SAMPLE,
			FULL,
		};

	/**
	 * A public read-only list of all the '<em><b>Verification Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VerificationLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Verification Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationLevel get(int value) {
		switch (value) {
			case INVENTORY_VALUE: return INVENTORY;
			case COUNT_VALUE: return COUNT;
			case PRESENCE_VALUE: return PRESENCE;
			case SAMPLE_VALUE: return SAMPLE;
			case FULL_VALUE: return FULL;
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
	private VerificationLevel(int value, String name, String literal) {
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
	
} //VerificationLevel
