/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Employment Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a member of staff is engaged (G3: training includes temporary and agency staff).
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getEmploymentType()
 * @model
 * @generated
 */
public enum EmploymentType implements Enumerator {
	/**
	 * The '<em><b>PERMANENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substantive employee.
	 * <!-- end-model-doc -->
	 * @see #PERMANENT_VALUE
	 * @generated
	 * @ordered
	 */
	PERMANENT(0, "PERMANENT", "PERMANENT"),

	/**
	 * The '<em><b>BANK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member of the trust's staff bank.
	 * <!-- end-model-doc -->
	 * @see #BANK_VALUE
	 * @generated
	 * @ordered
	 */
	BANK(1, "BANK", "BANK"),

	/**
	 * The '<em><b>AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supplied by an agency.
	 * <!-- end-model-doc -->
	 * @see #AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	AGENCY(2, "AGENCY", "AGENCY"),

	/**
	 * The '<em><b>TEMPORARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed-term employee.
	 * <!-- end-model-doc -->
	 * @see #TEMPORARY_VALUE
	 * @generated
	 * @ordered
	 */
	TEMPORARY(3, "TEMPORARY", "TEMPORARY"),

	/**
	 * The '<em><b>CONTRACTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Works for a contractor or supplier.
	 * <!-- end-model-doc -->
	 * @see #CONTRACTOR_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRACTOR(4, "CONTRACTOR", "CONTRACTOR");

	/**
	 * The '<em><b>PERMANENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substantive employee.
	 * <!-- end-model-doc -->
	 * @see #PERMANENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERMANENT_VALUE = 0;

	/**
	 * The '<em><b>BANK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member of the trust's staff bank.
	 * <!-- end-model-doc -->
	 * @see #BANK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BANK_VALUE = 1;

	/**
	 * The '<em><b>AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supplied by an agency.
	 * <!-- end-model-doc -->
	 * @see #AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGENCY_VALUE = 2;

	/**
	 * The '<em><b>TEMPORARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed-term employee.
	 * <!-- end-model-doc -->
	 * @see #TEMPORARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEMPORARY_VALUE = 3;

	/**
	 * The '<em><b>CONTRACTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Works for a contractor or supplier.
	 * <!-- end-model-doc -->
	 * @see #CONTRACTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRACTOR_VALUE = 4;

	/**
	 * An array of all the '<em><b>Employment Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EmploymentType[] VALUES_ARRAY =
		new EmploymentType[] {
			PERMANENT,
			BANK,
			AGENCY,
			TEMPORARY,
			CONTRACTOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Employment Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EmploymentType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Employment Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmploymentType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmploymentType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Employment Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmploymentType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmploymentType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Employment Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmploymentType get(int value) {
		switch (value) {
			case PERMANENT_VALUE: return PERMANENT;
			case BANK_VALUE: return BANK;
			case AGENCY_VALUE: return AGENCY;
			case TEMPORARY_VALUE: return TEMPORARY;
			case CONTRACTOR_VALUE: return CONTRACTOR;
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
	private EmploymentType(int value, String name, String literal) {
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
	
} //EmploymentType
