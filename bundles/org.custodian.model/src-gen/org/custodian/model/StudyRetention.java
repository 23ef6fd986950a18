/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study Retention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The retention computed for one study: classes assigned, trigger dates used, earliest destruction date, and the reasoning in words (R4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.StudyRetention#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getPatientBirthDate <em>Patient Birth Date</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getStudyDate <em>Study Date</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getModality <em>Modality</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getStudyDescription <em>Study Description</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getSource <em>Source</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#isBackupCopy <em>Backup Copy</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getClassCodes <em>Class Codes</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getDestructionDue <em>Destruction Due</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getReasoning <em>Reasoning</em>}</li>
 *   <li>{@link org.custodian.model.StudyRetention#getComputedAt <em>Computed At</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getStudyRetention()
 * @model
 * @generated
 */
public interface StudyRetention extends Identified {
	/**
	 * Returns the value of the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Study Instance UID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Instance Uid</em>' attribute.
	 * @see #setStudyInstanceUid(String)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_StudyInstanceUid()
	 * @model
	 * @generated
	 */
	String getStudyInstanceUid();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getStudyInstanceUid <em>Study Instance Uid</em>}' attribute.
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
	 * Patient ID from the image header.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_PatientId()
	 * @model
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Patient Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patient's birth date from the image header.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Birth Date</em>' attribute.
	 * @see #setPatientBirthDate(Date)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_PatientBirthDate()
	 * @model
	 * @generated
	 */
	Date getPatientBirthDate();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getPatientBirthDate <em>Patient Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Birth Date</em>' attribute.
	 * @see #getPatientBirthDate()
	 * @generated
	 */
	void setPatientBirthDate(Date value);

	/**
	 * Returns the value of the '<em><b>Study Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Study date from the image header.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Date</em>' attribute.
	 * @see #setStudyDate(Date)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_StudyDate()
	 * @model
	 * @generated
	 */
	Date getStudyDate();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getStudyDate <em>Study Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Date</em>' attribute.
	 * @see #getStudyDate()
	 * @generated
	 */
	void setStudyDate(Date value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Modalities of the study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see #setModality(String)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_Modality()
	 * @model
	 * @generated
	 */
	String getModality();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see #getModality()
	 * @generated
	 */
	void setModality(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Department the study was done for, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see #setDepartment(String)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_Department()
	 * @model
	 * @generated
	 */
	String getDepartment();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Study Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Study description from the image header.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Description</em>' attribute.
	 * @see #setStudyDescription(String)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_StudyDescription()
	 * @model
	 * @generated
	 */
	String getStudyDescription();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getStudyDescription <em>Study Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Description</em>' attribute.
	 * @see #getStudyDescription()
	 * @generated
	 */
	void setStudyDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the study was scanned: a folder or a DICOM node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Backup Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the scanned copy is a backup rather than the archive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backup Copy</em>' attribute.
	 * @see #setBackupCopy(boolean)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_BackupCopy()
	 * @model
	 * @generated
	 */
	boolean isBackupCopy();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#isBackupCopy <em>Backup Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backup Copy</em>' attribute.
	 * @see #isBackupCopy()
	 * @generated
	 */
	void setBackupCopy(boolean value);

	/**
	 * Returns the value of the '<em><b>Class Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of the retention classes assigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Class Codes</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getStudyRetention_ClassCodes()
	 * @model
	 * @generated
	 */
	EList<String> getClassCodes();

	/**
	 * Returns the value of the '<em><b>Destruction Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Earliest date the study may be reviewed for destruction; unset while it cannot be known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destruction Due</em>' attribute.
	 * @see #setDestructionDue(Date)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_DestructionDue()
	 * @model
	 * @generated
	 */
	Date getDestructionDue();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getDestructionDue <em>Destruction Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destruction Due</em>' attribute.
	 * @see #getDestructionDue()
	 * @generated
	 */
	void setDestructionDue(Date value);

	/**
	 * Returns the value of the '<em><b>Reasoning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the date was computed, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reasoning</em>' attribute.
	 * @see #setReasoning(String)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_Reasoning()
	 * @model
	 * @generated
	 */
	String getReasoning();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getReasoning <em>Reasoning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reasoning</em>' attribute.
	 * @see #getReasoning()
	 * @generated
	 */
	void setReasoning(String value);

	/**
	 * Returns the value of the '<em><b>Computed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the retention was computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Computed At</em>' attribute.
	 * @see #setComputedAt(Date)
	 * @see org.custodian.model.ModelPackage#getStudyRetention_ComputedAt()
	 * @model
	 * @generated
	 */
	Date getComputedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.StudyRetention#getComputedAt <em>Computed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Computed At</em>' attribute.
	 * @see #getComputedAt()
	 * @generated
	 */
	void setComputedAt(Date value);

} // StudyRetention
