/**
 */
package org.custodian.model.impl;

import org.custodian.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory)EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModelPackage.TRUST: return createTrust();
			case ModelPackage.SITE: return createSite();
			case ModelPackage.PACS_NODE: return createPacsNode();
			case ModelPackage.BACKUP_POLICY: return createBackupPolicy();
			case ModelPackage.DR_PLAN: return createDrPlan();
			case ModelPackage.TEST_RUN: return createTestRun();
			case ModelPackage.EVIDENCE_FILE: return createEvidenceFile();
			case ModelPackage.PROVIDER: return createProvider();
			case ModelPackage.SUB_PROCESSOR: return createSubProcessor();
			case ModelPackage.CONTRACT: return createContract();
			case ModelPackage.SERVICE_LEVEL: return createServiceLevel();
			case ModelPackage.DATA_SHARING_AGREEMENT: return createDataSharingAgreement();
			case ModelPackage.ASSURANCE_EVIDENCE: return createAssuranceEvidence();
			case ModelPackage.STAFF_GROUP: return createStaffGroup();
			case ModelPackage.STAFF: return createStaff();
			case ModelPackage.ACCOUNT: return createAccount();
			case ModelPackage.COURSE: return createCourse();
			case ModelPackage.TRAINING_RECORD: return createTrainingRecord();
			case ModelPackage.POLICY_DOCUMENT: return createPolicyDocument();
			case ModelPackage.POLICY_VERSION: return createPolicyVersion();
			case ModelPackage.ACKNOWLEDGEMENT: return createAcknowledgement();
			case ModelPackage.STAFF_CHANGE: return createStaffChange();
			case ModelPackage.TRAINING_NEED: return createTrainingNeed();
			case ModelPackage.COURSE_EVALUATION: return createCourseEvaluation();
			case ModelPackage.LABEL_CHECK: return createLabelCheck();
			case ModelPackage.LABEL_GAP: return createLabelGap();
			case ModelPackage.TEACHING_CHECK: return createTeachingCheck();
			case ModelPackage.RETENTION_CLASS: return createRetentionClass();
			case ModelPackage.RETENTION_RULE: return createRetentionRule();
			case ModelPackage.STUDY_RETENTION: return createStudyRetention();
			case ModelPackage.PATIENT_RETENTION_FACTS: return createPatientRetentionFacts();
			case ModelPackage.PSEUDONYM: return createPseudonym();
			case ModelPackage.DESTRUCTION_RECORD: return createDestructionRecord();
			case ModelPackage.LEGAL_HOLD: return createLegalHold();
			case ModelPackage.MEDIA_TRANSFER: return createMediaTransfer();
			case ModelPackage.INVESTIGATION: return createInvestigation();
			case ModelPackage.CASE_NOTE: return createCaseNote();
			case ModelPackage.LOG_REVIEW: return createLogReview();
			case ModelPackage.WORKSTATION: return createWorkstation();
			case ModelPackage.CONSOLE_USER: return createConsoleUser();
			case ModelPackage.ACCESS_REVIEW: return createAccessReview();
			case ModelPackage.ACCESS_DECISION: return createAccessDecision();
			case ModelPackage.PEOPLE_SETTINGS: return createPeopleSettings();
			case ModelPackage.AUDIT_CSV_MAPPING: return createAuditCsvMapping();
			case ModelPackage.BACKUP_JOB: return createBackupJob();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.NODE_ROLE:
				return createNodeRoleFromString(eDataType, initialValue);
			case ModelPackage.DR_SCENARIO:
				return createDrScenarioFromString(eDataType, initialValue);
			case ModelPackage.TEST_OPERATION:
				return createTestOperationFromString(eDataType, initialValue);
			case ModelPackage.RUN_RESULT:
				return createRunResultFromString(eDataType, initialValue);
			case ModelPackage.VERDICT:
				return createVerdictFromString(eDataType, initialValue);
			case ModelPackage.PROVIDER_KIND:
				return createProviderKindFromString(eDataType, initialValue);
			case ModelPackage.DPIA_STATUS:
				return createDpiaStatusFromString(eDataType, initialValue);
			case ModelPackage.DSPT_STATUS:
				return createDsptStatusFromString(eDataType, initialValue);
			case ModelPackage.EMPLOYMENT_TYPE:
				return createEmploymentTypeFromString(eDataType, initialValue);
			case ModelPackage.CHANGE_KIND:
				return createChangeKindFromString(eDataType, initialValue);
			case ModelPackage.RETENTION_TRIGGER:
				return createRetentionTriggerFromString(eDataType, initialValue);
			case ModelPackage.TRANSFER_DIRECTION:
				return createTransferDirectionFromString(eDataType, initialValue);
			case ModelPackage.MEDIA_EXCEPTION:
				return createMediaExceptionFromString(eDataType, initialValue);
			case ModelPackage.CASE_STATUS:
				return createCaseStatusFromString(eDataType, initialValue);
			case ModelPackage.CASE_OUTCOME:
				return createCaseOutcomeFromString(eDataType, initialValue);
			case ModelPackage.CONSOLE_ROLE:
				return createConsoleRoleFromString(eDataType, initialValue);
			case ModelPackage.ACCOUNT_MATCH:
				return createAccountMatchFromString(eDataType, initialValue);
			case ModelPackage.REVIEW_DECISION:
				return createReviewDecisionFromString(eDataType, initialValue);
			case ModelPackage.RETRIEVE_METHOD:
				return createRetrieveMethodFromString(eDataType, initialValue);
			case ModelPackage.WEB_AUTH:
				return createWebAuthFromString(eDataType, initialValue);
			case ModelPackage.VERIFICATION_LEVEL:
				return createVerificationLevelFromString(eDataType, initialValue);
			case ModelPackage.BACKUP_JOB_STATUS:
				return createBackupJobStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.NODE_ROLE:
				return convertNodeRoleToString(eDataType, instanceValue);
			case ModelPackage.DR_SCENARIO:
				return convertDrScenarioToString(eDataType, instanceValue);
			case ModelPackage.TEST_OPERATION:
				return convertTestOperationToString(eDataType, instanceValue);
			case ModelPackage.RUN_RESULT:
				return convertRunResultToString(eDataType, instanceValue);
			case ModelPackage.VERDICT:
				return convertVerdictToString(eDataType, instanceValue);
			case ModelPackage.PROVIDER_KIND:
				return convertProviderKindToString(eDataType, instanceValue);
			case ModelPackage.DPIA_STATUS:
				return convertDpiaStatusToString(eDataType, instanceValue);
			case ModelPackage.DSPT_STATUS:
				return convertDsptStatusToString(eDataType, instanceValue);
			case ModelPackage.EMPLOYMENT_TYPE:
				return convertEmploymentTypeToString(eDataType, instanceValue);
			case ModelPackage.CHANGE_KIND:
				return convertChangeKindToString(eDataType, instanceValue);
			case ModelPackage.RETENTION_TRIGGER:
				return convertRetentionTriggerToString(eDataType, instanceValue);
			case ModelPackage.TRANSFER_DIRECTION:
				return convertTransferDirectionToString(eDataType, instanceValue);
			case ModelPackage.MEDIA_EXCEPTION:
				return convertMediaExceptionToString(eDataType, instanceValue);
			case ModelPackage.CASE_STATUS:
				return convertCaseStatusToString(eDataType, instanceValue);
			case ModelPackage.CASE_OUTCOME:
				return convertCaseOutcomeToString(eDataType, instanceValue);
			case ModelPackage.CONSOLE_ROLE:
				return convertConsoleRoleToString(eDataType, instanceValue);
			case ModelPackage.ACCOUNT_MATCH:
				return convertAccountMatchToString(eDataType, instanceValue);
			case ModelPackage.REVIEW_DECISION:
				return convertReviewDecisionToString(eDataType, instanceValue);
			case ModelPackage.RETRIEVE_METHOD:
				return convertRetrieveMethodToString(eDataType, instanceValue);
			case ModelPackage.WEB_AUTH:
				return convertWebAuthToString(eDataType, instanceValue);
			case ModelPackage.VERIFICATION_LEVEL:
				return convertVerificationLevelToString(eDataType, instanceValue);
			case ModelPackage.BACKUP_JOB_STATUS:
				return convertBackupJobStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trust createTrust() {
		TrustImpl trust = new TrustImpl();
		return trust;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PacsNode createPacsNode() {
		PacsNodeImpl pacsNode = new PacsNodeImpl();
		return pacsNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackupPolicy createBackupPolicy() {
		BackupPolicyImpl backupPolicy = new BackupPolicyImpl();
		return backupPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DrPlan createDrPlan() {
		DrPlanImpl drPlan = new DrPlanImpl();
		return drPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TestRun createTestRun() {
		TestRunImpl testRun = new TestRunImpl();
		return testRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceFile createEvidenceFile() {
		EvidenceFileImpl evidenceFile = new EvidenceFileImpl();
		return evidenceFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provider createProvider() {
		ProviderImpl provider = new ProviderImpl();
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubProcessor createSubProcessor() {
		SubProcessorImpl subProcessor = new SubProcessorImpl();
		return subProcessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contract createContract() {
		ContractImpl contract = new ContractImpl();
		return contract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceLevel createServiceLevel() {
		ServiceLevelImpl serviceLevel = new ServiceLevelImpl();
		return serviceLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSharingAgreement createDataSharingAgreement() {
		DataSharingAgreementImpl dataSharingAgreement = new DataSharingAgreementImpl();
		return dataSharingAgreement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssuranceEvidence createAssuranceEvidence() {
		AssuranceEvidenceImpl assuranceEvidence = new AssuranceEvidenceImpl();
		return assuranceEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffGroup createStaffGroup() {
		StaffGroupImpl staffGroup = new StaffGroupImpl();
		return staffGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff createStaff() {
		StaffImpl staff = new StaffImpl();
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account createAccount() {
		AccountImpl account = new AccountImpl();
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Course createCourse() {
		CourseImpl course = new CourseImpl();
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingRecord createTrainingRecord() {
		TrainingRecordImpl trainingRecord = new TrainingRecordImpl();
		return trainingRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyDocument createPolicyDocument() {
		PolicyDocumentImpl policyDocument = new PolicyDocumentImpl();
		return policyDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyVersion createPolicyVersion() {
		PolicyVersionImpl policyVersion = new PolicyVersionImpl();
		return policyVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Acknowledgement createAcknowledgement() {
		AcknowledgementImpl acknowledgement = new AcknowledgementImpl();
		return acknowledgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffChange createStaffChange() {
		StaffChangeImpl staffChange = new StaffChangeImpl();
		return staffChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingNeed createTrainingNeed() {
		TrainingNeedImpl trainingNeed = new TrainingNeedImpl();
		return trainingNeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CourseEvaluation createCourseEvaluation() {
		CourseEvaluationImpl courseEvaluation = new CourseEvaluationImpl();
		return courseEvaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelCheck createLabelCheck() {
		LabelCheckImpl labelCheck = new LabelCheckImpl();
		return labelCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelGap createLabelGap() {
		LabelGapImpl labelGap = new LabelGapImpl();
		return labelGap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeachingCheck createTeachingCheck() {
		TeachingCheckImpl teachingCheck = new TeachingCheckImpl();
		return teachingCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionClass createRetentionClass() {
		RetentionClassImpl retentionClass = new RetentionClassImpl();
		return retentionClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionRule createRetentionRule() {
		RetentionRuleImpl retentionRule = new RetentionRuleImpl();
		return retentionRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyRetention createStudyRetention() {
		StudyRetentionImpl studyRetention = new StudyRetentionImpl();
		return studyRetention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatientRetentionFacts createPatientRetentionFacts() {
		PatientRetentionFactsImpl patientRetentionFacts = new PatientRetentionFactsImpl();
		return patientRetentionFacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pseudonym createPseudonym() {
		PseudonymImpl pseudonym = new PseudonymImpl();
		return pseudonym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DestructionRecord createDestructionRecord() {
		DestructionRecordImpl destructionRecord = new DestructionRecordImpl();
		return destructionRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalHold createLegalHold() {
		LegalHoldImpl legalHold = new LegalHoldImpl();
		return legalHold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaTransfer createMediaTransfer() {
		MediaTransferImpl mediaTransfer = new MediaTransferImpl();
		return mediaTransfer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Investigation createInvestigation() {
		InvestigationImpl investigation = new InvestigationImpl();
		return investigation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseNote createCaseNote() {
		CaseNoteImpl caseNote = new CaseNoteImpl();
		return caseNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogReview createLogReview() {
		LogReviewImpl logReview = new LogReviewImpl();
		return logReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workstation createWorkstation() {
		WorkstationImpl workstation = new WorkstationImpl();
		return workstation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsoleUser createConsoleUser() {
		ConsoleUserImpl consoleUser = new ConsoleUserImpl();
		return consoleUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessReview createAccessReview() {
		AccessReviewImpl accessReview = new AccessReviewImpl();
		return accessReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessDecision createAccessDecision() {
		AccessDecisionImpl accessDecision = new AccessDecisionImpl();
		return accessDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeopleSettings createPeopleSettings() {
		PeopleSettingsImpl peopleSettings = new PeopleSettingsImpl();
		return peopleSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditCsvMapping createAuditCsvMapping() {
		AuditCsvMappingImpl auditCsvMapping = new AuditCsvMappingImpl();
		return auditCsvMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackupJob createBackupJob() {
		BackupJobImpl backupJob = new BackupJobImpl();
		return backupJob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeRole createNodeRoleFromString(EDataType eDataType, String initialValue) {
		NodeRole result = NodeRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNodeRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DrScenario createDrScenarioFromString(EDataType eDataType, String initialValue) {
		DrScenario result = DrScenario.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDrScenarioToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TestOperation createTestOperationFromString(EDataType eDataType, String initialValue) {
		TestOperation result = TestOperation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTestOperationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunResult createRunResultFromString(EDataType eDataType, String initialValue) {
		RunResult result = RunResult.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunResultToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Verdict createVerdictFromString(EDataType eDataType, String initialValue) {
		Verdict result = Verdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProviderKind createProviderKindFromString(EDataType eDataType, String initialValue) {
		ProviderKind result = ProviderKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProviderKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DpiaStatus createDpiaStatusFromString(EDataType eDataType, String initialValue) {
		DpiaStatus result = DpiaStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDpiaStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DsptStatus createDsptStatusFromString(EDataType eDataType, String initialValue) {
		DsptStatus result = DsptStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDsptStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EmploymentType createEmploymentTypeFromString(EDataType eDataType, String initialValue) {
		EmploymentType result = EmploymentType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEmploymentTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChangeKind createChangeKindFromString(EDataType eDataType, String initialValue) {
		ChangeKind result = ChangeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChangeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetentionTrigger createRetentionTriggerFromString(EDataType eDataType, String initialValue) {
		RetentionTrigger result = RetentionTrigger.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRetentionTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TransferDirection createTransferDirectionFromString(EDataType eDataType, String initialValue) {
		TransferDirection result = TransferDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransferDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediaException createMediaExceptionFromString(EDataType eDataType, String initialValue) {
		MediaException result = MediaException.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMediaExceptionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseStatus createCaseStatusFromString(EDataType eDataType, String initialValue) {
		CaseStatus result = CaseStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseOutcome createCaseOutcomeFromString(EDataType eDataType, String initialValue) {
		CaseOutcome result = CaseOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsoleRole createConsoleRoleFromString(EDataType eDataType, String initialValue) {
		ConsoleRole result = ConsoleRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConsoleRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountMatch createAccountMatchFromString(EDataType eDataType, String initialValue) {
		AccountMatch result = AccountMatch.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccountMatchToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewDecision createReviewDecisionFromString(EDataType eDataType, String initialValue) {
		ReviewDecision result = ReviewDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetrieveMethod createRetrieveMethodFromString(EDataType eDataType, String initialValue) {
		RetrieveMethod result = RetrieveMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRetrieveMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WebAuth createWebAuthFromString(EDataType eDataType, String initialValue) {
		WebAuth result = WebAuth.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWebAuthToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VerificationLevel createVerificationLevelFromString(EDataType eDataType, String initialValue) {
		VerificationLevel result = VerificationLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerificationLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BackupJobStatus createBackupJobStatusFromString(EDataType eDataType, String initialValue) {
		BackupJobStatus result = BackupJobStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBackupJobStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
