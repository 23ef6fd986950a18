/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.ChangeKind;
import org.custodian.model.ModelPackage;
import org.custodian.model.Staff;
import org.custodian.model.StaffChange;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staff Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.StaffChangeImpl#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffChangeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffChangeImpl#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffChangeImpl#getNewRole <em>New Role</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffChangeImpl#getRevocationDeadline <em>Revocation Deadline</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffChangeImpl#getSmartcardRemovedAt <em>Smartcard Removed At</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffChangeImpl#getPositionRemovedAt <em>Position Removed At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffChangeImpl extends IdentifiedImpl implements StaffChange {
	/**
	 * The cached value of the '{@link #getStaff() <em>Staff</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected Staff staff;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ChangeKind KIND_EDEFAULT = ChangeKind.LEAVER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ChangeKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date EFFECTIVE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected Date effectiveDate = EFFECTIVE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewRole() <em>New Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewRole()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewRole() <em>New Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewRole()
	 * @generated
	 * @ordered
	 */
	protected String newRole = NEW_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevocationDeadline() <em>Revocation Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevocationDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final Date REVOCATION_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevocationDeadline() <em>Revocation Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevocationDeadline()
	 * @generated
	 * @ordered
	 */
	protected Date revocationDeadline = REVOCATION_DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmartcardRemovedAt() <em>Smartcard Removed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartcardRemovedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SMARTCARD_REMOVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmartcardRemovedAt() <em>Smartcard Removed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartcardRemovedAt()
	 * @generated
	 * @ordered
	 */
	protected Date smartcardRemovedAt = SMARTCARD_REMOVED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPositionRemovedAt() <em>Position Removed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositionRemovedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date POSITION_REMOVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPositionRemovedAt() <em>Position Removed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositionRemovedAt()
	 * @generated
	 * @ordered
	 */
	protected Date positionRemovedAt = POSITION_REMOVED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaffChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STAFF_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getStaff() {
		if (staff != null && staff.eIsProxy()) {
			InternalEObject oldStaff = (InternalEObject)staff;
			staff = (Staff)eResolveProxy(oldStaff);
			if (staff != oldStaff) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.STAFF_CHANGE__STAFF, oldStaff, staff));
			}
		}
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetStaff() {
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaff(Staff newStaff) {
		Staff oldStaff = staff;
		staff = newStaff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF_CHANGE__STAFF, oldStaff, staff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ChangeKind newKind) {
		ChangeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF_CHANGE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEffectiveDate() {
		return effectiveDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveDate(Date newEffectiveDate) {
		Date oldEffectiveDate = effectiveDate;
		effectiveDate = newEffectiveDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF_CHANGE__EFFECTIVE_DATE, oldEffectiveDate, effectiveDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewRole() {
		return newRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewRole(String newNewRole) {
		String oldNewRole = newRole;
		newRole = newNewRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF_CHANGE__NEW_ROLE, oldNewRole, newRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getRevocationDeadline() {
		return revocationDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevocationDeadline(Date newRevocationDeadline) {
		Date oldRevocationDeadline = revocationDeadline;
		revocationDeadline = newRevocationDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF_CHANGE__REVOCATION_DEADLINE, oldRevocationDeadline, revocationDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSmartcardRemovedAt() {
		return smartcardRemovedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmartcardRemovedAt(Date newSmartcardRemovedAt) {
		Date oldSmartcardRemovedAt = smartcardRemovedAt;
		smartcardRemovedAt = newSmartcardRemovedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF_CHANGE__SMARTCARD_REMOVED_AT, oldSmartcardRemovedAt, smartcardRemovedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPositionRemovedAt() {
		return positionRemovedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositionRemovedAt(Date newPositionRemovedAt) {
		Date oldPositionRemovedAt = positionRemovedAt;
		positionRemovedAt = newPositionRemovedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF_CHANGE__POSITION_REMOVED_AT, oldPositionRemovedAt, positionRemovedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STAFF_CHANGE__STAFF:
				if (resolve) return getStaff();
				return basicGetStaff();
			case ModelPackage.STAFF_CHANGE__KIND:
				return getKind();
			case ModelPackage.STAFF_CHANGE__EFFECTIVE_DATE:
				return getEffectiveDate();
			case ModelPackage.STAFF_CHANGE__NEW_ROLE:
				return getNewRole();
			case ModelPackage.STAFF_CHANGE__REVOCATION_DEADLINE:
				return getRevocationDeadline();
			case ModelPackage.STAFF_CHANGE__SMARTCARD_REMOVED_AT:
				return getSmartcardRemovedAt();
			case ModelPackage.STAFF_CHANGE__POSITION_REMOVED_AT:
				return getPositionRemovedAt();
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
			case ModelPackage.STAFF_CHANGE__STAFF:
				setStaff((Staff)newValue);
				return;
			case ModelPackage.STAFF_CHANGE__KIND:
				setKind((ChangeKind)newValue);
				return;
			case ModelPackage.STAFF_CHANGE__EFFECTIVE_DATE:
				setEffectiveDate((Date)newValue);
				return;
			case ModelPackage.STAFF_CHANGE__NEW_ROLE:
				setNewRole((String)newValue);
				return;
			case ModelPackage.STAFF_CHANGE__REVOCATION_DEADLINE:
				setRevocationDeadline((Date)newValue);
				return;
			case ModelPackage.STAFF_CHANGE__SMARTCARD_REMOVED_AT:
				setSmartcardRemovedAt((Date)newValue);
				return;
			case ModelPackage.STAFF_CHANGE__POSITION_REMOVED_AT:
				setPositionRemovedAt((Date)newValue);
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
			case ModelPackage.STAFF_CHANGE__STAFF:
				setStaff((Staff)null);
				return;
			case ModelPackage.STAFF_CHANGE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.STAFF_CHANGE__EFFECTIVE_DATE:
				setEffectiveDate(EFFECTIVE_DATE_EDEFAULT);
				return;
			case ModelPackage.STAFF_CHANGE__NEW_ROLE:
				setNewRole(NEW_ROLE_EDEFAULT);
				return;
			case ModelPackage.STAFF_CHANGE__REVOCATION_DEADLINE:
				setRevocationDeadline(REVOCATION_DEADLINE_EDEFAULT);
				return;
			case ModelPackage.STAFF_CHANGE__SMARTCARD_REMOVED_AT:
				setSmartcardRemovedAt(SMARTCARD_REMOVED_AT_EDEFAULT);
				return;
			case ModelPackage.STAFF_CHANGE__POSITION_REMOVED_AT:
				setPositionRemovedAt(POSITION_REMOVED_AT_EDEFAULT);
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
			case ModelPackage.STAFF_CHANGE__STAFF:
				return staff != null;
			case ModelPackage.STAFF_CHANGE__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.STAFF_CHANGE__EFFECTIVE_DATE:
				return EFFECTIVE_DATE_EDEFAULT == null ? effectiveDate != null : !EFFECTIVE_DATE_EDEFAULT.equals(effectiveDate);
			case ModelPackage.STAFF_CHANGE__NEW_ROLE:
				return NEW_ROLE_EDEFAULT == null ? newRole != null : !NEW_ROLE_EDEFAULT.equals(newRole);
			case ModelPackage.STAFF_CHANGE__REVOCATION_DEADLINE:
				return REVOCATION_DEADLINE_EDEFAULT == null ? revocationDeadline != null : !REVOCATION_DEADLINE_EDEFAULT.equals(revocationDeadline);
			case ModelPackage.STAFF_CHANGE__SMARTCARD_REMOVED_AT:
				return SMARTCARD_REMOVED_AT_EDEFAULT == null ? smartcardRemovedAt != null : !SMARTCARD_REMOVED_AT_EDEFAULT.equals(smartcardRemovedAt);
			case ModelPackage.STAFF_CHANGE__POSITION_REMOVED_AT:
				return POSITION_REMOVED_AT_EDEFAULT == null ? positionRemovedAt != null : !POSITION_REMOVED_AT_EDEFAULT.equals(positionRemovedAt);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", effectiveDate: ");
		result.append(effectiveDate);
		result.append(", newRole: ");
		result.append(newRole);
		result.append(", revocationDeadline: ");
		result.append(revocationDeadline);
		result.append(", smartcardRemovedAt: ");
		result.append(smartcardRemovedAt);
		result.append(", positionRemovedAt: ");
		result.append(positionRemovedAt);
		result.append(')');
		return result.toString();
	}

} //StaffChangeImpl
