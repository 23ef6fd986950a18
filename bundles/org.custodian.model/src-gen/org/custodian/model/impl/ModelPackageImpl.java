/**
 */
package org.custodian.model.impl;

import org.custodian.model.AccessDecision;
import org.custodian.model.AccessReview;
import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.Acknowledgement;
import org.custodian.model.AssuranceEvidence;
import org.custodian.model.AuditCsvMapping;
import org.custodian.model.BackupJob;
import org.custodian.model.BackupJobStatus;
import org.custodian.model.BackupPolicy;
import org.custodian.model.CaseNote;
import org.custodian.model.CaseOutcome;
import org.custodian.model.CaseStatus;
import org.custodian.model.ChangeKind;
import org.custodian.model.ConsoleRole;
import org.custodian.model.ConsoleUser;
import org.custodian.model.Contract;
import org.custodian.model.Course;
import org.custodian.model.CourseEvaluation;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DestructionRecord;
import org.custodian.model.DpiaStatus;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.DsptStatus;
import org.custodian.model.EmploymentType;
import org.custodian.model.EvidenceFile;
import org.custodian.model.Identified;
import org.custodian.model.Investigation;
import org.custodian.model.LabelCheck;
import org.custodian.model.LabelGap;
import org.custodian.model.LegalHold;
import org.custodian.model.LogReview;
import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.model.PatientRetentionFacts;
import org.custodian.model.PeopleSettings;
import org.custodian.model.PolicyDocument;
import org.custodian.model.PolicyVersion;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.Pseudonym;
import org.custodian.model.RetentionClass;
import org.custodian.model.RetentionRule;
import org.custodian.model.RetentionTrigger;
import org.custodian.model.RetrieveMethod;
import org.custodian.model.ReviewDecision;
import org.custodian.model.RunResult;
import org.custodian.model.ServiceLevel;
import org.custodian.model.Site;
import org.custodian.model.Staff;
import org.custodian.model.StaffChange;
import org.custodian.model.StaffGroup;
import org.custodian.model.StudyRetention;
import org.custodian.model.SubProcessor;
import org.custodian.model.TeachingCheck;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.custodian.model.TrainingNeed;
import org.custodian.model.TrainingRecord;
import org.custodian.model.TransferDirection;
import org.custodian.model.Trust;
import org.custodian.model.Verdict;
import org.custodian.model.VerificationLevel;
import org.custodian.model.WebAuth;
import org.custodian.model.Workstation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trustEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pacsNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backupPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass drPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass testRunEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass providerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subProcessorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contractEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceLevelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSharingAgreementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assuranceEvidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staffGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass courseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyVersionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass acknowledgementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staffChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingNeedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass courseEvaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labelCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labelGapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teachingCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retentionClassEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retentionRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyRetentionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass patientRetentionFactsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pseudonymEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass destructionRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass legalHoldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mediaTransferEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass investigationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseNoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workstationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consoleUserEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accessReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accessDecisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass peopleSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass auditCsvMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backupJobEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nodeRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum drScenarioEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum testOperationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runResultEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verdictEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum providerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dpiaStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dsptStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum employmentTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum changeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum retentionTriggerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transferDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mediaExceptionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum consoleRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accountMatchEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewDecisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum retrieveMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum webAuthEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verificationLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum backupJobStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.custodian.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited) return (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl ? (ModelPackageImpl)registeredModelPackage : new ModelPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrust() {
		return trustEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrust_Name() {
		return (EAttribute)trustEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrust_OdsCode() {
		return (EAttribute)trustEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Sites() {
		return (EReference)trustEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_StaffGroups() {
		return (EReference)trustEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Staff() {
		return (EReference)trustEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Accounts() {
		return (EReference)trustEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Courses() {
		return (EReference)trustEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_TrainingRecords() {
		return (EReference)trustEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Policies() {
		return (EReference)trustEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Acknowledgements() {
		return (EReference)trustEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_StaffChanges() {
		return (EReference)trustEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Providers() {
		return (EReference)trustEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_DataSharingAgreements() {
		return (EReference)trustEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_BackupPolicies() {
		return (EReference)trustEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_DrPlans() {
		return (EReference)trustEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_RetentionClasses() {
		return (EReference)trustEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_DestructionRecords() {
		return (EReference)trustEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_LegalHolds() {
		return (EReference)trustEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_MediaTransfers() {
		return (EReference)trustEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Investigations() {
		return (EReference)trustEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_LogReviews() {
		return (EReference)trustEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Workstations() {
		return (EReference)trustEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_ConsoleUsers() {
		return (EReference)trustEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_AccessReviews() {
		return (EReference)trustEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_PeopleSettings() {
		return (EReference)trustEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_RetentionRules() {
		return (EReference)trustEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_StudyRetentions() {
		return (EReference)trustEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_PatientRetentionFacts() {
		return (EReference)trustEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_Pseudonyms() {
		return (EReference)trustEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_OwnAssurance() {
		return (EReference)trustEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_TrainingNeeds() {
		return (EReference)trustEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_CourseEvaluations() {
		return (EReference)trustEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_LabelChecks() {
		return (EReference)trustEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrust_BackupJobColumns() {
		return (EAttribute)trustEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrust_LosslessModalities() {
		return (EAttribute)trustEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrust_LossyRatioLimits() {
		return (EAttribute)trustEClass.getEStructuralFeatures().get(35);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrust_TeachingChecks() {
		return (EReference)trustEClass.getEStructuralFeatures().get(36);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Name() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Address() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Nodes() {
		return (EReference)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPacsNode() {
		return pacsNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_Name() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_Role() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_AeTitle() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_Host() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_Port() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_Vendor() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_RetrieveMethod() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_MovePort() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_DicomWebUrl() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_DicomWebAuth() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_DicomWebUser() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacsNode_DicomWebSecret() {
		return (EAttribute)pacsNodeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackupPolicy() {
		return backupPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_Name() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackupPolicy_Node() {
		return (EReference)backupPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_FrequencyHours() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_Copies() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_Offsite() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_Immutable() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupPolicy_CopyRetentionDays() {
		return (EAttribute)backupPolicyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBackupPolicy_Jobs() {
		return (EReference)backupPolicyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDrPlan() {
		return drPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrPlan_Name() {
		return (EAttribute)drPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrPlan_Scenario() {
		return (EAttribute)drPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrPlan_RpoMinutes() {
		return (EAttribute)drPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrPlan_RtoMinutes() {
		return (EAttribute)drPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrPlan_TestFrequencyDays() {
		return (EAttribute)drPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDrPlan_Primary() {
		return (EReference)drPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDrPlan_Dr() {
		return (EReference)drPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDrPlan_Runs() {
		return (EReference)drPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrPlan_VerificationLevel() {
		return (EAttribute)drPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDrPlan_SampleSize() {
		return (EAttribute)drPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTestRun() {
		return testRunEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_Operation() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_Started() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_DurationSeconds() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_Result() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_Errors() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_Warnings() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestRun_Evidence() {
		return (EReference)testRunEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_OperatorVerdict() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_Notes() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestRun_Operator() {
		return (EReference)testRunEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestRun_SignedOffBy() {
		return (EReference)testRunEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_SignedOffAt() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_RpoAchievedMinutes() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_RtoAchievedMinutes() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_OperatorUser() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_VerdictAt() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_VerdictJustification() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_SignedOffUser() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_VerificationLevel() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_Readiness() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestRun_StudiesChecked() {
		return (EAttribute)testRunEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceFile() {
		return evidenceFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceFile_Name() {
		return (EAttribute)evidenceFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceFile_Path() {
		return (EAttribute)evidenceFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceFile_Sha256() {
		return (EAttribute)evidenceFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceFile_AddedAt() {
		return (EAttribute)evidenceFileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceFile_SizeBytes() {
		return (EAttribute)evidenceFileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvider() {
		return providerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Name() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Kind() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProvider_SubProcessors() {
		return (EReference)providerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProvider_Contracts() {
		return (EReference)providerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProvider_Assurance() {
		return (EReference)providerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_ReceivingNodes() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubProcessor() {
		return subProcessorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubProcessor_Name() {
		return (EAttribute)subProcessorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubProcessor_Country() {
		return (EAttribute)subProcessorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubProcessor_Service() {
		return (EAttribute)subProcessorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubProcessor_Assurance() {
		return (EReference)subProcessorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContract() {
		return contractEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_Reference() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_Start() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_End() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_NoticeDays() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_RenewalTerms() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_ExitClause() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_DataReturnClause() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_RetentionGuaranteeYears() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_ImageDisplaySeconds() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContract_ServiceLevels() {
		return (EReference)contractEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceLevel() {
		return serviceLevelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceLevel_Name() {
		return (EAttribute)serviceLevelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceLevel_Target() {
		return (EAttribute)serviceLevelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceLevel_Unit() {
		return (EAttribute)serviceLevelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSharingAgreement() {
		return dataSharingAgreementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSharingAgreement_Title() {
		return (EAttribute)dataSharingAgreementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSharingAgreement_PartnerName() {
		return (EAttribute)dataSharingAgreementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSharingAgreement_Provider() {
		return (EReference)dataSharingAgreementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSharingAgreement_Purpose() {
		return (EAttribute)dataSharingAgreementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSharingAgreement_DataFlows() {
		return (EAttribute)dataSharingAgreementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSharingAgreement_LegalBasis() {
		return (EAttribute)dataSharingAgreementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSharingAgreement_ReviewDate() {
		return (EAttribute)dataSharingAgreementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSharingAgreement_DpiaStatus() {
		return (EAttribute)dataSharingAgreementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSharingAgreement_ReceiverAssurance() {
		return (EReference)dataSharingAgreementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSharingAgreement_ReceivingNodes() {
		return (EAttribute)dataSharingAgreementEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssuranceEvidence() {
		return assuranceEvidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssuranceEvidence_DsptStatus() {
		return (EAttribute)assuranceEvidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssuranceEvidence_DsptDate() {
		return (EAttribute)assuranceEvidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssuranceEvidence_Iso27001Expiry() {
		return (EAttribute)assuranceEvidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssuranceEvidence_CyberEssentialsPlusExpiry() {
		return (EAttribute)assuranceEvidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssuranceEvidence_LastPenTest() {
		return (EAttribute)assuranceEvidenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssuranceEvidence_DsptExpiry() {
		return (EAttribute)assuranceEvidenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaffGroup() {
		return staffGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffGroup_Name() {
		return (EAttribute)staffGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffGroup_Description() {
		return (EAttribute)staffGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaff() {
		return staffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_StaffNumber() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_GivenName() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_FamilyName() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_DateOfBirth() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_NhsNumber() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Postcode() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Address() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Phone() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Registration() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_JobTitle() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Role() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Department() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaff_Group() {
		return (EReference)staffEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaff_LineManager() {
		return (EReference)staffEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Employment() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_StartDate() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_EndDate() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Email() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccount() {
		return accountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_System() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Username() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Owner() {
		return (EReference)accountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Shared() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Enabled() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_DisabledAt() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_LastUsed() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_SmartcardId() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_DisplayName() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_EmployeeNumber() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Match() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_SuggestedOwner() {
		return (EReference)accountEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_MatchNote() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCourse() {
		return courseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_Code() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_Title() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_RefreshMonths() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_Mandatory() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourse_RequiredFor() {
		return (EReference)courseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_RequiredForRoles() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingRecord() {
		return trainingRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingRecord_Staff() {
		return (EReference)trainingRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingRecord_Course() {
		return (EReference)trainingRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingRecord_Completed() {
		return (EAttribute)trainingRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingRecord_Expires() {
		return (EAttribute)trainingRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyDocument() {
		return policyDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDocument_Title() {
		return (EAttribute)policyDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyDocument_AppliesTo() {
		return (EReference)policyDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyDocument_Versions() {
		return (EReference)policyDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDocument_AccessNotice() {
		return (EAttribute)policyDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyVersion() {
		return policyVersionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyVersion_Version() {
		return (EAttribute)policyVersionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyVersion_Published() {
		return (EAttribute)policyVersionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyVersion_Summary() {
		return (EAttribute)policyVersionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAcknowledgement() {
		return acknowledgementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAcknowledgement_Staff() {
		return (EReference)acknowledgementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAcknowledgement_PolicyVersion() {
		return (EReference)acknowledgementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcknowledgement_AcknowledgedAt() {
		return (EAttribute)acknowledgementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaffChange() {
		return staffChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaffChange_Staff() {
		return (EReference)staffChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffChange_Kind() {
		return (EAttribute)staffChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffChange_EffectiveDate() {
		return (EAttribute)staffChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffChange_NewRole() {
		return (EAttribute)staffChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffChange_RevocationDeadline() {
		return (EAttribute)staffChangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffChange_SmartcardRemovedAt() {
		return (EAttribute)staffChangeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffChange_PositionRemovedAt() {
		return (EAttribute)staffChangeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingNeed() {
		return trainingNeedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingNeed_Group() {
		return (EReference)trainingNeedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingNeed_Course() {
		return (EReference)trainingNeedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingNeed_Reason() {
		return (EAttribute)trainingNeedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingNeed_TargetPercent() {
		return (EAttribute)trainingNeedEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingNeed_ApprovedBy() {
		return (EAttribute)trainingNeedEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingNeed_ApprovedOn() {
		return (EAttribute)trainingNeedEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCourseEvaluation() {
		return courseEvaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourseEvaluation_Course() {
		return (EReference)courseEvaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseEvaluation_EvaluatedOn() {
		return (EAttribute)courseEvaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseEvaluation_Method() {
		return (EAttribute)courseEvaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseEvaluation_Findings() {
		return (EAttribute)courseEvaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseEvaluation_Effective() {
		return (EAttribute)courseEvaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseEvaluation_EvaluatedBy() {
		return (EAttribute)courseEvaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabelCheck() {
		return labelCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelCheck_CheckedAt() {
		return (EAttribute)labelCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelCheck_Source() {
		return (EAttribute)labelCheckEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelCheck_Objects() {
		return (EAttribute)labelCheckEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelCheck_Studies() {
		return (EAttribute)labelCheckEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLabelCheck_Gaps() {
		return (EReference)labelCheckEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabelGap() {
		return labelGapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelGap_StudyInstanceUid() {
		return (EAttribute)labelGapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelGap_PatientId() {
		return (EAttribute)labelGapEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelGap_Missing() {
		return (EAttribute)labelGapEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelGap_Objects() {
		return (EAttribute)labelGapEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeachingCheck() {
		return teachingCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingCheck_CheckedAt() {
		return (EAttribute)teachingCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingCheck_Folder() {
		return (EAttribute)teachingCheckEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingCheck_Files() {
		return (EAttribute)teachingCheckEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingCheck_WithIdentifiers() {
		return (EAttribute)teachingCheckEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingCheck_Unreadable() {
		return (EAttribute)teachingCheckEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingCheck_Findings() {
		return (EAttribute)teachingCheckEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetentionClass() {
		return retentionClassEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionClass_Code() {
		return (EAttribute)retentionClassEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionClass_Name() {
		return (EAttribute)retentionClassEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionClass_MinimumYears() {
		return (EAttribute)retentionClassEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionClass_Trigger() {
		return (EAttribute)retentionClassEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionClass_Source() {
		return (EAttribute)retentionClassEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionClass_Disputed() {
		return (EAttribute)retentionClassEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionClass_Notes() {
		return (EAttribute)retentionClassEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionClass_YearsAfterDeath() {
		return (EAttribute)retentionClassEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionClass_UntilAge() {
		return (EAttribute)retentionClassEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetentionRule() {
		return retentionRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Name() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetentionRule_RetentionClass() {
		return (EReference)retentionRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Modalities() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Department() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_DescriptionContains() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_AgeFrom() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_AgeBelow() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Flag() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Enabled() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudyRetention() {
		return studyRetentionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_StudyInstanceUid() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_PatientId() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_PatientBirthDate() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_StudyDate() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_Modality() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_Department() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_StudyDescription() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_Source() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_BackupCopy() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_ClassCodes() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_DestructionDue() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_Reasoning() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyRetention_ComputedAt() {
		return (EAttribute)studyRetentionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPatientRetentionFacts() {
		return patientRetentionFactsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatientRetentionFacts_PatientId() {
		return (EAttribute)patientRetentionFactsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatientRetentionFacts_DateOfDeath() {
		return (EAttribute)patientRetentionFactsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatientRetentionFacts_EndOfTreatment() {
		return (EAttribute)patientRetentionFactsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatientRetentionFacts_DiagnosisDate() {
		return (EAttribute)patientRetentionFactsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatientRetentionFacts_LastChildBorn() {
		return (EAttribute)patientRetentionFactsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatientRetentionFacts_TrialEnd() {
		return (EAttribute)patientRetentionFactsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatientRetentionFacts_Flags() {
		return (EAttribute)patientRetentionFactsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPseudonym() {
		return pseudonymEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPseudonym_PatientId() {
		return (EAttribute)pseudonymEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPseudonym_Pseudonym() {
		return (EAttribute)pseudonymEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPseudonym_Purpose() {
		return (EAttribute)pseudonymEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPseudonym_CreatedAt() {
		return (EAttribute)pseudonymEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDestructionRecord() {
		return destructionRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDestructionRecord_Description() {
		return (EAttribute)destructionRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDestructionRecord_StudyInstanceUid() {
		return (EAttribute)destructionRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDestructionRecord_DestroyedAt() {
		return (EAttribute)destructionRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDestructionRecord_DestroyedBy() {
		return (EReference)destructionRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDestructionRecord_Method() {
		return (EAttribute)destructionRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDestructionRecord_CertificateReference() {
		return (EAttribute)destructionRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDestructionRecord_PatientId() {
		return (EAttribute)destructionRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDestructionRecord_DestroyedByName() {
		return (EAttribute)destructionRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLegalHold() {
		return legalHoldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalHold_Reference() {
		return (EAttribute)legalHoldEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalHold_PatientId() {
		return (EAttribute)legalHoldEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalHold_Reason() {
		return (EAttribute)legalHoldEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalHold_PlacedAt() {
		return (EAttribute)legalHoldEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalHold_ReleasedAt() {
		return (EAttribute)legalHoldEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMediaTransfer() {
		return mediaTransferEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_Direction() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_TransferDate() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_PatientId() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_StudyInstanceUids() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_Encrypted() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_Exception() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_PasswordChannel() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_Sender() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_Receiver() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_ImportedToPacs() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_IncidentReference() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaTransfer_Problem() {
		return (EAttribute)mediaTransferEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInvestigation() {
		return investigationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Reference() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Title() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Opened() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Owner() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Status() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Outcome() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_CaldicottPrinciple() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_BreachReportable() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_ReportabilityDecidedAt() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_SubjectUserId() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_PatientId() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_EvidenceEventIds() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_ClosedBy() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_ClosedAt() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_Notes() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseNote() {
		return caseNoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseNote_Author() {
		return (EAttribute)caseNoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseNote_WrittenAt() {
		return (EAttribute)caseNoteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseNote_Text() {
		return (EAttribute)caseNoteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogReview() {
		return logReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogReview_PerformedAt() {
		return (EAttribute)logReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogReview_PerformedBy() {
		return (EAttribute)logReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogReview_Scope() {
		return (EAttribute)logReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogReview_Findings() {
		return (EAttribute)logReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkstation() {
		return workstationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkstation_Address() {
		return (EAttribute)workstationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkstation_Name() {
		return (EAttribute)workstationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkstation_Location() {
		return (EAttribute)workstationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkstation_Department() {
		return (EAttribute)workstationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsoleUser() {
		return consoleUserEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsoleUser_Username() {
		return (EAttribute)consoleUserEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsoleUser_Role() {
		return (EAttribute)consoleUserEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsoleUser_Staff() {
		return (EReference)consoleUserEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsoleUser_Enabled() {
		return (EAttribute)consoleUserEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccessReview() {
		return accessReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessReview_Change() {
		return (EReference)accessReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessReview_Reviewer() {
		return (EReference)accessReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessReview_Opened() {
		return (EAttribute)accessReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessReview_Due() {
		return (EAttribute)accessReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessReview_DefaultDecision() {
		return (EAttribute)accessReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessReview_Decisions() {
		return (EReference)accessReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccessDecision() {
		return accessDecisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessDecision_Account() {
		return (EReference)accessDecisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessDecision_Decision() {
		return (EAttribute)accessDecisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessDecision_Justification() {
		return (EAttribute)accessDecisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessDecision_DecidedBy() {
		return (EAttribute)accessDecisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessDecision_DecidedAt() {
		return (EAttribute)accessDecisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessDecision_Defaulted() {
		return (EAttribute)accessDecisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeopleSettings() {
		return peopleSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeopleSettings_RevocationGraceDays() {
		return (EAttribute)peopleSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeopleSettings_UnusedAccountDays() {
		return (EAttribute)peopleSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeopleSettings_InductionDays() {
		return (EAttribute)peopleSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeopleSettings_DueSoonDays() {
		return (EAttribute)peopleSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeopleSettings_ReviewDays() {
		return (EAttribute)peopleSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeopleSettings_ReviewDefault() {
		return (EAttribute)peopleSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeopleSettings_TrainingTarget() {
		return (EAttribute)peopleSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeopleSettings_StaffColumns() {
		return (EAttribute)peopleSettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuditCsvMapping() {
		return auditCsvMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditCsvMapping_Name() {
		return (EAttribute)auditCsvMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditCsvMapping_Columns() {
		return (EAttribute)auditCsvMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditCsvMapping_TimeZone() {
		return (EAttribute)auditCsvMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackupJob() {
		return backupJobEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupJob_JobName() {
		return (EAttribute)backupJobEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupJob_Started() {
		return (EAttribute)backupJobEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupJob_Finished() {
		return (EAttribute)backupJobEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupJob_Status() {
		return (EAttribute)backupJobEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupJob_Bytes() {
		return (EAttribute)backupJobEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupJob_Message() {
		return (EAttribute)backupJobEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackupJob_Source() {
		return (EAttribute)backupJobEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNodeRole() {
		return nodeRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDrScenario() {
		return drScenarioEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTestOperation() {
		return testOperationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunResult() {
		return runResultEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerdict() {
		return verdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProviderKind() {
		return providerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDpiaStatus() {
		return dpiaStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDsptStatus() {
		return dsptStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEmploymentType() {
		return employmentTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChangeKind() {
		return changeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRetentionTrigger() {
		return retentionTriggerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransferDirection() {
		return transferDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMediaException() {
		return mediaExceptionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseStatus() {
		return caseStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseOutcome() {
		return caseOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConsoleRole() {
		return consoleRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccountMatch() {
		return accountMatchEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewDecision() {
		return reviewDecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRetrieveMethod() {
		return retrieveMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWebAuth() {
		return webAuthEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerificationLevel() {
		return verificationLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBackupJobStatus() {
		return backupJobStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		trustEClass = createEClass(TRUST);
		createEAttribute(trustEClass, TRUST__NAME);
		createEAttribute(trustEClass, TRUST__ODS_CODE);
		createEReference(trustEClass, TRUST__SITES);
		createEReference(trustEClass, TRUST__STAFF_GROUPS);
		createEReference(trustEClass, TRUST__STAFF);
		createEReference(trustEClass, TRUST__ACCOUNTS);
		createEReference(trustEClass, TRUST__COURSES);
		createEReference(trustEClass, TRUST__TRAINING_RECORDS);
		createEReference(trustEClass, TRUST__POLICIES);
		createEReference(trustEClass, TRUST__ACKNOWLEDGEMENTS);
		createEReference(trustEClass, TRUST__STAFF_CHANGES);
		createEReference(trustEClass, TRUST__PROVIDERS);
		createEReference(trustEClass, TRUST__DATA_SHARING_AGREEMENTS);
		createEReference(trustEClass, TRUST__BACKUP_POLICIES);
		createEReference(trustEClass, TRUST__DR_PLANS);
		createEReference(trustEClass, TRUST__RETENTION_CLASSES);
		createEReference(trustEClass, TRUST__DESTRUCTION_RECORDS);
		createEReference(trustEClass, TRUST__LEGAL_HOLDS);
		createEReference(trustEClass, TRUST__MEDIA_TRANSFERS);
		createEReference(trustEClass, TRUST__INVESTIGATIONS);
		createEReference(trustEClass, TRUST__LOG_REVIEWS);
		createEReference(trustEClass, TRUST__WORKSTATIONS);
		createEReference(trustEClass, TRUST__CONSOLE_USERS);
		createEReference(trustEClass, TRUST__ACCESS_REVIEWS);
		createEReference(trustEClass, TRUST__PEOPLE_SETTINGS);
		createEReference(trustEClass, TRUST__RETENTION_RULES);
		createEReference(trustEClass, TRUST__STUDY_RETENTIONS);
		createEReference(trustEClass, TRUST__PATIENT_RETENTION_FACTS);
		createEReference(trustEClass, TRUST__PSEUDONYMS);
		createEReference(trustEClass, TRUST__OWN_ASSURANCE);
		createEReference(trustEClass, TRUST__TRAINING_NEEDS);
		createEReference(trustEClass, TRUST__COURSE_EVALUATIONS);
		createEReference(trustEClass, TRUST__LABEL_CHECKS);
		createEAttribute(trustEClass, TRUST__BACKUP_JOB_COLUMNS);
		createEAttribute(trustEClass, TRUST__LOSSLESS_MODALITIES);
		createEAttribute(trustEClass, TRUST__LOSSY_RATIO_LIMITS);
		createEReference(trustEClass, TRUST__TEACHING_CHECKS);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__NAME);
		createEAttribute(siteEClass, SITE__ADDRESS);
		createEReference(siteEClass, SITE__NODES);

		pacsNodeEClass = createEClass(PACS_NODE);
		createEAttribute(pacsNodeEClass, PACS_NODE__NAME);
		createEAttribute(pacsNodeEClass, PACS_NODE__ROLE);
		createEAttribute(pacsNodeEClass, PACS_NODE__AE_TITLE);
		createEAttribute(pacsNodeEClass, PACS_NODE__HOST);
		createEAttribute(pacsNodeEClass, PACS_NODE__PORT);
		createEAttribute(pacsNodeEClass, PACS_NODE__VENDOR);
		createEAttribute(pacsNodeEClass, PACS_NODE__RETRIEVE_METHOD);
		createEAttribute(pacsNodeEClass, PACS_NODE__MOVE_PORT);
		createEAttribute(pacsNodeEClass, PACS_NODE__DICOM_WEB_URL);
		createEAttribute(pacsNodeEClass, PACS_NODE__DICOM_WEB_AUTH);
		createEAttribute(pacsNodeEClass, PACS_NODE__DICOM_WEB_USER);
		createEAttribute(pacsNodeEClass, PACS_NODE__DICOM_WEB_SECRET);

		backupPolicyEClass = createEClass(BACKUP_POLICY);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__NAME);
		createEReference(backupPolicyEClass, BACKUP_POLICY__NODE);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__FREQUENCY_HOURS);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__COPIES);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__OFFSITE);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__IMMUTABLE);
		createEAttribute(backupPolicyEClass, BACKUP_POLICY__COPY_RETENTION_DAYS);
		createEReference(backupPolicyEClass, BACKUP_POLICY__JOBS);

		drPlanEClass = createEClass(DR_PLAN);
		createEAttribute(drPlanEClass, DR_PLAN__NAME);
		createEAttribute(drPlanEClass, DR_PLAN__SCENARIO);
		createEAttribute(drPlanEClass, DR_PLAN__RPO_MINUTES);
		createEAttribute(drPlanEClass, DR_PLAN__RTO_MINUTES);
		createEAttribute(drPlanEClass, DR_PLAN__TEST_FREQUENCY_DAYS);
		createEReference(drPlanEClass, DR_PLAN__PRIMARY);
		createEReference(drPlanEClass, DR_PLAN__DR);
		createEReference(drPlanEClass, DR_PLAN__RUNS);
		createEAttribute(drPlanEClass, DR_PLAN__VERIFICATION_LEVEL);
		createEAttribute(drPlanEClass, DR_PLAN__SAMPLE_SIZE);

		testRunEClass = createEClass(TEST_RUN);
		createEAttribute(testRunEClass, TEST_RUN__OPERATION);
		createEAttribute(testRunEClass, TEST_RUN__STARTED);
		createEAttribute(testRunEClass, TEST_RUN__DURATION_SECONDS);
		createEAttribute(testRunEClass, TEST_RUN__RESULT);
		createEAttribute(testRunEClass, TEST_RUN__ERRORS);
		createEAttribute(testRunEClass, TEST_RUN__WARNINGS);
		createEReference(testRunEClass, TEST_RUN__EVIDENCE);
		createEAttribute(testRunEClass, TEST_RUN__OPERATOR_VERDICT);
		createEAttribute(testRunEClass, TEST_RUN__NOTES);
		createEReference(testRunEClass, TEST_RUN__OPERATOR);
		createEReference(testRunEClass, TEST_RUN__SIGNED_OFF_BY);
		createEAttribute(testRunEClass, TEST_RUN__SIGNED_OFF_AT);
		createEAttribute(testRunEClass, TEST_RUN__RPO_ACHIEVED_MINUTES);
		createEAttribute(testRunEClass, TEST_RUN__RTO_ACHIEVED_MINUTES);
		createEAttribute(testRunEClass, TEST_RUN__OPERATOR_USER);
		createEAttribute(testRunEClass, TEST_RUN__VERDICT_AT);
		createEAttribute(testRunEClass, TEST_RUN__VERDICT_JUSTIFICATION);
		createEAttribute(testRunEClass, TEST_RUN__SIGNED_OFF_USER);
		createEAttribute(testRunEClass, TEST_RUN__VERIFICATION_LEVEL);
		createEAttribute(testRunEClass, TEST_RUN__READINESS);
		createEAttribute(testRunEClass, TEST_RUN__STUDIES_CHECKED);

		evidenceFileEClass = createEClass(EVIDENCE_FILE);
		createEAttribute(evidenceFileEClass, EVIDENCE_FILE__NAME);
		createEAttribute(evidenceFileEClass, EVIDENCE_FILE__PATH);
		createEAttribute(evidenceFileEClass, EVIDENCE_FILE__SHA256);
		createEAttribute(evidenceFileEClass, EVIDENCE_FILE__ADDED_AT);
		createEAttribute(evidenceFileEClass, EVIDENCE_FILE__SIZE_BYTES);

		providerEClass = createEClass(PROVIDER);
		createEAttribute(providerEClass, PROVIDER__NAME);
		createEAttribute(providerEClass, PROVIDER__KIND);
		createEReference(providerEClass, PROVIDER__SUB_PROCESSORS);
		createEReference(providerEClass, PROVIDER__CONTRACTS);
		createEReference(providerEClass, PROVIDER__ASSURANCE);
		createEAttribute(providerEClass, PROVIDER__RECEIVING_NODES);

		subProcessorEClass = createEClass(SUB_PROCESSOR);
		createEAttribute(subProcessorEClass, SUB_PROCESSOR__NAME);
		createEAttribute(subProcessorEClass, SUB_PROCESSOR__COUNTRY);
		createEAttribute(subProcessorEClass, SUB_PROCESSOR__SERVICE);
		createEReference(subProcessorEClass, SUB_PROCESSOR__ASSURANCE);

		contractEClass = createEClass(CONTRACT);
		createEAttribute(contractEClass, CONTRACT__REFERENCE);
		createEAttribute(contractEClass, CONTRACT__START);
		createEAttribute(contractEClass, CONTRACT__END);
		createEAttribute(contractEClass, CONTRACT__NOTICE_DAYS);
		createEAttribute(contractEClass, CONTRACT__RENEWAL_TERMS);
		createEAttribute(contractEClass, CONTRACT__EXIT_CLAUSE);
		createEAttribute(contractEClass, CONTRACT__DATA_RETURN_CLAUSE);
		createEAttribute(contractEClass, CONTRACT__RETENTION_GUARANTEE_YEARS);
		createEAttribute(contractEClass, CONTRACT__IMAGE_DISPLAY_SECONDS);
		createEReference(contractEClass, CONTRACT__SERVICE_LEVELS);

		serviceLevelEClass = createEClass(SERVICE_LEVEL);
		createEAttribute(serviceLevelEClass, SERVICE_LEVEL__NAME);
		createEAttribute(serviceLevelEClass, SERVICE_LEVEL__TARGET);
		createEAttribute(serviceLevelEClass, SERVICE_LEVEL__UNIT);

		dataSharingAgreementEClass = createEClass(DATA_SHARING_AGREEMENT);
		createEAttribute(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__TITLE);
		createEAttribute(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__PARTNER_NAME);
		createEReference(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__PROVIDER);
		createEAttribute(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__PURPOSE);
		createEAttribute(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__DATA_FLOWS);
		createEAttribute(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__LEGAL_BASIS);
		createEAttribute(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__REVIEW_DATE);
		createEAttribute(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__DPIA_STATUS);
		createEReference(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE);
		createEAttribute(dataSharingAgreementEClass, DATA_SHARING_AGREEMENT__RECEIVING_NODES);

		assuranceEvidenceEClass = createEClass(ASSURANCE_EVIDENCE);
		createEAttribute(assuranceEvidenceEClass, ASSURANCE_EVIDENCE__DSPT_STATUS);
		createEAttribute(assuranceEvidenceEClass, ASSURANCE_EVIDENCE__DSPT_DATE);
		createEAttribute(assuranceEvidenceEClass, ASSURANCE_EVIDENCE__ISO27001_EXPIRY);
		createEAttribute(assuranceEvidenceEClass, ASSURANCE_EVIDENCE__CYBER_ESSENTIALS_PLUS_EXPIRY);
		createEAttribute(assuranceEvidenceEClass, ASSURANCE_EVIDENCE__LAST_PEN_TEST);
		createEAttribute(assuranceEvidenceEClass, ASSURANCE_EVIDENCE__DSPT_EXPIRY);

		staffGroupEClass = createEClass(STAFF_GROUP);
		createEAttribute(staffGroupEClass, STAFF_GROUP__NAME);
		createEAttribute(staffGroupEClass, STAFF_GROUP__DESCRIPTION);

		staffEClass = createEClass(STAFF);
		createEAttribute(staffEClass, STAFF__STAFF_NUMBER);
		createEAttribute(staffEClass, STAFF__GIVEN_NAME);
		createEAttribute(staffEClass, STAFF__FAMILY_NAME);
		createEAttribute(staffEClass, STAFF__DATE_OF_BIRTH);
		createEAttribute(staffEClass, STAFF__NHS_NUMBER);
		createEAttribute(staffEClass, STAFF__POSTCODE);
		createEAttribute(staffEClass, STAFF__ADDRESS);
		createEAttribute(staffEClass, STAFF__PHONE);
		createEAttribute(staffEClass, STAFF__REGISTRATION);
		createEAttribute(staffEClass, STAFF__JOB_TITLE);
		createEAttribute(staffEClass, STAFF__ROLE);
		createEAttribute(staffEClass, STAFF__DEPARTMENT);
		createEReference(staffEClass, STAFF__GROUP);
		createEReference(staffEClass, STAFF__LINE_MANAGER);
		createEAttribute(staffEClass, STAFF__EMPLOYMENT);
		createEAttribute(staffEClass, STAFF__START_DATE);
		createEAttribute(staffEClass, STAFF__END_DATE);
		createEAttribute(staffEClass, STAFF__EMAIL);

		accountEClass = createEClass(ACCOUNT);
		createEAttribute(accountEClass, ACCOUNT__SYSTEM);
		createEAttribute(accountEClass, ACCOUNT__USERNAME);
		createEReference(accountEClass, ACCOUNT__OWNER);
		createEAttribute(accountEClass, ACCOUNT__SHARED);
		createEAttribute(accountEClass, ACCOUNT__ENABLED);
		createEAttribute(accountEClass, ACCOUNT__DISABLED_AT);
		createEAttribute(accountEClass, ACCOUNT__LAST_USED);
		createEAttribute(accountEClass, ACCOUNT__SMARTCARD_ID);
		createEAttribute(accountEClass, ACCOUNT__DISPLAY_NAME);
		createEAttribute(accountEClass, ACCOUNT__EMPLOYEE_NUMBER);
		createEAttribute(accountEClass, ACCOUNT__MATCH);
		createEReference(accountEClass, ACCOUNT__SUGGESTED_OWNER);
		createEAttribute(accountEClass, ACCOUNT__MATCH_NOTE);

		courseEClass = createEClass(COURSE);
		createEAttribute(courseEClass, COURSE__CODE);
		createEAttribute(courseEClass, COURSE__TITLE);
		createEAttribute(courseEClass, COURSE__REFRESH_MONTHS);
		createEAttribute(courseEClass, COURSE__MANDATORY);
		createEReference(courseEClass, COURSE__REQUIRED_FOR);
		createEAttribute(courseEClass, COURSE__REQUIRED_FOR_ROLES);

		trainingRecordEClass = createEClass(TRAINING_RECORD);
		createEReference(trainingRecordEClass, TRAINING_RECORD__STAFF);
		createEReference(trainingRecordEClass, TRAINING_RECORD__COURSE);
		createEAttribute(trainingRecordEClass, TRAINING_RECORD__COMPLETED);
		createEAttribute(trainingRecordEClass, TRAINING_RECORD__EXPIRES);

		policyDocumentEClass = createEClass(POLICY_DOCUMENT);
		createEAttribute(policyDocumentEClass, POLICY_DOCUMENT__TITLE);
		createEReference(policyDocumentEClass, POLICY_DOCUMENT__APPLIES_TO);
		createEReference(policyDocumentEClass, POLICY_DOCUMENT__VERSIONS);
		createEAttribute(policyDocumentEClass, POLICY_DOCUMENT__ACCESS_NOTICE);

		policyVersionEClass = createEClass(POLICY_VERSION);
		createEAttribute(policyVersionEClass, POLICY_VERSION__VERSION);
		createEAttribute(policyVersionEClass, POLICY_VERSION__PUBLISHED);
		createEAttribute(policyVersionEClass, POLICY_VERSION__SUMMARY);

		acknowledgementEClass = createEClass(ACKNOWLEDGEMENT);
		createEReference(acknowledgementEClass, ACKNOWLEDGEMENT__STAFF);
		createEReference(acknowledgementEClass, ACKNOWLEDGEMENT__POLICY_VERSION);
		createEAttribute(acknowledgementEClass, ACKNOWLEDGEMENT__ACKNOWLEDGED_AT);

		staffChangeEClass = createEClass(STAFF_CHANGE);
		createEReference(staffChangeEClass, STAFF_CHANGE__STAFF);
		createEAttribute(staffChangeEClass, STAFF_CHANGE__KIND);
		createEAttribute(staffChangeEClass, STAFF_CHANGE__EFFECTIVE_DATE);
		createEAttribute(staffChangeEClass, STAFF_CHANGE__NEW_ROLE);
		createEAttribute(staffChangeEClass, STAFF_CHANGE__REVOCATION_DEADLINE);
		createEAttribute(staffChangeEClass, STAFF_CHANGE__SMARTCARD_REMOVED_AT);
		createEAttribute(staffChangeEClass, STAFF_CHANGE__POSITION_REMOVED_AT);

		trainingNeedEClass = createEClass(TRAINING_NEED);
		createEReference(trainingNeedEClass, TRAINING_NEED__GROUP);
		createEReference(trainingNeedEClass, TRAINING_NEED__COURSE);
		createEAttribute(trainingNeedEClass, TRAINING_NEED__REASON);
		createEAttribute(trainingNeedEClass, TRAINING_NEED__TARGET_PERCENT);
		createEAttribute(trainingNeedEClass, TRAINING_NEED__APPROVED_BY);
		createEAttribute(trainingNeedEClass, TRAINING_NEED__APPROVED_ON);

		courseEvaluationEClass = createEClass(COURSE_EVALUATION);
		createEReference(courseEvaluationEClass, COURSE_EVALUATION__COURSE);
		createEAttribute(courseEvaluationEClass, COURSE_EVALUATION__EVALUATED_ON);
		createEAttribute(courseEvaluationEClass, COURSE_EVALUATION__METHOD);
		createEAttribute(courseEvaluationEClass, COURSE_EVALUATION__FINDINGS);
		createEAttribute(courseEvaluationEClass, COURSE_EVALUATION__EFFECTIVE);
		createEAttribute(courseEvaluationEClass, COURSE_EVALUATION__EVALUATED_BY);

		labelCheckEClass = createEClass(LABEL_CHECK);
		createEAttribute(labelCheckEClass, LABEL_CHECK__CHECKED_AT);
		createEAttribute(labelCheckEClass, LABEL_CHECK__SOURCE);
		createEAttribute(labelCheckEClass, LABEL_CHECK__OBJECTS);
		createEAttribute(labelCheckEClass, LABEL_CHECK__STUDIES);
		createEReference(labelCheckEClass, LABEL_CHECK__GAPS);

		labelGapEClass = createEClass(LABEL_GAP);
		createEAttribute(labelGapEClass, LABEL_GAP__STUDY_INSTANCE_UID);
		createEAttribute(labelGapEClass, LABEL_GAP__PATIENT_ID);
		createEAttribute(labelGapEClass, LABEL_GAP__MISSING);
		createEAttribute(labelGapEClass, LABEL_GAP__OBJECTS);

		teachingCheckEClass = createEClass(TEACHING_CHECK);
		createEAttribute(teachingCheckEClass, TEACHING_CHECK__CHECKED_AT);
		createEAttribute(teachingCheckEClass, TEACHING_CHECK__FOLDER);
		createEAttribute(teachingCheckEClass, TEACHING_CHECK__FILES);
		createEAttribute(teachingCheckEClass, TEACHING_CHECK__WITH_IDENTIFIERS);
		createEAttribute(teachingCheckEClass, TEACHING_CHECK__UNREADABLE);
		createEAttribute(teachingCheckEClass, TEACHING_CHECK__FINDINGS);

		retentionClassEClass = createEClass(RETENTION_CLASS);
		createEAttribute(retentionClassEClass, RETENTION_CLASS__CODE);
		createEAttribute(retentionClassEClass, RETENTION_CLASS__NAME);
		createEAttribute(retentionClassEClass, RETENTION_CLASS__MINIMUM_YEARS);
		createEAttribute(retentionClassEClass, RETENTION_CLASS__TRIGGER);
		createEAttribute(retentionClassEClass, RETENTION_CLASS__SOURCE);
		createEAttribute(retentionClassEClass, RETENTION_CLASS__DISPUTED);
		createEAttribute(retentionClassEClass, RETENTION_CLASS__NOTES);
		createEAttribute(retentionClassEClass, RETENTION_CLASS__YEARS_AFTER_DEATH);
		createEAttribute(retentionClassEClass, RETENTION_CLASS__UNTIL_AGE);

		retentionRuleEClass = createEClass(RETENTION_RULE);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__NAME);
		createEReference(retentionRuleEClass, RETENTION_RULE__RETENTION_CLASS);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__MODALITIES);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__DEPARTMENT);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__DESCRIPTION_CONTAINS);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__AGE_FROM);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__AGE_BELOW);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__FLAG);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__ENABLED);

		studyRetentionEClass = createEClass(STUDY_RETENTION);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__STUDY_INSTANCE_UID);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__PATIENT_ID);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__PATIENT_BIRTH_DATE);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__STUDY_DATE);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__MODALITY);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__DEPARTMENT);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__STUDY_DESCRIPTION);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__SOURCE);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__BACKUP_COPY);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__CLASS_CODES);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__DESTRUCTION_DUE);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__REASONING);
		createEAttribute(studyRetentionEClass, STUDY_RETENTION__COMPUTED_AT);

		patientRetentionFactsEClass = createEClass(PATIENT_RETENTION_FACTS);
		createEAttribute(patientRetentionFactsEClass, PATIENT_RETENTION_FACTS__PATIENT_ID);
		createEAttribute(patientRetentionFactsEClass, PATIENT_RETENTION_FACTS__DATE_OF_DEATH);
		createEAttribute(patientRetentionFactsEClass, PATIENT_RETENTION_FACTS__END_OF_TREATMENT);
		createEAttribute(patientRetentionFactsEClass, PATIENT_RETENTION_FACTS__DIAGNOSIS_DATE);
		createEAttribute(patientRetentionFactsEClass, PATIENT_RETENTION_FACTS__LAST_CHILD_BORN);
		createEAttribute(patientRetentionFactsEClass, PATIENT_RETENTION_FACTS__TRIAL_END);
		createEAttribute(patientRetentionFactsEClass, PATIENT_RETENTION_FACTS__FLAGS);

		pseudonymEClass = createEClass(PSEUDONYM);
		createEAttribute(pseudonymEClass, PSEUDONYM__PATIENT_ID);
		createEAttribute(pseudonymEClass, PSEUDONYM__PSEUDONYM);
		createEAttribute(pseudonymEClass, PSEUDONYM__PURPOSE);
		createEAttribute(pseudonymEClass, PSEUDONYM__CREATED_AT);

		destructionRecordEClass = createEClass(DESTRUCTION_RECORD);
		createEAttribute(destructionRecordEClass, DESTRUCTION_RECORD__DESCRIPTION);
		createEAttribute(destructionRecordEClass, DESTRUCTION_RECORD__STUDY_INSTANCE_UID);
		createEAttribute(destructionRecordEClass, DESTRUCTION_RECORD__DESTROYED_AT);
		createEReference(destructionRecordEClass, DESTRUCTION_RECORD__DESTROYED_BY);
		createEAttribute(destructionRecordEClass, DESTRUCTION_RECORD__METHOD);
		createEAttribute(destructionRecordEClass, DESTRUCTION_RECORD__CERTIFICATE_REFERENCE);
		createEAttribute(destructionRecordEClass, DESTRUCTION_RECORD__PATIENT_ID);
		createEAttribute(destructionRecordEClass, DESTRUCTION_RECORD__DESTROYED_BY_NAME);

		legalHoldEClass = createEClass(LEGAL_HOLD);
		createEAttribute(legalHoldEClass, LEGAL_HOLD__REFERENCE);
		createEAttribute(legalHoldEClass, LEGAL_HOLD__PATIENT_ID);
		createEAttribute(legalHoldEClass, LEGAL_HOLD__REASON);
		createEAttribute(legalHoldEClass, LEGAL_HOLD__PLACED_AT);
		createEAttribute(legalHoldEClass, LEGAL_HOLD__RELEASED_AT);

		mediaTransferEClass = createEClass(MEDIA_TRANSFER);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__DIRECTION);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__TRANSFER_DATE);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__PATIENT_ID);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__STUDY_INSTANCE_UIDS);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__ENCRYPTED);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__EXCEPTION);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__PASSWORD_CHANNEL);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__SENDER);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__RECEIVER);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__IMPORTED_TO_PACS);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__INCIDENT_REFERENCE);
		createEAttribute(mediaTransferEClass, MEDIA_TRANSFER__PROBLEM);

		investigationEClass = createEClass(INVESTIGATION);
		createEAttribute(investigationEClass, INVESTIGATION__REFERENCE);
		createEAttribute(investigationEClass, INVESTIGATION__TITLE);
		createEAttribute(investigationEClass, INVESTIGATION__OPENED);
		createEAttribute(investigationEClass, INVESTIGATION__OWNER);
		createEAttribute(investigationEClass, INVESTIGATION__STATUS);
		createEAttribute(investigationEClass, INVESTIGATION__OUTCOME);
		createEAttribute(investigationEClass, INVESTIGATION__CALDICOTT_PRINCIPLE);
		createEAttribute(investigationEClass, INVESTIGATION__BREACH_REPORTABLE);
		createEAttribute(investigationEClass, INVESTIGATION__REPORTABILITY_DECIDED_AT);
		createEAttribute(investigationEClass, INVESTIGATION__SUBJECT_USER_ID);
		createEAttribute(investigationEClass, INVESTIGATION__PATIENT_ID);
		createEAttribute(investigationEClass, INVESTIGATION__EVIDENCE_EVENT_IDS);
		createEAttribute(investigationEClass, INVESTIGATION__CLOSED_BY);
		createEAttribute(investigationEClass, INVESTIGATION__CLOSED_AT);
		createEReference(investigationEClass, INVESTIGATION__NOTES);

		caseNoteEClass = createEClass(CASE_NOTE);
		createEAttribute(caseNoteEClass, CASE_NOTE__AUTHOR);
		createEAttribute(caseNoteEClass, CASE_NOTE__WRITTEN_AT);
		createEAttribute(caseNoteEClass, CASE_NOTE__TEXT);

		logReviewEClass = createEClass(LOG_REVIEW);
		createEAttribute(logReviewEClass, LOG_REVIEW__PERFORMED_AT);
		createEAttribute(logReviewEClass, LOG_REVIEW__PERFORMED_BY);
		createEAttribute(logReviewEClass, LOG_REVIEW__SCOPE);
		createEAttribute(logReviewEClass, LOG_REVIEW__FINDINGS);

		workstationEClass = createEClass(WORKSTATION);
		createEAttribute(workstationEClass, WORKSTATION__ADDRESS);
		createEAttribute(workstationEClass, WORKSTATION__NAME);
		createEAttribute(workstationEClass, WORKSTATION__LOCATION);
		createEAttribute(workstationEClass, WORKSTATION__DEPARTMENT);

		consoleUserEClass = createEClass(CONSOLE_USER);
		createEAttribute(consoleUserEClass, CONSOLE_USER__USERNAME);
		createEAttribute(consoleUserEClass, CONSOLE_USER__ROLE);
		createEReference(consoleUserEClass, CONSOLE_USER__STAFF);
		createEAttribute(consoleUserEClass, CONSOLE_USER__ENABLED);

		accessReviewEClass = createEClass(ACCESS_REVIEW);
		createEReference(accessReviewEClass, ACCESS_REVIEW__CHANGE);
		createEReference(accessReviewEClass, ACCESS_REVIEW__REVIEWER);
		createEAttribute(accessReviewEClass, ACCESS_REVIEW__OPENED);
		createEAttribute(accessReviewEClass, ACCESS_REVIEW__DUE);
		createEAttribute(accessReviewEClass, ACCESS_REVIEW__DEFAULT_DECISION);
		createEReference(accessReviewEClass, ACCESS_REVIEW__DECISIONS);

		accessDecisionEClass = createEClass(ACCESS_DECISION);
		createEReference(accessDecisionEClass, ACCESS_DECISION__ACCOUNT);
		createEAttribute(accessDecisionEClass, ACCESS_DECISION__DECISION);
		createEAttribute(accessDecisionEClass, ACCESS_DECISION__JUSTIFICATION);
		createEAttribute(accessDecisionEClass, ACCESS_DECISION__DECIDED_BY);
		createEAttribute(accessDecisionEClass, ACCESS_DECISION__DECIDED_AT);
		createEAttribute(accessDecisionEClass, ACCESS_DECISION__DEFAULTED);

		peopleSettingsEClass = createEClass(PEOPLE_SETTINGS);
		createEAttribute(peopleSettingsEClass, PEOPLE_SETTINGS__REVOCATION_GRACE_DAYS);
		createEAttribute(peopleSettingsEClass, PEOPLE_SETTINGS__UNUSED_ACCOUNT_DAYS);
		createEAttribute(peopleSettingsEClass, PEOPLE_SETTINGS__INDUCTION_DAYS);
		createEAttribute(peopleSettingsEClass, PEOPLE_SETTINGS__DUE_SOON_DAYS);
		createEAttribute(peopleSettingsEClass, PEOPLE_SETTINGS__REVIEW_DAYS);
		createEAttribute(peopleSettingsEClass, PEOPLE_SETTINGS__REVIEW_DEFAULT);
		createEAttribute(peopleSettingsEClass, PEOPLE_SETTINGS__TRAINING_TARGET);
		createEAttribute(peopleSettingsEClass, PEOPLE_SETTINGS__STAFF_COLUMNS);

		auditCsvMappingEClass = createEClass(AUDIT_CSV_MAPPING);
		createEAttribute(auditCsvMappingEClass, AUDIT_CSV_MAPPING__NAME);
		createEAttribute(auditCsvMappingEClass, AUDIT_CSV_MAPPING__COLUMNS);
		createEAttribute(auditCsvMappingEClass, AUDIT_CSV_MAPPING__TIME_ZONE);

		backupJobEClass = createEClass(BACKUP_JOB);
		createEAttribute(backupJobEClass, BACKUP_JOB__JOB_NAME);
		createEAttribute(backupJobEClass, BACKUP_JOB__STARTED);
		createEAttribute(backupJobEClass, BACKUP_JOB__FINISHED);
		createEAttribute(backupJobEClass, BACKUP_JOB__STATUS);
		createEAttribute(backupJobEClass, BACKUP_JOB__BYTES);
		createEAttribute(backupJobEClass, BACKUP_JOB__MESSAGE);
		createEAttribute(backupJobEClass, BACKUP_JOB__SOURCE);

		// Create enums
		nodeRoleEEnum = createEEnum(NODE_ROLE);
		drScenarioEEnum = createEEnum(DR_SCENARIO);
		testOperationEEnum = createEEnum(TEST_OPERATION);
		runResultEEnum = createEEnum(RUN_RESULT);
		verdictEEnum = createEEnum(VERDICT);
		providerKindEEnum = createEEnum(PROVIDER_KIND);
		dpiaStatusEEnum = createEEnum(DPIA_STATUS);
		dsptStatusEEnum = createEEnum(DSPT_STATUS);
		employmentTypeEEnum = createEEnum(EMPLOYMENT_TYPE);
		changeKindEEnum = createEEnum(CHANGE_KIND);
		retentionTriggerEEnum = createEEnum(RETENTION_TRIGGER);
		transferDirectionEEnum = createEEnum(TRANSFER_DIRECTION);
		mediaExceptionEEnum = createEEnum(MEDIA_EXCEPTION);
		caseStatusEEnum = createEEnum(CASE_STATUS);
		caseOutcomeEEnum = createEEnum(CASE_OUTCOME);
		consoleRoleEEnum = createEEnum(CONSOLE_ROLE);
		accountMatchEEnum = createEEnum(ACCOUNT_MATCH);
		reviewDecisionEEnum = createEEnum(REVIEW_DECISION);
		retrieveMethodEEnum = createEEnum(RETRIEVE_METHOD);
		webAuthEEnum = createEEnum(WEB_AUTH);
		verificationLevelEEnum = createEEnum(VERIFICATION_LEVEL);
		backupJobStatusEEnum = createEEnum(BACKUP_JOB_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		trustEClass.getESuperTypes().add(this.getIdentified());
		siteEClass.getESuperTypes().add(this.getIdentified());
		pacsNodeEClass.getESuperTypes().add(this.getIdentified());
		backupPolicyEClass.getESuperTypes().add(this.getIdentified());
		drPlanEClass.getESuperTypes().add(this.getIdentified());
		testRunEClass.getESuperTypes().add(this.getIdentified());
		evidenceFileEClass.getESuperTypes().add(this.getIdentified());
		providerEClass.getESuperTypes().add(this.getIdentified());
		subProcessorEClass.getESuperTypes().add(this.getIdentified());
		contractEClass.getESuperTypes().add(this.getIdentified());
		serviceLevelEClass.getESuperTypes().add(this.getIdentified());
		dataSharingAgreementEClass.getESuperTypes().add(this.getIdentified());
		assuranceEvidenceEClass.getESuperTypes().add(this.getIdentified());
		staffGroupEClass.getESuperTypes().add(this.getIdentified());
		staffEClass.getESuperTypes().add(this.getIdentified());
		accountEClass.getESuperTypes().add(this.getIdentified());
		courseEClass.getESuperTypes().add(this.getIdentified());
		trainingRecordEClass.getESuperTypes().add(this.getIdentified());
		policyDocumentEClass.getESuperTypes().add(this.getIdentified());
		policyVersionEClass.getESuperTypes().add(this.getIdentified());
		acknowledgementEClass.getESuperTypes().add(this.getIdentified());
		staffChangeEClass.getESuperTypes().add(this.getIdentified());
		trainingNeedEClass.getESuperTypes().add(this.getIdentified());
		courseEvaluationEClass.getESuperTypes().add(this.getIdentified());
		labelCheckEClass.getESuperTypes().add(this.getIdentified());
		labelGapEClass.getESuperTypes().add(this.getIdentified());
		teachingCheckEClass.getESuperTypes().add(this.getIdentified());
		retentionClassEClass.getESuperTypes().add(this.getIdentified());
		retentionRuleEClass.getESuperTypes().add(this.getIdentified());
		studyRetentionEClass.getESuperTypes().add(this.getIdentified());
		patientRetentionFactsEClass.getESuperTypes().add(this.getIdentified());
		pseudonymEClass.getESuperTypes().add(this.getIdentified());
		destructionRecordEClass.getESuperTypes().add(this.getIdentified());
		legalHoldEClass.getESuperTypes().add(this.getIdentified());
		mediaTransferEClass.getESuperTypes().add(this.getIdentified());
		investigationEClass.getESuperTypes().add(this.getIdentified());
		caseNoteEClass.getESuperTypes().add(this.getIdentified());
		logReviewEClass.getESuperTypes().add(this.getIdentified());
		workstationEClass.getESuperTypes().add(this.getIdentified());
		consoleUserEClass.getESuperTypes().add(this.getIdentified());
		accessReviewEClass.getESuperTypes().add(this.getIdentified());
		accessDecisionEClass.getESuperTypes().add(this.getIdentified());
		peopleSettingsEClass.getESuperTypes().add(this.getIdentified());
		auditCsvMappingEClass.getESuperTypes().add(this.getIdentified());
		backupJobEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trustEClass, Trust.class, "Trust", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrust_Name(), ecorePackage.getEString(), "name", null, 0, 1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrust_OdsCode(), ecorePackage.getEString(), "odsCode", null, 0, 1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Sites(), this.getSite(), null, "sites", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_StaffGroups(), this.getStaffGroup(), null, "staffGroups", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Staff(), this.getStaff(), null, "staff", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Accounts(), this.getAccount(), null, "accounts", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Courses(), this.getCourse(), null, "courses", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_TrainingRecords(), this.getTrainingRecord(), null, "trainingRecords", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Policies(), this.getPolicyDocument(), null, "policies", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Acknowledgements(), this.getAcknowledgement(), null, "acknowledgements", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_StaffChanges(), this.getStaffChange(), null, "staffChanges", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Providers(), this.getProvider(), null, "providers", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_DataSharingAgreements(), this.getDataSharingAgreement(), null, "dataSharingAgreements", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_BackupPolicies(), this.getBackupPolicy(), null, "backupPolicies", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_DrPlans(), this.getDrPlan(), null, "drPlans", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_RetentionClasses(), this.getRetentionClass(), null, "retentionClasses", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_DestructionRecords(), this.getDestructionRecord(), null, "destructionRecords", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_LegalHolds(), this.getLegalHold(), null, "legalHolds", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_MediaTransfers(), this.getMediaTransfer(), null, "mediaTransfers", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Investigations(), this.getInvestigation(), null, "investigations", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_LogReviews(), this.getLogReview(), null, "logReviews", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Workstations(), this.getWorkstation(), null, "workstations", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_ConsoleUsers(), this.getConsoleUser(), null, "consoleUsers", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_AccessReviews(), this.getAccessReview(), null, "accessReviews", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_PeopleSettings(), this.getPeopleSettings(), null, "peopleSettings", null, 0, 1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_RetentionRules(), this.getRetentionRule(), null, "retentionRules", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_StudyRetentions(), this.getStudyRetention(), null, "studyRetentions", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_PatientRetentionFacts(), this.getPatientRetentionFacts(), null, "patientRetentionFacts", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_Pseudonyms(), this.getPseudonym(), null, "pseudonyms", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_OwnAssurance(), this.getAssuranceEvidence(), null, "ownAssurance", null, 0, 1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_TrainingNeeds(), this.getTrainingNeed(), null, "trainingNeeds", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_CourseEvaluations(), this.getCourseEvaluation(), null, "courseEvaluations", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_LabelChecks(), this.getLabelCheck(), null, "labelChecks", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrust_BackupJobColumns(), ecorePackage.getEString(), "backupJobColumns", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrust_LosslessModalities(), ecorePackage.getEString(), "losslessModalities", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrust_LossyRatioLimits(), ecorePackage.getEString(), "lossyRatioLimits", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrust_TeachingChecks(), this.getTeachingCheck(), null, "teachingChecks", null, 0, -1, Trust.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_Name(), ecorePackage.getEString(), "name", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Address(), ecorePackage.getEString(), "address", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Nodes(), this.getPacsNode(), null, "nodes", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pacsNodeEClass, PacsNode.class, "PacsNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPacsNode_Name(), ecorePackage.getEString(), "name", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_Role(), this.getNodeRole(), "role", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_AeTitle(), ecorePackage.getEString(), "aeTitle", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_Host(), ecorePackage.getEString(), "host", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_Port(), ecorePackage.getEInt(), "port", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_RetrieveMethod(), this.getRetrieveMethod(), "retrieveMethod", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_MovePort(), ecorePackage.getEInt(), "movePort", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_DicomWebUrl(), ecorePackage.getEString(), "dicomWebUrl", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_DicomWebAuth(), this.getWebAuth(), "dicomWebAuth", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_DicomWebUser(), ecorePackage.getEString(), "dicomWebUser", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacsNode_DicomWebSecret(), ecorePackage.getEString(), "dicomWebSecret", null, 0, 1, PacsNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(backupPolicyEClass, BackupPolicy.class, "BackupPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBackupPolicy_Name(), ecorePackage.getEString(), "name", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBackupPolicy_Node(), this.getPacsNode(), null, "node", null, 1, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_FrequencyHours(), ecorePackage.getEInt(), "frequencyHours", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_Copies(), ecorePackage.getEInt(), "copies", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_Offsite(), ecorePackage.getEBoolean(), "offsite", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_Immutable(), ecorePackage.getEBoolean(), "immutable", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupPolicy_CopyRetentionDays(), ecorePackage.getEInt(), "copyRetentionDays", null, 0, 1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBackupPolicy_Jobs(), this.getBackupJob(), null, "jobs", null, 0, -1, BackupPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(drPlanEClass, DrPlan.class, "DrPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDrPlan_Name(), ecorePackage.getEString(), "name", null, 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrPlan_Scenario(), this.getDrScenario(), "scenario", null, 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrPlan_RpoMinutes(), ecorePackage.getEInt(), "rpoMinutes", null, 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrPlan_RtoMinutes(), ecorePackage.getEInt(), "rtoMinutes", null, 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrPlan_TestFrequencyDays(), ecorePackage.getEInt(), "testFrequencyDays", null, 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDrPlan_Primary(), this.getPacsNode(), null, "primary", null, 1, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDrPlan_Dr(), this.getPacsNode(), null, "dr", null, 1, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDrPlan_Runs(), this.getTestRun(), null, "runs", null, 0, -1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrPlan_VerificationLevel(), this.getVerificationLevel(), "verificationLevel", "SAMPLE", 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDrPlan_SampleSize(), ecorePackage.getEInt(), "sampleSize", null, 0, 1, DrPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(testRunEClass, TestRun.class, "TestRun", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTestRun_Operation(), this.getTestOperation(), "operation", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_Started(), ecorePackage.getEDate(), "started", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_DurationSeconds(), ecorePackage.getELong(), "durationSeconds", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_Result(), this.getRunResult(), "result", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_Errors(), ecorePackage.getEString(), "errors", null, 0, -1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_Warnings(), ecorePackage.getEString(), "warnings", null, 0, -1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestRun_Evidence(), this.getEvidenceFile(), null, "evidence", null, 0, -1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_OperatorVerdict(), this.getVerdict(), "operatorVerdict", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestRun_Operator(), this.getStaff(), null, "operator", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestRun_SignedOffBy(), this.getStaff(), null, "signedOffBy", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_SignedOffAt(), ecorePackage.getEDate(), "signedOffAt", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_RpoAchievedMinutes(), ecorePackage.getEInt(), "rpoAchievedMinutes", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_RtoAchievedMinutes(), ecorePackage.getEInt(), "rtoAchievedMinutes", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_OperatorUser(), ecorePackage.getEString(), "operatorUser", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_VerdictAt(), ecorePackage.getEDate(), "verdictAt", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_VerdictJustification(), ecorePackage.getEString(), "verdictJustification", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_SignedOffUser(), ecorePackage.getEString(), "signedOffUser", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_VerificationLevel(), this.getVerificationLevel(), "verificationLevel", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_Readiness(), ecorePackage.getEString(), "readiness", null, 0, -1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestRun_StudiesChecked(), ecorePackage.getEInt(), "studiesChecked", null, 0, 1, TestRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceFileEClass, EvidenceFile.class, "EvidenceFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidenceFile_Name(), ecorePackage.getEString(), "name", null, 0, 1, EvidenceFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceFile_Path(), ecorePackage.getEString(), "path", null, 0, 1, EvidenceFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceFile_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, EvidenceFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceFile_AddedAt(), ecorePackage.getEDate(), "addedAt", null, 0, 1, EvidenceFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceFile_SizeBytes(), ecorePackage.getELong(), "sizeBytes", null, 0, 1, EvidenceFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(providerEClass, Provider.class, "Provider", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProvider_Name(), ecorePackage.getEString(), "name", null, 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvider_Kind(), this.getProviderKind(), "kind", null, 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProvider_SubProcessors(), this.getSubProcessor(), null, "subProcessors", null, 0, -1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProvider_Contracts(), this.getContract(), null, "contracts", null, 0, -1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProvider_Assurance(), this.getAssuranceEvidence(), null, "assurance", null, 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvider_ReceivingNodes(), ecorePackage.getEString(), "receivingNodes", null, 0, -1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subProcessorEClass, SubProcessor.class, "SubProcessor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubProcessor_Name(), ecorePackage.getEString(), "name", null, 0, 1, SubProcessor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubProcessor_Country(), ecorePackage.getEString(), "country", null, 0, 1, SubProcessor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubProcessor_Service(), ecorePackage.getEString(), "service", null, 0, 1, SubProcessor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubProcessor_Assurance(), this.getAssuranceEvidence(), null, "assurance", null, 0, 1, SubProcessor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contractEClass, Contract.class, "Contract", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContract_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_Start(), ecorePackage.getEDate(), "start", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_End(), ecorePackage.getEDate(), "end", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_NoticeDays(), ecorePackage.getEInt(), "noticeDays", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_RenewalTerms(), ecorePackage.getEString(), "renewalTerms", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_ExitClause(), ecorePackage.getEString(), "exitClause", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_DataReturnClause(), ecorePackage.getEString(), "dataReturnClause", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_RetentionGuaranteeYears(), ecorePackage.getEInt(), "retentionGuaranteeYears", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_ImageDisplaySeconds(), ecorePackage.getEDouble(), "imageDisplaySeconds", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContract_ServiceLevels(), this.getServiceLevel(), null, "serviceLevels", null, 0, -1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceLevelEClass, ServiceLevel.class, "ServiceLevel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceLevel_Name(), ecorePackage.getEString(), "name", null, 0, 1, ServiceLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceLevel_Target(), ecorePackage.getEString(), "target", null, 0, 1, ServiceLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceLevel_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ServiceLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSharingAgreementEClass, DataSharingAgreement.class, "DataSharingAgreement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataSharingAgreement_Title(), ecorePackage.getEString(), "title", null, 0, 1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSharingAgreement_PartnerName(), ecorePackage.getEString(), "partnerName", null, 0, 1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSharingAgreement_Provider(), this.getProvider(), null, "provider", null, 0, 1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSharingAgreement_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSharingAgreement_DataFlows(), ecorePackage.getEString(), "dataFlows", null, 0, -1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSharingAgreement_LegalBasis(), ecorePackage.getEString(), "legalBasis", null, 0, 1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSharingAgreement_ReviewDate(), ecorePackage.getEDate(), "reviewDate", null, 0, 1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSharingAgreement_DpiaStatus(), this.getDpiaStatus(), "dpiaStatus", null, 0, 1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSharingAgreement_ReceiverAssurance(), this.getAssuranceEvidence(), null, "receiverAssurance", null, 0, 1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSharingAgreement_ReceivingNodes(), ecorePackage.getEString(), "receivingNodes", null, 0, -1, DataSharingAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assuranceEvidenceEClass, AssuranceEvidence.class, "AssuranceEvidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssuranceEvidence_DsptStatus(), this.getDsptStatus(), "dsptStatus", null, 0, 1, AssuranceEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssuranceEvidence_DsptDate(), ecorePackage.getEDate(), "dsptDate", null, 0, 1, AssuranceEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssuranceEvidence_Iso27001Expiry(), ecorePackage.getEDate(), "iso27001Expiry", null, 0, 1, AssuranceEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssuranceEvidence_CyberEssentialsPlusExpiry(), ecorePackage.getEDate(), "cyberEssentialsPlusExpiry", null, 0, 1, AssuranceEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssuranceEvidence_LastPenTest(), ecorePackage.getEDate(), "lastPenTest", null, 0, 1, AssuranceEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssuranceEvidence_DsptExpiry(), ecorePackage.getEDate(), "dsptExpiry", null, 0, 1, AssuranceEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(staffGroupEClass, StaffGroup.class, "StaffGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStaffGroup_Name(), ecorePackage.getEString(), "name", null, 0, 1, StaffGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffGroup_Description(), ecorePackage.getEString(), "description", null, 0, 1, StaffGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(staffEClass, Staff.class, "Staff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStaff_StaffNumber(), ecorePackage.getEString(), "staffNumber", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_GivenName(), ecorePackage.getEString(), "givenName", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_FamilyName(), ecorePackage.getEString(), "familyName", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_DateOfBirth(), ecorePackage.getEDate(), "dateOfBirth", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_NhsNumber(), ecorePackage.getEString(), "nhsNumber", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_Postcode(), ecorePackage.getEString(), "postcode", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_Address(), ecorePackage.getEString(), "address", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_Registration(), ecorePackage.getEString(), "registration", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_JobTitle(), ecorePackage.getEString(), "jobTitle", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_Role(), ecorePackage.getEString(), "role", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_Department(), ecorePackage.getEString(), "department", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStaff_Group(), this.getStaffGroup(), null, "group", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStaff_LineManager(), this.getStaff(), null, "lineManager", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_Employment(), this.getEmploymentType(), "employment", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_StartDate(), ecorePackage.getEDate(), "startDate", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_EndDate(), ecorePackage.getEDate(), "endDate", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaff_Email(), ecorePackage.getEString(), "email", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountEClass, Account.class, "Account", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccount_System(), ecorePackage.getEString(), "system", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Username(), ecorePackage.getEString(), "username", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Owner(), this.getStaff(), null, "owner", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Shared(), ecorePackage.getEBoolean(), "shared", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Enabled(), ecorePackage.getEBoolean(), "enabled", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_DisabledAt(), ecorePackage.getEDate(), "disabledAt", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_LastUsed(), ecorePackage.getEDate(), "lastUsed", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_SmartcardId(), ecorePackage.getEString(), "smartcardId", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_EmployeeNumber(), ecorePackage.getEString(), "employeeNumber", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Match(), this.getAccountMatch(), "match", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_SuggestedOwner(), this.getStaff(), null, "suggestedOwner", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_MatchNote(), ecorePackage.getEString(), "matchNote", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(courseEClass, Course.class, "Course", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCourse_Code(), ecorePackage.getEString(), "code", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourse_Title(), ecorePackage.getEString(), "title", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourse_RefreshMonths(), ecorePackage.getEInt(), "refreshMonths", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourse_Mandatory(), ecorePackage.getEBoolean(), "mandatory", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCourse_RequiredFor(), this.getStaffGroup(), null, "requiredFor", null, 0, -1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourse_RequiredForRoles(), ecorePackage.getEString(), "requiredForRoles", null, 0, -1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingRecordEClass, TrainingRecord.class, "TrainingRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTrainingRecord_Staff(), this.getStaff(), null, "staff", null, 1, 1, TrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingRecord_Course(), this.getCourse(), null, "course", null, 1, 1, TrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingRecord_Completed(), ecorePackage.getEDate(), "completed", null, 0, 1, TrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingRecord_Expires(), ecorePackage.getEDate(), "expires", null, 0, 1, TrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyDocumentEClass, PolicyDocument.class, "PolicyDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyDocument_Title(), ecorePackage.getEString(), "title", null, 0, 1, PolicyDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyDocument_AppliesTo(), this.getStaffGroup(), null, "appliesTo", null, 0, -1, PolicyDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyDocument_Versions(), this.getPolicyVersion(), null, "versions", null, 0, -1, PolicyDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDocument_AccessNotice(), ecorePackage.getEBoolean(), "accessNotice", null, 0, 1, PolicyDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyVersionEClass, PolicyVersion.class, "PolicyVersion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyVersion_Version(), ecorePackage.getEString(), "version", null, 0, 1, PolicyVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyVersion_Published(), ecorePackage.getEDate(), "published", null, 0, 1, PolicyVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyVersion_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, PolicyVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(acknowledgementEClass, Acknowledgement.class, "Acknowledgement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAcknowledgement_Staff(), this.getStaff(), null, "staff", null, 1, 1, Acknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAcknowledgement_PolicyVersion(), this.getPolicyVersion(), null, "policyVersion", null, 1, 1, Acknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcknowledgement_AcknowledgedAt(), ecorePackage.getEDate(), "acknowledgedAt", null, 0, 1, Acknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(staffChangeEClass, StaffChange.class, "StaffChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStaffChange_Staff(), this.getStaff(), null, "staff", null, 1, 1, StaffChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffChange_Kind(), this.getChangeKind(), "kind", null, 0, 1, StaffChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffChange_EffectiveDate(), ecorePackage.getEDate(), "effectiveDate", null, 0, 1, StaffChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffChange_NewRole(), ecorePackage.getEString(), "newRole", null, 0, 1, StaffChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffChange_RevocationDeadline(), ecorePackage.getEDate(), "revocationDeadline", null, 0, 1, StaffChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffChange_SmartcardRemovedAt(), ecorePackage.getEDate(), "smartcardRemovedAt", null, 0, 1, StaffChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffChange_PositionRemovedAt(), ecorePackage.getEDate(), "positionRemovedAt", null, 0, 1, StaffChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingNeedEClass, TrainingNeed.class, "TrainingNeed", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTrainingNeed_Group(), this.getStaffGroup(), null, "group", null, 0, 1, TrainingNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingNeed_Course(), this.getCourse(), null, "course", null, 0, 1, TrainingNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingNeed_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, TrainingNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingNeed_TargetPercent(), ecorePackage.getEDouble(), "targetPercent", null, 0, 1, TrainingNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingNeed_ApprovedBy(), ecorePackage.getEString(), "approvedBy", null, 0, 1, TrainingNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingNeed_ApprovedOn(), ecorePackage.getEDate(), "approvedOn", null, 0, 1, TrainingNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(courseEvaluationEClass, CourseEvaluation.class, "CourseEvaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCourseEvaluation_Course(), this.getCourse(), null, "course", null, 0, 1, CourseEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseEvaluation_EvaluatedOn(), ecorePackage.getEDate(), "evaluatedOn", null, 0, 1, CourseEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseEvaluation_Method(), ecorePackage.getEString(), "method", null, 0, 1, CourseEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseEvaluation_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, CourseEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseEvaluation_Effective(), ecorePackage.getEBoolean(), "effective", null, 0, 1, CourseEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseEvaluation_EvaluatedBy(), ecorePackage.getEString(), "evaluatedBy", null, 0, 1, CourseEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(labelCheckEClass, LabelCheck.class, "LabelCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLabelCheck_CheckedAt(), ecorePackage.getEDate(), "checkedAt", null, 0, 1, LabelCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelCheck_Source(), ecorePackage.getEString(), "source", null, 0, 1, LabelCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelCheck_Objects(), ecorePackage.getEInt(), "objects", null, 0, 1, LabelCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelCheck_Studies(), ecorePackage.getEInt(), "studies", null, 0, 1, LabelCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLabelCheck_Gaps(), this.getLabelGap(), null, "gaps", null, 0, -1, LabelCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(labelGapEClass, LabelGap.class, "LabelGap", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLabelGap_StudyInstanceUid(), ecorePackage.getEString(), "studyInstanceUid", null, 0, 1, LabelGap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelGap_PatientId(), ecorePackage.getEString(), "patientId", null, 0, 1, LabelGap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelGap_Missing(), ecorePackage.getEString(), "missing", null, 0, -1, LabelGap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelGap_Objects(), ecorePackage.getEInt(), "objects", null, 0, 1, LabelGap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teachingCheckEClass, TeachingCheck.class, "TeachingCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeachingCheck_CheckedAt(), ecorePackage.getEDate(), "checkedAt", null, 0, 1, TeachingCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingCheck_Folder(), ecorePackage.getEString(), "folder", null, 0, 1, TeachingCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingCheck_Files(), ecorePackage.getEInt(), "files", null, 0, 1, TeachingCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingCheck_WithIdentifiers(), ecorePackage.getEInt(), "withIdentifiers", null, 0, 1, TeachingCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingCheck_Unreadable(), ecorePackage.getEInt(), "unreadable", null, 0, 1, TeachingCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingCheck_Findings(), ecorePackage.getEString(), "findings", null, 0, -1, TeachingCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(retentionClassEClass, RetentionClass.class, "RetentionClass", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRetentionClass_Code(), ecorePackage.getEString(), "code", null, 0, 1, RetentionClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionClass_Name(), ecorePackage.getEString(), "name", null, 0, 1, RetentionClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionClass_MinimumYears(), ecorePackage.getEInt(), "minimumYears", null, 0, 1, RetentionClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionClass_Trigger(), this.getRetentionTrigger(), "trigger", null, 0, 1, RetentionClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionClass_Source(), ecorePackage.getEString(), "source", null, 0, 1, RetentionClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionClass_Disputed(), ecorePackage.getEBoolean(), "disputed", null, 0, 1, RetentionClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionClass_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, RetentionClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionClass_YearsAfterDeath(), ecorePackage.getEInt(), "yearsAfterDeath", null, 0, 1, RetentionClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionClass_UntilAge(), ecorePackage.getEInt(), "untilAge", null, 0, 1, RetentionClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(retentionRuleEClass, RetentionRule.class, "RetentionRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRetentionRule_Name(), ecorePackage.getEString(), "name", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRetentionRule_RetentionClass(), this.getRetentionClass(), null, "retentionClass", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Modalities(), ecorePackage.getEString(), "modalities", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Department(), ecorePackage.getEString(), "department", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_DescriptionContains(), ecorePackage.getEString(), "descriptionContains", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_AgeFrom(), ecorePackage.getEInt(), "ageFrom", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_AgeBelow(), ecorePackage.getEInt(), "ageBelow", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Flag(), ecorePackage.getEString(), "flag", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Enabled(), ecorePackage.getEBoolean(), "enabled", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyRetentionEClass, StudyRetention.class, "StudyRetention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudyRetention_StudyInstanceUid(), ecorePackage.getEString(), "studyInstanceUid", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_PatientId(), ecorePackage.getEString(), "patientId", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_PatientBirthDate(), ecorePackage.getEDate(), "patientBirthDate", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_StudyDate(), ecorePackage.getEDate(), "studyDate", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_Modality(), ecorePackage.getEString(), "modality", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_Department(), ecorePackage.getEString(), "department", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_StudyDescription(), ecorePackage.getEString(), "studyDescription", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_Source(), ecorePackage.getEString(), "source", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_BackupCopy(), ecorePackage.getEBoolean(), "backupCopy", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_ClassCodes(), ecorePackage.getEString(), "classCodes", null, 0, -1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_DestructionDue(), ecorePackage.getEDate(), "destructionDue", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_Reasoning(), ecorePackage.getEString(), "reasoning", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyRetention_ComputedAt(), ecorePackage.getEDate(), "computedAt", null, 0, 1, StudyRetention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(patientRetentionFactsEClass, PatientRetentionFacts.class, "PatientRetentionFacts", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPatientRetentionFacts_PatientId(), ecorePackage.getEString(), "patientId", null, 0, 1, PatientRetentionFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatientRetentionFacts_DateOfDeath(), ecorePackage.getEDate(), "dateOfDeath", null, 0, 1, PatientRetentionFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatientRetentionFacts_EndOfTreatment(), ecorePackage.getEDate(), "endOfTreatment", null, 0, 1, PatientRetentionFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatientRetentionFacts_DiagnosisDate(), ecorePackage.getEDate(), "diagnosisDate", null, 0, 1, PatientRetentionFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatientRetentionFacts_LastChildBorn(), ecorePackage.getEDate(), "lastChildBorn", null, 0, 1, PatientRetentionFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatientRetentionFacts_TrialEnd(), ecorePackage.getEDate(), "trialEnd", null, 0, 1, PatientRetentionFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatientRetentionFacts_Flags(), ecorePackage.getEString(), "flags", null, 0, -1, PatientRetentionFacts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pseudonymEClass, Pseudonym.class, "Pseudonym", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPseudonym_PatientId(), ecorePackage.getEString(), "patientId", null, 0, 1, Pseudonym.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPseudonym_Pseudonym(), ecorePackage.getEString(), "pseudonym", null, 0, 1, Pseudonym.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPseudonym_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, Pseudonym.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPseudonym_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, Pseudonym.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(destructionRecordEClass, DestructionRecord.class, "DestructionRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDestructionRecord_Description(), ecorePackage.getEString(), "description", null, 0, 1, DestructionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDestructionRecord_StudyInstanceUid(), ecorePackage.getEString(), "studyInstanceUid", null, 0, 1, DestructionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDestructionRecord_DestroyedAt(), ecorePackage.getEDate(), "destroyedAt", null, 0, 1, DestructionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDestructionRecord_DestroyedBy(), this.getStaff(), null, "destroyedBy", null, 0, 1, DestructionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDestructionRecord_Method(), ecorePackage.getEString(), "method", null, 0, 1, DestructionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDestructionRecord_CertificateReference(), ecorePackage.getEString(), "certificateReference", null, 0, 1, DestructionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDestructionRecord_PatientId(), ecorePackage.getEString(), "patientId", null, 0, 1, DestructionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDestructionRecord_DestroyedByName(), ecorePackage.getEString(), "destroyedByName", null, 0, 1, DestructionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(legalHoldEClass, LegalHold.class, "LegalHold", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLegalHold_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, LegalHold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalHold_PatientId(), ecorePackage.getEString(), "patientId", null, 0, 1, LegalHold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalHold_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, LegalHold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalHold_PlacedAt(), ecorePackage.getEDate(), "placedAt", null, 0, 1, LegalHold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalHold_ReleasedAt(), ecorePackage.getEDate(), "releasedAt", null, 0, 1, LegalHold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mediaTransferEClass, MediaTransfer.class, "MediaTransfer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMediaTransfer_Direction(), this.getTransferDirection(), "direction", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_TransferDate(), ecorePackage.getEDate(), "transferDate", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_PatientId(), ecorePackage.getEString(), "patientId", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_StudyInstanceUids(), ecorePackage.getEString(), "studyInstanceUids", null, 0, -1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_Encrypted(), ecorePackage.getEBoolean(), "encrypted", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_Exception(), this.getMediaException(), "exception", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_PasswordChannel(), ecorePackage.getEString(), "passwordChannel", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_Sender(), ecorePackage.getEString(), "sender", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_Receiver(), ecorePackage.getEString(), "receiver", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_ImportedToPacs(), ecorePackage.getEBoolean(), "importedToPacs", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_IncidentReference(), ecorePackage.getEString(), "incidentReference", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaTransfer_Problem(), ecorePackage.getEString(), "problem", null, 0, 1, MediaTransfer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(investigationEClass, Investigation.class, "Investigation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInvestigation_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Title(), ecorePackage.getEString(), "title", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Opened(), ecorePackage.getEDate(), "opened", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Status(), this.getCaseStatus(), "status", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Outcome(), this.getCaseOutcome(), "outcome", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_CaldicottPrinciple(), ecorePackage.getEInt(), "caldicottPrinciple", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_BreachReportable(), ecorePackage.getEBoolean(), "breachReportable", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_ReportabilityDecidedAt(), ecorePackage.getEDate(), "reportabilityDecidedAt", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_SubjectUserId(), ecorePackage.getEString(), "subjectUserId", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_PatientId(), ecorePackage.getEString(), "patientId", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_EvidenceEventIds(), ecorePackage.getELong(), "evidenceEventIds", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_ClosedBy(), ecorePackage.getEString(), "closedBy", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_ClosedAt(), ecorePackage.getEDate(), "closedAt", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_Notes(), this.getCaseNote(), null, "notes", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseNoteEClass, CaseNote.class, "CaseNote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaseNote_Author(), ecorePackage.getEString(), "author", null, 0, 1, CaseNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseNote_WrittenAt(), ecorePackage.getEDate(), "writtenAt", null, 0, 1, CaseNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseNote_Text(), ecorePackage.getEString(), "text", null, 0, 1, CaseNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logReviewEClass, LogReview.class, "LogReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLogReview_PerformedAt(), ecorePackage.getEDate(), "performedAt", null, 0, 1, LogReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogReview_PerformedBy(), ecorePackage.getEString(), "performedBy", null, 0, 1, LogReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogReview_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, LogReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogReview_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, LogReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workstationEClass, Workstation.class, "Workstation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkstation_Address(), ecorePackage.getEString(), "address", null, 0, 1, Workstation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkstation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Workstation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkstation_Location(), ecorePackage.getEString(), "location", null, 0, 1, Workstation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkstation_Department(), ecorePackage.getEString(), "department", null, 0, 1, Workstation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consoleUserEClass, ConsoleUser.class, "ConsoleUser", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsoleUser_Username(), ecorePackage.getEString(), "username", null, 0, 1, ConsoleUser.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsoleUser_Role(), this.getConsoleRole(), "role", null, 0, 1, ConsoleUser.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsoleUser_Staff(), this.getStaff(), null, "staff", null, 0, 1, ConsoleUser.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsoleUser_Enabled(), ecorePackage.getEBoolean(), "enabled", null, 0, 1, ConsoleUser.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accessReviewEClass, AccessReview.class, "AccessReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAccessReview_Change(), this.getStaffChange(), null, "change", null, 1, 1, AccessReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccessReview_Reviewer(), this.getStaff(), null, "reviewer", null, 0, 1, AccessReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccessReview_Opened(), ecorePackage.getEDate(), "opened", null, 0, 1, AccessReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccessReview_Due(), ecorePackage.getEDate(), "due", null, 0, 1, AccessReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccessReview_DefaultDecision(), this.getReviewDecision(), "defaultDecision", null, 0, 1, AccessReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccessReview_Decisions(), this.getAccessDecision(), null, "decisions", null, 0, -1, AccessReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accessDecisionEClass, AccessDecision.class, "AccessDecision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAccessDecision_Account(), this.getAccount(), null, "account", null, 1, 1, AccessDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccessDecision_Decision(), this.getReviewDecision(), "decision", null, 0, 1, AccessDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccessDecision_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, AccessDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccessDecision_DecidedBy(), ecorePackage.getEString(), "decidedBy", null, 0, 1, AccessDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccessDecision_DecidedAt(), ecorePackage.getEDate(), "decidedAt", null, 0, 1, AccessDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccessDecision_Defaulted(), ecorePackage.getEBoolean(), "defaulted", null, 0, 1, AccessDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(peopleSettingsEClass, PeopleSettings.class, "PeopleSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPeopleSettings_RevocationGraceDays(), ecorePackage.getEInt(), "revocationGraceDays", null, 0, 1, PeopleSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeopleSettings_UnusedAccountDays(), ecorePackage.getEInt(), "unusedAccountDays", "90", 0, 1, PeopleSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeopleSettings_InductionDays(), ecorePackage.getEInt(), "inductionDays", "28", 0, 1, PeopleSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeopleSettings_DueSoonDays(), ecorePackage.getEInt(), "dueSoonDays", "30", 0, 1, PeopleSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeopleSettings_ReviewDays(), ecorePackage.getEInt(), "reviewDays", "14", 0, 1, PeopleSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeopleSettings_ReviewDefault(), this.getReviewDecision(), "reviewDefault", null, 0, 1, PeopleSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeopleSettings_TrainingTarget(), ecorePackage.getEDouble(), "trainingTarget", "95.0", 0, 1, PeopleSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeopleSettings_StaffColumns(), ecorePackage.getEString(), "staffColumns", null, 0, -1, PeopleSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(auditCsvMappingEClass, AuditCsvMapping.class, "AuditCsvMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAuditCsvMapping_Name(), ecorePackage.getEString(), "name", null, 0, 1, AuditCsvMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditCsvMapping_Columns(), ecorePackage.getEString(), "columns", null, 0, -1, AuditCsvMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditCsvMapping_TimeZone(), ecorePackage.getEString(), "timeZone", null, 0, 1, AuditCsvMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(backupJobEClass, BackupJob.class, "BackupJob", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBackupJob_JobName(), ecorePackage.getEString(), "jobName", null, 0, 1, BackupJob.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupJob_Started(), ecorePackage.getEDate(), "started", null, 0, 1, BackupJob.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupJob_Finished(), ecorePackage.getEDate(), "finished", null, 0, 1, BackupJob.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupJob_Status(), this.getBackupJobStatus(), "status", null, 0, 1, BackupJob.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupJob_Bytes(), ecorePackage.getELong(), "bytes", null, 0, 1, BackupJob.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupJob_Message(), ecorePackage.getEString(), "message", null, 0, 1, BackupJob.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackupJob_Source(), ecorePackage.getEString(), "source", null, 0, 1, BackupJob.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(nodeRoleEEnum, NodeRole.class, "NodeRole");
		addEEnumLiteral(nodeRoleEEnum, NodeRole.PRIMARY);
		addEEnumLiteral(nodeRoleEEnum, NodeRole.DR);
		addEEnumLiteral(nodeRoleEEnum, NodeRole.VNA);
		addEEnumLiteral(nodeRoleEEnum, NodeRole.OFFSITE_BACKUP);
		addEEnumLiteral(nodeRoleEEnum, NodeRole.OTHER);

		initEEnum(drScenarioEEnum, DrScenario.class, "DrScenario");
		addEEnumLiteral(drScenarioEEnum, DrScenario.RANSOMWARE);
		addEEnumLiteral(drScenarioEEnum, DrScenario.FIRE);
		addEEnumLiteral(drScenarioEEnum, DrScenario.FLOOD);
		addEEnumLiteral(drScenarioEEnum, DrScenario.AIR_CONDITIONING_FAILURE);
		addEEnumLiteral(drScenarioEEnum, DrScenario.HARDWARE_FAILURE);
		addEEnumLiteral(drScenarioEEnum, DrScenario.PROVIDER_OUTAGE);
		addEEnumLiteral(drScenarioEEnum, DrScenario.THEFT);
		addEEnumLiteral(drScenarioEEnum, DrScenario.UNAUTHORISED_ACCESS);

		initEEnum(testOperationEEnum, TestOperation.class, "TestOperation");
		addEEnumLiteral(testOperationEEnum, TestOperation.TEST);
		addEEnumLiteral(testOperationEEnum, TestOperation.FAILOVER);
		addEEnumLiteral(testOperationEEnum, TestOperation.CLEANUP);

		initEEnum(runResultEEnum, RunResult.class, "RunResult");
		addEEnumLiteral(runResultEEnum, RunResult.SUCCESS);
		addEEnumLiteral(runResultEEnum, RunResult.WARNINGS);
		addEEnumLiteral(runResultEEnum, RunResult.ERRORS);
		addEEnumLiteral(runResultEEnum, RunResult.CANCELLED);
		addEEnumLiteral(runResultEEnum, RunResult.UNVERIFIED);

		initEEnum(verdictEEnum, Verdict.class, "Verdict");
		addEEnumLiteral(verdictEEnum, Verdict.NONE);
		addEEnumLiteral(verdictEEnum, Verdict.PASS);
		addEEnumLiteral(verdictEEnum, Verdict.FAIL);

		initEEnum(providerKindEEnum, ProviderKind.class, "ProviderKind");
		addEEnumLiteral(providerKindEEnum, ProviderKind.PACS_VENDOR);
		addEEnumLiteral(providerKindEEnum, ProviderKind.TELERADIOLOGY);
		addEEnumLiteral(providerKindEEnum, ProviderKind.CLOUD_BACKUP);
		addEEnumLiteral(providerKindEEnum, ProviderKind.VNA);
		addEEnumLiteral(providerKindEEnum, ProviderKind.MEDIA_COURIER);
		addEEnumLiteral(providerKindEEnum, ProviderKind.OTHER);

		initEEnum(dpiaStatusEEnum, DpiaStatus.class, "DpiaStatus");
		addEEnumLiteral(dpiaStatusEEnum, DpiaStatus.NOT_STARTED);
		addEEnumLiteral(dpiaStatusEEnum, DpiaStatus.IN_PROGRESS);
		addEEnumLiteral(dpiaStatusEEnum, DpiaStatus.APPROVED);
		addEEnumLiteral(dpiaStatusEEnum, DpiaStatus.NOT_REQUIRED);

		initEEnum(dsptStatusEEnum, DsptStatus.class, "DsptStatus");
		addEEnumLiteral(dsptStatusEEnum, DsptStatus.STANDARDS_EXCEEDED);
		addEEnumLiteral(dsptStatusEEnum, DsptStatus.STANDARDS_MET);
		addEEnumLiteral(dsptStatusEEnum, DsptStatus.APPROACHING_STANDARDS);
		addEEnumLiteral(dsptStatusEEnum, DsptStatus.NOT_MET);
		addEEnumLiteral(dsptStatusEEnum, DsptStatus.NOT_PUBLISHED);

		initEEnum(employmentTypeEEnum, EmploymentType.class, "EmploymentType");
		addEEnumLiteral(employmentTypeEEnum, EmploymentType.PERMANENT);
		addEEnumLiteral(employmentTypeEEnum, EmploymentType.BANK);
		addEEnumLiteral(employmentTypeEEnum, EmploymentType.AGENCY);
		addEEnumLiteral(employmentTypeEEnum, EmploymentType.TEMPORARY);
		addEEnumLiteral(employmentTypeEEnum, EmploymentType.CONTRACTOR);

		initEEnum(changeKindEEnum, ChangeKind.class, "ChangeKind");
		addEEnumLiteral(changeKindEEnum, ChangeKind.LEAVER);
		addEEnumLiteral(changeKindEEnum, ChangeKind.MOVER);

		initEEnum(retentionTriggerEEnum, RetentionTrigger.class, "RetentionTrigger");
		addEEnumLiteral(retentionTriggerEEnum, RetentionTrigger.END_OF_TREATMENT);
		addEEnumLiteral(retentionTriggerEEnum, RetentionTrigger.DATE_OF_BIRTH);
		addEEnumLiteral(retentionTriggerEEnum, RetentionTrigger.DEATH);
		addEEnumLiteral(retentionTriggerEEnum, RetentionTrigger.BIRTH_OF_LAST_CHILD);
		addEEnumLiteral(retentionTriggerEEnum, RetentionTrigger.DIAGNOSIS);
		addEEnumLiteral(retentionTriggerEEnum, RetentionTrigger.LAST_ATTENDANCE);
		addEEnumLiteral(retentionTriggerEEnum, RetentionTrigger.END_OF_TRIAL);
		addEEnumLiteral(retentionTriggerEEnum, RetentionTrigger.CLOSURE);

		initEEnum(transferDirectionEEnum, TransferDirection.class, "TransferDirection");
		addEEnumLiteral(transferDirectionEEnum, TransferDirection.SENT);
		addEEnumLiteral(transferDirectionEEnum, TransferDirection.RECEIVED);

		initEEnum(mediaExceptionEEnum, MediaException.class, "MediaException");
		addEEnumLiteral(mediaExceptionEEnum, MediaException.NONE);
		addEEnumLiteral(mediaExceptionEEnum, MediaException.URGENT_CLINICAL_TRANSFER);
		addEEnumLiteral(mediaExceptionEEnum, MediaException.HANDED_TO_PATIENT);

		initEEnum(caseStatusEEnum, CaseStatus.class, "CaseStatus");
		addEEnumLiteral(caseStatusEEnum, CaseStatus.OPEN);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CLOSED);

		initEEnum(caseOutcomeEEnum, CaseOutcome.class, "CaseOutcome");
		addEEnumLiteral(caseOutcomeEEnum, CaseOutcome.NONE);
		addEEnumLiteral(caseOutcomeEEnum, CaseOutcome.SUBSTANTIATED);
		addEEnumLiteral(caseOutcomeEEnum, CaseOutcome.PARTIALLY_SUBSTANTIATED);
		addEEnumLiteral(caseOutcomeEEnum, CaseOutcome.UNSUBSTANTIATED);
		addEEnumLiteral(caseOutcomeEEnum, CaseOutcome.UNFOUNDED);

		initEEnum(consoleRoleEEnum, ConsoleRole.class, "ConsoleRole");
		addEEnumLiteral(consoleRoleEEnum, ConsoleRole.CALDICOTT_GUARDIAN);
		addEEnumLiteral(consoleRoleEEnum, ConsoleRole.IT_SECURITY_LEAD);
		addEEnumLiteral(consoleRoleEEnum, ConsoleRole.IG_MANAGER);
		addEEnumLiteral(consoleRoleEEnum, ConsoleRole.LINE_MANAGER);
		addEEnumLiteral(consoleRoleEEnum, ConsoleRole.AUDITOR);
		addEEnumLiteral(consoleRoleEEnum, ConsoleRole.ADMINISTRATOR);

		initEEnum(accountMatchEEnum, AccountMatch.class, "AccountMatch");
		addEEnumLiteral(accountMatchEEnum, AccountMatch.UNMATCHED);
		addEEnumLiteral(accountMatchEEnum, AccountMatch.EXACT);
		addEEnumLiteral(accountMatchEEnum, AccountMatch.NEAR_MISS);
		addEEnumLiteral(accountMatchEEnum, AccountMatch.CONFIRMED);
		addEEnumLiteral(accountMatchEEnum, AccountMatch.NO_OWNER);

		initEEnum(reviewDecisionEEnum, ReviewDecision.class, "ReviewDecision");
		addEEnumLiteral(reviewDecisionEEnum, ReviewDecision.PENDING);
		addEEnumLiteral(reviewDecisionEEnum, ReviewDecision.APPROVE);
		addEEnumLiteral(reviewDecisionEEnum, ReviewDecision.REVOKE);

		initEEnum(retrieveMethodEEnum, RetrieveMethod.class, "RetrieveMethod");
		addEEnumLiteral(retrieveMethodEEnum, RetrieveMethod.CGET);
		addEEnumLiteral(retrieveMethodEEnum, RetrieveMethod.CMOVE);
		addEEnumLiteral(retrieveMethodEEnum, RetrieveMethod.DICOMWEB);

		initEEnum(webAuthEEnum, WebAuth.class, "WebAuth");
		addEEnumLiteral(webAuthEEnum, WebAuth.NONE);
		addEEnumLiteral(webAuthEEnum, WebAuth.BASIC);
		addEEnumLiteral(webAuthEEnum, WebAuth.BEARER);

		initEEnum(verificationLevelEEnum, VerificationLevel.class, "VerificationLevel");
		addEEnumLiteral(verificationLevelEEnum, VerificationLevel.INVENTORY);
		addEEnumLiteral(verificationLevelEEnum, VerificationLevel.COUNT);
		addEEnumLiteral(verificationLevelEEnum, VerificationLevel.PRESENCE);
		addEEnumLiteral(verificationLevelEEnum, VerificationLevel.SAMPLE);
		addEEnumLiteral(verificationLevelEEnum, VerificationLevel.FULL);

		initEEnum(backupJobStatusEEnum, BackupJobStatus.class, "BackupJobStatus");
		addEEnumLiteral(backupJobStatusEEnum, BackupJobStatus.SUCCESS);
		addEEnumLiteral(backupJobStatusEEnum, BackupJobStatus.WARNING);
		addEEnumLiteral(backupJobStatusEEnum, BackupJobStatus.FAILED);
		addEEnumLiteral(backupJobStatusEEnum, BackupJobStatus.MISSED);

		// Create resource
		createResource(eNS_URI);
	}

} //ModelPackageImpl
