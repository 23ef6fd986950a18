/**
 */
package org.custodian.model.impl;

import java.util.Collection;

import org.custodian.model.LabelGap;
import org.custodian.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Label Gap</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.LabelGapImpl#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.custodian.model.impl.LabelGapImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.impl.LabelGapImpl#getMissing <em>Missing</em>}</li>
 *   <li>{@link org.custodian.model.impl.LabelGapImpl#getObjects <em>Objects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelGapImpl extends IdentifiedImpl implements LabelGap {
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
	 * The cached value of the '{@link #getMissing() <em>Missing</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissing()
	 * @generated
	 * @ordered
	 */
	protected EList<String> missing;

	/**
	 * The default value of the '{@link #getObjects() <em>Objects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjects()
	 * @generated
	 * @ordered
	 */
	protected static final int OBJECTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getObjects() <em>Objects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjects()
	 * @generated
	 * @ordered
	 */
	protected int objects = OBJECTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelGapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LABEL_GAP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LABEL_GAP__STUDY_INSTANCE_UID, oldStudyInstanceUid, studyInstanceUid));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LABEL_GAP__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMissing() {
		if (missing == null) {
			missing = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.LABEL_GAP__MISSING);
		}
		return missing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getObjects() {
		return objects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjects(int newObjects) {
		int oldObjects = objects;
		objects = newObjects;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LABEL_GAP__OBJECTS, oldObjects, objects));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.LABEL_GAP__STUDY_INSTANCE_UID:
				return getStudyInstanceUid();
			case ModelPackage.LABEL_GAP__PATIENT_ID:
				return getPatientId();
			case ModelPackage.LABEL_GAP__MISSING:
				return getMissing();
			case ModelPackage.LABEL_GAP__OBJECTS:
				return getObjects();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.LABEL_GAP__STUDY_INSTANCE_UID:
				setStudyInstanceUid((String)newValue);
				return;
			case ModelPackage.LABEL_GAP__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case ModelPackage.LABEL_GAP__MISSING:
				getMissing().clear();
				getMissing().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.LABEL_GAP__OBJECTS:
				setObjects((Integer)newValue);
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
			case ModelPackage.LABEL_GAP__STUDY_INSTANCE_UID:
				setStudyInstanceUid(STUDY_INSTANCE_UID_EDEFAULT);
				return;
			case ModelPackage.LABEL_GAP__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case ModelPackage.LABEL_GAP__MISSING:
				getMissing().clear();
				return;
			case ModelPackage.LABEL_GAP__OBJECTS:
				setObjects(OBJECTS_EDEFAULT);
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
			case ModelPackage.LABEL_GAP__STUDY_INSTANCE_UID:
				return STUDY_INSTANCE_UID_EDEFAULT == null ? studyInstanceUid != null : !STUDY_INSTANCE_UID_EDEFAULT.equals(studyInstanceUid);
			case ModelPackage.LABEL_GAP__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case ModelPackage.LABEL_GAP__MISSING:
				return missing != null && !missing.isEmpty();
			case ModelPackage.LABEL_GAP__OBJECTS:
				return objects != OBJECTS_EDEFAULT;
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
		result.append(" (studyInstanceUid: ");
		result.append(studyInstanceUid);
		result.append(", patientId: ");
		result.append(patientId);
		result.append(", missing: ");
		result.append(missing);
		result.append(", objects: ");
		result.append(objects);
		result.append(')');
		return result.toString();
	}

} //LabelGapImpl
