/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Case Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The finding that closes an access investigation (R7).
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getCaseOutcome()
 * @model
 * @generated
 */
public enum CaseOutcome implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No outcome yet.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>SUBSTANTIATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The inappropriate access is proven.
	 * <!-- end-model-doc -->
	 * @see #SUBSTANTIATED_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSTANTIATED(1, "SUBSTANTIATED", "SUBSTANTIATED"),

	/**
	 * The '<em><b>PARTIALLY SUBSTANTIATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Part of the allegation is proven.
	 * <!-- end-model-doc -->
	 * @see #PARTIALLY_SUBSTANTIATED_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIALLY_SUBSTANTIATED(2, "PARTIALLY_SUBSTANTIATED", "PARTIALLY_SUBSTANTIATED"),

	/**
	 * The '<em><b>UNSUBSTANTIATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence is insufficient either way.
	 * <!-- end-model-doc -->
	 * @see #UNSUBSTANTIATED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSUBSTANTIATED(3, "UNSUBSTANTIATED", "UNSUBSTANTIATED"),

	/**
	 * The '<em><b>UNFOUNDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The access was legitimate.
	 * <!-- end-model-doc -->
	 * @see #UNFOUNDED_VALUE
	 * @generated
	 * @ordered
	 */
	UNFOUNDED(4, "UNFOUNDED", "UNFOUNDED");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No outcome yet.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>SUBSTANTIATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The inappropriate access is proven.
	 * <!-- end-model-doc -->
	 * @see #SUBSTANTIATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBSTANTIATED_VALUE = 1;

	/**
	 * The '<em><b>PARTIALLY SUBSTANTIATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Part of the allegation is proven.
	 * <!-- end-model-doc -->
	 * @see #PARTIALLY_SUBSTANTIATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTIALLY_SUBSTANTIATED_VALUE = 2;

	/**
	 * The '<em><b>UNSUBSTANTIATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence is insufficient either way.
	 * <!-- end-model-doc -->
	 * @see #UNSUBSTANTIATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSUBSTANTIATED_VALUE = 3;

	/**
	 * The '<em><b>UNFOUNDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The access was legitimate.
	 * <!-- end-model-doc -->
	 * @see #UNFOUNDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNFOUNDED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Case Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CaseOutcome[] VALUES_ARRAY =
		new CaseOutcome[] {
			NONE,
			SUBSTANTIATED,
			PARTIALLY_SUBSTANTIATED,
			UNSUBSTANTIATED,
			UNFOUNDED,
		};

	/**
	 * A public read-only list of all the '<em><b>Case Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CaseOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Case Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseOutcome get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case SUBSTANTIATED_VALUE: return SUBSTANTIATED;
			case PARTIALLY_SUBSTANTIATED_VALUE: return PARTIALLY_SUBSTANTIATED;
			case UNSUBSTANTIATED_VALUE: return UNSUBSTANTIATED;
			case UNFOUNDED_VALUE: return UNFOUNDED;
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
	private CaseOutcome(int value, String name, String literal) {
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
	
} //CaseOutcome
