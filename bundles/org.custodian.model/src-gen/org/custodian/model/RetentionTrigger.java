/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Retention Trigger</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The event from which a retention period is counted (R4).
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getRetentionTrigger()
 * @model
 * @generated
 */
public enum RetentionTrigger implements Enumerator {
	/**
	 * The '<em><b>END OF TREATMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conclusion of treatment or last entry.
	 * <!-- end-model-doc -->
	 * @see #END_OF_TREATMENT_VALUE
	 * @generated
	 * @ordered
	 */
	END_OF_TREATMENT(0, "END_OF_TREATMENT", "END_OF_TREATMENT"),

	/**
	 * The '<em><b>DATE OF BIRTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient's date of birth.
	 * <!-- end-model-doc -->
	 * @see #DATE_OF_BIRTH_VALUE
	 * @generated
	 * @ordered
	 */
	DATE_OF_BIRTH(1, "DATE_OF_BIRTH", "DATE_OF_BIRTH"),

	/**
	 * The '<em><b>DEATH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient's death.
	 * <!-- end-model-doc -->
	 * @see #DEATH_VALUE
	 * @generated
	 * @ordered
	 */
	DEATH(2, "DEATH", "DEATH"),

	/**
	 * The '<em><b>BIRTH OF LAST CHILD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Birth of the last child (maternity records).
	 * <!-- end-model-doc -->
	 * @see #BIRTH_OF_LAST_CHILD_VALUE
	 * @generated
	 * @ordered
	 */
	BIRTH_OF_LAST_CHILD(3, "BIRTH_OF_LAST_CHILD", "BIRTH_OF_LAST_CHILD"),

	/**
	 * The '<em><b>DIAGNOSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of diagnosis.
	 * <!-- end-model-doc -->
	 * @see #DIAGNOSIS_VALUE
	 * @generated
	 * @ordered
	 */
	DIAGNOSIS(4, "DIAGNOSIS", "DIAGNOSIS"),

	/**
	 * The '<em><b>LAST ATTENDANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient's last attendance.
	 * <!-- end-model-doc -->
	 * @see #LAST_ATTENDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	LAST_ATTENDANCE(5, "LAST_ATTENDANCE", "LAST_ATTENDANCE"),

	/**
	 * The '<em><b>END OF TRIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the clinical trial.
	 * <!-- end-model-doc -->
	 * @see #END_OF_TRIAL_VALUE
	 * @generated
	 * @ordered
	 */
	END_OF_TRIAL(6, "END_OF_TRIAL", "END_OF_TRIAL"),

	/**
	 * The '<em><b>CLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closure of the record or case.
	 * <!-- end-model-doc -->
	 * @see #CLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSURE(7, "CLOSURE", "CLOSURE");

	/**
	 * The '<em><b>END OF TREATMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conclusion of treatment or last entry.
	 * <!-- end-model-doc -->
	 * @see #END_OF_TREATMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int END_OF_TREATMENT_VALUE = 0;

	/**
	 * The '<em><b>DATE OF BIRTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient's date of birth.
	 * <!-- end-model-doc -->
	 * @see #DATE_OF_BIRTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATE_OF_BIRTH_VALUE = 1;

	/**
	 * The '<em><b>DEATH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient's death.
	 * <!-- end-model-doc -->
	 * @see #DEATH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEATH_VALUE = 2;

	/**
	 * The '<em><b>BIRTH OF LAST CHILD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Birth of the last child (maternity records).
	 * <!-- end-model-doc -->
	 * @see #BIRTH_OF_LAST_CHILD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIRTH_OF_LAST_CHILD_VALUE = 3;

	/**
	 * The '<em><b>DIAGNOSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of diagnosis.
	 * <!-- end-model-doc -->
	 * @see #DIAGNOSIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIAGNOSIS_VALUE = 4;

	/**
	 * The '<em><b>LAST ATTENDANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient's last attendance.
	 * <!-- end-model-doc -->
	 * @see #LAST_ATTENDANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAST_ATTENDANCE_VALUE = 5;

	/**
	 * The '<em><b>END OF TRIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the clinical trial.
	 * <!-- end-model-doc -->
	 * @see #END_OF_TRIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int END_OF_TRIAL_VALUE = 6;

	/**
	 * The '<em><b>CLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closure of the record or case.
	 * <!-- end-model-doc -->
	 * @see #CLOSURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOSURE_VALUE = 7;

	/**
	 * An array of all the '<em><b>Retention Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RetentionTrigger[] VALUES_ARRAY =
		new RetentionTrigger[] {
			END_OF_TREATMENT,
			DATE_OF_BIRTH,
			DEATH,
			BIRTH_OF_LAST_CHILD,
			DIAGNOSIS,
			LAST_ATTENDANCE,
			END_OF_TRIAL,
			CLOSURE,
		};

	/**
	 * A public read-only list of all the '<em><b>Retention Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RetentionTrigger> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Retention Trigger</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionTrigger get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RetentionTrigger result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention Trigger</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionTrigger getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RetentionTrigger result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention Trigger</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionTrigger get(int value) {
		switch (value) {
			case END_OF_TREATMENT_VALUE: return END_OF_TREATMENT;
			case DATE_OF_BIRTH_VALUE: return DATE_OF_BIRTH;
			case DEATH_VALUE: return DEATH;
			case BIRTH_OF_LAST_CHILD_VALUE: return BIRTH_OF_LAST_CHILD;
			case DIAGNOSIS_VALUE: return DIAGNOSIS;
			case LAST_ATTENDANCE_VALUE: return LAST_ATTENDANCE;
			case END_OF_TRIAL_VALUE: return END_OF_TRIAL;
			case CLOSURE_VALUE: return CLOSURE;
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
	private RetentionTrigger(int value, String name, String literal) {
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
	
} //RetentionTrigger
