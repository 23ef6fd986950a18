/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A log-in to PACS or a related system (G2: personal, withdrawn on leaving).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.Account#getSystem <em>System</em>}</li>
 *   <li>{@link org.custodian.model.Account#getUsername <em>Username</em>}</li>
 *   <li>{@link org.custodian.model.Account#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.custodian.model.Account#isShared <em>Shared</em>}</li>
 *   <li>{@link org.custodian.model.Account#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.custodian.model.Account#getDisabledAt <em>Disabled At</em>}</li>
 *   <li>{@link org.custodian.model.Account#getLastUsed <em>Last Used</em>}</li>
 *   <li>{@link org.custodian.model.Account#getSmartcardId <em>Smartcard Id</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getAccount()
 * @model
 * @generated
 */
public interface Account extends Identified {
	/**
	 * Returns the value of the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system the account logs in to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System</em>' attribute.
	 * @see #setSystem(String)
	 * @see org.custodian.model.ModelPackage#getAccount_System()
	 * @model
	 * @generated
	 */
	String getSystem();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getSystem <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System</em>' attribute.
	 * @see #getSystem()
	 * @generated
	 */
	void setSystem(String value);

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name on that system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see org.custodian.model.ModelPackage#getAccount_Username()
	 * @model
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person the account belongs to; none for shared or unknown accounts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Staff)
	 * @see org.custodian.model.ModelPackage#getAccount_Owner()
	 * @model
	 * @generated
	 */
	Staff getOwner();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Staff value);

	/**
	 * Returns the value of the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for an account used by several people.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shared</em>' attribute.
	 * @see #setShared(boolean)
	 * @see org.custodian.model.ModelPackage#getAccount_Shared()
	 * @model
	 * @generated
	 */
	boolean isShared();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#isShared <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared</em>' attribute.
	 * @see #isShared()
	 * @generated
	 */
	void setShared(boolean value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True while the account can log in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.custodian.model.ModelPackage#getAccount_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Disabled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the account was disabled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disabled At</em>' attribute.
	 * @see #setDisabledAt(Date)
	 * @see org.custodian.model.ModelPackage#getAccount_DisabledAt()
	 * @model
	 * @generated
	 */
	Date getDisabledAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getDisabledAt <em>Disabled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disabled At</em>' attribute.
	 * @see #getDisabledAt()
	 * @generated
	 */
	void setDisabledAt(Date value);

	/**
	 * Returns the value of the '<em><b>Last Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the account last logged in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Used</em>' attribute.
	 * @see #setLastUsed(Date)
	 * @see org.custodian.model.ModelPackage#getAccount_LastUsed()
	 * @model
	 * @generated
	 */
	Date getLastUsed();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getLastUsed <em>Last Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Used</em>' attribute.
	 * @see #getLastUsed()
	 * @generated
	 */
	void setLastUsed(Date value);

	/**
	 * Returns the value of the '<em><b>Smartcard Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The smartcard bound to the account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smartcard Id</em>' attribute.
	 * @see #setSmartcardId(String)
	 * @see org.custodian.model.ModelPackage#getAccount_SmartcardId()
	 * @model
	 * @generated
	 */
	String getSmartcardId();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getSmartcardId <em>Smartcard Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smartcard Id</em>' attribute.
	 * @see #getSmartcardId()
	 * @generated
	 */
	void setSmartcardId(String value);

} // Account
