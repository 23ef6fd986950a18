/**
 */
package org.custodian.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.custodian.model.ModelPackage
 * @generated
 */
public interface ModelFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelFactory eINSTANCE = org.custodian.model.impl.ModelFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Trust</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trust</em>'.
	 * @generated
	 */
	Trust createTrust();

	/**
	 * Returns a new object of class '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Site</em>'.
	 * @generated
	 */
	Site createSite();

	/**
	 * Returns a new object of class '<em>Pacs Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pacs Node</em>'.
	 * @generated
	 */
	PacsNode createPacsNode();

	/**
	 * Returns a new object of class '<em>Backup Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backup Policy</em>'.
	 * @generated
	 */
	BackupPolicy createBackupPolicy();

	/**
	 * Returns a new object of class '<em>Dr Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dr Plan</em>'.
	 * @generated
	 */
	DrPlan createDrPlan();

	/**
	 * Returns a new object of class '<em>Test Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Test Run</em>'.
	 * @generated
	 */
	TestRun createTestRun();

	/**
	 * Returns a new object of class '<em>Evidence File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence File</em>'.
	 * @generated
	 */
	EvidenceFile createEvidenceFile();

	/**
	 * Returns a new object of class '<em>Provider</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Provider</em>'.
	 * @generated
	 */
	Provider createProvider();

	/**
	 * Returns a new object of class '<em>Sub Processor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sub Processor</em>'.
	 * @generated
	 */
	SubProcessor createSubProcessor();

	/**
	 * Returns a new object of class '<em>Contract</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contract</em>'.
	 * @generated
	 */
	Contract createContract();

	/**
	 * Returns a new object of class '<em>Service Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Level</em>'.
	 * @generated
	 */
	ServiceLevel createServiceLevel();

	/**
	 * Returns a new object of class '<em>Data Sharing Agreement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Sharing Agreement</em>'.
	 * @generated
	 */
	DataSharingAgreement createDataSharingAgreement();

	/**
	 * Returns a new object of class '<em>Assurance Evidence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assurance Evidence</em>'.
	 * @generated
	 */
	AssuranceEvidence createAssuranceEvidence();

	/**
	 * Returns a new object of class '<em>Staff Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Staff Group</em>'.
	 * @generated
	 */
	StaffGroup createStaffGroup();

	/**
	 * Returns a new object of class '<em>Staff</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Staff</em>'.
	 * @generated
	 */
	Staff createStaff();

	/**
	 * Returns a new object of class '<em>Account</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Account</em>'.
	 * @generated
	 */
	Account createAccount();

	/**
	 * Returns a new object of class '<em>Course</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Course</em>'.
	 * @generated
	 */
	Course createCourse();

	/**
	 * Returns a new object of class '<em>Training Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Record</em>'.
	 * @generated
	 */
	TrainingRecord createTrainingRecord();

	/**
	 * Returns a new object of class '<em>Policy Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Document</em>'.
	 * @generated
	 */
	PolicyDocument createPolicyDocument();

	/**
	 * Returns a new object of class '<em>Policy Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Version</em>'.
	 * @generated
	 */
	PolicyVersion createPolicyVersion();

	/**
	 * Returns a new object of class '<em>Acknowledgement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Acknowledgement</em>'.
	 * @generated
	 */
	Acknowledgement createAcknowledgement();

	/**
	 * Returns a new object of class '<em>Staff Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Staff Change</em>'.
	 * @generated
	 */
	StaffChange createStaffChange();

	/**
	 * Returns a new object of class '<em>Training Need</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Need</em>'.
	 * @generated
	 */
	TrainingNeed createTrainingNeed();

	/**
	 * Returns a new object of class '<em>Course Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Course Evaluation</em>'.
	 * @generated
	 */
	CourseEvaluation createCourseEvaluation();

	/**
	 * Returns a new object of class '<em>Label Check</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Check</em>'.
	 * @generated
	 */
	LabelCheck createLabelCheck();

	/**
	 * Returns a new object of class '<em>Label Gap</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Gap</em>'.
	 * @generated
	 */
	LabelGap createLabelGap();

	/**
	 * Returns a new object of class '<em>Teaching Check</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Teaching Check</em>'.
	 * @generated
	 */
	TeachingCheck createTeachingCheck();

	/**
	 * Returns a new object of class '<em>Retention Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Retention Class</em>'.
	 * @generated
	 */
	RetentionClass createRetentionClass();

	/**
	 * Returns a new object of class '<em>Retention Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Retention Rule</em>'.
	 * @generated
	 */
	RetentionRule createRetentionRule();

	/**
	 * Returns a new object of class '<em>Study Retention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study Retention</em>'.
	 * @generated
	 */
	StudyRetention createStudyRetention();

	/**
	 * Returns a new object of class '<em>Patient Retention Facts</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Patient Retention Facts</em>'.
	 * @generated
	 */
	PatientRetentionFacts createPatientRetentionFacts();

	/**
	 * Returns a new object of class '<em>Pseudonym</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pseudonym</em>'.
	 * @generated
	 */
	Pseudonym createPseudonym();

	/**
	 * Returns a new object of class '<em>Destruction Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Destruction Record</em>'.
	 * @generated
	 */
	DestructionRecord createDestructionRecord();

	/**
	 * Returns a new object of class '<em>Legal Hold</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Legal Hold</em>'.
	 * @generated
	 */
	LegalHold createLegalHold();

	/**
	 * Returns a new object of class '<em>Media Transfer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Media Transfer</em>'.
	 * @generated
	 */
	MediaTransfer createMediaTransfer();

	/**
	 * Returns a new object of class '<em>Investigation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Investigation</em>'.
	 * @generated
	 */
	Investigation createInvestigation();

	/**
	 * Returns a new object of class '<em>Case Note</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Case Note</em>'.
	 * @generated
	 */
	CaseNote createCaseNote();

	/**
	 * Returns a new object of class '<em>Log Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Log Review</em>'.
	 * @generated
	 */
	LogReview createLogReview();

	/**
	 * Returns a new object of class '<em>Workstation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workstation</em>'.
	 * @generated
	 */
	Workstation createWorkstation();

	/**
	 * Returns a new object of class '<em>Console User</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Console User</em>'.
	 * @generated
	 */
	ConsoleUser createConsoleUser();

	/**
	 * Returns a new object of class '<em>Access Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Access Review</em>'.
	 * @generated
	 */
	AccessReview createAccessReview();

	/**
	 * Returns a new object of class '<em>Access Decision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Access Decision</em>'.
	 * @generated
	 */
	AccessDecision createAccessDecision();

	/**
	 * Returns a new object of class '<em>People Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>People Settings</em>'.
	 * @generated
	 */
	PeopleSettings createPeopleSettings();

	/**
	 * Returns a new object of class '<em>Audit Csv Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Audit Csv Mapping</em>'.
	 * @generated
	 */
	AuditCsvMapping createAuditCsvMapping();

	/**
	 * Returns a new object of class '<em>Backup Job</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backup Job</em>'.
	 * @generated
	 */
	BackupJob createBackupJob();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ModelPackage getModelPackage();

} //ModelFactory
