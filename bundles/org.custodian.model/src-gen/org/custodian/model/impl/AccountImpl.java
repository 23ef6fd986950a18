/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.Account;
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
		result.append(')');
		return result.toString();
	}

} //AccountImpl
