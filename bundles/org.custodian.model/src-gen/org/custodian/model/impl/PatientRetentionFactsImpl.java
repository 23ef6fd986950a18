/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.ModelPackage;
import org.custodian.model.PatientRetentionFacts;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patient Retention Facts</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.PatientRetentionFactsImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.impl.PatientRetentionFactsImpl#getDateOfDeath <em>Date Of Death</em>}</li>
 *   <li>{@link org.custodian.model.impl.PatientRetentionFactsImpl#getEndOfTreatment <em>End Of Treatment</em>}</li>
 *   <li>{@link org.custodian.model.impl.PatientRetentionFactsImpl#getDiagnosisDate <em>Diagnosis Date</em>}</li>
 *   <li>{@link org.custodian.model.impl.PatientRetentionFactsImpl#getLastChildBorn <em>Last Child Born</em>}</li>
 *   <li>{@link org.custodian.model.impl.PatientRetentionFactsImpl#getTrialEnd <em>Trial End</em>}</li>
 *   <li>{@link org.custodian.model.impl.PatientRetentionFactsImpl#getFlags <em>Flags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatientRetentionFactsImpl extends IdentifiedImpl implements PatientRetentionFacts {
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
	 * The default value of the '{@link #getDateOfDeath() <em>Date Of Death</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfDeath()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_OF_DEATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateOfDeath() <em>Date Of Death</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfDeath()
	 * @generated
	 * @ordered
	 */
	protected Date dateOfDeath = DATE_OF_DEATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndOfTreatment() <em>End Of Treatment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOfTreatment()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_OF_TREATMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndOfTreatment() <em>End Of Treatment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOfTreatment()
	 * @generated
	 * @ordered
	 */
	protected Date endOfTreatment = END_OF_TREATMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiagnosisDate() <em>Diagnosis Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosisDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DIAGNOSIS_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiagnosisDate() <em>Diagnosis Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosisDate()
	 * @generated
	 * @ordered
	 */
	protected Date diagnosisDate = DIAGNOSIS_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastChildBorn() <em>Last Child Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastChildBorn()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_CHILD_BORN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastChildBorn() <em>Last Child Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastChildBorn()
	 * @generated
	 * @ordered
	 */
	protected Date lastChildBorn = LAST_CHILD_BORN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrialEnd() <em>Trial End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date TRIAL_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrialEnd() <em>Trial End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialEnd()
	 * @generated
	 * @ordered
	 */
	protected Date trialEnd = TRIAL_END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> flags;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatientRetentionFactsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PATIENT_RETENTION_FACTS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_RETENTION_FACTS__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDateOfDeath() {
		return dateOfDeath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateOfDeath(Date newDateOfDeath) {
		Date oldDateOfDeath = dateOfDeath;
		dateOfDeath = newDateOfDeath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_RETENTION_FACTS__DATE_OF_DEATH, oldDateOfDeath, dateOfDeath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndOfTreatment() {
		return endOfTreatment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndOfTreatment(Date newEndOfTreatment) {
		Date oldEndOfTreatment = endOfTreatment;
		endOfTreatment = newEndOfTreatment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_RETENTION_FACTS__END_OF_TREATMENT, oldEndOfTreatment, endOfTreatment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDiagnosisDate() {
		return diagnosisDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagnosisDate(Date newDiagnosisDate) {
		Date oldDiagnosisDate = diagnosisDate;
		diagnosisDate = newDiagnosisDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_RETENTION_FACTS__DIAGNOSIS_DATE, oldDiagnosisDate, diagnosisDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastChildBorn() {
		return lastChildBorn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastChildBorn(Date newLastChildBorn) {
		Date oldLastChildBorn = lastChildBorn;
		lastChildBorn = newLastChildBorn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_RETENTION_FACTS__LAST_CHILD_BORN, oldLastChildBorn, lastChildBorn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTrialEnd() {
		return trialEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrialEnd(Date newTrialEnd) {
		Date oldTrialEnd = trialEnd;
		trialEnd = newTrialEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_RETENTION_FACTS__TRIAL_END, oldTrialEnd, trialEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFlags() {
		if (flags == null) {
			flags = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.PATIENT_RETENTION_FACTS__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PATIENT_RETENTION_FACTS__PATIENT_ID:
				return getPatientId();
			case ModelPackage.PATIENT_RETENTION_FACTS__DATE_OF_DEATH:
				return getDateOfDeath();
			case ModelPackage.PATIENT_RETENTION_FACTS__END_OF_TREATMENT:
				return getEndOfTreatment();
			case ModelPackage.PATIENT_RETENTION_FACTS__DIAGNOSIS_DATE:
				return getDiagnosisDate();
			case ModelPackage.PATIENT_RETENTION_FACTS__LAST_CHILD_BORN:
				return getLastChildBorn();
			case ModelPackage.PATIENT_RETENTION_FACTS__TRIAL_END:
				return getTrialEnd();
			case ModelPackage.PATIENT_RETENTION_FACTS__FLAGS:
				return getFlags();
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
			case ModelPackage.PATIENT_RETENTION_FACTS__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__DATE_OF_DEATH:
				setDateOfDeath((Date)newValue);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__END_OF_TREATMENT:
				setEndOfTreatment((Date)newValue);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__DIAGNOSIS_DATE:
				setDiagnosisDate((Date)newValue);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__LAST_CHILD_BORN:
				setLastChildBorn((Date)newValue);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__TRIAL_END:
				setTrialEnd((Date)newValue);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.PATIENT_RETENTION_FACTS__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__DATE_OF_DEATH:
				setDateOfDeath(DATE_OF_DEATH_EDEFAULT);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__END_OF_TREATMENT:
				setEndOfTreatment(END_OF_TREATMENT_EDEFAULT);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__DIAGNOSIS_DATE:
				setDiagnosisDate(DIAGNOSIS_DATE_EDEFAULT);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__LAST_CHILD_BORN:
				setLastChildBorn(LAST_CHILD_BORN_EDEFAULT);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__TRIAL_END:
				setTrialEnd(TRIAL_END_EDEFAULT);
				return;
			case ModelPackage.PATIENT_RETENTION_FACTS__FLAGS:
				getFlags().clear();
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
			case ModelPackage.PATIENT_RETENTION_FACTS__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case ModelPackage.PATIENT_RETENTION_FACTS__DATE_OF_DEATH:
				return DATE_OF_DEATH_EDEFAULT == null ? dateOfDeath != null : !DATE_OF_DEATH_EDEFAULT.equals(dateOfDeath);
			case ModelPackage.PATIENT_RETENTION_FACTS__END_OF_TREATMENT:
				return END_OF_TREATMENT_EDEFAULT == null ? endOfTreatment != null : !END_OF_TREATMENT_EDEFAULT.equals(endOfTreatment);
			case ModelPackage.PATIENT_RETENTION_FACTS__DIAGNOSIS_DATE:
				return DIAGNOSIS_DATE_EDEFAULT == null ? diagnosisDate != null : !DIAGNOSIS_DATE_EDEFAULT.equals(diagnosisDate);
			case ModelPackage.PATIENT_RETENTION_FACTS__LAST_CHILD_BORN:
				return LAST_CHILD_BORN_EDEFAULT == null ? lastChildBorn != null : !LAST_CHILD_BORN_EDEFAULT.equals(lastChildBorn);
			case ModelPackage.PATIENT_RETENTION_FACTS__TRIAL_END:
				return TRIAL_END_EDEFAULT == null ? trialEnd != null : !TRIAL_END_EDEFAULT.equals(trialEnd);
			case ModelPackage.PATIENT_RETENTION_FACTS__FLAGS:
				return flags != null && !flags.isEmpty();
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
		result.append(" (patientId: ");
		result.append(patientId);
		result.append(", dateOfDeath: ");
		result.append(dateOfDeath);
		result.append(", endOfTreatment: ");
		result.append(endOfTreatment);
		result.append(", diagnosisDate: ");
		result.append(diagnosisDate);
		result.append(", lastChildBorn: ");
		result.append(lastChildBorn);
		result.append(", trialEnd: ");
		result.append(trialEnd);
		result.append(", flags: ");
		result.append(flags);
		result.append(')');
		return result.toString();
	}

} //PatientRetentionFactsImpl
