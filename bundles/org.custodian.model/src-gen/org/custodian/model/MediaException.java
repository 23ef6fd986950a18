/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Media Exception</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Permitted reason for unencrypted media (M2), or none.
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getMediaException()
 * @model
 * @generated
 */
public enum MediaException implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No exception: the media is encrypted.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>URGENT CLINICAL TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Urgent clinical transfer where delay is an unacceptable risk.
	 * <!-- end-model-doc -->
	 * @see #URGENT_CLINICAL_TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	URGENT_CLINICAL_TRANSFER(1, "URGENT_CLINICAL_TRANSFER", "URGENT_CLINICAL_TRANSFER"),

	/**
	 * The '<em><b>HANDED TO PATIENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handed to the patient, who was told of the risk.
	 * <!-- end-model-doc -->
	 * @see #HANDED_TO_PATIENT_VALUE
	 * @generated
	 * @ordered
	 */
	HANDED_TO_PATIENT(2, "HANDED_TO_PATIENT", "HANDED_TO_PATIENT");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No exception: the media is encrypted.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>URGENT CLINICAL TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Urgent clinical transfer where delay is an unacceptable risk.
	 * <!-- end-model-doc -->
	 * @see #URGENT_CLINICAL_TRANSFER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int URGENT_CLINICAL_TRANSFER_VALUE = 1;

	/**
	 * The '<em><b>HANDED TO PATIENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handed to the patient, who was told of the risk.
	 * <!-- end-model-doc -->
	 * @see #HANDED_TO_PATIENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HANDED_TO_PATIENT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Media Exception</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MediaException[] VALUES_ARRAY =
		new MediaException[] {
			NONE,
			URGENT_CLINICAL_TRANSFER,
			HANDED_TO_PATIENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Media Exception</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MediaException> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Media Exception</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MediaException get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MediaException result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Media Exception</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MediaException getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MediaException result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Media Exception</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MediaException get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case URGENT_CLINICAL_TRANSFER_VALUE: return URGENT_CLINICAL_TRANSFER;
			case HANDED_TO_PATIENT_VALUE: return HANDED_TO_PATIENT;
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
	private MediaException(int value, String name, String literal) {
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
	
} //MediaException
