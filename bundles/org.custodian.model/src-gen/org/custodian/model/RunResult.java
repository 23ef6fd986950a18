/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Run Result</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a DR test run ended, as reported by the automation or the operator.
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getRunResult()
 * @model
 * @generated
 */
public enum RunResult implements Enumerator {
	/**
	 * The '<em><b>SUCCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed without findings.
	 * <!-- end-model-doc -->
	 * @see #SUCCESS_VALUE
	 * @generated
	 * @ordered
	 */
	SUCCESS(0, "SUCCESS", "SUCCESS"),

	/**
	 * The '<em><b>WARNINGS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed with warnings to review.
	 * <!-- end-model-doc -->
	 * @see #WARNINGS_VALUE
	 * @generated
	 * @ordered
	 */
	WARNINGS(1, "WARNINGS", "WARNINGS"),

	/**
	 * The '<em><b>ERRORS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed with errors.
	 * <!-- end-model-doc -->
	 * @see #ERRORS_VALUE
	 * @generated
	 * @ordered
	 */
	ERRORS(2, "ERRORS", "ERRORS"),

	/**
	 * The '<em><b>CANCELLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stopped before completion.
	 * <!-- end-model-doc -->
	 * @see #CANCELLED_VALUE
	 * @generated
	 * @ordered
	 */
	CANCELLED(3, "CANCELLED", "CANCELLED"),

	/**
	 * The '<em><b>UNVERIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed without errors but verified nothing: no study of the range on the primary, no object retrieved and compared, no file or object checked. Never a success.
	 * <!-- end-model-doc -->
	 * @see #UNVERIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNVERIFIED(4, "UNVERIFIED", "UNVERIFIED");

	/**
	 * The '<em><b>SUCCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed without findings.
	 * <!-- end-model-doc -->
	 * @see #SUCCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUCCESS_VALUE = 0;

	/**
	 * The '<em><b>WARNINGS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed with warnings to review.
	 * <!-- end-model-doc -->
	 * @see #WARNINGS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WARNINGS_VALUE = 1;

	/**
	 * The '<em><b>ERRORS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed with errors.
	 * <!-- end-model-doc -->
	 * @see #ERRORS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ERRORS_VALUE = 2;

	/**
	 * The '<em><b>CANCELLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stopped before completion.
	 * <!-- end-model-doc -->
	 * @see #CANCELLED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CANCELLED_VALUE = 3;

	/**
	 * The '<em><b>UNVERIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed without errors but verified nothing: no study of the range on the primary, no object retrieved and compared, no file or object checked. Never a success.
	 * <!-- end-model-doc -->
	 * @see #UNVERIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNVERIFIED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Run Result</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RunResult[] VALUES_ARRAY =
		new RunResult[] {
			SUCCESS,
			WARNINGS,
			ERRORS,
			CANCELLED,
			UNVERIFIED,
		};

	/**
	 * A public read-only list of all the '<em><b>Run Result</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RunResult> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Run Result</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RunResult get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RunResult result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Run Result</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RunResult getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RunResult result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Run Result</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RunResult get(int value) {
		switch (value) {
			case SUCCESS_VALUE: return SUCCESS;
			case WARNINGS_VALUE: return WARNINGS;
			case ERRORS_VALUE: return ERRORS;
			case CANCELLED_VALUE: return CANCELLED;
			case UNVERIFIED_VALUE: return UNVERIFIED;
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
	private RunResult(int value, String name, String literal) {
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
	
} //RunResult
