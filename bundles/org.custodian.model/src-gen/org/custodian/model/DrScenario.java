/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dr Scenario</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The disaster a recovery plan answers (R3: malware, fire, flood, air conditioning, hardware, provider).
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getDrScenario()
 * @model
 * @generated
 */
public enum DrScenario implements Enumerator {
	/**
	 * The '<em><b>RANSOMWARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Malware encrypts or destroys archive data.
	 * <!-- end-model-doc -->
	 * @see #RANSOMWARE_VALUE
	 * @generated
	 * @ordered
	 */
	RANSOMWARE(0, "RANSOMWARE", "RANSOMWARE"),

	/**
	 * The '<em><b>FIRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fire destroys the server room.
	 * <!-- end-model-doc -->
	 * @see #FIRE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRE(1, "FIRE", "FIRE"),

	/**
	 * The '<em><b>FLOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Water damages the server room.
	 * <!-- end-model-doc -->
	 * @see #FLOOD_VALUE
	 * @generated
	 * @ordered
	 */
	FLOOD(2, "FLOOD", "FLOOD"),

	/**
	 * The '<em><b>AIR CONDITIONING FAILURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cooling fails and servers must be shut down.
	 * <!-- end-model-doc -->
	 * @see #AIR_CONDITIONING_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	AIR_CONDITIONING_FAILURE(3, "AIR_CONDITIONING_FAILURE", "AIR_CONDITIONING_FAILURE"),

	/**
	 * The '<em><b>HARDWARE FAILURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage or servers fail.
	 * <!-- end-model-doc -->
	 * @see #HARDWARE_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	HARDWARE_FAILURE(4, "HARDWARE_FAILURE", "HARDWARE_FAILURE"),

	/**
	 * The '<em><b>PROVIDER OUTAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PACS or cloud provider is unavailable.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_OUTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDER_OUTAGE(5, "PROVIDER_OUTAGE", "PROVIDER_OUTAGE"),

	/**
	 * The '<em><b>THEFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equipment or media holding archive data is stolen.
	 * <!-- end-model-doc -->
	 * @see #THEFT_VALUE
	 * @generated
	 * @ordered
	 */
	THEFT(6, "THEFT", "THEFT"),

	/**
	 * The '<em><b>UNAUTHORISED ACCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Someone without the right reaches or alters archive data.
	 * <!-- end-model-doc -->
	 * @see #UNAUTHORISED_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	UNAUTHORISED_ACCESS(7, "UNAUTHORISED_ACCESS", "UNAUTHORISED_ACCESS");

	/**
	 * The '<em><b>RANSOMWARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Malware encrypts or destroys archive data.
	 * <!-- end-model-doc -->
	 * @see #RANSOMWARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RANSOMWARE_VALUE = 0;

	/**
	 * The '<em><b>FIRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fire destroys the server room.
	 * <!-- end-model-doc -->
	 * @see #FIRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRE_VALUE = 1;

	/**
	 * The '<em><b>FLOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Water damages the server room.
	 * <!-- end-model-doc -->
	 * @see #FLOOD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FLOOD_VALUE = 2;

	/**
	 * The '<em><b>AIR CONDITIONING FAILURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cooling fails and servers must be shut down.
	 * <!-- end-model-doc -->
	 * @see #AIR_CONDITIONING_FAILURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AIR_CONDITIONING_FAILURE_VALUE = 3;

	/**
	 * The '<em><b>HARDWARE FAILURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage or servers fail.
	 * <!-- end-model-doc -->
	 * @see #HARDWARE_FAILURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HARDWARE_FAILURE_VALUE = 4;

	/**
	 * The '<em><b>PROVIDER OUTAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PACS or cloud provider is unavailable.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_OUTAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDER_OUTAGE_VALUE = 5;

	/**
	 * The '<em><b>THEFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equipment or media holding archive data is stolen.
	 * <!-- end-model-doc -->
	 * @see #THEFT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THEFT_VALUE = 6;

	/**
	 * The '<em><b>UNAUTHORISED ACCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Someone without the right reaches or alters archive data.
	 * <!-- end-model-doc -->
	 * @see #UNAUTHORISED_ACCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNAUTHORISED_ACCESS_VALUE = 7;

	/**
	 * An array of all the '<em><b>Dr Scenario</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DrScenario[] VALUES_ARRAY =
		new DrScenario[] {
			RANSOMWARE,
			FIRE,
			FLOOD,
			AIR_CONDITIONING_FAILURE,
			HARDWARE_FAILURE,
			PROVIDER_OUTAGE,
			THEFT,
			UNAUTHORISED_ACCESS,
		};

	/**
	 * A public read-only list of all the '<em><b>Dr Scenario</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DrScenario> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dr Scenario</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DrScenario get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DrScenario result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dr Scenario</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DrScenario getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DrScenario result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dr Scenario</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DrScenario get(int value) {
		switch (value) {
			case RANSOMWARE_VALUE: return RANSOMWARE;
			case FIRE_VALUE: return FIRE;
			case FLOOD_VALUE: return FLOOD;
			case AIR_CONDITIONING_FAILURE_VALUE: return AIR_CONDITIONING_FAILURE;
			case HARDWARE_FAILURE_VALUE: return HARDWARE_FAILURE;
			case PROVIDER_OUTAGE_VALUE: return PROVIDER_OUTAGE;
			case THEFT_VALUE: return THEFT;
			case UNAUTHORISED_ACCESS_VALUE: return UNAUTHORISED_ACCESS;
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
	private DrScenario(int value, String name, String literal) {
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
	
} //DrScenario
