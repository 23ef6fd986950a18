/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Console Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a user of this console may see and do.
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getConsoleRole()
 * @model
 * @generated
 */
public enum ConsoleRole implements Enumerator {
	/**
	 * The '<em><b>CALDICOTT GUARDIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access investigations and patient timelines.
	 * <!-- end-model-doc -->
	 * @see #CALDICOTT_GUARDIAN_VALUE
	 * @generated
	 * @ordered
	 */
	CALDICOTT_GUARDIAN(0, "CALDICOTT_GUARDIAN", "CALDICOTT_GUARDIAN"),

	/**
	 * The '<em><b>IT SECURITY LEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backup, DR and technical controls.
	 * <!-- end-model-doc -->
	 * @see #IT_SECURITY_LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	IT_SECURITY_LEAD(1, "IT_SECURITY_LEAD", "IT_SECURITY_LEAD"),

	/**
	 * The '<em><b>IG MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suppliers, agreements, retention and media.
	 * <!-- end-model-doc -->
	 * @see #IG_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	IG_MANAGER(2, "IG_MANAGER", "IG_MANAGER"),

	/**
	 * The '<em><b>LINE MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Their staff's training, acknowledgements and leavers.
	 * <!-- end-model-doc -->
	 * @see #LINE_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	LINE_MANAGER(3, "LINE_MANAGER", "LINE_MANAGER"),

	/**
	 * The '<em><b>AUDITOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read-only view of the evidence.
	 * <!-- end-model-doc -->
	 * @see #AUDITOR_VALUE
	 * @generated
	 * @ordered
	 */
	AUDITOR(4, "AUDITOR", "AUDITOR"),

	/**
	 * The '<em><b>ADMINISTRATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manages console users and settings.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATOR_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATOR(5, "ADMINISTRATOR", "ADMINISTRATOR");

	/**
	 * The '<em><b>CALDICOTT GUARDIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access investigations and patient timelines.
	 * <!-- end-model-doc -->
	 * @see #CALDICOTT_GUARDIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CALDICOTT_GUARDIAN_VALUE = 0;

	/**
	 * The '<em><b>IT SECURITY LEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backup, DR and technical controls.
	 * <!-- end-model-doc -->
	 * @see #IT_SECURITY_LEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IT_SECURITY_LEAD_VALUE = 1;

	/**
	 * The '<em><b>IG MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suppliers, agreements, retention and media.
	 * <!-- end-model-doc -->
	 * @see #IG_MANAGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IG_MANAGER_VALUE = 2;

	/**
	 * The '<em><b>LINE MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Their staff's training, acknowledgements and leavers.
	 * <!-- end-model-doc -->
	 * @see #LINE_MANAGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINE_MANAGER_VALUE = 3;

	/**
	 * The '<em><b>AUDITOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read-only view of the evidence.
	 * <!-- end-model-doc -->
	 * @see #AUDITOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUDITOR_VALUE = 4;

	/**
	 * The '<em><b>ADMINISTRATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manages console users and settings.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATOR_VALUE = 5;

	/**
	 * An array of all the '<em><b>Console Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConsoleRole[] VALUES_ARRAY =
		new ConsoleRole[] {
			CALDICOTT_GUARDIAN,
			IT_SECURITY_LEAD,
			IG_MANAGER,
			LINE_MANAGER,
			AUDITOR,
			ADMINISTRATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Console Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConsoleRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Console Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsoleRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConsoleRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Console Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsoleRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConsoleRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Console Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsoleRole get(int value) {
		switch (value) {
			case CALDICOTT_GUARDIAN_VALUE: return CALDICOTT_GUARDIAN;
			case IT_SECURITY_LEAD_VALUE: return IT_SECURITY_LEAD;
			case IG_MANAGER_VALUE: return IG_MANAGER;
			case LINE_MANAGER_VALUE: return LINE_MANAGER;
			case AUDITOR_VALUE: return AUDITOR;
			case ADMINISTRATOR_VALUE: return ADMINISTRATOR;
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
	private ConsoleRole(int value, String name, String literal) {
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
	
} //ConsoleRole
