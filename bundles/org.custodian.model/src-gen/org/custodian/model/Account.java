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
 *   <li>{@link org.custodian.model.Account#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.custodian.model.Account#getEmployeeNumber <em>Employee Number</em>}</li>
 *   <li>{@link org.custodian.model.Account#getMatch <em>Match</em>}</li>
 *   <li>{@link org.custodian.model.Account#getSuggestedOwner <em>Suggested Owner</em>}</li>
 *   <li>{@link org.custodian.model.Account#getMatchNote <em>Match Note</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name the system shows for the account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.custodian.model.ModelPackage#getAccount_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Employee Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The staff number the system records for the account, when it records one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employee Number</em>' attribute.
	 * @see #setEmployeeNumber(String)
	 * @see org.custodian.model.ModelPackage#getAccount_EmployeeNumber()
	 * @model
	 * @generated
	 */
	String getEmployeeNumber();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getEmployeeNumber <em>Employee Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employee Number</em>' attribute.
	 * @see #getEmployeeNumber()
	 * @generated
	 */
	void setEmployeeNumber(String value);

	/**
	 * Returns the value of the '<em><b>Match</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.AccountMatch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the account was linked to its owner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Match</em>' attribute.
	 * @see org.custodian.model.AccountMatch
	 * @see #setMatch(AccountMatch)
	 * @see org.custodian.model.ModelPackage#getAccount_Match()
	 * @model
	 * @generated
	 */
	AccountMatch getMatch();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getMatch <em>Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match</em>' attribute.
	 * @see org.custodian.model.AccountMatch
	 * @see #getMatch()
	 * @generated
	 */
	void setMatch(AccountMatch value);

	/**
	 * Returns the value of the '<em><b>Suggested Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A near-miss candidate owner waiting for review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suggested Owner</em>' reference.
	 * @see #setSuggestedOwner(Staff)
	 * @see org.custodian.model.ModelPackage#getAccount_SuggestedOwner()
	 * @model
	 * @generated
	 */
	Staff getSuggestedOwner();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getSuggestedOwner <em>Suggested Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suggested Owner</em>' reference.
	 * @see #getSuggestedOwner()
	 * @generated
	 */
	void setSuggestedOwner(Staff value);

	/**
	 * Returns the value of the '<em><b>Match Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the account was matched or sent for review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Match Note</em>' attribute.
	 * @see #setMatchNote(String)
	 * @see org.custodian.model.ModelPackage#getAccount_MatchNote()
	 * @model
	 * @generated
	 */
	String getMatchNote();

	/**
	 * Sets the value of the '{@link org.custodian.model.Account#getMatchNote <em>Match Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match Note</em>' attribute.
	 * @see #getMatchNote()
	 * @generated
	 */
	void setMatchNote(String value);

} // Account
