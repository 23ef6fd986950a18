/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.ModelPackage;
import org.custodian.model.Staff;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getSystem <em>System</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getUsername <em>Username</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#isShared <em>Shared</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getDisabledAt <em>Disabled At</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getLastUsed <em>Last Used</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getSmartcardId <em>Smartcard Id</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getEmployeeNumber <em>Employee Number</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getMatch <em>Match</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getSuggestedOwner <em>Suggested Owner</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccountImpl#getMatchNote <em>Match Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountImpl extends IdentifiedImpl implements Account {
	/**
	 * The default value of the '{@link #getSystem() <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystem() <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected String system = SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected static final String USERNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected String username = USERNAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Staff owner;

	/**
	 * The default value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected boolean shared = SHARED_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisabledAt() <em>Disabled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabledAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date DISABLED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisabledAt() <em>Disabled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabledAt()
	 * @generated
	 * @ordered
	 */
	protected Date disabledAt = DISABLED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastUsed() <em>Last Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUsed()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_USED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastUsed() <em>Last Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUsed()
	 * @generated
	 * @ordered
	 */
	protected Date lastUsed = LAST_USED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmartcardId() <em>Smartcard Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartcardId()
	 * @generated
	 * @ordered
	 */
	protected static final String SMARTCARD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmartcardId() <em>Smartcard Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartcardId()
	 * @generated
	 * @ordered
	 */
	protected String smartcardId = SMARTCARD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmployeeNumber() <em>Employee Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployeeNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String EMPLOYEE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmployeeNumber() <em>Employee Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployeeNumber()
	 * @generated
	 * @ordered
	 */
	protected String employeeNumber = EMPLOYEE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMatch() <em>Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatch()
	 * @generated
	 * @ordered
	 */
	protected static final AccountMatch MATCH_EDEFAULT = AccountMatch.UNMATCHED;

	/**
	 * The cached value of the '{@link #getMatch() <em>Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatch()
	 * @generated
	 * @ordered
	 */
	protected AccountMatch match = MATCH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSuggestedOwner() <em>Suggested Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuggestedOwner()
	 * @generated
	 * @ordered
	 */
	protected Staff suggestedOwner;

	/**
	 * The default value of the '{@link #getMatchNote() <em>Match Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchNote()
	 * @generated
	 * @ordered
	 */
	protected static final String MATCH_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMatchNote() <em>Match Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchNote()
	 * @generated
	 * @ordered
	 */
	protected String matchNote = MATCH_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ACCOUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystem() {
		return system;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystem(String newSystem) {
		String oldSystem = system;
		system = newSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__SYSTEM, oldSystem, system));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsername(String newUsername) {
		String oldUsername = username;
		username = newUsername;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__USERNAME, oldUsername, username));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Staff)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ACCOUNT__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Staff newOwner) {
		Staff oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShared() {
		return shared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShared(boolean newShared) {
		boolean oldShared = shared;
		shared = newShared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__SHARED, oldShared, shared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDisabledAt() {
		return disabledAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisabledAt(Date newDisabledAt) {
		Date oldDisabledAt = disabledAt;
		disabledAt = newDisabledAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__DISABLED_AT, oldDisabledAt, disabledAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastUsed() {
		return lastUsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastUsed(Date newLastUsed) {
		Date oldLastUsed = lastUsed;
		lastUsed = newLastUsed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__LAST_USED, oldLastUsed, lastUsed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmartcardId() {
		return smartcardId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmartcardId(String newSmartcardId) {
		String oldSmartcardId = smartcardId;
		smartcardId = newSmartcardId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__SMARTCARD_ID, oldSmartcardId, smartcardId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmployeeNumber() {
		return employeeNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployeeNumber(String newEmployeeNumber) {
		String oldEmployeeNumber = employeeNumber;
		employeeNumber = newEmployeeNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__EMPLOYEE_NUMBER, oldEmployeeNumber, employeeNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountMatch getMatch() {
		return match;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatch(AccountMatch newMatch) {
		AccountMatch oldMatch = match;
		match = newMatch == null ? MATCH_EDEFAULT : newMatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__MATCH, oldMatch, match));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getSuggestedOwner() {
		if (suggestedOwner != null && suggestedOwner.eIsProxy()) {
			InternalEObject oldSuggestedOwner = (InternalEObject)suggestedOwner;
			suggestedOwner = (Staff)eResolveProxy(oldSuggestedOwner);
			if (suggestedOwner != oldSuggestedOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ACCOUNT__SUGGESTED_OWNER, oldSuggestedOwner, suggestedOwner));
			}
		}
		return suggestedOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetSuggestedOwner() {
		return suggestedOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuggestedOwner(Staff newSuggestedOwner) {
		Staff oldSuggestedOwner = suggestedOwner;
		suggestedOwner = newSuggestedOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__SUGGESTED_OWNER, oldSuggestedOwner, suggestedOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMatchNote() {
		return matchNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatchNote(String newMatchNote) {
		String oldMatchNote = matchNote;
		matchNote = newMatchNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNT__MATCH_NOTE, oldMatchNote, matchNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ACCOUNT__SYSTEM:
				return getSystem();
			case ModelPackage.ACCOUNT__USERNAME:
				return getUsername();
			case ModelPackage.ACCOUNT__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case ModelPackage.ACCOUNT__SHARED:
				return isShared();
			case ModelPackage.ACCOUNT__ENABLED:
				return isEnabled();
			case ModelPackage.ACCOUNT__DISABLED_AT:
				return getDisabledAt();
			case ModelPackage.ACCOUNT__LAST_USED:
				return getLastUsed();
			case ModelPackage.ACCOUNT__SMARTCARD_ID:
				return getSmartcardId();
			case ModelPackage.ACCOUNT__DISPLAY_NAME:
				return getDisplayName();
			case ModelPackage.ACCOUNT__EMPLOYEE_NUMBER:
				return getEmployeeNumber();
			case ModelPackage.ACCOUNT__MATCH:
				return getMatch();
			case ModelPackage.ACCOUNT__SUGGESTED_OWNER:
				if (resolve) return getSuggestedOwner();
				return basicGetSuggestedOwner();
			case ModelPackage.ACCOUNT__MATCH_NOTE:
				return getMatchNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.ACCOUNT__SYSTEM:
				setSystem((String)newValue);
				return;
			case ModelPackage.ACCOUNT__USERNAME:
				setUsername((String)newValue);
				return;
			case ModelPackage.ACCOUNT__OWNER:
				setOwner((Staff)newValue);
				return;
			case ModelPackage.ACCOUNT__SHARED:
				setShared((Boolean)newValue);
				return;
			case ModelPackage.ACCOUNT__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case ModelPackage.ACCOUNT__DISABLED_AT:
				setDisabledAt((Date)newValue);
				return;
			case ModelPackage.ACCOUNT__LAST_USED:
				setLastUsed((Date)newValue);
				return;
			case ModelPackage.ACCOUNT__SMARTCARD_ID:
				setSmartcardId((String)newValue);
				return;
			case ModelPackage.ACCOUNT__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case ModelPackage.ACCOUNT__EMPLOYEE_NUMBER:
				setEmployeeNumber((String)newValue);
				return;
			case ModelPackage.ACCOUNT__MATCH:
				setMatch((AccountMatch)newValue);
				return;
			case ModelPackage.ACCOUNT__SUGGESTED_OWNER:
				setSuggestedOwner((Staff)newValue);
				return;
			case ModelPackage.ACCOUNT__MATCH_NOTE:
				setMatchNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.ACCOUNT__SYSTEM:
				setSystem(SYSTEM_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__USERNAME:
				setUsername(USERNAME_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__OWNER:
				setOwner((Staff)null);
				return;
			case ModelPackage.ACCOUNT__SHARED:
				setShared(SHARED_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__DISABLED_AT:
				setDisabledAt(DISABLED_AT_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__LAST_USED:
				setLastUsed(LAST_USED_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__SMARTCARD_ID:
				setSmartcardId(SMARTCARD_ID_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__EMPLOYEE_NUMBER:
				setEmployeeNumber(EMPLOYEE_NUMBER_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__MATCH:
				setMatch(MATCH_EDEFAULT);
				return;
			case ModelPackage.ACCOUNT__SUGGESTED_OWNER:
				setSuggestedOwner((Staff)null);
				return;
			case ModelPackage.ACCOUNT__MATCH_NOTE:
				setMatchNote(MATCH_NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.ACCOUNT__SYSTEM:
				return SYSTEM_EDEFAULT == null ? system != null : !SYSTEM_EDEFAULT.equals(system);
			case ModelPackage.ACCOUNT__USERNAME:
				return USERNAME_EDEFAULT == null ? username != null : !USERNAME_EDEFAULT.equals(username);
			case ModelPackage.ACCOUNT__OWNER:
				return owner != null;
			case ModelPackage.ACCOUNT__SHARED:
				return shared != SHARED_EDEFAULT;
			case ModelPackage.ACCOUNT__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case ModelPackage.ACCOUNT__DISABLED_AT:
				return DISABLED_AT_EDEFAULT == null ? disabledAt != null : !DISABLED_AT_EDEFAULT.equals(disabledAt);
			case ModelPackage.ACCOUNT__LAST_USED:
				return LAST_USED_EDEFAULT == null ? lastUsed != null : !LAST_USED_EDEFAULT.equals(lastUsed);
			case ModelPackage.ACCOUNT__SMARTCARD_ID:
				return SMARTCARD_ID_EDEFAULT == null ? smartcardId != null : !SMARTCARD_ID_EDEFAULT.equals(smartcardId);
			case ModelPackage.ACCOUNT__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case ModelPackage.ACCOUNT__EMPLOYEE_NUMBER:
				return EMPLOYEE_NUMBER_EDEFAULT == null ? employeeNumber != null : !EMPLOYEE_NUMBER_EDEFAULT.equals(employeeNumber);
			case ModelPackage.ACCOUNT__MATCH:
				return match != MATCH_EDEFAULT;
			case ModelPackage.ACCOUNT__SUGGESTED_OWNER:
				return suggestedOwner != null;
			case ModelPackage.ACCOUNT__MATCH_NOTE:
				return MATCH_NOTE_EDEFAULT == null ? matchNote != null : !MATCH_NOTE_EDEFAULT.equals(matchNote);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (system: ");
		result.append(system);
		result.append(", username: ");
		result.append(username);
		result.append(", shared: ");
		result.append(shared);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", disabledAt: ");
		result.append(disabledAt);
		result.append(", lastUsed: ");
		result.append(lastUsed);
		result.append(", smartcardId: ");
		result.append(smartcardId);
		result.append(", displayName: ");
		result.append(displayName);
		result.append(", employeeNumber: ");
		result.append(employeeNumber);
		result.append(", match: ");
		result.append(match);
		result.append(", matchNote: ");
		result.append(matchNote);
		result.append(')');
		return result.toString();
	}

} //AccountImpl
