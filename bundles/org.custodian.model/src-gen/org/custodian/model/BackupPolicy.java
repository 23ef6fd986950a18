/**
 */
package org.custodian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backup Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an archive node is backed up (R3: backups exist and are tested).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.BackupPolicy#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.BackupPolicy#getNode <em>Node</em>}</li>
 *   <li>{@link org.custodian.model.BackupPolicy#getFrequencyHours <em>Frequency Hours</em>}</li>
 *   <li>{@link org.custodian.model.BackupPolicy#getCopies <em>Copies</em>}</li>
 *   <li>{@link org.custodian.model.BackupPolicy#isOffsite <em>Offsite</em>}</li>
 *   <li>{@link org.custodian.model.BackupPolicy#isImmutable <em>Immutable</em>}</li>
 *   <li>{@link org.custodian.model.BackupPolicy#getCopyRetentionDays <em>Copy Retention Days</em>}</li>
 *   <li>{@link org.custodian.model.BackupPolicy#getJobs <em>Jobs</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getBackupPolicy()
 * @model
 * @generated
 */
public interface BackupPolicy extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.custodian.model.ModelPackage#getBackupPolicy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupPolicy#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node whose data is backed up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(PacsNode)
	 * @see org.custodian.model.ModelPackage#getBackupPolicy_Node()
	 * @model required="true"
	 * @generated
	 */
	PacsNode getNode();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupPolicy#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(PacsNode value);

	/**
	 * Returns the value of the '<em><b>Frequency Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours between backups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency Hours</em>' attribute.
	 * @see #setFrequencyHours(int)
	 * @see org.custodian.model.ModelPackage#getBackupPolicy_FrequencyHours()
	 * @model
	 * @generated
	 */
	int getFrequencyHours();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupPolicy#getFrequencyHours <em>Frequency Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency Hours</em>' attribute.
	 * @see #getFrequencyHours()
	 * @generated
	 */
	void setFrequencyHours(int value);

	/**
	 * Returns the value of the '<em><b>Copies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of copies kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Copies</em>' attribute.
	 * @see #setCopies(int)
	 * @see org.custodian.model.ModelPackage#getBackupPolicy_Copies()
	 * @model
	 * @generated
	 */
	int getCopies();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupPolicy#getCopies <em>Copies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Copies</em>' attribute.
	 * @see #getCopies()
	 * @generated
	 */
	void setCopies(int value);

	/**
	 * Returns the value of the '<em><b>Offsite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when at least one copy is kept in another location.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offsite</em>' attribute.
	 * @see #setOffsite(boolean)
	 * @see org.custodian.model.ModelPackage#getBackupPolicy_Offsite()
	 * @model
	 * @generated
	 */
	boolean isOffsite();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupPolicy#isOffsite <em>Offsite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offsite</em>' attribute.
	 * @see #isOffsite()
	 * @generated
	 */
	void setOffsite(boolean value);

	/**
	 * Returns the value of the '<em><b>Immutable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when copies cannot be altered or deleted (ransomware protection).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Immutable</em>' attribute.
	 * @see #setImmutable(boolean)
	 * @see org.custodian.model.ModelPackage#getBackupPolicy_Immutable()
	 * @model
	 * @generated
	 */
	boolean isImmutable();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupPolicy#isImmutable <em>Immutable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Immutable</em>' attribute.
	 * @see #isImmutable()
	 * @generated
	 */
	void setImmutable(boolean value);

	/**
	 * Returns the value of the '<em><b>Copy Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days each backup copy is kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Copy Retention Days</em>' attribute.
	 * @see #setCopyRetentionDays(int)
	 * @see org.custodian.model.ModelPackage#getBackupPolicy_CopyRetentionDays()
	 * @model
	 * @generated
	 */
	int getCopyRetentionDays();

	/**
	 * Sets the value of the '{@link org.custodian.model.BackupPolicy#getCopyRetentionDays <em>Copy Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Copy Retention Days</em>' attribute.
	 * @see #getCopyRetentionDays()
	 * @generated
	 */
	void setCopyRetentionDays(int value);

	/**
	 * Returns the value of the '<em><b>Jobs</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.BackupJob}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The backup jobs the backup system reported for this policy, imported from its report export.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jobs</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getBackupPolicy_Jobs()
	 * @model containment="true"
	 * @generated
	 */
	EList<BackupJob> getJobs();

} // BackupPolicy
