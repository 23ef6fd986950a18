/**
 */
package org.custodian.model.impl;

import java.util.Collection;

import org.custodian.model.AccessReview;
import org.custodian.model.Account;
import org.custodian.model.Acknowledgement;
import org.custodian.model.AssuranceEvidence;
import org.custodian.model.BackupPolicy;
import org.custodian.model.ConsoleUser;
import org.custodian.model.Course;
import org.custodian.model.CourseEvaluation;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DestructionRecord;
import org.custodian.model.DrPlan;
import org.custodian.model.Investigation;
import org.custodian.model.LabelCheck;
import org.custodian.model.LegalHold;
import org.custodian.model.LogReview;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelPackage;
import org.custodian.model.PatientRetentionFacts;
import org.custodian.model.PeopleSettings;
import org.custodian.model.PolicyDocument;
import org.custodian.model.Provider;
import org.custodian.model.Pseudonym;
import org.custodian.model.RetentionClass;
import org.custodian.model.RetentionRule;
import org.custodian.model.Site;
import org.custodian.model.Staff;
import org.custodian.model.StaffChange;
import org.custodian.model.StaffGroup;
import org.custodian.model.StudyRetention;
import org.custodian.model.TeachingCheck;
import org.custodian.model.TrainingNeed;
import org.custodian.model.TrainingRecord;
import org.custodian.model.Trust;
import org.custodian.model.Workstation;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trust</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getOdsCode <em>Ods Code</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getStaffGroups <em>Staff Groups</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getTrainingRecords <em>Training Records</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getAcknowledgements <em>Acknowledgements</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getStaffChanges <em>Staff Changes</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getProviders <em>Providers</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getDataSharingAgreements <em>Data Sharing Agreements</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getBackupPolicies <em>Backup Policies</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getDrPlans <em>Dr Plans</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getRetentionClasses <em>Retention Classes</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getDestructionRecords <em>Destruction Records</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getLegalHolds <em>Legal Holds</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getMediaTransfers <em>Media Transfers</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getInvestigations <em>Investigations</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getLogReviews <em>Log Reviews</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getWorkstations <em>Workstations</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getConsoleUsers <em>Console Users</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getAccessReviews <em>Access Reviews</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getPeopleSettings <em>People Settings</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getRetentionRules <em>Retention Rules</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getStudyRetentions <em>Study Retentions</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getPatientRetentionFacts <em>Patient Retention Facts</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getPseudonyms <em>Pseudonyms</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getOwnAssurance <em>Own Assurance</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getTrainingNeeds <em>Training Needs</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getCourseEvaluations <em>Course Evaluations</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getLabelChecks <em>Label Checks</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getBackupJobColumns <em>Backup Job Columns</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getLosslessModalities <em>Lossless Modalities</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getLossyRatioLimits <em>Lossy Ratio Limits</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrustImpl#getTeachingChecks <em>Teaching Checks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrustImpl extends IdentifiedImpl implements Trust {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOdsCode() <em>Ods Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOdsCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ODS_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOdsCode() <em>Ods Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOdsCode()
	 * @generated
	 * @ordered
	 */
	protected String odsCode = ODS_CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getStaffGroups() <em>Staff Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<StaffGroup> staffGroups;

	/**
	 * The cached value of the '{@link #getStaff() <em>Staff</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected EList<Staff> staff;

	/**
	 * The cached value of the '{@link #getAccounts() <em>Accounts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccounts()
	 * @generated
	 * @ordered
	 */
	protected EList<Account> accounts;

	/**
	 * The cached value of the '{@link #getCourses() <em>Courses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourses()
	 * @generated
	 * @ordered
	 */
	protected EList<Course> courses;

	/**
	 * The cached value of the '{@link #getTrainingRecords() <em>Training Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingRecord> trainingRecords;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyDocument> policies;

	/**
	 * The cached value of the '{@link #getAcknowledgements() <em>Acknowledgements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgements()
	 * @generated
	 * @ordered
	 */
	protected EList<Acknowledgement> acknowledgements;

	/**
	 * The cached value of the '{@link #getStaffChanges() <em>Staff Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<StaffChange> staffChanges;

	/**
	 * The cached value of the '{@link #getProviders() <em>Providers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviders()
	 * @generated
	 * @ordered
	 */
	protected EList<Provider> providers;

	/**
	 * The cached value of the '{@link #getDataSharingAgreements() <em>Data Sharing Agreements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSharingAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSharingAgreement> dataSharingAgreements;

	/**
	 * The cached value of the '{@link #getBackupPolicies() <em>Backup Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackupPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<BackupPolicy> backupPolicies;

	/**
	 * The cached value of the '{@link #getDrPlans() <em>Dr Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<DrPlan> drPlans;

	/**
	 * The cached value of the '{@link #getRetentionClasses() <em>Retention Classes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<RetentionClass> retentionClasses;

	/**
	 * The cached value of the '{@link #getDestructionRecords() <em>Destruction Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestructionRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<DestructionRecord> destructionRecords;

	/**
	 * The cached value of the '{@link #getLegalHolds() <em>Legal Holds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalHolds()
	 * @generated
	 * @ordered
	 */
	protected EList<LegalHold> legalHolds;

	/**
	 * The cached value of the '{@link #getMediaTransfers() <em>Media Transfers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaTransfers()
	 * @generated
	 * @ordered
	 */
	protected EList<MediaTransfer> mediaTransfers;

	/**
	 * The cached value of the '{@link #getInvestigations() <em>Investigations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvestigations()
	 * @generated
	 * @ordered
	 */
	protected EList<Investigation> investigations;

	/**
	 * The cached value of the '{@link #getLogReviews() <em>Log Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<LogReview> logReviews;

	/**
	 * The cached value of the '{@link #getWorkstations() <em>Workstations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkstations()
	 * @generated
	 * @ordered
	 */
	protected EList<Workstation> workstations;

	/**
	 * The cached value of the '{@link #getConsoleUsers() <em>Console Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsoleUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<ConsoleUser> consoleUsers;

	/**
	 * The cached value of the '{@link #getAccessReviews() <em>Access Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<AccessReview> accessReviews;

	/**
	 * The cached value of the '{@link #getPeopleSettings() <em>People Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeopleSettings()
	 * @generated
	 * @ordered
	 */
	protected PeopleSettings peopleSettings;

	/**
	 * The cached value of the '{@link #getRetentionRules() <em>Retention Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionRules()
	 * @generated
	 * @ordered
	 */
	protected EList<RetentionRule> retentionRules;

	/**
	 * The cached value of the '{@link #getStudyRetentions() <em>Study Retentions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyRetentions()
	 * @generated
	 * @ordered
	 */
	protected EList<StudyRetention> studyRetentions;

	/**
	 * The cached value of the '{@link #getPatientRetentionFacts() <em>Patient Retention Facts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientRetentionFacts()
	 * @generated
	 * @ordered
	 */
	protected EList<PatientRetentionFacts> patientRetentionFacts;

	/**
	 * The cached value of the '{@link #getPseudonyms() <em>Pseudonyms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPseudonyms()
	 * @generated
	 * @ordered
	 */
	protected EList<Pseudonym> pseudonyms;

	/**
	 * The cached value of the '{@link #getOwnAssurance() <em>Own Assurance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnAssurance()
	 * @generated
	 * @ordered
	 */
	protected AssuranceEvidence ownAssurance;

	/**
	 * The cached value of the '{@link #getTrainingNeeds() <em>Training Needs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingNeed> trainingNeeds;

	/**
	 * The cached value of the '{@link #getCourseEvaluations() <em>Course Evaluations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourseEvaluations()
	 * @generated
	 * @ordered
	 */
	protected EList<CourseEvaluation> courseEvaluations;

	/**
	 * The cached value of the '{@link #getLabelChecks() <em>Label Checks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelChecks()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelCheck> labelChecks;

	/**
	 * The cached value of the '{@link #getBackupJobColumns() <em>Backup Job Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackupJobColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> backupJobColumns;

	/**
	 * The cached value of the '{@link #getLosslessModalities() <em>Lossless Modalities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLosslessModalities()
	 * @generated
	 * @ordered
	 */
	protected EList<String> losslessModalities;

	/**
	 * The cached value of the '{@link #getLossyRatioLimits() <em>Lossy Ratio Limits</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossyRatioLimits()
	 * @generated
	 * @ordered
	 */
	protected EList<String> lossyRatioLimits;

	/**
	 * The cached value of the '{@link #getTeachingChecks() <em>Teaching Checks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeachingChecks()
	 * @generated
	 * @ordered
	 */
	protected EList<TeachingCheck> teachingChecks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrustImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TRUST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRUST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOdsCode() {
		return odsCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOdsCode(String newOdsCode) {
		String oldOdsCode = odsCode;
		odsCode = newOdsCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRUST__ODS_CODE, oldOdsCode, odsCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, ModelPackage.TRUST__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StaffGroup> getStaffGroups() {
		if (staffGroups == null) {
			staffGroups = new EObjectContainmentEList<StaffGroup>(StaffGroup.class, this, ModelPackage.TRUST__STAFF_GROUPS);
		}
		return staffGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Staff> getStaff() {
		if (staff == null) {
			staff = new EObjectContainmentEList<Staff>(Staff.class, this, ModelPackage.TRUST__STAFF);
		}
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Account> getAccounts() {
		if (accounts == null) {
			accounts = new EObjectContainmentEList<Account>(Account.class, this, ModelPackage.TRUST__ACCOUNTS);
		}
		return accounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Course> getCourses() {
		if (courses == null) {
			courses = new EObjectContainmentEList<Course>(Course.class, this, ModelPackage.TRUST__COURSES);
		}
		return courses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingRecord> getTrainingRecords() {
		if (trainingRecords == null) {
			trainingRecords = new EObjectContainmentEList<TrainingRecord>(TrainingRecord.class, this, ModelPackage.TRUST__TRAINING_RECORDS);
		}
		return trainingRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyDocument> getPolicies() {
		if (policies == null) {
			policies = new EObjectContainmentEList<PolicyDocument>(PolicyDocument.class, this, ModelPackage.TRUST__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Acknowledgement> getAcknowledgements() {
		if (acknowledgements == null) {
			acknowledgements = new EObjectContainmentEList<Acknowledgement>(Acknowledgement.class, this, ModelPackage.TRUST__ACKNOWLEDGEMENTS);
		}
		return acknowledgements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StaffChange> getStaffChanges() {
		if (staffChanges == null) {
			staffChanges = new EObjectContainmentEList<StaffChange>(StaffChange.class, this, ModelPackage.TRUST__STAFF_CHANGES);
		}
		return staffChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Provider> getProviders() {
		if (providers == null) {
			providers = new EObjectContainmentEList<Provider>(Provider.class, this, ModelPackage.TRUST__PROVIDERS);
		}
		return providers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSharingAgreement> getDataSharingAgreements() {
		if (dataSharingAgreements == null) {
			dataSharingAgreements = new EObjectContainmentEList<DataSharingAgreement>(DataSharingAgreement.class, this, ModelPackage.TRUST__DATA_SHARING_AGREEMENTS);
		}
		return dataSharingAgreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BackupPolicy> getBackupPolicies() {
		if (backupPolicies == null) {
			backupPolicies = new EObjectContainmentEList<BackupPolicy>(BackupPolicy.class, this, ModelPackage.TRUST__BACKUP_POLICIES);
		}
		return backupPolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DrPlan> getDrPlans() {
		if (drPlans == null) {
			drPlans = new EObjectContainmentEList<DrPlan>(DrPlan.class, this, ModelPackage.TRUST__DR_PLANS);
		}
		return drPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RetentionClass> getRetentionClasses() {
		if (retentionClasses == null) {
			retentionClasses = new EObjectContainmentEList<RetentionClass>(RetentionClass.class, this, ModelPackage.TRUST__RETENTION_CLASSES);
		}
		return retentionClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DestructionRecord> getDestructionRecords() {
		if (destructionRecords == null) {
			destructionRecords = new EObjectContainmentEList<DestructionRecord>(DestructionRecord.class, this, ModelPackage.TRUST__DESTRUCTION_RECORDS);
		}
		return destructionRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegalHold> getLegalHolds() {
		if (legalHolds == null) {
			legalHolds = new EObjectContainmentEList<LegalHold>(LegalHold.class, this, ModelPackage.TRUST__LEGAL_HOLDS);
		}
		return legalHolds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MediaTransfer> getMediaTransfers() {
		if (mediaTransfers == null) {
			mediaTransfers = new EObjectContainmentEList<MediaTransfer>(MediaTransfer.class, this, ModelPackage.TRUST__MEDIA_TRANSFERS);
		}
		return mediaTransfers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Investigation> getInvestigations() {
		if (investigations == null) {
			investigations = new EObjectContainmentEList<Investigation>(Investigation.class, this, ModelPackage.TRUST__INVESTIGATIONS);
		}
		return investigations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogReview> getLogReviews() {
		if (logReviews == null) {
			logReviews = new EObjectContainmentEList<LogReview>(LogReview.class, this, ModelPackage.TRUST__LOG_REVIEWS);
		}
		return logReviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Workstation> getWorkstations() {
		if (workstations == null) {
			workstations = new EObjectContainmentEList<Workstation>(Workstation.class, this, ModelPackage.TRUST__WORKSTATIONS);
		}
		return workstations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConsoleUser> getConsoleUsers() {
		if (consoleUsers == null) {
			consoleUsers = new EObjectContainmentEList<ConsoleUser>(ConsoleUser.class, this, ModelPackage.TRUST__CONSOLE_USERS);
		}
		return consoleUsers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccessReview> getAccessReviews() {
		if (accessReviews == null) {
			accessReviews = new EObjectContainmentEList<AccessReview>(AccessReview.class, this, ModelPackage.TRUST__ACCESS_REVIEWS);
		}
		return accessReviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeopleSettings getPeopleSettings() {
		return peopleSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPeopleSettings(PeopleSettings newPeopleSettings, NotificationChain msgs) {
		PeopleSettings oldPeopleSettings = peopleSettings;
		peopleSettings = newPeopleSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.TRUST__PEOPLE_SETTINGS, oldPeopleSettings, newPeopleSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeopleSettings(PeopleSettings newPeopleSettings) {
		if (newPeopleSettings != peopleSettings) {
			NotificationChain msgs = null;
			if (peopleSettings != null)
				msgs = ((InternalEObject)peopleSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.TRUST__PEOPLE_SETTINGS, null, msgs);
			if (newPeopleSettings != null)
				msgs = ((InternalEObject)newPeopleSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.TRUST__PEOPLE_SETTINGS, null, msgs);
			msgs = basicSetPeopleSettings(newPeopleSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRUST__PEOPLE_SETTINGS, newPeopleSettings, newPeopleSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RetentionRule> getRetentionRules() {
		if (retentionRules == null) {
			retentionRules = new EObjectContainmentEList<RetentionRule>(RetentionRule.class, this, ModelPackage.TRUST__RETENTION_RULES);
		}
		return retentionRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StudyRetention> getStudyRetentions() {
		if (studyRetentions == null) {
			studyRetentions = new EObjectContainmentEList<StudyRetention>(StudyRetention.class, this, ModelPackage.TRUST__STUDY_RETENTIONS);
		}
		return studyRetentions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PatientRetentionFacts> getPatientRetentionFacts() {
		if (patientRetentionFacts == null) {
			patientRetentionFacts = new EObjectContainmentEList<PatientRetentionFacts>(PatientRetentionFacts.class, this, ModelPackage.TRUST__PATIENT_RETENTION_FACTS);
		}
		return patientRetentionFacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pseudonym> getPseudonyms() {
		if (pseudonyms == null) {
			pseudonyms = new EObjectContainmentEList<Pseudonym>(Pseudonym.class, this, ModelPackage.TRUST__PSEUDONYMS);
		}
		return pseudonyms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssuranceEvidence getOwnAssurance() {
		return ownAssurance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOwnAssurance(AssuranceEvidence newOwnAssurance, NotificationChain msgs) {
		AssuranceEvidence oldOwnAssurance = ownAssurance;
		ownAssurance = newOwnAssurance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.TRUST__OWN_ASSURANCE, oldOwnAssurance, newOwnAssurance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnAssurance(AssuranceEvidence newOwnAssurance) {
		if (newOwnAssurance != ownAssurance) {
			NotificationChain msgs = null;
			if (ownAssurance != null)
				msgs = ((InternalEObject)ownAssurance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.TRUST__OWN_ASSURANCE, null, msgs);
			if (newOwnAssurance != null)
				msgs = ((InternalEObject)newOwnAssurance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.TRUST__OWN_ASSURANCE, null, msgs);
			msgs = basicSetOwnAssurance(newOwnAssurance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRUST__OWN_ASSURANCE, newOwnAssurance, newOwnAssurance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingNeed> getTrainingNeeds() {
		if (trainingNeeds == null) {
			trainingNeeds = new EObjectContainmentEList<TrainingNeed>(TrainingNeed.class, this, ModelPackage.TRUST__TRAINING_NEEDS);
		}
		return trainingNeeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CourseEvaluation> getCourseEvaluations() {
		if (courseEvaluations == null) {
			courseEvaluations = new EObjectContainmentEList<CourseEvaluation>(CourseEvaluation.class, this, ModelPackage.TRUST__COURSE_EVALUATIONS);
		}
		return courseEvaluations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelCheck> getLabelChecks() {
		if (labelChecks == null) {
			labelChecks = new EObjectContainmentEList<LabelCheck>(LabelCheck.class, this, ModelPackage.TRUST__LABEL_CHECKS);
		}
		return labelChecks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBackupJobColumns() {
		if (backupJobColumns == null) {
			backupJobColumns = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.TRUST__BACKUP_JOB_COLUMNS);
		}
		return backupJobColumns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLosslessModalities() {
		if (losslessModalities == null) {
			losslessModalities = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.TRUST__LOSSLESS_MODALITIES);
		}
		return losslessModalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLossyRatioLimits() {
		if (lossyRatioLimits == null) {
			lossyRatioLimits = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.TRUST__LOSSY_RATIO_LIMITS);
		}
		return lossyRatioLimits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TeachingCheck> getTeachingChecks() {
		if (teachingChecks == null) {
			teachingChecks = new EObjectContainmentEList<TeachingCheck>(TeachingCheck.class, this, ModelPackage.TRUST__TEACHING_CHECKS);
		}
		return teachingChecks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.TRUST__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__STAFF_GROUPS:
				return ((InternalEList<?>)getStaffGroups()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__STAFF:
				return ((InternalEList<?>)getStaff()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__ACCOUNTS:
				return ((InternalEList<?>)getAccounts()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__COURSES:
				return ((InternalEList<?>)getCourses()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__TRAINING_RECORDS:
				return ((InternalEList<?>)getTrainingRecords()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__POLICIES:
				return ((InternalEList<?>)getPolicies()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__ACKNOWLEDGEMENTS:
				return ((InternalEList<?>)getAcknowledgements()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__STAFF_CHANGES:
				return ((InternalEList<?>)getStaffChanges()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__PROVIDERS:
				return ((InternalEList<?>)getProviders()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__DATA_SHARING_AGREEMENTS:
				return ((InternalEList<?>)getDataSharingAgreements()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__BACKUP_POLICIES:
				return ((InternalEList<?>)getBackupPolicies()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__DR_PLANS:
				return ((InternalEList<?>)getDrPlans()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__RETENTION_CLASSES:
				return ((InternalEList<?>)getRetentionClasses()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__DESTRUCTION_RECORDS:
				return ((InternalEList<?>)getDestructionRecords()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__LEGAL_HOLDS:
				return ((InternalEList<?>)getLegalHolds()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__MEDIA_TRANSFERS:
				return ((InternalEList<?>)getMediaTransfers()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__INVESTIGATIONS:
				return ((InternalEList<?>)getInvestigations()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__LOG_REVIEWS:
				return ((InternalEList<?>)getLogReviews()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__WORKSTATIONS:
				return ((InternalEList<?>)getWorkstations()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__CONSOLE_USERS:
				return ((InternalEList<?>)getConsoleUsers()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__ACCESS_REVIEWS:
				return ((InternalEList<?>)getAccessReviews()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__PEOPLE_SETTINGS:
				return basicSetPeopleSettings(null, msgs);
			case ModelPackage.TRUST__RETENTION_RULES:
				return ((InternalEList<?>)getRetentionRules()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__STUDY_RETENTIONS:
				return ((InternalEList<?>)getStudyRetentions()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__PATIENT_RETENTION_FACTS:
				return ((InternalEList<?>)getPatientRetentionFacts()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__PSEUDONYMS:
				return ((InternalEList<?>)getPseudonyms()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__OWN_ASSURANCE:
				return basicSetOwnAssurance(null, msgs);
			case ModelPackage.TRUST__TRAINING_NEEDS:
				return ((InternalEList<?>)getTrainingNeeds()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__COURSE_EVALUATIONS:
				return ((InternalEList<?>)getCourseEvaluations()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__LABEL_CHECKS:
				return ((InternalEList<?>)getLabelChecks()).basicRemove(otherEnd, msgs);
			case ModelPackage.TRUST__TEACHING_CHECKS:
				return ((InternalEList<?>)getTeachingChecks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.TRUST__NAME:
				return getName();
			case ModelPackage.TRUST__ODS_CODE:
				return getOdsCode();
			case ModelPackage.TRUST__SITES:
				return getSites();
			case ModelPackage.TRUST__STAFF_GROUPS:
				return getStaffGroups();
			case ModelPackage.TRUST__STAFF:
				return getStaff();
			case ModelPackage.TRUST__ACCOUNTS:
				return getAccounts();
			case ModelPackage.TRUST__COURSES:
				return getCourses();
			case ModelPackage.TRUST__TRAINING_RECORDS:
				return getTrainingRecords();
			case ModelPackage.TRUST__POLICIES:
				return getPolicies();
			case ModelPackage.TRUST__ACKNOWLEDGEMENTS:
				return getAcknowledgements();
			case ModelPackage.TRUST__STAFF_CHANGES:
				return getStaffChanges();
			case ModelPackage.TRUST__PROVIDERS:
				return getProviders();
			case ModelPackage.TRUST__DATA_SHARING_AGREEMENTS:
				return getDataSharingAgreements();
			case ModelPackage.TRUST__BACKUP_POLICIES:
				return getBackupPolicies();
			case ModelPackage.TRUST__DR_PLANS:
				return getDrPlans();
			case ModelPackage.TRUST__RETENTION_CLASSES:
				return getRetentionClasses();
			case ModelPackage.TRUST__DESTRUCTION_RECORDS:
				return getDestructionRecords();
			case ModelPackage.TRUST__LEGAL_HOLDS:
				return getLegalHolds();
			case ModelPackage.TRUST__MEDIA_TRANSFERS:
				return getMediaTransfers();
			case ModelPackage.TRUST__INVESTIGATIONS:
				return getInvestigations();
			case ModelPackage.TRUST__LOG_REVIEWS:
				return getLogReviews();
			case ModelPackage.TRUST__WORKSTATIONS:
				return getWorkstations();
			case ModelPackage.TRUST__CONSOLE_USERS:
				return getConsoleUsers();
			case ModelPackage.TRUST__ACCESS_REVIEWS:
				return getAccessReviews();
			case ModelPackage.TRUST__PEOPLE_SETTINGS:
				return getPeopleSettings();
			case ModelPackage.TRUST__RETENTION_RULES:
				return getRetentionRules();
			case ModelPackage.TRUST__STUDY_RETENTIONS:
				return getStudyRetentions();
			case ModelPackage.TRUST__PATIENT_RETENTION_FACTS:
				return getPatientRetentionFacts();
			case ModelPackage.TRUST__PSEUDONYMS:
				return getPseudonyms();
			case ModelPackage.TRUST__OWN_ASSURANCE:
				return getOwnAssurance();
			case ModelPackage.TRUST__TRAINING_NEEDS:
				return getTrainingNeeds();
			case ModelPackage.TRUST__COURSE_EVALUATIONS:
				return getCourseEvaluations();
			case ModelPackage.TRUST__LABEL_CHECKS:
				return getLabelChecks();
			case ModelPackage.TRUST__BACKUP_JOB_COLUMNS:
				return getBackupJobColumns();
			case ModelPackage.TRUST__LOSSLESS_MODALITIES:
				return getLosslessModalities();
			case ModelPackage.TRUST__LOSSY_RATIO_LIMITS:
				return getLossyRatioLimits();
			case ModelPackage.TRUST__TEACHING_CHECKS:
				return getTeachingChecks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.TRUST__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.TRUST__ODS_CODE:
				setOdsCode((String)newValue);
				return;
			case ModelPackage.TRUST__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case ModelPackage.TRUST__STAFF_GROUPS:
				getStaffGroups().clear();
				getStaffGroups().addAll((Collection<? extends StaffGroup>)newValue);
				return;
			case ModelPackage.TRUST__STAFF:
				getStaff().clear();
				getStaff().addAll((Collection<? extends Staff>)newValue);
				return;
			case ModelPackage.TRUST__ACCOUNTS:
				getAccounts().clear();
				getAccounts().addAll((Collection<? extends Account>)newValue);
				return;
			case ModelPackage.TRUST__COURSES:
				getCourses().clear();
				getCourses().addAll((Collection<? extends Course>)newValue);
				return;
			case ModelPackage.TRUST__TRAINING_RECORDS:
				getTrainingRecords().clear();
				getTrainingRecords().addAll((Collection<? extends TrainingRecord>)newValue);
				return;
			case ModelPackage.TRUST__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends PolicyDocument>)newValue);
				return;
			case ModelPackage.TRUST__ACKNOWLEDGEMENTS:
				getAcknowledgements().clear();
				getAcknowledgements().addAll((Collection<? extends Acknowledgement>)newValue);
				return;
			case ModelPackage.TRUST__STAFF_CHANGES:
				getStaffChanges().clear();
				getStaffChanges().addAll((Collection<? extends StaffChange>)newValue);
				return;
			case ModelPackage.TRUST__PROVIDERS:
				getProviders().clear();
				getProviders().addAll((Collection<? extends Provider>)newValue);
				return;
			case ModelPackage.TRUST__DATA_SHARING_AGREEMENTS:
				getDataSharingAgreements().clear();
				getDataSharingAgreements().addAll((Collection<? extends DataSharingAgreement>)newValue);
				return;
			case ModelPackage.TRUST__BACKUP_POLICIES:
				getBackupPolicies().clear();
				getBackupPolicies().addAll((Collection<? extends BackupPolicy>)newValue);
				return;
			case ModelPackage.TRUST__DR_PLANS:
				getDrPlans().clear();
				getDrPlans().addAll((Collection<? extends DrPlan>)newValue);
				return;
			case ModelPackage.TRUST__RETENTION_CLASSES:
				getRetentionClasses().clear();
				getRetentionClasses().addAll((Collection<? extends RetentionClass>)newValue);
				return;
			case ModelPackage.TRUST__DESTRUCTION_RECORDS:
				getDestructionRecords().clear();
				getDestructionRecords().addAll((Collection<? extends DestructionRecord>)newValue);
				return;
			case ModelPackage.TRUST__LEGAL_HOLDS:
				getLegalHolds().clear();
				getLegalHolds().addAll((Collection<? extends LegalHold>)newValue);
				return;
			case ModelPackage.TRUST__MEDIA_TRANSFERS:
				getMediaTransfers().clear();
				getMediaTransfers().addAll((Collection<? extends MediaTransfer>)newValue);
				return;
			case ModelPackage.TRUST__INVESTIGATIONS:
				getInvestigations().clear();
				getInvestigations().addAll((Collection<? extends Investigation>)newValue);
				return;
			case ModelPackage.TRUST__LOG_REVIEWS:
				getLogReviews().clear();
				getLogReviews().addAll((Collection<? extends LogReview>)newValue);
				return;
			case ModelPackage.TRUST__WORKSTATIONS:
				getWorkstations().clear();
				getWorkstations().addAll((Collection<? extends Workstation>)newValue);
				return;
			case ModelPackage.TRUST__CONSOLE_USERS:
				getConsoleUsers().clear();
				getConsoleUsers().addAll((Collection<? extends ConsoleUser>)newValue);
				return;
			case ModelPackage.TRUST__ACCESS_REVIEWS:
				getAccessReviews().clear();
				getAccessReviews().addAll((Collection<? extends AccessReview>)newValue);
				return;
			case ModelPackage.TRUST__PEOPLE_SETTINGS:
				setPeopleSettings((PeopleSettings)newValue);
				return;
			case ModelPackage.TRUST__RETENTION_RULES:
				getRetentionRules().clear();
				getRetentionRules().addAll((Collection<? extends RetentionRule>)newValue);
				return;
			case ModelPackage.TRUST__STUDY_RETENTIONS:
				getStudyRetentions().clear();
				getStudyRetentions().addAll((Collection<? extends StudyRetention>)newValue);
				return;
			case ModelPackage.TRUST__PATIENT_RETENTION_FACTS:
				getPatientRetentionFacts().clear();
				getPatientRetentionFacts().addAll((Collection<? extends PatientRetentionFacts>)newValue);
				return;
			case ModelPackage.TRUST__PSEUDONYMS:
				getPseudonyms().clear();
				getPseudonyms().addAll((Collection<? extends Pseudonym>)newValue);
				return;
			case ModelPackage.TRUST__OWN_ASSURANCE:
				setOwnAssurance((AssuranceEvidence)newValue);
				return;
			case ModelPackage.TRUST__TRAINING_NEEDS:
				getTrainingNeeds().clear();
				getTrainingNeeds().addAll((Collection<? extends TrainingNeed>)newValue);
				return;
			case ModelPackage.TRUST__COURSE_EVALUATIONS:
				getCourseEvaluations().clear();
				getCourseEvaluations().addAll((Collection<? extends CourseEvaluation>)newValue);
				return;
			case ModelPackage.TRUST__LABEL_CHECKS:
				getLabelChecks().clear();
				getLabelChecks().addAll((Collection<? extends LabelCheck>)newValue);
				return;
			case ModelPackage.TRUST__BACKUP_JOB_COLUMNS:
				getBackupJobColumns().clear();
				getBackupJobColumns().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.TRUST__LOSSLESS_MODALITIES:
				getLosslessModalities().clear();
				getLosslessModalities().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.TRUST__LOSSY_RATIO_LIMITS:
				getLossyRatioLimits().clear();
				getLossyRatioLimits().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.TRUST__TEACHING_CHECKS:
				getTeachingChecks().clear();
				getTeachingChecks().addAll((Collection<? extends TeachingCheck>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.TRUST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.TRUST__ODS_CODE:
				setOdsCode(ODS_CODE_EDEFAULT);
				return;
			case ModelPackage.TRUST__SITES:
				getSites().clear();
				return;
			case ModelPackage.TRUST__STAFF_GROUPS:
				getStaffGroups().clear();
				return;
			case ModelPackage.TRUST__STAFF:
				getStaff().clear();
				return;
			case ModelPackage.TRUST__ACCOUNTS:
				getAccounts().clear();
				return;
			case ModelPackage.TRUST__COURSES:
				getCourses().clear();
				return;
			case ModelPackage.TRUST__TRAINING_RECORDS:
				getTrainingRecords().clear();
				return;
			case ModelPackage.TRUST__POLICIES:
				getPolicies().clear();
				return;
			case ModelPackage.TRUST__ACKNOWLEDGEMENTS:
				getAcknowledgements().clear();
				return;
			case ModelPackage.TRUST__STAFF_CHANGES:
				getStaffChanges().clear();
				return;
			case ModelPackage.TRUST__PROVIDERS:
				getProviders().clear();
				return;
			case ModelPackage.TRUST__DATA_SHARING_AGREEMENTS:
				getDataSharingAgreements().clear();
				return;
			case ModelPackage.TRUST__BACKUP_POLICIES:
				getBackupPolicies().clear();
				return;
			case ModelPackage.TRUST__DR_PLANS:
				getDrPlans().clear();
				return;
			case ModelPackage.TRUST__RETENTION_CLASSES:
				getRetentionClasses().clear();
				return;
			case ModelPackage.TRUST__DESTRUCTION_RECORDS:
				getDestructionRecords().clear();
				return;
			case ModelPackage.TRUST__LEGAL_HOLDS:
				getLegalHolds().clear();
				return;
			case ModelPackage.TRUST__MEDIA_TRANSFERS:
				getMediaTransfers().clear();
				return;
			case ModelPackage.TRUST__INVESTIGATIONS:
				getInvestigations().clear();
				return;
			case ModelPackage.TRUST__LOG_REVIEWS:
				getLogReviews().clear();
				return;
			case ModelPackage.TRUST__WORKSTATIONS:
				getWorkstations().clear();
				return;
			case ModelPackage.TRUST__CONSOLE_USERS:
				getConsoleUsers().clear();
				return;
			case ModelPackage.TRUST__ACCESS_REVIEWS:
				getAccessReviews().clear();
				return;
			case ModelPackage.TRUST__PEOPLE_SETTINGS:
				setPeopleSettings((PeopleSettings)null);
				return;
			case ModelPackage.TRUST__RETENTION_RULES:
				getRetentionRules().clear();
				return;
			case ModelPackage.TRUST__STUDY_RETENTIONS:
				getStudyRetentions().clear();
				return;
			case ModelPackage.TRUST__PATIENT_RETENTION_FACTS:
				getPatientRetentionFacts().clear();
				return;
			case ModelPackage.TRUST__PSEUDONYMS:
				getPseudonyms().clear();
				return;
			case ModelPackage.TRUST__OWN_ASSURANCE:
				setOwnAssurance((AssuranceEvidence)null);
				return;
			case ModelPackage.TRUST__TRAINING_NEEDS:
				getTrainingNeeds().clear();
				return;
			case ModelPackage.TRUST__COURSE_EVALUATIONS:
				getCourseEvaluations().clear();
				return;
			case ModelPackage.TRUST__LABEL_CHECKS:
				getLabelChecks().clear();
				return;
			case ModelPackage.TRUST__BACKUP_JOB_COLUMNS:
				getBackupJobColumns().clear();
				return;
			case ModelPackage.TRUST__LOSSLESS_MODALITIES:
				getLosslessModalities().clear();
				return;
			case ModelPackage.TRUST__LOSSY_RATIO_LIMITS:
				getLossyRatioLimits().clear();
				return;
			case ModelPackage.TRUST__TEACHING_CHECKS:
				getTeachingChecks().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.TRUST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.TRUST__ODS_CODE:
				return ODS_CODE_EDEFAULT == null ? odsCode != null : !ODS_CODE_EDEFAULT.equals(odsCode);
			case ModelPackage.TRUST__SITES:
				return sites != null && !sites.isEmpty();
			case ModelPackage.TRUST__STAFF_GROUPS:
				return staffGroups != null && !staffGroups.isEmpty();
			case ModelPackage.TRUST__STAFF:
				return staff != null && !staff.isEmpty();
			case ModelPackage.TRUST__ACCOUNTS:
				return accounts != null && !accounts.isEmpty();
			case ModelPackage.TRUST__COURSES:
				return courses != null && !courses.isEmpty();
			case ModelPackage.TRUST__TRAINING_RECORDS:
				return trainingRecords != null && !trainingRecords.isEmpty();
			case ModelPackage.TRUST__POLICIES:
				return policies != null && !policies.isEmpty();
			case ModelPackage.TRUST__ACKNOWLEDGEMENTS:
				return acknowledgements != null && !acknowledgements.isEmpty();
			case ModelPackage.TRUST__STAFF_CHANGES:
				return staffChanges != null && !staffChanges.isEmpty();
			case ModelPackage.TRUST__PROVIDERS:
				return providers != null && !providers.isEmpty();
			case ModelPackage.TRUST__DATA_SHARING_AGREEMENTS:
				return dataSharingAgreements != null && !dataSharingAgreements.isEmpty();
			case ModelPackage.TRUST__BACKUP_POLICIES:
				return backupPolicies != null && !backupPolicies.isEmpty();
			case ModelPackage.TRUST__DR_PLANS:
				return drPlans != null && !drPlans.isEmpty();
			case ModelPackage.TRUST__RETENTION_CLASSES:
				return retentionClasses != null && !retentionClasses.isEmpty();
			case ModelPackage.TRUST__DESTRUCTION_RECORDS:
				return destructionRecords != null && !destructionRecords.isEmpty();
			case ModelPackage.TRUST__LEGAL_HOLDS:
				return legalHolds != null && !legalHolds.isEmpty();
			case ModelPackage.TRUST__MEDIA_TRANSFERS:
				return mediaTransfers != null && !mediaTransfers.isEmpty();
			case ModelPackage.TRUST__INVESTIGATIONS:
				return investigations != null && !investigations.isEmpty();
			case ModelPackage.TRUST__LOG_REVIEWS:
				return logReviews != null && !logReviews.isEmpty();
			case ModelPackage.TRUST__WORKSTATIONS:
				return workstations != null && !workstations.isEmpty();
			case ModelPackage.TRUST__CONSOLE_USERS:
				return consoleUsers != null && !consoleUsers.isEmpty();
			case ModelPackage.TRUST__ACCESS_REVIEWS:
				return accessReviews != null && !accessReviews.isEmpty();
			case ModelPackage.TRUST__PEOPLE_SETTINGS:
				return peopleSettings != null;
			case ModelPackage.TRUST__RETENTION_RULES:
				return retentionRules != null && !retentionRules.isEmpty();
			case ModelPackage.TRUST__STUDY_RETENTIONS:
				return studyRetentions != null && !studyRetentions.isEmpty();
			case ModelPackage.TRUST__PATIENT_RETENTION_FACTS:
				return patientRetentionFacts != null && !patientRetentionFacts.isEmpty();
			case ModelPackage.TRUST__PSEUDONYMS:
				return pseudonyms != null && !pseudonyms.isEmpty();
			case ModelPackage.TRUST__OWN_ASSURANCE:
				return ownAssurance != null;
			case ModelPackage.TRUST__TRAINING_NEEDS:
				return trainingNeeds != null && !trainingNeeds.isEmpty();
			case ModelPackage.TRUST__COURSE_EVALUATIONS:
				return courseEvaluations != null && !courseEvaluations.isEmpty();
			case ModelPackage.TRUST__LABEL_CHECKS:
				return labelChecks != null && !labelChecks.isEmpty();
			case ModelPackage.TRUST__BACKUP_JOB_COLUMNS:
				return backupJobColumns != null && !backupJobColumns.isEmpty();
			case ModelPackage.TRUST__LOSSLESS_MODALITIES:
				return losslessModalities != null && !losslessModalities.isEmpty();
			case ModelPackage.TRUST__LOSSY_RATIO_LIMITS:
				return lossyRatioLimits != null && !lossyRatioLimits.isEmpty();
			case ModelPackage.TRUST__TEACHING_CHECKS:
				return teachingChecks != null && !teachingChecks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", odsCode: ");
		result.append(odsCode);
		result.append(", backupJobColumns: ");
		result.append(backupJobColumns);
		result.append(", losslessModalities: ");
		result.append(losslessModalities);
		result.append(", lossyRatioLimits: ");
		result.append(lossyRatioLimits);
		result.append(')');
		return result.toString();
	}

} //TrustImpl
