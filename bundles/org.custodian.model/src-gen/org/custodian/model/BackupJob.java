/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backup Job</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One job of a backup policy as the backup system reported it (proof that backups ran, R3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.BackupJob#getJobName <em>Job Name</em>}</li>
 *   <li>{@link org.custodian.model.BackupJob#getStarted <em>Started</em>}</li>
 *   <li>{@link org.custodian.model.BackupJob#getFinished <em>Finished</em>}</li>
 *   <li>{@link org.custodian.model.BackupJob#getStatus <em>Status</em>}</li>
 *   <li>{@link org.custodian.model.BackupJob#getBytes <em>Bytes</em>}</li>
 *   <li>{@link org.custodian.model.BackupJob#getMessage <em>Message</em>}</li>
 *   <li>{@link org.custodian.model.BackupJob#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getBackupJob()
 * @model
 * @generated
 */
public interface BackupJob extends Identified {
	/**
	 * Returns the value of the '<em><b>Job Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The job's name in the backup system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Name</em>' attribute.
	 * @see #setJobName(String)
	 * @see org.custodian.model.ModelPackage#getBackupJob_JobName()
	 * @model
	 * @generated
	 */
	String getJobName();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupJob#getJobName <em>Job Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Name</em>' attribute.
	 * @see #getJobName()
	 * @generated
	 */
	void setJobName(String value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the job started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see org.custodian.model.ModelPackage#getBackupJob_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupJob#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the job ended; unset if it did not.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finished</em>' attribute.
	 * @see #setFinished(Date)
	 * @see org.custodian.model.ModelPackage#getBackupJob_Finished()
	 * @model
	 * @generated
	 */
	Date getFinished();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupJob#getFinished <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished</em>' attribute.
	 * @see #getFinished()
	 * @generated
	 */
	void setFinished(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.BackupJobStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the job ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.custodian.model.BackupJobStatus
	 * @see #setStatus(BackupJobStatus)
	 * @see org.custodian.model.ModelPackage#getBackupJob_Status()
	 * @model
	 * @generated
	 */
	BackupJobStatus getStatus();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupJob#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.custodian.model.BackupJobStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(BackupJobStatus value);

	/**
	 * Returns the value of the '<em><b>Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes the job copied, when reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bytes</em>' attribute.
	 * @see #setBytes(long)
	 * @see org.custodian.model.ModelPackage#getBackupJob_Bytes()
	 * @model
	 * @generated
	 */
	long getBytes();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupJob#getBytes <em>Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes</em>' attribute.
	 * @see #getBytes()
	 * @generated
	 */
	void setBytes(long value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The backup system's message for the job.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.custodian.model.ModelPackage#getBackupJob_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupJob#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the record came from: the report file and its line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.custodian.model.ModelPackage#getBackupJob_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupJob#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // BackupJob
