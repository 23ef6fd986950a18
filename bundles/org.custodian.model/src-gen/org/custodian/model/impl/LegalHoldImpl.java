/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.LegalHold;
import org.custodian.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Legal Hold</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.LegalHoldImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.custodian.model.impl.LegalHoldImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.impl.LegalHoldImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.custodian.model.impl.LegalHoldImpl#getPlacedAt <em>Placed At</em>}</li>
 *   <li>{@link org.custodian.model.impl.LegalHoldImpl#getReleasedAt <em>Released At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LegalHoldImpl extends IdentifiedImpl implements LegalHold {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected static final String PATIENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected String patientId = PATIENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlacedAt() <em>Placed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date PLACED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlacedAt() <em>Placed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacedAt()
	 * @generated
	 * @ordered
	 */
	protected Date placedAt = PLACED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReleasedAt() <em>Released At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleasedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date RELEASED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReleasedAt() <em>Released At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleasedAt()
	 * @generated
	 * @ordered
	 */
	protected Date releasedAt = RELEASED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LegalHoldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LEGAL_HOLD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEGAL_HOLD__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPatientId() {
		return patientId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatientId(String newPatientId) {
		String oldPatientId = patientId;
		patientId = newPatientId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEGAL_HOLD__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEGAL_HOLD__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPlacedAt() {
		return placedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlacedAt(Date newPlacedAt) {
		Date oldPlacedAt = placedAt;
		placedAt = newPlacedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEGAL_HOLD__PLACED_AT, oldPlacedAt, placedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReleasedAt() {
		return releasedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReleasedAt(Date newReleasedAt) {
		Date oldReleasedAt = releasedAt;
		releasedAt = newReleasedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEGAL_HOLD__RELEASED_AT, oldReleasedAt, releasedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.LEGAL_HOLD__REFERENCE:
				return getReference();
			case ModelPackage.LEGAL_HOLD__PATIENT_ID:
				return getPatientId();
			case ModelPackage.LEGAL_HOLD__REASON:
				return getReason();
			case ModelPackage.LEGAL_HOLD__PLACED_AT:
				return getPlacedAt();
			case ModelPackage.LEGAL_HOLD__RELEASED_AT:
				return getReleasedAt();
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
			case ModelPackage.LEGAL_HOLD__REFERENCE:
				setReference((String)newValue);
				return;
			case ModelPackage.LEGAL_HOLD__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case ModelPackage.LEGAL_HOLD__REASON:
				setReason((String)newValue);
				return;
			case ModelPackage.LEGAL_HOLD__PLACED_AT:
				setPlacedAt((Date)newValue);
				return;
			case ModelPackage.LEGAL_HOLD__RELEASED_AT:
				setReleasedAt((Date)newValue);
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
			case ModelPackage.LEGAL_HOLD__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case ModelPackage.LEGAL_HOLD__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case ModelPackage.LEGAL_HOLD__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case ModelPackage.LEGAL_HOLD__PLACED_AT:
				setPlacedAt(PLACED_AT_EDEFAULT);
				return;
			case ModelPackage.LEGAL_HOLD__RELEASED_AT:
				setReleasedAt(RELEASED_AT_EDEFAULT);
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
			case ModelPackage.LEGAL_HOLD__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case ModelPackage.LEGAL_HOLD__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case ModelPackage.LEGAL_HOLD__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case ModelPackage.LEGAL_HOLD__PLACED_AT:
				return PLACED_AT_EDEFAULT == null ? placedAt != null : !PLACED_AT_EDEFAULT.equals(placedAt);
			case ModelPackage.LEGAL_HOLD__RELEASED_AT:
				return RELEASED_AT_EDEFAULT == null ? releasedAt != null : !RELEASED_AT_EDEFAULT.equals(releasedAt);
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
		result.append(" (reference: ");
		result.append(reference);
		result.append(", patientId: ");
		result.append(patientId);
		result.append(", reason: ");
		result.append(reason);
		result.append(", placedAt: ");
		result.append(placedAt);
		result.append(", releasedAt: ");
		result.append(releasedAt);
		result.append(')');
		return result.toString();
	}

} //LegalHoldImpl
