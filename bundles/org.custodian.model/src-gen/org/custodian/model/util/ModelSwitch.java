/**
 */
package org.custodian.model.util;

import org.custodian.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.custodian.model.ModelPackage
 * @generated
 */
public class ModelSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelSwitch() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ModelPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.TRUST: {
				Trust trust = (Trust)theEObject;
				T result = caseTrust(trust);
				if (result == null) result = caseIdentified(trust);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SITE: {
				Site site = (Site)theEObject;
				T result = caseSite(site);
				if (result == null) result = caseIdentified(site);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.PACS_NODE: {
				PacsNode pacsNode = (PacsNode)theEObject;
				T result = casePacsNode(pacsNode);
				if (result == null) result = caseIdentified(pacsNode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.BACKUP_POLICY: {
				BackupPolicy backupPolicy = (BackupPolicy)theEObject;
				T result = caseBackupPolicy(backupPolicy);
				if (result == null) result = caseIdentified(backupPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DR_PLAN: {
				DrPlan drPlan = (DrPlan)theEObject;
				T result = caseDrPlan(drPlan);
				if (result == null) result = caseIdentified(drPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.TEST_RUN: {
				TestRun testRun = (TestRun)theEObject;
				T result = caseTestRun(testRun);
				if (result == null) result = caseIdentified(testRun);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.EVIDENCE_FILE: {
				EvidenceFile evidenceFile = (EvidenceFile)theEObject;
				T result = caseEvidenceFile(evidenceFile);
				if (result == null) result = caseIdentified(evidenceFile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.PROVIDER: {
				Provider provider = (Provider)theEObject;
				T result = caseProvider(provider);
				if (result == null) result = caseIdentified(provider);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SUB_PROCESSOR: {
				SubProcessor subProcessor = (SubProcessor)theEObject;
				T result = caseSubProcessor(subProcessor);
				if (result == null) result = caseIdentified(subProcessor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.CONTRACT: {
				Contract contract = (Contract)theEObject;
				T result = caseContract(contract);
				if (result == null) result = caseIdentified(contract);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SERVICE_LEVEL: {
				ServiceLevel serviceLevel = (ServiceLevel)theEObject;
				T result = caseServiceLevel(serviceLevel);
				if (result == null) result = caseIdentified(serviceLevel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DATA_SHARING_AGREEMENT: {
				DataSharingAgreement dataSharingAgreement = (DataSharingAgreement)theEObject;
				T result = caseDataSharingAgreement(dataSharingAgreement);
				if (result == null) result = caseIdentified(dataSharingAgreement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ASSURANCE_EVIDENCE: {
				AssuranceEvidence assuranceEvidence = (AssuranceEvidence)theEObject;
				T result = caseAssuranceEvidence(assuranceEvidence);
				if (result == null) result = caseIdentified(assuranceEvidence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STAFF_GROUP: {
				StaffGroup staffGroup = (StaffGroup)theEObject;
				T result = caseStaffGroup(staffGroup);
				if (result == null) result = caseIdentified(staffGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STAFF: {
				Staff staff = (Staff)theEObject;
				T result = caseStaff(staff);
				if (result == null) result = caseIdentified(staff);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ACCOUNT: {
				Account account = (Account)theEObject;
				T result = caseAccount(account);
				if (result == null) result = caseIdentified(account);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.COURSE: {
				Course course = (Course)theEObject;
				T result = caseCourse(course);
				if (result == null) result = caseIdentified(course);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.TRAINING_RECORD: {
				TrainingRecord trainingRecord = (TrainingRecord)theEObject;
				T result = caseTrainingRecord(trainingRecord);
				if (result == null) result = caseIdentified(trainingRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.POLICY_DOCUMENT: {
				PolicyDocument policyDocument = (PolicyDocument)theEObject;
				T result = casePolicyDocument(policyDocument);
				if (result == null) result = caseIdentified(policyDocument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.POLICY_VERSION: {
				PolicyVersion policyVersion = (PolicyVersion)theEObject;
				T result = casePolicyVersion(policyVersion);
				if (result == null) result = caseIdentified(policyVersion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ACKNOWLEDGEMENT: {
				Acknowledgement acknowledgement = (Acknowledgement)theEObject;
				T result = caseAcknowledgement(acknowledgement);
				if (result == null) result = caseIdentified(acknowledgement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STAFF_CHANGE: {
				StaffChange staffChange = (StaffChange)theEObject;
				T result = caseStaffChange(staffChange);
				if (result == null) result = caseIdentified(staffChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.TRAINING_NEED: {
				TrainingNeed trainingNeed = (TrainingNeed)theEObject;
				T result = caseTrainingNeed(trainingNeed);
				if (result == null) result = caseIdentified(trainingNeed);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.COURSE_EVALUATION: {
				CourseEvaluation courseEvaluation = (CourseEvaluation)theEObject;
				T result = caseCourseEvaluation(courseEvaluation);
				if (result == null) result = caseIdentified(courseEvaluation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.LABEL_CHECK: {
				LabelCheck labelCheck = (LabelCheck)theEObject;
				T result = caseLabelCheck(labelCheck);
				if (result == null) result = caseIdentified(labelCheck);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.LABEL_GAP: {
				LabelGap labelGap = (LabelGap)theEObject;
				T result = caseLabelGap(labelGap);
				if (result == null) result = caseIdentified(labelGap);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.TEACHING_CHECK: {
				TeachingCheck teachingCheck = (TeachingCheck)theEObject;
				T result = caseTeachingCheck(teachingCheck);
				if (result == null) result = caseIdentified(teachingCheck);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RETENTION_CLASS: {
				RetentionClass retentionClass = (RetentionClass)theEObject;
				T result = caseRetentionClass(retentionClass);
				if (result == null) result = caseIdentified(retentionClass);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RETENTION_RULE: {
				RetentionRule retentionRule = (RetentionRule)theEObject;
				T result = caseRetentionRule(retentionRule);
				if (result == null) result = caseIdentified(retentionRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STUDY_RETENTION: {
				StudyRetention studyRetention = (StudyRetention)theEObject;
				T result = caseStudyRetention(studyRetention);
				if (result == null) result = caseIdentified(studyRetention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.PATIENT_RETENTION_FACTS: {
				PatientRetentionFacts patientRetentionFacts = (PatientRetentionFacts)theEObject;
				T result = casePatientRetentionFacts(patientRetentionFacts);
				if (result == null) result = caseIdentified(patientRetentionFacts);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.PSEUDONYM: {
				Pseudonym pseudonym = (Pseudonym)theEObject;
				T result = casePseudonym(pseudonym);
				if (result == null) result = caseIdentified(pseudonym);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DESTRUCTION_RECORD: {
				DestructionRecord destructionRecord = (DestructionRecord)theEObject;
				T result = caseDestructionRecord(destructionRecord);
				if (result == null) result = caseIdentified(destructionRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.LEGAL_HOLD: {
				LegalHold legalHold = (LegalHold)theEObject;
				T result = caseLegalHold(legalHold);
				if (result == null) result = caseIdentified(legalHold);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.MEDIA_TRANSFER: {
				MediaTransfer mediaTransfer = (MediaTransfer)theEObject;
				T result = caseMediaTransfer(mediaTransfer);
				if (result == null) result = caseIdentified(mediaTransfer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.INVESTIGATION: {
				Investigation investigation = (Investigation)theEObject;
				T result = caseInvestigation(investigation);
				if (result == null) result = caseIdentified(investigation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.CASE_NOTE: {
				CaseNote caseNote = (CaseNote)theEObject;
				T result = caseCaseNote(caseNote);
				if (result == null) result = caseIdentified(caseNote);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.LOG_REVIEW: {
				LogReview logReview = (LogReview)theEObject;
				T result = caseLogReview(logReview);
				if (result == null) result = caseIdentified(logReview);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.WORKSTATION: {
				Workstation workstation = (Workstation)theEObject;
				T result = caseWorkstation(workstation);
				if (result == null) result = caseIdentified(workstation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.CONSOLE_USER: {
				ConsoleUser consoleUser = (ConsoleUser)theEObject;
				T result = caseConsoleUser(consoleUser);
				if (result == null) result = caseIdentified(consoleUser);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ACCESS_REVIEW: {
				AccessReview accessReview = (AccessReview)theEObject;
				T result = caseAccessReview(accessReview);
				if (result == null) result = caseIdentified(accessReview);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ACCESS_DECISION: {
				AccessDecision accessDecision = (AccessDecision)theEObject;
				T result = caseAccessDecision(accessDecision);
				if (result == null) result = caseIdentified(accessDecision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.PEOPLE_SETTINGS: {
				PeopleSettings peopleSettings = (PeopleSettings)theEObject;
				T result = casePeopleSettings(peopleSettings);
				if (result == null) result = caseIdentified(peopleSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.AUDIT_CSV_MAPPING: {
				AuditCsvMapping auditCsvMapping = (AuditCsvMapping)theEObject;
				T result = caseAuditCsvMapping(auditCsvMapping);
				if (result == null) result = caseIdentified(auditCsvMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.BACKUP_JOB: {
				BackupJob backupJob = (BackupJob)theEObject;
				T result = caseBackupJob(backupJob);
				if (result == null) result = caseIdentified(backupJob);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Trust</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Trust</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrust(Trust object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSite(Site object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pacs Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pacs Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePacsNode(PacsNode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Backup Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Backup Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBackupPolicy(BackupPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dr Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dr Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDrPlan(DrPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Test Run</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Test Run</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTestRun(TestRun object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence File</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence File</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceFile(EvidenceFile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provider</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provider</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProvider(Provider object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sub Processor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sub Processor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubProcessor(SubProcessor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contract</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contract</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContract(Contract object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Level</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Level</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceLevel(ServiceLevel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Sharing Agreement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Sharing Agreement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataSharingAgreement(DataSharingAgreement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assurance Evidence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assurance Evidence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssuranceEvidence(AssuranceEvidence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Staff Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Staff Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStaffGroup(StaffGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Staff</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Staff</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStaff(Staff object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Account</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Account</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccount(Account object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Course</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Course</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCourse(Course object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingRecord(TrainingRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Document</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Document</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyDocument(PolicyDocument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Version</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Version</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyVersion(PolicyVersion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Acknowledgement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Acknowledgement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAcknowledgement(Acknowledgement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Staff Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Staff Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStaffChange(StaffChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Need</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Need</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingNeed(TrainingNeed object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Course Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Course Evaluation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCourseEvaluation(CourseEvaluation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Label Check</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Label Check</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLabelCheck(LabelCheck object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Label Gap</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Label Gap</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLabelGap(LabelGap object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Teaching Check</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Teaching Check</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTeachingCheck(TeachingCheck object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Retention Class</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Retention Class</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRetentionClass(RetentionClass object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Retention Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Retention Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRetentionRule(RetentionRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study Retention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study Retention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudyRetention(StudyRetention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Patient Retention Facts</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Patient Retention Facts</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePatientRetentionFacts(PatientRetentionFacts object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pseudonym</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pseudonym</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePseudonym(Pseudonym object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Destruction Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Destruction Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDestructionRecord(DestructionRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Legal Hold</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Legal Hold</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLegalHold(LegalHold object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Media Transfer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Media Transfer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMediaTransfer(MediaTransfer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Investigation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Investigation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInvestigation(Investigation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Case Note</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Case Note</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCaseNote(CaseNote object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Log Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Log Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLogReview(LogReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Workstation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Workstation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkstation(Workstation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Console User</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Console User</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsoleUser(ConsoleUser object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Access Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Access Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccessReview(AccessReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Access Decision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Access Decision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccessDecision(AccessDecision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>People Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>People Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePeopleSettings(PeopleSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Audit Csv Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Audit Csv Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAuditCsvMapping(AuditCsvMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Backup Job</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Backup Job</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBackupJob(BackupJob object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ModelSwitch
