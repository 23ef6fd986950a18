/**
 */
package org.custodian.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Console User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person who may sign in to this console, with the role that decides what they see.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.ConsoleUser#getUsername <em>Username</em>}</li>
 *   <li>{@link org.custodian.model.ConsoleUser#getRole <em>Role</em>}</li>
 *   <li>{@link org.custodian.model.ConsoleUser#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.custodian.model.ConsoleUser#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getConsoleUser()
 * @model
 * @generated
 */
public interface ConsoleUser extends Identified {
	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The console user name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see org.custodian.model.ModelPackage#getConsoleUser_Username()
	 * @model
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link org.custodian.model.ConsoleUser#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.ConsoleRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the user may see and do.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.custodian.model.ConsoleRole
	 * @see #setRole(ConsoleRole)
	 * @see org.custodian.model.ModelPackage#getConsoleUser_Role()
	 * @model
	 * @generated
	 */
	ConsoleRole getRole();

	/**
	 * Sets the value of the '{@link org.custodian.model.ConsoleUser#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.custodian.model.ConsoleRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(ConsoleRole value);

	/**
	 * Returns the value of the '<em><b>Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member of staff the user is, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff</em>' reference.
	 * @see #setStaff(Staff)
	 * @see org.custodian.model.ModelPackage#getConsoleUser_Staff()
	 * @model
	 * @generated
	 */
	Staff getStaff();

	/**
	 * Sets the value of the '{@link org.custodian.model.ConsoleUser#getStaff <em>Staff</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff</em>' reference.
	 * @see #getStaff()
	 * @generated
	 */
	void setStaff(Staff value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True while the user may sign in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.custodian.model.ModelPackage#getConsoleUser_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.custodian.model.ConsoleUser#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // ConsoleUser
