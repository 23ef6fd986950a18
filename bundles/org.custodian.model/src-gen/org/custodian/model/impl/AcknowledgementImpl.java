/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.Acknowledgement;
import org.custodian.model.ModelPackage;
import org.custodian.model.PolicyVersion;
import org.custodian.model.Staff;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Acknowledgement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.AcknowledgementImpl#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.custodian.model.impl.AcknowledgementImpl#getPolicyVersion <em>Policy Version</em>}</li>
 *   <li>{@link org.custodian.model.impl.AcknowledgementImpl#getAcknowledgedAt <em>Acknowledged At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AcknowledgementImpl extends IdentifiedImpl implements Acknowledgement {
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
	 * The cached value of the '{@link #getPolicyVersion() <em>Policy Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyVersion()
	 * @generated
	 * @ordered
	 */
	protected PolicyVersion policyVersion;

	/**
	 * The default value of the '{@link #getAcknowledgedAt() <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date ACKNOWLEDGED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcknowledgedAt() <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedAt()
	 * @generated
	 * @ordered
	 */
	protected Date acknowledgedAt = ACKNOWLEDGED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AcknowledgementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ACKNOWLEDGEMENT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ACKNOWLEDGEMENT__STAFF, oldStaff, staff));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACKNOWLEDGEMENT__STAFF, oldStaff, staff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyVersion getPolicyVersion() {
		if (policyVersion != null && policyVersion.eIsProxy()) {
			InternalEObject oldPolicyVersion = (InternalEObject)policyVersion;
			policyVersion = (PolicyVersion)eResolveProxy(oldPolicyVersion);
			if (policyVersion != oldPolicyVersion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ACKNOWLEDGEMENT__POLICY_VERSION, oldPolicyVersion, policyVersion));
			}
		}
		return policyVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyVersion basicGetPolicyVersion() {
		return policyVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicyVersion(PolicyVersion newPolicyVersion) {
		PolicyVersion oldPolicyVersion = policyVersion;
		policyVersion = newPolicyVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACKNOWLEDGEMENT__POLICY_VERSION, oldPolicyVersion, policyVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAcknowledgedAt() {
		return acknowledgedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedAt(Date newAcknowledgedAt) {
		Date oldAcknowledgedAt = acknowledgedAt;
		acknowledgedAt = newAcknowledgedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACKNOWLEDGEMENT__ACKNOWLEDGED_AT, oldAcknowledgedAt, acknowledgedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ACKNOWLEDGEMENT__STAFF:
				if (resolve) return getStaff();
				return basicGetStaff();
			case ModelPackage.ACKNOWLEDGEMENT__POLICY_VERSION:
				if (resolve) return getPolicyVersion();
				return basicGetPolicyVersion();
			case ModelPackage.ACKNOWLEDGEMENT__ACKNOWLEDGED_AT:
				return getAcknowledgedAt();
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
			case ModelPackage.ACKNOWLEDGEMENT__STAFF:
				setStaff((Staff)newValue);
				return;
			case ModelPackage.ACKNOWLEDGEMENT__POLICY_VERSION:
				setPolicyVersion((PolicyVersion)newValue);
				return;
			case ModelPackage.ACKNOWLEDGEMENT__ACKNOWLEDGED_AT:
				setAcknowledgedAt((Date)newValue);
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
			case ModelPackage.ACKNOWLEDGEMENT__STAFF:
				setStaff((Staff)null);
				return;
			case ModelPackage.ACKNOWLEDGEMENT__POLICY_VERSION:
				setPolicyVersion((PolicyVersion)null);
				return;
			case ModelPackage.ACKNOWLEDGEMENT__ACKNOWLEDGED_AT:
				setAcknowledgedAt(ACKNOWLEDGED_AT_EDEFAULT);
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
			case ModelPackage.ACKNOWLEDGEMENT__STAFF:
				return staff != null;
			case ModelPackage.ACKNOWLEDGEMENT__POLICY_VERSION:
				return policyVersion != null;
			case ModelPackage.ACKNOWLEDGEMENT__ACKNOWLEDGED_AT:
				return ACKNOWLEDGED_AT_EDEFAULT == null ? acknowledgedAt != null : !ACKNOWLEDGED_AT_EDEFAULT.equals(acknowledgedAt);
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
		result.append(" (acknowledgedAt: ");
		result.append(acknowledgedAt);
		result.append(')');
		return result.toString();
	}

} //AcknowledgementImpl
