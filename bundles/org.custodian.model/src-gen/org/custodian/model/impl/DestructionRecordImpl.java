/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.DestructionRecord;
import org.custodian.model.ModelPackage;
import org.custodian.model.Staff;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Destruction Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.DestructionRecordImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.custodian.model.impl.DestructionRecordImpl#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.custodian.model.impl.DestructionRecordImpl#getDestroyedAt <em>Destroyed At</em>}</li>
 *   <li>{@link org.custodian.model.impl.DestructionRecordImpl#getDestroyedBy <em>Destroyed By</em>}</li>
 *   <li>{@link org.custodian.model.impl.DestructionRecordImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.custodian.model.impl.DestructionRecordImpl#getCertificateReference <em>Certificate Reference</em>}</li>
 *   <li>{@link org.custodian.model.impl.DestructionRecordImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.impl.DestructionRecordImpl#getDestroyedByName <em>Destroyed By Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DestructionRecordImpl extends IdentifiedImpl implements DestructionRecord {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStudyInstanceUid() <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected static final String STUDY_INSTANCE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStudyInstanceUid() <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected String studyInstanceUid = STUDY_INSTANCE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestroyedAt() <em>Destroyed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestroyedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date DESTROYED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDestroyedAt() <em>Destroyed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestroyedAt()
	 * @generated
	 * @ordered
	 */
	protected Date destroyedAt = DESTROYED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDestroyedBy() <em>Destroyed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestroyedBy()
	 * @generated
	 * @ordered
	 */
	protected Staff destroyedBy;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertificateReference() <em>Certificate Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateReference()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATE_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificateReference() <em>Certificate Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateReference()
	 * @generated
	 * @ordered
	 */
	protected String certificateReference = CERTIFICATE_REFERENCE_EDEFAULT;

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
	 * The default value of the '{@link #getDestroyedByName() <em>Destroyed By Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestroyedByName()
	 * @generated
	 * @ordered
	 */
	protected static final String DESTROYED_BY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDestroyedByName() <em>Destroyed By Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestroyedByName()
	 * @generated
	 * @ordered
	 */
	protected String destroyedByName = DESTROYED_BY_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DestructionRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DESTRUCTION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DESTRUCTION_RECORD__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStudyInstanceUid() {
		return studyInstanceUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudyInstanceUid(String newStudyInstanceUid) {
		String oldStudyInstanceUid = studyInstanceUid;
		studyInstanceUid = newStudyInstanceUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DESTRUCTION_RECORD__STUDY_INSTANCE_UID, oldStudyInstanceUid, studyInstanceUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDestroyedAt() {
		return destroyedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestroyedAt(Date newDestroyedAt) {
		Date oldDestroyedAt = destroyedAt;
		destroyedAt = newDestroyedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DESTRUCTION_RECORD__DESTROYED_AT, oldDestroyedAt, destroyedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getDestroyedBy() {
		if (destroyedBy != null && destroyedBy.eIsProxy()) {
			InternalEObject oldDestroyedBy = (InternalEObject)destroyedBy;
			destroyedBy = (Staff)eResolveProxy(oldDestroyedBy);
			if (destroyedBy != oldDestroyedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY, oldDestroyedBy, destroyedBy));
			}
		}
		return destroyedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetDestroyedBy() {
		return destroyedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestroyedBy(Staff newDestroyedBy) {
		Staff oldDestroyedBy = destroyedBy;
		destroyedBy = newDestroyedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY, oldDestroyedBy, destroyedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DESTRUCTION_RECORD__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificateReference() {
		return certificateReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificateReference(String newCertificateReference) {
		String oldCertificateReference = certificateReference;
		certificateReference = newCertificateReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DESTRUCTION_RECORD__CERTIFICATE_REFERENCE, oldCertificateReference, certificateReference));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DESTRUCTION_RECORD__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDestroyedByName() {
		return destroyedByName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestroyedByName(String newDestroyedByName) {
		String oldDestroyedByName = destroyedByName;
		destroyedByName = newDestroyedByName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY_NAME, oldDestroyedByName, destroyedByName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.DESTRUCTION_RECORD__DESCRIPTION:
				return getDescription();
			case ModelPackage.DESTRUCTION_RECORD__STUDY_INSTANCE_UID:
				return getStudyInstanceUid();
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_AT:
				return getDestroyedAt();
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY:
				if (resolve) return getDestroyedBy();
				return basicGetDestroyedBy();
			case ModelPackage.DESTRUCTION_RECORD__METHOD:
				return getMethod();
			case ModelPackage.DESTRUCTION_RECORD__CERTIFICATE_REFERENCE:
				return getCertificateReference();
			case ModelPackage.DESTRUCTION_RECORD__PATIENT_ID:
				return getPatientId();
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY_NAME:
				return getDestroyedByName();
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
			case ModelPackage.DESTRUCTION_RECORD__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ModelPackage.DESTRUCTION_RECORD__STUDY_INSTANCE_UID:
				setStudyInstanceUid((String)newValue);
				return;
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_AT:
				setDestroyedAt((Date)newValue);
				return;
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY:
				setDestroyedBy((Staff)newValue);
				return;
			case ModelPackage.DESTRUCTION_RECORD__METHOD:
				setMethod((String)newValue);
				return;
			case ModelPackage.DESTRUCTION_RECORD__CERTIFICATE_REFERENCE:
				setCertificateReference((String)newValue);
				return;
			case ModelPackage.DESTRUCTION_RECORD__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY_NAME:
				setDestroyedByName((String)newValue);
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
			case ModelPackage.DESTRUCTION_RECORD__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.DESTRUCTION_RECORD__STUDY_INSTANCE_UID:
				setStudyInstanceUid(STUDY_INSTANCE_UID_EDEFAULT);
				return;
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_AT:
				setDestroyedAt(DESTROYED_AT_EDEFAULT);
				return;
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY:
				setDestroyedBy((Staff)null);
				return;
			case ModelPackage.DESTRUCTION_RECORD__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case ModelPackage.DESTRUCTION_RECORD__CERTIFICATE_REFERENCE:
				setCertificateReference(CERTIFICATE_REFERENCE_EDEFAULT);
				return;
			case ModelPackage.DESTRUCTION_RECORD__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY_NAME:
				setDestroyedByName(DESTROYED_BY_NAME_EDEFAULT);
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
			case ModelPackage.DESTRUCTION_RECORD__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ModelPackage.DESTRUCTION_RECORD__STUDY_INSTANCE_UID:
				return STUDY_INSTANCE_UID_EDEFAULT == null ? studyInstanceUid != null : !STUDY_INSTANCE_UID_EDEFAULT.equals(studyInstanceUid);
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_AT:
				return DESTROYED_AT_EDEFAULT == null ? destroyedAt != null : !DESTROYED_AT_EDEFAULT.equals(destroyedAt);
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY:
				return destroyedBy != null;
			case ModelPackage.DESTRUCTION_RECORD__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case ModelPackage.DESTRUCTION_RECORD__CERTIFICATE_REFERENCE:
				return CERTIFICATE_REFERENCE_EDEFAULT == null ? certificateReference != null : !CERTIFICATE_REFERENCE_EDEFAULT.equals(certificateReference);
			case ModelPackage.DESTRUCTION_RECORD__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case ModelPackage.DESTRUCTION_RECORD__DESTROYED_BY_NAME:
				return DESTROYED_BY_NAME_EDEFAULT == null ? destroyedByName != null : !DESTROYED_BY_NAME_EDEFAULT.equals(destroyedByName);
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
		result.append(" (description: ");
		result.append(description);
		result.append(", studyInstanceUid: ");
		result.append(studyInstanceUid);
		result.append(", destroyedAt: ");
		result.append(destroyedAt);
		result.append(", method: ");
		result.append(method);
		result.append(", certificateReference: ");
		result.append(certificateReference);
		result.append(", patientId: ");
		result.append(patientId);
		result.append(", destroyedByName: ");
		result.append(destroyedByName);
		result.append(')');
		return result.toString();
	}

} //DestructionRecordImpl
