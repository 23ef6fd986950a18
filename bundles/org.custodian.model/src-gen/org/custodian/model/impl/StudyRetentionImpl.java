/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.ModelPackage;
import org.custodian.model.StudyRetention;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study Retention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getPatientBirthDate <em>Patient Birth Date</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getStudyDate <em>Study Date</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getStudyDescription <em>Study Description</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#isBackupCopy <em>Backup Copy</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getClassCodes <em>Class Codes</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getDestructionDue <em>Destruction Due</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getReasoning <em>Reasoning</em>}</li>
 *   <li>{@link org.custodian.model.impl.StudyRetentionImpl#getComputedAt <em>Computed At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyRetentionImpl extends IdentifiedImpl implements StudyRetention {
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
	 * The default value of the '{@link #getPatientBirthDate() <em>Patient Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date PATIENT_BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatientBirthDate() <em>Patient Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientBirthDate()
	 * @generated
	 * @ordered
	 */
	protected Date patientBirthDate = PATIENT_BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStudyDate() <em>Study Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date STUDY_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStudyDate() <em>Study Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyDate()
	 * @generated
	 * @ordered
	 */
	protected Date studyDate = STUDY_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final String MODALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected String modality = MODALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected String department = DEPARTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStudyDescription() <em>Study Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String STUDY_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStudyDescription() <em>Study Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyDescription()
	 * @generated
	 * @ordered
	 */
	protected String studyDescription = STUDY_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBackupCopy() <em>Backup Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBackupCopy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BACKUP_COPY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBackupCopy() <em>Backup Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBackupCopy()
	 * @generated
	 * @ordered
	 */
	protected boolean backupCopy = BACKUP_COPY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClassCodes() <em>Class Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> classCodes;

	/**
	 * The default value of the '{@link #getDestructionDue() <em>Destruction Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestructionDue()
	 * @generated
	 * @ordered
	 */
	protected static final Date DESTRUCTION_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDestructionDue() <em>Destruction Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestructionDue()
	 * @generated
	 * @ordered
	 */
	protected Date destructionDue = DESTRUCTION_DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReasoning() <em>Reasoning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasoning()
	 * @generated
	 * @ordered
	 */
	protected static final String REASONING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReasoning() <em>Reasoning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasoning()
	 * @generated
	 * @ordered
	 */
	protected String reasoning = REASONING_EDEFAULT;

	/**
	 * The default value of the '{@link #getComputedAt() <em>Computed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date COMPUTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComputedAt() <em>Computed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputedAt()
	 * @generated
	 * @ordered
	 */
	protected Date computedAt = COMPUTED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyRetentionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STUDY_RETENTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__STUDY_INSTANCE_UID, oldStudyInstanceUid, studyInstanceUid));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPatientBirthDate() {
		return patientBirthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatientBirthDate(Date newPatientBirthDate) {
		Date oldPatientBirthDate = patientBirthDate;
		patientBirthDate = newPatientBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__PATIENT_BIRTH_DATE, oldPatientBirthDate, patientBirthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStudyDate() {
		return studyDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudyDate(Date newStudyDate) {
		Date oldStudyDate = studyDate;
		studyDate = newStudyDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__STUDY_DATE, oldStudyDate, studyDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(String newModality) {
		String oldModality = modality;
		modality = newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(String newDepartment) {
		String oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStudyDescription() {
		return studyDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudyDescription(String newStudyDescription) {
		String oldStudyDescription = studyDescription;
		studyDescription = newStudyDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__STUDY_DESCRIPTION, oldStudyDescription, studyDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBackupCopy() {
		return backupCopy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackupCopy(boolean newBackupCopy) {
		boolean oldBackupCopy = backupCopy;
		backupCopy = newBackupCopy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__BACKUP_COPY, oldBackupCopy, backupCopy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getClassCodes() {
		if (classCodes == null) {
			classCodes = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.STUDY_RETENTION__CLASS_CODES);
		}
		return classCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDestructionDue() {
		return destructionDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestructionDue(Date newDestructionDue) {
		Date oldDestructionDue = destructionDue;
		destructionDue = newDestructionDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__DESTRUCTION_DUE, oldDestructionDue, destructionDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReasoning() {
		return reasoning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReasoning(String newReasoning) {
		String oldReasoning = reasoning;
		reasoning = newReasoning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__REASONING, oldReasoning, reasoning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getComputedAt() {
		return computedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputedAt(Date newComputedAt) {
		Date oldComputedAt = computedAt;
		computedAt = newComputedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY_RETENTION__COMPUTED_AT, oldComputedAt, computedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STUDY_RETENTION__STUDY_INSTANCE_UID:
				return getStudyInstanceUid();
			case ModelPackage.STUDY_RETENTION__PATIENT_ID:
				return getPatientId();
			case ModelPackage.STUDY_RETENTION__PATIENT_BIRTH_DATE:
				return getPatientBirthDate();
			case ModelPackage.STUDY_RETENTION__STUDY_DATE:
				return getStudyDate();
			case ModelPackage.STUDY_RETENTION__MODALITY:
				return getModality();
			case ModelPackage.STUDY_RETENTION__DEPARTMENT:
				return getDepartment();
			case ModelPackage.STUDY_RETENTION__STUDY_DESCRIPTION:
				return getStudyDescription();
			case ModelPackage.STUDY_RETENTION__SOURCE:
				return getSource();
			case ModelPackage.STUDY_RETENTION__BACKUP_COPY:
				return isBackupCopy();
			case ModelPackage.STUDY_RETENTION__CLASS_CODES:
				return getClassCodes();
			case ModelPackage.STUDY_RETENTION__DESTRUCTION_DUE:
				return getDestructionDue();
			case ModelPackage.STUDY_RETENTION__REASONING:
				return getReasoning();
			case ModelPackage.STUDY_RETENTION__COMPUTED_AT:
				return getComputedAt();
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
			case ModelPackage.STUDY_RETENTION__STUDY_INSTANCE_UID:
				setStudyInstanceUid((String)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__PATIENT_BIRTH_DATE:
				setPatientBirthDate((Date)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__STUDY_DATE:
				setStudyDate((Date)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__MODALITY:
				setModality((String)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__DEPARTMENT:
				setDepartment((String)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__STUDY_DESCRIPTION:
				setStudyDescription((String)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__SOURCE:
				setSource((String)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__BACKUP_COPY:
				setBackupCopy((Boolean)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__CLASS_CODES:
				getClassCodes().clear();
				getClassCodes().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__DESTRUCTION_DUE:
				setDestructionDue((Date)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__REASONING:
				setReasoning((String)newValue);
				return;
			case ModelPackage.STUDY_RETENTION__COMPUTED_AT:
				setComputedAt((Date)newValue);
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
			case ModelPackage.STUDY_RETENTION__STUDY_INSTANCE_UID:
				setStudyInstanceUid(STUDY_INSTANCE_UID_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__PATIENT_BIRTH_DATE:
				setPatientBirthDate(PATIENT_BIRTH_DATE_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__STUDY_DATE:
				setStudyDate(STUDY_DATE_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__STUDY_DESCRIPTION:
				setStudyDescription(STUDY_DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__BACKUP_COPY:
				setBackupCopy(BACKUP_COPY_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__CLASS_CODES:
				getClassCodes().clear();
				return;
			case ModelPackage.STUDY_RETENTION__DESTRUCTION_DUE:
				setDestructionDue(DESTRUCTION_DUE_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__REASONING:
				setReasoning(REASONING_EDEFAULT);
				return;
			case ModelPackage.STUDY_RETENTION__COMPUTED_AT:
				setComputedAt(COMPUTED_AT_EDEFAULT);
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
			case ModelPackage.STUDY_RETENTION__STUDY_INSTANCE_UID:
				return STUDY_INSTANCE_UID_EDEFAULT == null ? studyInstanceUid != null : !STUDY_INSTANCE_UID_EDEFAULT.equals(studyInstanceUid);
			case ModelPackage.STUDY_RETENTION__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case ModelPackage.STUDY_RETENTION__PATIENT_BIRTH_DATE:
				return PATIENT_BIRTH_DATE_EDEFAULT == null ? patientBirthDate != null : !PATIENT_BIRTH_DATE_EDEFAULT.equals(patientBirthDate);
			case ModelPackage.STUDY_RETENTION__STUDY_DATE:
				return STUDY_DATE_EDEFAULT == null ? studyDate != null : !STUDY_DATE_EDEFAULT.equals(studyDate);
			case ModelPackage.STUDY_RETENTION__MODALITY:
				return MODALITY_EDEFAULT == null ? modality != null : !MODALITY_EDEFAULT.equals(modality);
			case ModelPackage.STUDY_RETENTION__DEPARTMENT:
				return DEPARTMENT_EDEFAULT == null ? department != null : !DEPARTMENT_EDEFAULT.equals(department);
			case ModelPackage.STUDY_RETENTION__STUDY_DESCRIPTION:
				return STUDY_DESCRIPTION_EDEFAULT == null ? studyDescription != null : !STUDY_DESCRIPTION_EDEFAULT.equals(studyDescription);
			case ModelPackage.STUDY_RETENTION__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ModelPackage.STUDY_RETENTION__BACKUP_COPY:
				return backupCopy != BACKUP_COPY_EDEFAULT;
			case ModelPackage.STUDY_RETENTION__CLASS_CODES:
				return classCodes != null && !classCodes.isEmpty();
			case ModelPackage.STUDY_RETENTION__DESTRUCTION_DUE:
				return DESTRUCTION_DUE_EDEFAULT == null ? destructionDue != null : !DESTRUCTION_DUE_EDEFAULT.equals(destructionDue);
			case ModelPackage.STUDY_RETENTION__REASONING:
				return REASONING_EDEFAULT == null ? reasoning != null : !REASONING_EDEFAULT.equals(reasoning);
			case ModelPackage.STUDY_RETENTION__COMPUTED_AT:
				return COMPUTED_AT_EDEFAULT == null ? computedAt != null : !COMPUTED_AT_EDEFAULT.equals(computedAt);
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
		result.append(", patientBirthDate: ");
		result.append(patientBirthDate);
		result.append(", studyDate: ");
		result.append(studyDate);
		result.append(", modality: ");
		result.append(modality);
		result.append(", department: ");
		result.append(department);
		result.append(", studyDescription: ");
		result.append(studyDescription);
		result.append(", source: ");
		result.append(source);
		result.append(", backupCopy: ");
		result.append(backupCopy);
		result.append(", classCodes: ");
		result.append(classCodes);
		result.append(", destructionDue: ");
		result.append(destructionDue);
		result.append(", reasoning: ");
		result.append(reasoning);
		result.append(", computedAt: ");
		result.append(computedAt);
		result.append(')');
		return result.toString();
	}

} //StudyRetentionImpl
