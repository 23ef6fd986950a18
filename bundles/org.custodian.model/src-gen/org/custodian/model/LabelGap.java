/**
 */
package org.custodian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Gap</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A study some of whose objects lack patient identification, date and time, or provider (S2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.LabelGap#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.custodian.model.LabelGap#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.LabelGap#getMissing <em>Missing</em>}</li>
 *   <li>{@link org.custodian.model.LabelGap#getObjects <em>Objects</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getLabelGap()
 * @model
 * @generated
 */
public interface LabelGap extends Identified {
	/**
	 * Returns the value of the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Instance Uid</em>' attribute.
	 * @see #setStudyInstanceUid(String)
	 * @see org.custodian.model.ModelPackage#getLabelGap_StudyInstanceUid()
	 * @model
	 * @generated
	 */
	String getStudyInstanceUid();

	/**
	 * Sets the value of the '{@link org.custodian.model.LabelGap#getStudyInstanceUid <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Instance Uid</em>' attribute.
	 * @see #getStudyInstanceUid()
	 * @generated
	 */
	void setStudyInstanceUid(String value);

	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient, when the objects name one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.custodian.model.ModelPackage#getLabelGap_PatientId()
	 * @model
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.custodian.model.LabelGap#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Missing</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is missing, one entry per label: patient ID, patient name, study date, study time, institution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getLabelGap_Missing()
	 * @model
	 * @generated
	 */
	EList<String> getMissing();

	/**
	 * Returns the value of the '<em><b>Objects</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study's objects that lack at least one label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objects</em>' attribute.
	 * @see #setObjects(int)
	 * @see org.custodian.model.ModelPackage#getLabelGap_Objects()
	 * @model
	 * @generated
	 */
	int getObjects();

	/**
	 * Sets the value of the '{@link org.custodian.model.LabelGap#getObjects <em>Objects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objects</em>' attribute.
	 * @see #getObjects()
	 * @generated
	 */
	void setObjects(int value);

} // LabelGap
