/**
 */
package org.custodian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trust</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The NHS trust whose imaging archives are governed; the single root of the model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.Trust#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getOdsCode <em>Ods Code</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getSites <em>Sites</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getStaffGroups <em>Staff Groups</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getTrainingRecords <em>Training Records</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getAcknowledgements <em>Acknowledgements</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getStaffChanges <em>Staff Changes</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getProviders <em>Providers</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getDataSharingAgreements <em>Data Sharing Agreements</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getBackupPolicies <em>Backup Policies</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getDrPlans <em>Dr Plans</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getRetentionClasses <em>Retention Classes</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getDestructionRecords <em>Destruction Records</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getLegalHolds <em>Legal Holds</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getMediaTransfers <em>Media Transfers</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getInvestigations <em>Investigations</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getLogReviews <em>Log Reviews</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getWorkstations <em>Workstations</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getConsoleUsers <em>Console Users</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getAccessReviews <em>Access Reviews</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getPeopleSettings <em>People Settings</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getRetentionRules <em>Retention Rules</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getStudyRetentions <em>Study Retentions</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getPatientRetentionFacts <em>Patient Retention Facts</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getPseudonyms <em>Pseudonyms</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getOwnAssurance <em>Own Assurance</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getTrainingNeeds <em>Training Needs</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getCourseEvaluations <em>Course Evaluations</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getLabelChecks <em>Label Checks</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getBackupJobColumns <em>Backup Job Columns</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getLosslessModalities <em>Lossless Modalities</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getLossyRatioLimits <em>Lossy Ratio Limits</em>}</li>
 *   <li>{@link org.custodian.model.Trust#getTeachingChecks <em>Teaching Checks</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getTrust()
 * @model
 * @generated
 */
public interface Trust extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trust's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.custodian.model.ModelPackage#getTrust_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.custodian.model.Trust#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Ods Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NHS Organisation Data Service code of the trust.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ods Code</em>' attribute.
	 * @see #setOdsCode(String)
	 * @see org.custodian.model.ModelPackage#getTrust_OdsCode()
	 * @model
	 * @generated
	 */
	String getOdsCode();

	/**
	 * Sets the value of the '{@link org.custodian.model.Trust#getOdsCode <em>Ods Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ods Code</em>' attribute.
	 * @see #getOdsCode()
	 * @generated
	 */
	void setOdsCode(String value);

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hospitals and buildings that hold imaging systems.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Staff Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.StaffGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of staff that training and policies are tailored to (G3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff Groups</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_StaffGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<StaffGroup> getStaffGroups();

	/**
	 * Returns the value of the '<em><b>Staff</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Staff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Everyone employed or engaged by the trust.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Staff()
	 * @model containment="true"
	 * @generated
	 */
	EList<Staff> getStaff();

	/**
	 * Returns the value of the '<em><b>Accounts</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Account}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Log-ins to PACS and related systems (G2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accounts</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Accounts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Account> getAccounts();

	/**
	 * Returns the value of the '<em><b>Courses</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Course}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Training courses staff must complete (G3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Courses</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Courses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Course> getCourses();

	/**
	 * Returns the value of the '<em><b>Training Records</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.TrainingRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed training, one record per completion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training Records</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_TrainingRecords()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingRecord> getTrainingRecords();

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.PolicyDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Information governance policies (R1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Policies()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyDocument> getPolicies();

	/**
	 * Returns the value of the '<em><b>Acknowledgements</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Acknowledgement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Staff confirmations of having read a policy version (R1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acknowledgements</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Acknowledgements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Acknowledgement> getAcknowledgements();

	/**
	 * Returns the value of the '<em><b>Staff Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.StaffChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leavers and movers whose access must change (G1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff Changes</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_StaffChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<StaffChange> getStaffChanges();

	/**
	 * Returns the value of the '<em><b>Providers</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Provider}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suppliers of PACS, teleradiology, backup and courier services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Providers</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Providers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Provider> getProviders();

	/**
	 * Returns the value of the '<em><b>Data Sharing Agreements</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.DataSharingAgreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agreements under which data leaves the trust (R2, R6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Sharing Agreements</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_DataSharingAgreements()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSharingAgreement> getDataSharingAgreements();

	/**
	 * Returns the value of the '<em><b>Backup Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.BackupPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How each archive node is backed up (R3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backup Policies</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_BackupPolicies()
	 * @model containment="true"
	 * @generated
	 */
	EList<BackupPolicy> getBackupPolicies();

	/**
	 * Returns the value of the '<em><b>Dr Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.DrPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disaster-recovery plans, one per scenario and archive (R3, G4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr Plans</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_DrPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<DrPlan> getDrPlans();

	/**
	 * Returns the value of the '<em><b>Retention Classes</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.RetentionClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The retention schedule (R4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Classes</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_RetentionClasses()
	 * @model containment="true"
	 * @generated
	 */
	EList<RetentionClass> getRetentionClasses();

	/**
	 * Returns the value of the '<em><b>Destruction Records</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.DestructionRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The destruction register (R4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destruction Records</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_DestructionRecords()
	 * @model containment="true"
	 * @generated
	 */
	EList<DestructionRecord> getDestructionRecords();

	/**
	 * Returns the value of the '<em><b>Legal Holds</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.LegalHold}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records that must not be destroyed whatever their retention (R4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Holds</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_LegalHolds()
	 * @model containment="true"
	 * @generated
	 */
	EList<LegalHold> getLegalHolds();

	/**
	 * Returns the value of the '<em><b>Media Transfers</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.MediaTransfer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The removable-media transfer register (M1-M4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media Transfers</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_MediaTransfers()
	 * @model containment="true"
	 * @generated
	 */
	EList<MediaTransfer> getMediaTransfers();

	/**
	 * Returns the value of the '<em><b>Investigations</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Investigation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access investigations from alert to outcome (R7).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Investigations</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Investigations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Investigation> getInvestigations();

	/**
	 * Returns the value of the '<em><b>Log Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.LogReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Regular inspections of the access logs (R7).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Log Reviews</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_LogReviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogReview> getLogReviews();

	/**
	 * Returns the value of the '<em><b>Workstations</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Workstation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known workstations, to tell where an access came from (A1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workstations</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Workstations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Workstation> getWorkstations();

	/**
	 * Returns the value of the '<em><b>Console Users</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.ConsoleUser}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People who may sign in to this console.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Console Users</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_ConsoleUsers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConsoleUser> getConsoleUsers();

	/**
	 * Returns the value of the '<em><b>Access Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.AccessReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access reviews of movers (G1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access Reviews</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_AccessReviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccessReview> getAccessReviews();

	/**
	 * Returns the value of the '<em><b>People Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The limits the trust sets for training, accounts and leavers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People Settings</em>' containment reference.
	 * @see #setPeopleSettings(PeopleSettings)
	 * @see org.custodian.model.ModelPackage#getTrust_PeopleSettings()
	 * @model containment="true"
	 * @generated
	 */
	PeopleSettings getPeopleSettings();

	/**
	 * Sets the value of the '{@link org.custodian.model.Trust#getPeopleSettings <em>People Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>People Settings</em>' containment reference.
	 * @see #getPeopleSettings()
	 * @generated
	 */
	void setPeopleSettings(PeopleSettings value);

	/**
	 * Returns the value of the '<em><b>Retention Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.RetentionRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rules that assign studies to retention classes (R4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Rules</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_RetentionRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<RetentionRule> getRetentionRules();

	/**
	 * Returns the value of the '<em><b>Study Retentions</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.StudyRetention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Computed retention of each study scanned from the archive or a backup copy (R4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Retentions</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_StudyRetentions()
	 * @model containment="true"
	 * @generated
	 */
	EList<StudyRetention> getStudyRetentions();

	/**
	 * Returns the value of the '<em><b>Patient Retention Facts</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.PatientRetentionFacts}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the archive cannot read from image headers: deaths, ends of treatment, diagnoses, births of children (R4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Retention Facts</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_PatientRetentionFacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<PatientRetentionFacts> getPatientRetentionFacts();

	/**
	 * Returns the value of the '<em><b>Pseudonyms</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Pseudonym}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trust's pseudonym map for de-identified teaching and research copies (S3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pseudonyms</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_Pseudonyms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pseudonym> getPseudonyms();

	/**
	 * Returns the value of the '<em><b>Own Assurance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trust's own security assurance, which receivers are compared with (R6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Own Assurance</em>' containment reference.
	 * @see #setOwnAssurance(AssuranceEvidence)
	 * @see org.custodian.model.ModelPackage#getTrust_OwnAssurance()
	 * @model containment="true"
	 * @generated
	 */
	AssuranceEvidence getOwnAssurance();

	/**
	 * Sets the value of the '{@link org.custodian.model.Trust#getOwnAssurance <em>Own Assurance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Own Assurance</em>' containment reference.
	 * @see #getOwnAssurance()
	 * @generated
	 */
	void setOwnAssurance(AssuranceEvidence value);

	/**
	 * Returns the value of the '<em><b>Training Needs</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.TrainingNeed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The training needs analysis: which course each staff group needs, why, its target and who approved it (G3, DSPT B6.b).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training Needs</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_TrainingNeeds()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingNeed> getTrainingNeeds();

	/**
	 * Returns the value of the '<em><b>Course Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.CourseEvaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluations of whether each course worked (G3, DSPT B6.b).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Course Evaluations</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_CourseEvaluations()
	 * @model containment="true"
	 * @generated
	 */
	EList<CourseEvaluation> getCourseEvaluations();

	/**
	 * Returns the value of the '<em><b>Label Checks</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.LabelCheck}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Labelling checks of the archive, newest last (S2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Checks</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_LabelChecks()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelCheck> getLabelChecks();

	/**
	 * Returns the value of the '<em><b>Backup Job Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The saved column mapping of the backup system's report export, one entry field=column heading each.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backup Job Columns</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getTrust_BackupJobColumns()
	 * @model
	 * @generated
	 */
	EList<String> getBackupJobColumns();

	/**
	 * Returns the value of the '<em><b>Lossless Modalities</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Modalities whose objects must stay lossless (compression policy, R3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lossless Modalities</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getTrust_LosslessModalities()
	 * @model
	 * @generated
	 */
	EList<String> getLosslessModalities();

	/**
	 * Returns the value of the '<em><b>Lossy Ratio Limits</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-modality limits on the lossy compression ratio, each MODALITY=RATIO (e.g. CT=10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lossy Ratio Limits</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getTrust_LossyRatioLimits()
	 * @model
	 * @generated
	 */
	EList<String> getLossyRatioLimits();

	/**
	 * Returns the value of the '<em><b>Teaching Checks</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.TeachingCheck}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Checks of teaching and research folders for identifiers, newest last (S3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teaching Checks</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTrust_TeachingChecks()
	 * @model containment="true"
	 * @generated
	 */
	EList<TeachingCheck> getTeachingChecks();

} // Trust
