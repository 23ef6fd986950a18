/**
 */
package org.custodian.model.util;

import org.custodian.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.custodian.model.ModelPackage
 * @generated
 */
public class ModelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSwitch<Adapter> modelSwitch =
		new ModelSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseTrust(Trust object) {
				return createTrustAdapter();
			}
			@Override
			public Adapter caseSite(Site object) {
				return createSiteAdapter();
			}
			@Override
			public Adapter casePacsNode(PacsNode object) {
				return createPacsNodeAdapter();
			}
			@Override
			public Adapter caseBackupPolicy(BackupPolicy object) {
				return createBackupPolicyAdapter();
			}
			@Override
			public Adapter caseDrPlan(DrPlan object) {
				return createDrPlanAdapter();
			}
			@Override
			public Adapter caseTestRun(TestRun object) {
				return createTestRunAdapter();
			}
			@Override
			public Adapter caseEvidenceFile(EvidenceFile object) {
				return createEvidenceFileAdapter();
			}
			@Override
			public Adapter caseProvider(Provider object) {
				return createProviderAdapter();
			}
			@Override
			public Adapter caseSubProcessor(SubProcessor object) {
				return createSubProcessorAdapter();
			}
			@Override
			public Adapter caseContract(Contract object) {
				return createContractAdapter();
			}
			@Override
			public Adapter caseServiceLevel(ServiceLevel object) {
				return createServiceLevelAdapter();
			}
			@Override
			public Adapter caseDataSharingAgreement(DataSharingAgreement object) {
				return createDataSharingAgreementAdapter();
			}
			@Override
			public Adapter caseAssuranceEvidence(AssuranceEvidence object) {
				return createAssuranceEvidenceAdapter();
			}
			@Override
			public Adapter caseStaffGroup(StaffGroup object) {
				return createStaffGroupAdapter();
			}
			@Override
			public Adapter caseStaff(Staff object) {
				return createStaffAdapter();
			}
			@Override
			public Adapter caseAccount(Account object) {
				return createAccountAdapter();
			}
			@Override
			public Adapter caseCourse(Course object) {
				return createCourseAdapter();
			}
			@Override
			public Adapter caseTrainingRecord(TrainingRecord object) {
				return createTrainingRecordAdapter();
			}
			@Override
			public Adapter casePolicyDocument(PolicyDocument object) {
				return createPolicyDocumentAdapter();
			}
			@Override
			public Adapter casePolicyVersion(PolicyVersion object) {
				return createPolicyVersionAdapter();
			}
			@Override
			public Adapter caseAcknowledgement(Acknowledgement object) {
				return createAcknowledgementAdapter();
			}
			@Override
			public Adapter caseStaffChange(StaffChange object) {
				return createStaffChangeAdapter();
			}
			@Override
			public Adapter caseTrainingNeed(TrainingNeed object) {
				return createTrainingNeedAdapter();
			}
			@Override
			public Adapter caseCourseEvaluation(CourseEvaluation object) {
				return createCourseEvaluationAdapter();
			}
			@Override
			public Adapter caseLabelCheck(LabelCheck object) {
				return createLabelCheckAdapter();
			}
			@Override
			public Adapter caseLabelGap(LabelGap object) {
				return createLabelGapAdapter();
			}
			@Override
			public Adapter caseTeachingCheck(TeachingCheck object) {
				return createTeachingCheckAdapter();
			}
			@Override
			public Adapter caseRetentionClass(RetentionClass object) {
				return createRetentionClassAdapter();
			}
			@Override
			public Adapter caseRetentionRule(RetentionRule object) {
				return createRetentionRuleAdapter();
			}
			@Override
			public Adapter caseStudyRetention(StudyRetention object) {
				return createStudyRetentionAdapter();
			}
			@Override
			public Adapter casePatientRetentionFacts(PatientRetentionFacts object) {
				return createPatientRetentionFactsAdapter();
			}
			@Override
			public Adapter casePseudonym(Pseudonym object) {
				return createPseudonymAdapter();
			}
			@Override
			public Adapter caseDestructionRecord(DestructionRecord object) {
				return createDestructionRecordAdapter();
			}
			@Override
			public Adapter caseLegalHold(LegalHold object) {
				return createLegalHoldAdapter();
			}
			@Override
			public Adapter caseMediaTransfer(MediaTransfer object) {
				return createMediaTransferAdapter();
			}
			@Override
			public Adapter caseInvestigation(Investigation object) {
				return createInvestigationAdapter();
			}
			@Override
			public Adapter caseCaseNote(CaseNote object) {
				return createCaseNoteAdapter();
			}
			@Override
			public Adapter caseLogReview(LogReview object) {
				return createLogReviewAdapter();
			}
			@Override
			public Adapter caseWorkstation(Workstation object) {
				return createWorkstationAdapter();
			}
			@Override
			public Adapter caseConsoleUser(ConsoleUser object) {
				return createConsoleUserAdapter();
			}
			@Override
			public Adapter caseAccessReview(AccessReview object) {
				return createAccessReviewAdapter();
			}
			@Override
			public Adapter caseAccessDecision(AccessDecision object) {
				return createAccessDecisionAdapter();
			}
			@Override
			public Adapter casePeopleSettings(PeopleSettings object) {
				return createPeopleSettingsAdapter();
			}
			@Override
			public Adapter caseAuditCsvMapping(AuditCsvMapping object) {
				return createAuditCsvMappingAdapter();
			}
			@Override
			public Adapter caseBackupJob(BackupJob object) {
				return createBackupJobAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Trust <em>Trust</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Trust
	 * @generated
	 */
	public Adapter createTrustAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Site
	 * @generated
	 */
	public Adapter createSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.PacsNode <em>Pacs Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.PacsNode
	 * @generated
	 */
	public Adapter createPacsNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.BackupPolicy <em>Backup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.BackupPolicy
	 * @generated
	 */
	public Adapter createBackupPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.DrPlan <em>Dr Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.DrPlan
	 * @generated
	 */
	public Adapter createDrPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.TestRun <em>Test Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.TestRun
	 * @generated
	 */
	public Adapter createTestRunAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.EvidenceFile <em>Evidence File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.EvidenceFile
	 * @generated
	 */
	public Adapter createEvidenceFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Provider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Provider
	 * @generated
	 */
	public Adapter createProviderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.SubProcessor <em>Sub Processor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.SubProcessor
	 * @generated
	 */
	public Adapter createSubProcessorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Contract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Contract
	 * @generated
	 */
	public Adapter createContractAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.ServiceLevel <em>Service Level</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.ServiceLevel
	 * @generated
	 */
	public Adapter createServiceLevelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.DataSharingAgreement <em>Data Sharing Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.DataSharingAgreement
	 * @generated
	 */
	public Adapter createDataSharingAgreementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.AssuranceEvidence <em>Assurance Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.AssuranceEvidence
	 * @generated
	 */
	public Adapter createAssuranceEvidenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.StaffGroup <em>Staff Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.StaffGroup
	 * @generated
	 */
	public Adapter createStaffGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Staff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Staff
	 * @generated
	 */
	public Adapter createStaffAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Account <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Account
	 * @generated
	 */
	public Adapter createAccountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Course <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Course
	 * @generated
	 */
	public Adapter createCourseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.TrainingRecord <em>Training Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.TrainingRecord
	 * @generated
	 */
	public Adapter createTrainingRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.PolicyDocument <em>Policy Document</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.PolicyDocument
	 * @generated
	 */
	public Adapter createPolicyDocumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.PolicyVersion <em>Policy Version</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.PolicyVersion
	 * @generated
	 */
	public Adapter createPolicyVersionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Acknowledgement <em>Acknowledgement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Acknowledgement
	 * @generated
	 */
	public Adapter createAcknowledgementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.StaffChange <em>Staff Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.StaffChange
	 * @generated
	 */
	public Adapter createStaffChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.TrainingNeed <em>Training Need</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.TrainingNeed
	 * @generated
	 */
	public Adapter createTrainingNeedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.CourseEvaluation <em>Course Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.CourseEvaluation
	 * @generated
	 */
	public Adapter createCourseEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.LabelCheck <em>Label Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.LabelCheck
	 * @generated
	 */
	public Adapter createLabelCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.LabelGap <em>Label Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.LabelGap
	 * @generated
	 */
	public Adapter createLabelGapAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.TeachingCheck <em>Teaching Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.TeachingCheck
	 * @generated
	 */
	public Adapter createTeachingCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.RetentionClass <em>Retention Class</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.RetentionClass
	 * @generated
	 */
	public Adapter createRetentionClassAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.RetentionRule <em>Retention Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.RetentionRule
	 * @generated
	 */
	public Adapter createRetentionRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.StudyRetention <em>Study Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.StudyRetention
	 * @generated
	 */
	public Adapter createStudyRetentionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.PatientRetentionFacts <em>Patient Retention Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.PatientRetentionFacts
	 * @generated
	 */
	public Adapter createPatientRetentionFactsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Pseudonym <em>Pseudonym</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Pseudonym
	 * @generated
	 */
	public Adapter createPseudonymAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.DestructionRecord <em>Destruction Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.DestructionRecord
	 * @generated
	 */
	public Adapter createDestructionRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.LegalHold <em>Legal Hold</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.LegalHold
	 * @generated
	 */
	public Adapter createLegalHoldAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.MediaTransfer <em>Media Transfer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.MediaTransfer
	 * @generated
	 */
	public Adapter createMediaTransferAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Investigation <em>Investigation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Investigation
	 * @generated
	 */
	public Adapter createInvestigationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.CaseNote <em>Case Note</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.CaseNote
	 * @generated
	 */
	public Adapter createCaseNoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.LogReview <em>Log Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.LogReview
	 * @generated
	 */
	public Adapter createLogReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.Workstation <em>Workstation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.Workstation
	 * @generated
	 */
	public Adapter createWorkstationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.ConsoleUser <em>Console User</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.ConsoleUser
	 * @generated
	 */
	public Adapter createConsoleUserAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.AccessReview <em>Access Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.AccessReview
	 * @generated
	 */
	public Adapter createAccessReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.AccessDecision <em>Access Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.AccessDecision
	 * @generated
	 */
	public Adapter createAccessDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.PeopleSettings <em>People Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.PeopleSettings
	 * @generated
	 */
	public Adapter createPeopleSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.AuditCsvMapping <em>Audit Csv Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.AuditCsvMapping
	 * @generated
	 */
	public Adapter createAuditCsvMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.custodian.model.BackupJob <em>Backup Job</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.custodian.model.BackupJob
	 * @generated
	 */
	public Adapter createBackupJobAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ModelAdapterFactory
