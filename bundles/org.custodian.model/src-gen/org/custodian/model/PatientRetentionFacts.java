/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient Retention Facts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Facts about a patient that set retention triggers and cannot be read from image headers (R4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.PatientRetentionFacts#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.PatientRetentionFacts#getDateOfDeath <em>Date Of Death</em>}</li>
 *   <li>{@link org.custodian.model.PatientRetentionFacts#getEndOfTreatment <em>End Of Treatment</em>}</li>
 *   <li>{@link org.custodian.model.PatientRetentionFacts#getDiagnosisDate <em>Diagnosis Date</em>}</li>
 *   <li>{@link org.custodian.model.PatientRetentionFacts#getLastChildBorn <em>Last Child Born</em>}</li>
 *   <li>{@link org.custodian.model.PatientRetentionFacts#getTrialEnd <em>Trial End</em>}</li>
 *   <li>{@link org.custodian.model.PatientRetentionFacts#getFlags <em>Flags</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getPatientRetentionFacts()
 * @model
 * @generated
 */
public interface PatientRetentionFacts extends Identified {
	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patient ID as in the image headers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.custodian.model.ModelPackage#getPatientRetentionFacts_PatientId()
	 * @model
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.custodian.model.PatientRetentionFacts#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Date Of Death</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of death, if the patient has died.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date Of Death</em>' attribute.
	 * @see #setDateOfDeath(Date)
	 * @see org.custodian.model.ModelPackage#getPatientRetentionFacts_DateOfDeath()
	 * @model
	 * @generated
	 */
	Date getDateOfDeath();

	/**
	 * Sets the value of the '{@link org.custodian.model.PatientRetentionFacts#getDateOfDeath <em>Date Of Death</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Of Death</em>' attribute.
	 * @see #getDateOfDeath()
	 * @generated
	 */
	void setDateOfDeath(Date value);

	/**
	 * Returns the value of the '<em><b>End Of Treatment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of treatment; when unset, the latest study date is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Of Treatment</em>' attribute.
	 * @see #setEndOfTreatment(Date)
	 * @see org.custodian.model.ModelPackage#getPatientRetentionFacts_EndOfTreatment()
	 * @model
	 * @generated
	 */
	Date getEndOfTreatment();

	/**
	 * Sets the value of the '{@link org.custodian.model.PatientRetentionFacts#getEndOfTreatment <em>End Of Treatment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Of Treatment</em>' attribute.
	 * @see #getEndOfTreatment()
	 * @generated
	 */
	void setEndOfTreatment(Date value);

	/**
	 * Returns the value of the '<em><b>Diagnosis Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of an oncology diagnosis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagnosis Date</em>' attribute.
	 * @see #setDiagnosisDate(Date)
	 * @see org.custodian.model.ModelPackage#getPatientRetentionFacts_DiagnosisDate()
	 * @model
	 * @generated
	 */
	Date getDiagnosisDate();

	/**
	 * Sets the value of the '{@link org.custodian.model.PatientRetentionFacts#getDiagnosisDate <em>Diagnosis Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnosis Date</em>' attribute.
	 * @see #getDiagnosisDate()
	 * @generated
	 */
	void setDiagnosisDate(Date value);

	/**
	 * Returns the value of the '<em><b>Last Child Born</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Birth of the last child (maternity records).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Child Born</em>' attribute.
	 * @see #setLastChildBorn(Date)
	 * @see org.custodian.model.ModelPackage#getPatientRetentionFacts_LastChildBorn()
	 * @model
	 * @generated
	 */
	Date getLastChildBorn();

	/**
	 * Sets the value of the '{@link org.custodian.model.PatientRetentionFacts#getLastChildBorn <em>Last Child Born</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Child Born</em>' attribute.
	 * @see #getLastChildBorn()
	 * @generated
	 */
	void setLastChildBorn(Date value);

	/**
	 * Returns the value of the '<em><b>Trial End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the clinical trial the patient took part in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trial End</em>' attribute.
	 * @see #setTrialEnd(Date)
	 * @see org.custodian.model.ModelPackage#getPatientRetentionFacts_TrialEnd()
	 * @model
	 * @generated
	 */
	Date getTrialEnd();

	/**
	 * Sets the value of the '{@link org.custodian.model.PatientRetentionFacts#getTrialEnd <em>Trial End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trial End</em>' attribute.
	 * @see #getTrialEnd()
	 * @generated
	 */
	void setTrialEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flags such as oncology, maternity, mental-health, screening, trial, litigation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getPatientRetentionFacts_Flags()
	 * @model
	 * @generated
	 */
	EList<String> getFlags();

} // PatientRetentionFacts
