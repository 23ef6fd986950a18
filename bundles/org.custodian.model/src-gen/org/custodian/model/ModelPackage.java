/**
 */
package org.custodian.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Custodian's domain: the evidence an NHS trust keeps to govern its imaging archives (see DESIGN.md and REQUIREMENTS.md).
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://custodian.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "custodian";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.custodian.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.IdentifiedImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.TrustImpl <em>Trust</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.TrustImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getTrust()
	 * @generated
	 */
	int TRUST = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ods Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__ODS_CODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__SITES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Staff Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__STAFF_GROUPS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__STAFF = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Accounts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__ACCOUNTS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Courses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__COURSES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Training Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__TRAINING_RECORDS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__POLICIES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Acknowledgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__ACKNOWLEDGEMENTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Staff Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__STAFF_CHANGES = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Providers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__PROVIDERS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Data Sharing Agreements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__DATA_SHARING_AGREEMENTS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Backup Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__BACKUP_POLICIES = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Dr Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__DR_PLANS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Retention Classes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__RETENTION_CLASSES = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Destruction Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__DESTRUCTION_RECORDS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Legal Holds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__LEGAL_HOLDS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Media Transfers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__MEDIA_TRANSFERS = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Investigations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__INVESTIGATIONS = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Log Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__LOG_REVIEWS = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Workstations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__WORKSTATIONS = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Console Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__CONSOLE_USERS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Access Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__ACCESS_REVIEWS = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>People Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__PEOPLE_SETTINGS = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Retention Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__RETENTION_RULES = IDENTIFIED_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Study Retentions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__STUDY_RETENTIONS = IDENTIFIED_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Patient Retention Facts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__PATIENT_RETENTION_FACTS = IDENTIFIED_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Pseudonyms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__PSEUDONYMS = IDENTIFIED_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Own Assurance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__OWN_ASSURANCE = IDENTIFIED_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Training Needs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__TRAINING_NEEDS = IDENTIFIED_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Course Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__COURSE_EVALUATIONS = IDENTIFIED_FEATURE_COUNT + 31;

	/**
	 * The feature id for the '<em><b>Label Checks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__LABEL_CHECKS = IDENTIFIED_FEATURE_COUNT + 32;

	/**
	 * The feature id for the '<em><b>Backup Job Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__BACKUP_JOB_COLUMNS = IDENTIFIED_FEATURE_COUNT + 33;

	/**
	 * The feature id for the '<em><b>Lossless Modalities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__LOSSLESS_MODALITIES = IDENTIFIED_FEATURE_COUNT + 34;

	/**
	 * The feature id for the '<em><b>Lossy Ratio Limits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__LOSSY_RATIO_LIMITS = IDENTIFIED_FEATURE_COUNT + 35;

	/**
	 * The feature id for the '<em><b>Teaching Checks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST__TEACHING_CHECKS = IDENTIFIED_FEATURE_COUNT + 36;

	/**
	 * The number of structural features of the '<em>Trust</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 37;

	/**
	 * The number of operations of the '<em>Trust</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.SiteImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ADDRESS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NODES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.PacsNodeImpl <em>Pacs Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.PacsNodeImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getPacsNode()
	 * @generated
	 */
	int PACS_NODE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__ROLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ae Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__AE_TITLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__HOST = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__PORT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__VENDOR = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Retrieve Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__RETRIEVE_METHOD = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Move Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__MOVE_PORT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Dicom Web Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__DICOM_WEB_URL = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Dicom Web Auth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__DICOM_WEB_AUTH = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Dicom Web User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__DICOM_WEB_USER = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Dicom Web Secret</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE__DICOM_WEB_SECRET = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Pacs Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Pacs Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACS_NODE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.BackupPolicyImpl <em>Backup Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.BackupPolicyImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getBackupPolicy()
	 * @generated
	 */
	int BACKUP_POLICY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__NODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Frequency Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__FREQUENCY_HOURS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Copies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__COPIES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Offsite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__OFFSITE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Immutable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__IMMUTABLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Copy Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__COPY_RETENTION_DAYS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Jobs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY__JOBS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Backup Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Backup Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_POLICY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.DrPlanImpl <em>Dr Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.DrPlanImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getDrPlan()
	 * @generated
	 */
	int DR_PLAN = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__SCENARIO = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rpo Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__RPO_MINUTES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rto Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__RTO_MINUTES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Test Frequency Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__TEST_FREQUENCY_DAYS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__PRIMARY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Dr</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__DR = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__RUNS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Verification Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__VERIFICATION_LEVEL = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN__SAMPLE_SIZE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Dr Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Dr Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DR_PLAN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.TestRunImpl <em>Test Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.TestRunImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getTestRun()
	 * @generated
	 */
	int TEST_RUN = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__OPERATION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__STARTED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__DURATION_SECONDS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__RESULT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Errors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__ERRORS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__WARNINGS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Operator Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__OPERATOR_VERDICT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__NOTES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__OPERATOR = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Signed Off By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__SIGNED_OFF_BY = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Signed Off At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__SIGNED_OFF_AT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Rpo Achieved Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__RPO_ACHIEVED_MINUTES = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Rto Achieved Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__RTO_ACHIEVED_MINUTES = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Operator User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__OPERATOR_USER = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Verdict At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__VERDICT_AT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Verdict Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__VERDICT_JUSTIFICATION = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Signed Off User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__SIGNED_OFF_USER = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Verification Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__VERIFICATION_LEVEL = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Readiness</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__READINESS = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Studies Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN__STUDIES_CHECKED = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Test Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The number of operations of the '<em>Test Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_RUN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.EvidenceFileImpl <em>Evidence File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.EvidenceFileImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getEvidenceFile()
	 * @generated
	 */
	int EVIDENCE_FILE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__PATH = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__SHA256 = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Added At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__ADDED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__SIZE_BYTES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Evidence File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Evidence File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.ProviderImpl <em>Provider</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.ProviderImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getProvider()
	 * @generated
	 */
	int PROVIDER = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Processors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__SUB_PROCESSORS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Contracts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__CONTRACTS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assurance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__ASSURANCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Receiving Nodes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__RECEIVING_NODES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.SubProcessorImpl <em>Sub Processor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.SubProcessorImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getSubProcessor()
	 * @generated
	 */
	int SUB_PROCESSOR = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_PROCESSOR__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_PROCESSOR__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_PROCESSOR__COUNTRY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_PROCESSOR__SERVICE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Assurance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_PROCESSOR__ASSURANCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Sub Processor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_PROCESSOR_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Sub Processor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_PROCESSOR_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.ContractImpl <em>Contract</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.ContractImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getContract()
	 * @generated
	 */
	int CONTRACT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__REFERENCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__START = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__END = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Notice Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__NOTICE_DAYS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Renewal Terms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__RENEWAL_TERMS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Exit Clause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__EXIT_CLAUSE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Data Return Clause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__DATA_RETURN_CLAUSE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Retention Guarantee Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__RETENTION_GUARANTEE_YEARS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Image Display Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__IMAGE_DISPLAY_SECONDS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Service Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__SERVICE_LEVELS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.ServiceLevelImpl <em>Service Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.ServiceLevelImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getServiceLevel()
	 * @generated
	 */
	int SERVICE_LEVEL = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL__TARGET = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL__UNIT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Service Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Service Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.DataSharingAgreementImpl <em>Data Sharing Agreement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.DataSharingAgreementImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getDataSharingAgreement()
	 * @generated
	 */
	int DATA_SHARING_AGREEMENT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partner Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__PARTNER_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__PROVIDER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__PURPOSE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Data Flows</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__DATA_FLOWS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__LEGAL_BASIS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__REVIEW_DATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Dpia Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__DPIA_STATUS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Receiver Assurance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Receiving Nodes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT__RECEIVING_NODES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Data Sharing Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Data Sharing Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SHARING_AGREEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.AssuranceEvidenceImpl <em>Assurance Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.AssuranceEvidenceImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getAssuranceEvidence()
	 * @generated
	 */
	int ASSURANCE_EVIDENCE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSURANCE_EVIDENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Dspt Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSURANCE_EVIDENCE__DSPT_STATUS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dspt Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSURANCE_EVIDENCE__DSPT_DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Iso27001 Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSURANCE_EVIDENCE__ISO27001_EXPIRY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cyber Essentials Plus Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSURANCE_EVIDENCE__CYBER_ESSENTIALS_PLUS_EXPIRY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Last Pen Test</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSURANCE_EVIDENCE__LAST_PEN_TEST = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Dspt Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSURANCE_EVIDENCE__DSPT_EXPIRY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Assurance Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSURANCE_EVIDENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Assurance Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSURANCE_EVIDENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.StaffGroupImpl <em>Staff Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.StaffGroupImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getStaffGroup()
	 * @generated
	 */
	int STAFF_GROUP = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Staff Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Staff Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.StaffImpl <em>Staff</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.StaffImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getStaff()
	 * @generated
	 */
	int STAFF = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Staff Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__STAFF_NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__GIVEN_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__FAMILY_NAME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__DATE_OF_BIRTH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Nhs Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__NHS_NUMBER = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Postcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__POSTCODE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ADDRESS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__PHONE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Registration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__REGISTRATION = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__JOB_TITLE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ROLE = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__DEPARTMENT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__GROUP = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Line Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__LINE_MANAGER = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Employment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__EMPLOYMENT = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__START_DATE = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__END_DATE = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__EMAIL = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Staff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Staff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.AccountImpl <em>Account</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.AccountImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getAccount()
	 * @generated
	 */
	int ACCOUNT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SYSTEM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__USERNAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__OWNER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SHARED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ENABLED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Disabled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__DISABLED_AT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Last Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__LAST_USED = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Smartcard Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SMARTCARD_ID = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__DISPLAY_NAME = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Employee Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__EMPLOYEE_NUMBER = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__MATCH = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Suggested Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SUGGESTED_OWNER = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Match Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__MATCH_NOTE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.CourseImpl <em>Course</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.CourseImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getCourse()
	 * @generated
	 */
	int COURSE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Refresh Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__REFRESH_MONTHS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__MANDATORY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Required For</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__REQUIRED_FOR = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Required For Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__REQUIRED_FOR_ROLES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.TrainingRecordImpl <em>Training Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.TrainingRecordImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getTrainingRecord()
	 * @generated
	 */
	int TRAINING_RECORD = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RECORD__STAFF = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RECORD__COURSE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RECORD__COMPLETED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expires</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RECORD__EXPIRES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Training Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Training Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.PolicyDocumentImpl <em>Policy Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.PolicyDocumentImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getPolicyDocument()
	 * @generated
	 */
	int POLICY_DOCUMENT = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Applies To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__APPLIES_TO = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__VERSIONS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Access Notice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__ACCESS_NOTICE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Policy Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Policy Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.PolicyVersionImpl <em>Policy Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.PolicyVersionImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getPolicyVersion()
	 * @generated
	 */
	int POLICY_VERSION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VERSION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VERSION__VERSION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VERSION__PUBLISHED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VERSION__SUMMARY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Policy Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VERSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Policy Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VERSION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.AcknowledgementImpl <em>Acknowledgement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.AcknowledgementImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getAcknowledgement()
	 * @generated
	 */
	int ACKNOWLEDGEMENT = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACKNOWLEDGEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACKNOWLEDGEMENT__STAFF = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Policy Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACKNOWLEDGEMENT__POLICY_VERSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Acknowledged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACKNOWLEDGEMENT__ACKNOWLEDGED_AT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Acknowledgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACKNOWLEDGEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Acknowledgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACKNOWLEDGEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.StaffChangeImpl <em>Staff Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.StaffChangeImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getStaffChange()
	 * @generated
	 */
	int STAFF_CHANGE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE__STAFF = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE__EFFECTIVE_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>New Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE__NEW_ROLE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Revocation Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE__REVOCATION_DEADLINE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Smartcard Removed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE__SMARTCARD_REMOVED_AT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Position Removed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE__POSITION_REMOVED_AT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Staff Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Staff Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_CHANGE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.TrainingNeedImpl <em>Training Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.TrainingNeedImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getTrainingNeed()
	 * @generated
	 */
	int TRAINING_NEED = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_NEED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_NEED__GROUP = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_NEED__COURSE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_NEED__REASON = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_NEED__TARGET_PERCENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_NEED__APPROVED_BY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_NEED__APPROVED_ON = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Training Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_NEED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Training Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_NEED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.CourseEvaluationImpl <em>Course Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.CourseEvaluationImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getCourseEvaluation()
	 * @generated
	 */
	int COURSE_EVALUATION = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_EVALUATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_EVALUATION__COURSE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Evaluated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_EVALUATION__EVALUATED_ON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_EVALUATION__METHOD = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_EVALUATION__FINDINGS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Effective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_EVALUATION__EFFECTIVE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Evaluated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_EVALUATION__EVALUATED_BY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Course Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_EVALUATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Course Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_EVALUATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.LabelCheckImpl <em>Label Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.LabelCheckImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getLabelCheck()
	 * @generated
	 */
	int LABEL_CHECK = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CHECK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CHECK__CHECKED_AT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CHECK__SOURCE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Objects</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CHECK__OBJECTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Studies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CHECK__STUDIES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Gaps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CHECK__GAPS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Label Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CHECK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Label Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CHECK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.LabelGapImpl <em>Label Gap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.LabelGapImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getLabelGap()
	 * @generated
	 */
	int LABEL_GAP = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_GAP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_GAP__STUDY_INSTANCE_UID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_GAP__PATIENT_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Missing</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_GAP__MISSING = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Objects</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_GAP__OBJECTS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Label Gap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_GAP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Label Gap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_GAP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.TeachingCheckImpl <em>Teaching Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.TeachingCheckImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getTeachingCheck()
	 * @generated
	 */
	int TEACHING_CHECK = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_CHECK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_CHECK__CHECKED_AT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_CHECK__FOLDER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_CHECK__FILES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>With Identifiers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_CHECK__WITH_IDENTIFIERS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Unreadable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_CHECK__UNREADABLE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_CHECK__FINDINGS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Teaching Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_CHECK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Teaching Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_CHECK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.RetentionClassImpl <em>Retention Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.RetentionClassImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getRetentionClass()
	 * @generated
	 */
	int RETENTION_CLASS = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Minimum Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__MINIMUM_YEARS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__TRIGGER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__SOURCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Disputed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__DISPUTED = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__NOTES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Years After Death</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__YEARS_AFTER_DEATH = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Until Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS__UNTIL_AGE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Retention Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Retention Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_CLASS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.RetentionRuleImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getRetentionRule()
	 * @generated
	 */
	int RETENTION_RULE = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Retention Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__RETENTION_CLASS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Modalities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__MODALITIES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__DEPARTMENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description Contains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__DESCRIPTION_CONTAINS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Age From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__AGE_FROM = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Age Below</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__AGE_BELOW = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Flag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__FLAG = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__ENABLED = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.StudyRetentionImpl <em>Study Retention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.StudyRetentionImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getStudyRetention()
	 * @generated
	 */
	int STUDY_RETENTION = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__STUDY_INSTANCE_UID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__PATIENT_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Patient Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__PATIENT_BIRTH_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Study Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__STUDY_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__MODALITY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__DEPARTMENT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Study Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__STUDY_DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__SOURCE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Backup Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__BACKUP_COPY = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Class Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__CLASS_CODES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Destruction Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__DESTRUCTION_DUE = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Reasoning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__REASONING = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Computed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION__COMPUTED_AT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Study Retention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Study Retention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RETENTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.PatientRetentionFactsImpl <em>Patient Retention Facts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.PatientRetentionFactsImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getPatientRetentionFacts()
	 * @generated
	 */
	int PATIENT_RETENTION_FACTS = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS__PATIENT_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date Of Death</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS__DATE_OF_DEATH = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End Of Treatment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS__END_OF_TREATMENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Diagnosis Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS__DIAGNOSIS_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Last Child Born</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS__LAST_CHILD_BORN = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Trial End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS__TRIAL_END = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS__FLAGS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Patient Retention Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Patient Retention Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_RETENTION_FACTS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.PseudonymImpl <em>Pseudonym</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.PseudonymImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getPseudonym()
	 * @generated
	 */
	int PSEUDONYM = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSEUDONYM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSEUDONYM__PATIENT_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pseudonym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSEUDONYM__PSEUDONYM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSEUDONYM__PURPOSE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSEUDONYM__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Pseudonym</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSEUDONYM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Pseudonym</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSEUDONYM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.DestructionRecordImpl <em>Destruction Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.DestructionRecordImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getDestructionRecord()
	 * @generated
	 */
	int DESTRUCTION_RECORD = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD__STUDY_INSTANCE_UID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Destroyed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD__DESTROYED_AT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Destroyed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD__DESTROYED_BY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD__METHOD = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Certificate Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD__CERTIFICATE_REFERENCE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD__PATIENT_ID = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Destroyed By Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD__DESTROYED_BY_NAME = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Destruction Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Destruction Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.LegalHoldImpl <em>Legal Hold</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.LegalHoldImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getLegalHold()
	 * @generated
	 */
	int LEGAL_HOLD = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_HOLD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_HOLD__REFERENCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_HOLD__PATIENT_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_HOLD__REASON = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Placed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_HOLD__PLACED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Released At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_HOLD__RELEASED_AT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Legal Hold</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_HOLD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Legal Hold</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_HOLD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.MediaTransferImpl <em>Media Transfer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.MediaTransferImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getMediaTransfer()
	 * @generated
	 */
	int MEDIA_TRANSFER = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__DIRECTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Transfer Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__TRANSFER_DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__PATIENT_ID = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Study Instance Uids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__STUDY_INSTANCE_UIDS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__ENCRYPTED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Exception</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__EXCEPTION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Password Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__PASSWORD_CHANNEL = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Sender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__SENDER = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Receiver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__RECEIVER = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Imported To Pacs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__IMPORTED_TO_PACS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Incident Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__INCIDENT_REFERENCE = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER__PROBLEM = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Media Transfer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Media Transfer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_TRANSFER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.InvestigationImpl <em>Investigation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.InvestigationImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getInvestigation()
	 * @generated
	 */
	int INVESTIGATION = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__REFERENCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__OPENED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__OWNER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__OUTCOME = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Caldicott Principle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__CALDICOTT_PRINCIPLE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Breach Reportable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__BREACH_REPORTABLE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Reportability Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__REPORTABILITY_DECIDED_AT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Subject User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__SUBJECT_USER_ID = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__PATIENT_ID = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Evidence Event Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__EVIDENCE_EVENT_IDS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Closed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__CLOSED_BY = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__CLOSED_AT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__NOTES = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Investigation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Investigation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.CaseNoteImpl <em>Case Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.CaseNoteImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getCaseNote()
	 * @generated
	 */
	int CASE_NOTE = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_NOTE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_NOTE__AUTHOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Written At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_NOTE__WRITTEN_AT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_NOTE__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Case Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_NOTE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Case Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_NOTE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.LogReviewImpl <em>Log Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.LogReviewImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getLogReview()
	 * @generated
	 */
	int LOG_REVIEW = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_REVIEW__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Performed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_REVIEW__PERFORMED_AT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Performed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_REVIEW__PERFORMED_BY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_REVIEW__SCOPE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_REVIEW__FINDINGS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Log Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_REVIEW_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Log Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_REVIEW_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.WorkstationImpl <em>Workstation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.WorkstationImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getWorkstation()
	 * @generated
	 */
	int WORKSTATION = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTATION__ADDRESS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTATION__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTATION__LOCATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTATION__DEPARTMENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Workstation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Workstation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.ConsoleUserImpl <em>Console User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.ConsoleUserImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getConsoleUser()
	 * @generated
	 */
	int CONSOLE_USER = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_USER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_USER__USERNAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_USER__ROLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_USER__STAFF = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_USER__ENABLED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Console User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_USER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Console User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_USER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.AccessReviewImpl <em>Access Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.AccessReviewImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getAccessReview()
	 * @generated
	 */
	int ACCESS_REVIEW = 41;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_REVIEW__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Change</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_REVIEW__CHANGE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_REVIEW__REVIEWER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_REVIEW__OPENED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_REVIEW__DUE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Default Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_REVIEW__DEFAULT_DECISION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_REVIEW__DECISIONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Access Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_REVIEW_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Access Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_REVIEW_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.AccessDecisionImpl <em>Access Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.AccessDecisionImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getAccessDecision()
	 * @generated
	 */
	int ACCESS_DECISION = 42;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DECISION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Account</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DECISION__ACCOUNT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DECISION__DECISION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DECISION__JUSTIFICATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DECISION__DECIDED_BY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DECISION__DECIDED_AT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Defaulted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DECISION__DEFAULTED = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Access Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DECISION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Access Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DECISION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.PeopleSettingsImpl <em>People Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.PeopleSettingsImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getPeopleSettings()
	 * @generated
	 */
	int PEOPLE_SETTINGS = 43;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Revocation Grace Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS__REVOCATION_GRACE_DAYS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unused Account Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS__UNUSED_ACCOUNT_DAYS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Induction Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS__INDUCTION_DAYS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Due Soon Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS__DUE_SOON_DAYS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Review Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS__REVIEW_DAYS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Review Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS__REVIEW_DEFAULT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Training Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS__TRAINING_TARGET = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Staff Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS__STAFF_COLUMNS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>People Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>People Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEOPLE_SETTINGS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.AuditCsvMappingImpl <em>Audit Csv Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.AuditCsvMappingImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getAuditCsvMapping()
	 * @generated
	 */
	int AUDIT_CSV_MAPPING = 44;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_CSV_MAPPING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_CSV_MAPPING__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_CSV_MAPPING__COLUMNS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_CSV_MAPPING__TIME_ZONE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Audit Csv Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_CSV_MAPPING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Audit Csv Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_CSV_MAPPING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.impl.BackupJobImpl <em>Backup Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.impl.BackupJobImpl
	 * @see org.custodian.model.impl.ModelPackageImpl#getBackupJob()
	 * @generated
	 */
	int BACKUP_JOB = 45;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Job Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB__JOB_NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB__STARTED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB__FINISHED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB__BYTES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB__MESSAGE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB__SOURCE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Backup Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Backup Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKUP_JOB_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.custodian.model.NodeRole <em>Node Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.NodeRole
	 * @see org.custodian.model.impl.ModelPackageImpl#getNodeRole()
	 * @generated
	 */
	int NODE_ROLE = 46;

	/**
	 * The meta object id for the '{@link org.custodian.model.DrScenario <em>Dr Scenario</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.DrScenario
	 * @see org.custodian.model.impl.ModelPackageImpl#getDrScenario()
	 * @generated
	 */
	int DR_SCENARIO = 47;

	/**
	 * The meta object id for the '{@link org.custodian.model.TestOperation <em>Test Operation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.TestOperation
	 * @see org.custodian.model.impl.ModelPackageImpl#getTestOperation()
	 * @generated
	 */
	int TEST_OPERATION = 48;

	/**
	 * The meta object id for the '{@link org.custodian.model.RunResult <em>Run Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.RunResult
	 * @see org.custodian.model.impl.ModelPackageImpl#getRunResult()
	 * @generated
	 */
	int RUN_RESULT = 49;

	/**
	 * The meta object id for the '{@link org.custodian.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.Verdict
	 * @see org.custodian.model.impl.ModelPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 50;

	/**
	 * The meta object id for the '{@link org.custodian.model.ProviderKind <em>Provider Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.ProviderKind
	 * @see org.custodian.model.impl.ModelPackageImpl#getProviderKind()
	 * @generated
	 */
	int PROVIDER_KIND = 51;

	/**
	 * The meta object id for the '{@link org.custodian.model.DpiaStatus <em>Dpia Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.DpiaStatus
	 * @see org.custodian.model.impl.ModelPackageImpl#getDpiaStatus()
	 * @generated
	 */
	int DPIA_STATUS = 52;

	/**
	 * The meta object id for the '{@link org.custodian.model.DsptStatus <em>Dspt Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.DsptStatus
	 * @see org.custodian.model.impl.ModelPackageImpl#getDsptStatus()
	 * @generated
	 */
	int DSPT_STATUS = 53;

	/**
	 * The meta object id for the '{@link org.custodian.model.EmploymentType <em>Employment Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.EmploymentType
	 * @see org.custodian.model.impl.ModelPackageImpl#getEmploymentType()
	 * @generated
	 */
	int EMPLOYMENT_TYPE = 54;

	/**
	 * The meta object id for the '{@link org.custodian.model.ChangeKind <em>Change Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.ChangeKind
	 * @see org.custodian.model.impl.ModelPackageImpl#getChangeKind()
	 * @generated
	 */
	int CHANGE_KIND = 55;

	/**
	 * The meta object id for the '{@link org.custodian.model.RetentionTrigger <em>Retention Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.RetentionTrigger
	 * @see org.custodian.model.impl.ModelPackageImpl#getRetentionTrigger()
	 * @generated
	 */
	int RETENTION_TRIGGER = 56;

	/**
	 * The meta object id for the '{@link org.custodian.model.TransferDirection <em>Transfer Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.TransferDirection
	 * @see org.custodian.model.impl.ModelPackageImpl#getTransferDirection()
	 * @generated
	 */
	int TRANSFER_DIRECTION = 57;

	/**
	 * The meta object id for the '{@link org.custodian.model.MediaException <em>Media Exception</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.MediaException
	 * @see org.custodian.model.impl.ModelPackageImpl#getMediaException()
	 * @generated
	 */
	int MEDIA_EXCEPTION = 58;

	/**
	 * The meta object id for the '{@link org.custodian.model.CaseStatus <em>Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.CaseStatus
	 * @see org.custodian.model.impl.ModelPackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 59;

	/**
	 * The meta object id for the '{@link org.custodian.model.CaseOutcome <em>Case Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.CaseOutcome
	 * @see org.custodian.model.impl.ModelPackageImpl#getCaseOutcome()
	 * @generated
	 */
	int CASE_OUTCOME = 60;

	/**
	 * The meta object id for the '{@link org.custodian.model.ConsoleRole <em>Console Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.ConsoleRole
	 * @see org.custodian.model.impl.ModelPackageImpl#getConsoleRole()
	 * @generated
	 */
	int CONSOLE_ROLE = 61;

	/**
	 * The meta object id for the '{@link org.custodian.model.AccountMatch <em>Account Match</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.AccountMatch
	 * @see org.custodian.model.impl.ModelPackageImpl#getAccountMatch()
	 * @generated
	 */
	int ACCOUNT_MATCH = 62;

	/**
	 * The meta object id for the '{@link org.custodian.model.ReviewDecision <em>Review Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.ReviewDecision
	 * @see org.custodian.model.impl.ModelPackageImpl#getReviewDecision()
	 * @generated
	 */
	int REVIEW_DECISION = 63;

	/**
	 * The meta object id for the '{@link org.custodian.model.RetrieveMethod <em>Retrieve Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.RetrieveMethod
	 * @see org.custodian.model.impl.ModelPackageImpl#getRetrieveMethod()
	 * @generated
	 */
	int RETRIEVE_METHOD = 64;

	/**
	 * The meta object id for the '{@link org.custodian.model.WebAuth <em>Web Auth</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.WebAuth
	 * @see org.custodian.model.impl.ModelPackageImpl#getWebAuth()
	 * @generated
	 */
	int WEB_AUTH = 65;

	/**
	 * The meta object id for the '{@link org.custodian.model.VerificationLevel <em>Verification Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.VerificationLevel
	 * @see org.custodian.model.impl.ModelPackageImpl#getVerificationLevel()
	 * @generated
	 */
	int VERIFICATION_LEVEL = 66;

	/**
	 * The meta object id for the '{@link org.custodian.model.BackupJobStatus <em>Backup Job Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.custodian.model.BackupJobStatus
	 * @see org.custodian.model.impl.ModelPackageImpl#getBackupJobStatus()
	 * @generated
	 */
	int BACKUP_JOB_STATUS = 67;


	/**
	 * Returns the meta object for class '{@link org.custodian.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.custodian.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.custodian.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Trust <em>Trust</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trust</em>'.
	 * @see org.custodian.model.Trust
	 * @generated
	 */
	EClass getTrust();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Trust#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.Trust#getName()
	 * @see #getTrust()
	 * @generated
	 */
	EAttribute getTrust_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Trust#getOdsCode <em>Ods Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ods Code</em>'.
	 * @see org.custodian.model.Trust#getOdsCode()
	 * @see #getTrust()
	 * @generated
	 */
	EAttribute getTrust_OdsCode();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.custodian.model.Trust#getSites()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getStaffGroups <em>Staff Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Staff Groups</em>'.
	 * @see org.custodian.model.Trust#getStaffGroups()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_StaffGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Staff</em>'.
	 * @see org.custodian.model.Trust#getStaff()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Staff();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getAccounts <em>Accounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accounts</em>'.
	 * @see org.custodian.model.Trust#getAccounts()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Accounts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getCourses <em>Courses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Courses</em>'.
	 * @see org.custodian.model.Trust#getCourses()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Courses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getTrainingRecords <em>Training Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Training Records</em>'.
	 * @see org.custodian.model.Trust#getTrainingRecords()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_TrainingRecords();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policies</em>'.
	 * @see org.custodian.model.Trust#getPolicies()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Policies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getAcknowledgements <em>Acknowledgements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Acknowledgements</em>'.
	 * @see org.custodian.model.Trust#getAcknowledgements()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Acknowledgements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getStaffChanges <em>Staff Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Staff Changes</em>'.
	 * @see org.custodian.model.Trust#getStaffChanges()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_StaffChanges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getProviders <em>Providers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Providers</em>'.
	 * @see org.custodian.model.Trust#getProviders()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Providers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getDataSharingAgreements <em>Data Sharing Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sharing Agreements</em>'.
	 * @see org.custodian.model.Trust#getDataSharingAgreements()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_DataSharingAgreements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getBackupPolicies <em>Backup Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Backup Policies</em>'.
	 * @see org.custodian.model.Trust#getBackupPolicies()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_BackupPolicies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getDrPlans <em>Dr Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dr Plans</em>'.
	 * @see org.custodian.model.Trust#getDrPlans()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_DrPlans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getRetentionClasses <em>Retention Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retention Classes</em>'.
	 * @see org.custodian.model.Trust#getRetentionClasses()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_RetentionClasses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getDestructionRecords <em>Destruction Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Destruction Records</em>'.
	 * @see org.custodian.model.Trust#getDestructionRecords()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_DestructionRecords();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getLegalHolds <em>Legal Holds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Legal Holds</em>'.
	 * @see org.custodian.model.Trust#getLegalHolds()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_LegalHolds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getMediaTransfers <em>Media Transfers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Media Transfers</em>'.
	 * @see org.custodian.model.Trust#getMediaTransfers()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_MediaTransfers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getInvestigations <em>Investigations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Investigations</em>'.
	 * @see org.custodian.model.Trust#getInvestigations()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Investigations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getLogReviews <em>Log Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Log Reviews</em>'.
	 * @see org.custodian.model.Trust#getLogReviews()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_LogReviews();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getWorkstations <em>Workstations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Workstations</em>'.
	 * @see org.custodian.model.Trust#getWorkstations()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Workstations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getConsoleUsers <em>Console Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Console Users</em>'.
	 * @see org.custodian.model.Trust#getConsoleUsers()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_ConsoleUsers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getAccessReviews <em>Access Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Access Reviews</em>'.
	 * @see org.custodian.model.Trust#getAccessReviews()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_AccessReviews();

	/**
	 * Returns the meta object for the containment reference '{@link org.custodian.model.Trust#getPeopleSettings <em>People Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>People Settings</em>'.
	 * @see org.custodian.model.Trust#getPeopleSettings()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_PeopleSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getRetentionRules <em>Retention Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retention Rules</em>'.
	 * @see org.custodian.model.Trust#getRetentionRules()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_RetentionRules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getStudyRetentions <em>Study Retentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Study Retentions</em>'.
	 * @see org.custodian.model.Trust#getStudyRetentions()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_StudyRetentions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getPatientRetentionFacts <em>Patient Retention Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Patient Retention Facts</em>'.
	 * @see org.custodian.model.Trust#getPatientRetentionFacts()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_PatientRetentionFacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getPseudonyms <em>Pseudonyms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pseudonyms</em>'.
	 * @see org.custodian.model.Trust#getPseudonyms()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_Pseudonyms();

	/**
	 * Returns the meta object for the containment reference '{@link org.custodian.model.Trust#getOwnAssurance <em>Own Assurance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Own Assurance</em>'.
	 * @see org.custodian.model.Trust#getOwnAssurance()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_OwnAssurance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getTrainingNeeds <em>Training Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Training Needs</em>'.
	 * @see org.custodian.model.Trust#getTrainingNeeds()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_TrainingNeeds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getCourseEvaluations <em>Course Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Course Evaluations</em>'.
	 * @see org.custodian.model.Trust#getCourseEvaluations()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_CourseEvaluations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getLabelChecks <em>Label Checks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Label Checks</em>'.
	 * @see org.custodian.model.Trust#getLabelChecks()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_LabelChecks();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.Trust#getBackupJobColumns <em>Backup Job Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Backup Job Columns</em>'.
	 * @see org.custodian.model.Trust#getBackupJobColumns()
	 * @see #getTrust()
	 * @generated
	 */
	EAttribute getTrust_BackupJobColumns();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.Trust#getLosslessModalities <em>Lossless Modalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Lossless Modalities</em>'.
	 * @see org.custodian.model.Trust#getLosslessModalities()
	 * @see #getTrust()
	 * @generated
	 */
	EAttribute getTrust_LosslessModalities();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.Trust#getLossyRatioLimits <em>Lossy Ratio Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Lossy Ratio Limits</em>'.
	 * @see org.custodian.model.Trust#getLossyRatioLimits()
	 * @see #getTrust()
	 * @generated
	 */
	EAttribute getTrust_LossyRatioLimits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Trust#getTeachingChecks <em>Teaching Checks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Teaching Checks</em>'.
	 * @see org.custodian.model.Trust#getTeachingChecks()
	 * @see #getTrust()
	 * @generated
	 */
	EReference getTrust_TeachingChecks();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.custodian.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Site#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.Site#getName()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Site#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.custodian.model.Site#getAddress()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Address();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Site#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.custodian.model.Site#getNodes()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Nodes();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.PacsNode <em>Pacs Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pacs Node</em>'.
	 * @see org.custodian.model.PacsNode
	 * @generated
	 */
	EClass getPacsNode();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.PacsNode#getName()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.custodian.model.PacsNode#getRole()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getAeTitle <em>Ae Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ae Title</em>'.
	 * @see org.custodian.model.PacsNode#getAeTitle()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_AeTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.custodian.model.PacsNode#getHost()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.custodian.model.PacsNode#getPort()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.custodian.model.PacsNode#getVendor()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getRetrieveMethod <em>Retrieve Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retrieve Method</em>'.
	 * @see org.custodian.model.PacsNode#getRetrieveMethod()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_RetrieveMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getMovePort <em>Move Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Move Port</em>'.
	 * @see org.custodian.model.PacsNode#getMovePort()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_MovePort();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getDicomWebUrl <em>Dicom Web Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dicom Web Url</em>'.
	 * @see org.custodian.model.PacsNode#getDicomWebUrl()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_DicomWebUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getDicomWebAuth <em>Dicom Web Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dicom Web Auth</em>'.
	 * @see org.custodian.model.PacsNode#getDicomWebAuth()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_DicomWebAuth();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getDicomWebUser <em>Dicom Web User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dicom Web User</em>'.
	 * @see org.custodian.model.PacsNode#getDicomWebUser()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_DicomWebUser();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PacsNode#getDicomWebSecret <em>Dicom Web Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dicom Web Secret</em>'.
	 * @see org.custodian.model.PacsNode#getDicomWebSecret()
	 * @see #getPacsNode()
	 * @generated
	 */
	EAttribute getPacsNode_DicomWebSecret();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.BackupPolicy <em>Backup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backup Policy</em>'.
	 * @see org.custodian.model.BackupPolicy
	 * @generated
	 */
	EClass getBackupPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupPolicy#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.BackupPolicy#getName()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_Name();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.BackupPolicy#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.custodian.model.BackupPolicy#getNode()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EReference getBackupPolicy_Node();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupPolicy#getFrequencyHours <em>Frequency Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency Hours</em>'.
	 * @see org.custodian.model.BackupPolicy#getFrequencyHours()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_FrequencyHours();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupPolicy#getCopies <em>Copies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Copies</em>'.
	 * @see org.custodian.model.BackupPolicy#getCopies()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_Copies();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupPolicy#isOffsite <em>Offsite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offsite</em>'.
	 * @see org.custodian.model.BackupPolicy#isOffsite()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_Offsite();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupPolicy#isImmutable <em>Immutable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Immutable</em>'.
	 * @see org.custodian.model.BackupPolicy#isImmutable()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_Immutable();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupPolicy#getCopyRetentionDays <em>Copy Retention Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Copy Retention Days</em>'.
	 * @see org.custodian.model.BackupPolicy#getCopyRetentionDays()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EAttribute getBackupPolicy_CopyRetentionDays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.BackupPolicy#getJobs <em>Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Jobs</em>'.
	 * @see org.custodian.model.BackupPolicy#getJobs()
	 * @see #getBackupPolicy()
	 * @generated
	 */
	EReference getBackupPolicy_Jobs();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.DrPlan <em>Dr Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dr Plan</em>'.
	 * @see org.custodian.model.DrPlan
	 * @generated
	 */
	EClass getDrPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DrPlan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.DrPlan#getName()
	 * @see #getDrPlan()
	 * @generated
	 */
	EAttribute getDrPlan_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DrPlan#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario</em>'.
	 * @see org.custodian.model.DrPlan#getScenario()
	 * @see #getDrPlan()
	 * @generated
	 */
	EAttribute getDrPlan_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DrPlan#getRpoMinutes <em>Rpo Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rpo Minutes</em>'.
	 * @see org.custodian.model.DrPlan#getRpoMinutes()
	 * @see #getDrPlan()
	 * @generated
	 */
	EAttribute getDrPlan_RpoMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DrPlan#getRtoMinutes <em>Rto Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rto Minutes</em>'.
	 * @see org.custodian.model.DrPlan#getRtoMinutes()
	 * @see #getDrPlan()
	 * @generated
	 */
	EAttribute getDrPlan_RtoMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DrPlan#getTestFrequencyDays <em>Test Frequency Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Frequency Days</em>'.
	 * @see org.custodian.model.DrPlan#getTestFrequencyDays()
	 * @see #getDrPlan()
	 * @generated
	 */
	EAttribute getDrPlan_TestFrequencyDays();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.DrPlan#getPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Primary</em>'.
	 * @see org.custodian.model.DrPlan#getPrimary()
	 * @see #getDrPlan()
	 * @generated
	 */
	EReference getDrPlan_Primary();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.DrPlan#getDr <em>Dr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dr</em>'.
	 * @see org.custodian.model.DrPlan#getDr()
	 * @see #getDrPlan()
	 * @generated
	 */
	EReference getDrPlan_Dr();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.DrPlan#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see org.custodian.model.DrPlan#getRuns()
	 * @see #getDrPlan()
	 * @generated
	 */
	EReference getDrPlan_Runs();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DrPlan#getVerificationLevel <em>Verification Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification Level</em>'.
	 * @see org.custodian.model.DrPlan#getVerificationLevel()
	 * @see #getDrPlan()
	 * @generated
	 */
	EAttribute getDrPlan_VerificationLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DrPlan#getSampleSize <em>Sample Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample Size</em>'.
	 * @see org.custodian.model.DrPlan#getSampleSize()
	 * @see #getDrPlan()
	 * @generated
	 */
	EAttribute getDrPlan_SampleSize();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.TestRun <em>Test Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Test Run</em>'.
	 * @see org.custodian.model.TestRun
	 * @generated
	 */
	EClass getTestRun();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getOperation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation</em>'.
	 * @see org.custodian.model.TestRun#getOperation()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_Operation();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.custodian.model.TestRun#getStarted()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getDurationSeconds <em>Duration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Seconds</em>'.
	 * @see org.custodian.model.TestRun#getDurationSeconds()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_DurationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.custodian.model.TestRun#getResult()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_Result();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.TestRun#getErrors <em>Errors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Errors</em>'.
	 * @see org.custodian.model.TestRun#getErrors()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_Errors();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.TestRun#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Warnings</em>'.
	 * @see org.custodian.model.TestRun#getWarnings()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_Warnings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.TestRun#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.custodian.model.TestRun#getEvidence()
	 * @see #getTestRun()
	 * @generated
	 */
	EReference getTestRun_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getOperatorVerdict <em>Operator Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator Verdict</em>'.
	 * @see org.custodian.model.TestRun#getOperatorVerdict()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_OperatorVerdict();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.custodian.model.TestRun#getNotes()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_Notes();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.TestRun#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Operator</em>'.
	 * @see org.custodian.model.TestRun#getOperator()
	 * @see #getTestRun()
	 * @generated
	 */
	EReference getTestRun_Operator();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.TestRun#getSignedOffBy <em>Signed Off By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Signed Off By</em>'.
	 * @see org.custodian.model.TestRun#getSignedOffBy()
	 * @see #getTestRun()
	 * @generated
	 */
	EReference getTestRun_SignedOffBy();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getSignedOffAt <em>Signed Off At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed Off At</em>'.
	 * @see org.custodian.model.TestRun#getSignedOffAt()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_SignedOffAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getRpoAchievedMinutes <em>Rpo Achieved Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rpo Achieved Minutes</em>'.
	 * @see org.custodian.model.TestRun#getRpoAchievedMinutes()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_RpoAchievedMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getRtoAchievedMinutes <em>Rto Achieved Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rto Achieved Minutes</em>'.
	 * @see org.custodian.model.TestRun#getRtoAchievedMinutes()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_RtoAchievedMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getOperatorUser <em>Operator User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator User</em>'.
	 * @see org.custodian.model.TestRun#getOperatorUser()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_OperatorUser();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getVerdictAt <em>Verdict At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict At</em>'.
	 * @see org.custodian.model.TestRun#getVerdictAt()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_VerdictAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getVerdictJustification <em>Verdict Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict Justification</em>'.
	 * @see org.custodian.model.TestRun#getVerdictJustification()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_VerdictJustification();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getSignedOffUser <em>Signed Off User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed Off User</em>'.
	 * @see org.custodian.model.TestRun#getSignedOffUser()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_SignedOffUser();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getVerificationLevel <em>Verification Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification Level</em>'.
	 * @see org.custodian.model.TestRun#getVerificationLevel()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_VerificationLevel();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.TestRun#getReadiness <em>Readiness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Readiness</em>'.
	 * @see org.custodian.model.TestRun#getReadiness()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_Readiness();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TestRun#getStudiesChecked <em>Studies Checked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Studies Checked</em>'.
	 * @see org.custodian.model.TestRun#getStudiesChecked()
	 * @see #getTestRun()
	 * @generated
	 */
	EAttribute getTestRun_StudiesChecked();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.EvidenceFile <em>Evidence File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence File</em>'.
	 * @see org.custodian.model.EvidenceFile
	 * @generated
	 */
	EClass getEvidenceFile();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.EvidenceFile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.EvidenceFile#getName()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.EvidenceFile#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.custodian.model.EvidenceFile#getPath()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.EvidenceFile#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.custodian.model.EvidenceFile#getSha256()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.EvidenceFile#getAddedAt <em>Added At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added At</em>'.
	 * @see org.custodian.model.EvidenceFile#getAddedAt()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_AddedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.EvidenceFile#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see org.custodian.model.EvidenceFile#getSizeBytes()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_SizeBytes();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Provider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provider</em>'.
	 * @see org.custodian.model.Provider
	 * @generated
	 */
	EClass getProvider();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Provider#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.Provider#getName()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Provider#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.custodian.model.Provider#getKind()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Provider#getSubProcessors <em>Sub Processors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Processors</em>'.
	 * @see org.custodian.model.Provider#getSubProcessors()
	 * @see #getProvider()
	 * @generated
	 */
	EReference getProvider_SubProcessors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Provider#getContracts <em>Contracts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contracts</em>'.
	 * @see org.custodian.model.Provider#getContracts()
	 * @see #getProvider()
	 * @generated
	 */
	EReference getProvider_Contracts();

	/**
	 * Returns the meta object for the containment reference '{@link org.custodian.model.Provider#getAssurance <em>Assurance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Assurance</em>'.
	 * @see org.custodian.model.Provider#getAssurance()
	 * @see #getProvider()
	 * @generated
	 */
	EReference getProvider_Assurance();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.Provider#getReceivingNodes <em>Receiving Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Receiving Nodes</em>'.
	 * @see org.custodian.model.Provider#getReceivingNodes()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_ReceivingNodes();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.SubProcessor <em>Sub Processor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sub Processor</em>'.
	 * @see org.custodian.model.SubProcessor
	 * @generated
	 */
	EClass getSubProcessor();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.SubProcessor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.SubProcessor#getName()
	 * @see #getSubProcessor()
	 * @generated
	 */
	EAttribute getSubProcessor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.SubProcessor#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.custodian.model.SubProcessor#getCountry()
	 * @see #getSubProcessor()
	 * @generated
	 */
	EAttribute getSubProcessor_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.SubProcessor#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service</em>'.
	 * @see org.custodian.model.SubProcessor#getService()
	 * @see #getSubProcessor()
	 * @generated
	 */
	EAttribute getSubProcessor_Service();

	/**
	 * Returns the meta object for the containment reference '{@link org.custodian.model.SubProcessor#getAssurance <em>Assurance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Assurance</em>'.
	 * @see org.custodian.model.SubProcessor#getAssurance()
	 * @see #getSubProcessor()
	 * @generated
	 */
	EReference getSubProcessor_Assurance();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Contract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contract</em>'.
	 * @see org.custodian.model.Contract
	 * @generated
	 */
	EClass getContract();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Contract#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.custodian.model.Contract#getReference()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Contract#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.custodian.model.Contract#getStart()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Contract#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.custodian.model.Contract#getEnd()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_End();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Contract#getNoticeDays <em>Notice Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notice Days</em>'.
	 * @see org.custodian.model.Contract#getNoticeDays()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_NoticeDays();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Contract#getRenewalTerms <em>Renewal Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Renewal Terms</em>'.
	 * @see org.custodian.model.Contract#getRenewalTerms()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_RenewalTerms();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Contract#getExitClause <em>Exit Clause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Clause</em>'.
	 * @see org.custodian.model.Contract#getExitClause()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_ExitClause();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Contract#getDataReturnClause <em>Data Return Clause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Return Clause</em>'.
	 * @see org.custodian.model.Contract#getDataReturnClause()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_DataReturnClause();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Contract#getRetentionGuaranteeYears <em>Retention Guarantee Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Guarantee Years</em>'.
	 * @see org.custodian.model.Contract#getRetentionGuaranteeYears()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_RetentionGuaranteeYears();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Contract#getImageDisplaySeconds <em>Image Display Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Display Seconds</em>'.
	 * @see org.custodian.model.Contract#getImageDisplaySeconds()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_ImageDisplaySeconds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Contract#getServiceLevels <em>Service Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Service Levels</em>'.
	 * @see org.custodian.model.Contract#getServiceLevels()
	 * @see #getContract()
	 * @generated
	 */
	EReference getContract_ServiceLevels();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.ServiceLevel <em>Service Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Level</em>'.
	 * @see org.custodian.model.ServiceLevel
	 * @generated
	 */
	EClass getServiceLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.ServiceLevel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.ServiceLevel#getName()
	 * @see #getServiceLevel()
	 * @generated
	 */
	EAttribute getServiceLevel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.ServiceLevel#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.custodian.model.ServiceLevel#getTarget()
	 * @see #getServiceLevel()
	 * @generated
	 */
	EAttribute getServiceLevel_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.ServiceLevel#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.custodian.model.ServiceLevel#getUnit()
	 * @see #getServiceLevel()
	 * @generated
	 */
	EAttribute getServiceLevel_Unit();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.DataSharingAgreement <em>Data Sharing Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Sharing Agreement</em>'.
	 * @see org.custodian.model.DataSharingAgreement
	 * @generated
	 */
	EClass getDataSharingAgreement();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DataSharingAgreement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getTitle()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EAttribute getDataSharingAgreement_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DataSharingAgreement#getPartnerName <em>Partner Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Name</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getPartnerName()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EAttribute getDataSharingAgreement_PartnerName();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.DataSharingAgreement#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getProvider()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EReference getDataSharingAgreement_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DataSharingAgreement#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getPurpose()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EAttribute getDataSharingAgreement_Purpose();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.DataSharingAgreement#getDataFlows <em>Data Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Data Flows</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getDataFlows()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EAttribute getDataSharingAgreement_DataFlows();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DataSharingAgreement#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Basis</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getLegalBasis()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EAttribute getDataSharingAgreement_LegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DataSharingAgreement#getReviewDate <em>Review Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Date</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getReviewDate()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EAttribute getDataSharingAgreement_ReviewDate();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DataSharingAgreement#getDpiaStatus <em>Dpia Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpia Status</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getDpiaStatus()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EAttribute getDataSharingAgreement_DpiaStatus();

	/**
	 * Returns the meta object for the containment reference '{@link org.custodian.model.DataSharingAgreement#getReceiverAssurance <em>Receiver Assurance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Receiver Assurance</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getReceiverAssurance()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EReference getDataSharingAgreement_ReceiverAssurance();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.DataSharingAgreement#getReceivingNodes <em>Receiving Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Receiving Nodes</em>'.
	 * @see org.custodian.model.DataSharingAgreement#getReceivingNodes()
	 * @see #getDataSharingAgreement()
	 * @generated
	 */
	EAttribute getDataSharingAgreement_ReceivingNodes();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.AssuranceEvidence <em>Assurance Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assurance Evidence</em>'.
	 * @see org.custodian.model.AssuranceEvidence
	 * @generated
	 */
	EClass getAssuranceEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AssuranceEvidence#getDsptStatus <em>Dspt Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dspt Status</em>'.
	 * @see org.custodian.model.AssuranceEvidence#getDsptStatus()
	 * @see #getAssuranceEvidence()
	 * @generated
	 */
	EAttribute getAssuranceEvidence_DsptStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AssuranceEvidence#getDsptDate <em>Dspt Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dspt Date</em>'.
	 * @see org.custodian.model.AssuranceEvidence#getDsptDate()
	 * @see #getAssuranceEvidence()
	 * @generated
	 */
	EAttribute getAssuranceEvidence_DsptDate();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AssuranceEvidence#getIso27001Expiry <em>Iso27001 Expiry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iso27001 Expiry</em>'.
	 * @see org.custodian.model.AssuranceEvidence#getIso27001Expiry()
	 * @see #getAssuranceEvidence()
	 * @generated
	 */
	EAttribute getAssuranceEvidence_Iso27001Expiry();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AssuranceEvidence#getCyberEssentialsPlusExpiry <em>Cyber Essentials Plus Expiry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cyber Essentials Plus Expiry</em>'.
	 * @see org.custodian.model.AssuranceEvidence#getCyberEssentialsPlusExpiry()
	 * @see #getAssuranceEvidence()
	 * @generated
	 */
	EAttribute getAssuranceEvidence_CyberEssentialsPlusExpiry();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AssuranceEvidence#getLastPenTest <em>Last Pen Test</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Pen Test</em>'.
	 * @see org.custodian.model.AssuranceEvidence#getLastPenTest()
	 * @see #getAssuranceEvidence()
	 * @generated
	 */
	EAttribute getAssuranceEvidence_LastPenTest();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AssuranceEvidence#getDsptExpiry <em>Dspt Expiry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dspt Expiry</em>'.
	 * @see org.custodian.model.AssuranceEvidence#getDsptExpiry()
	 * @see #getAssuranceEvidence()
	 * @generated
	 */
	EAttribute getAssuranceEvidence_DsptExpiry();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.StaffGroup <em>Staff Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff Group</em>'.
	 * @see org.custodian.model.StaffGroup
	 * @generated
	 */
	EClass getStaffGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StaffGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.StaffGroup#getName()
	 * @see #getStaffGroup()
	 * @generated
	 */
	EAttribute getStaffGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StaffGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.custodian.model.StaffGroup#getDescription()
	 * @see #getStaffGroup()
	 * @generated
	 */
	EAttribute getStaffGroup_Description();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Staff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff</em>'.
	 * @see org.custodian.model.Staff
	 * @generated
	 */
	EClass getStaff();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getStaffNumber <em>Staff Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff Number</em>'.
	 * @see org.custodian.model.Staff#getStaffNumber()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_StaffNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getGivenName <em>Given Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given Name</em>'.
	 * @see org.custodian.model.Staff#getGivenName()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_GivenName();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getFamilyName <em>Family Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Name</em>'.
	 * @see org.custodian.model.Staff#getFamilyName()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_FamilyName();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getDateOfBirth <em>Date Of Birth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Birth</em>'.
	 * @see org.custodian.model.Staff#getDateOfBirth()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_DateOfBirth();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getNhsNumber <em>Nhs Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nhs Number</em>'.
	 * @see org.custodian.model.Staff#getNhsNumber()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_NhsNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getPostcode <em>Postcode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Postcode</em>'.
	 * @see org.custodian.model.Staff#getPostcode()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Postcode();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.custodian.model.Staff#getAddress()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.custodian.model.Staff#getPhone()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getRegistration <em>Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registration</em>'.
	 * @see org.custodian.model.Staff#getRegistration()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Registration();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getJobTitle <em>Job Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Title</em>'.
	 * @see org.custodian.model.Staff#getJobTitle()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_JobTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.custodian.model.Staff#getRole()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.custodian.model.Staff#getDepartment()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Department();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.Staff#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.custodian.model.Staff#getGroup()
	 * @see #getStaff()
	 * @generated
	 */
	EReference getStaff_Group();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.Staff#getLineManager <em>Line Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Line Manager</em>'.
	 * @see org.custodian.model.Staff#getLineManager()
	 * @see #getStaff()
	 * @generated
	 */
	EReference getStaff_LineManager();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getEmployment <em>Employment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employment</em>'.
	 * @see org.custodian.model.Staff#getEmployment()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Employment();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.custodian.model.Staff#getStartDate()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.custodian.model.Staff#getEndDate()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Staff#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.custodian.model.Staff#getEmail()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Email();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Account <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account</em>'.
	 * @see org.custodian.model.Account
	 * @generated
	 */
	EClass getAccount();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#getSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System</em>'.
	 * @see org.custodian.model.Account#getSystem()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_System();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.custodian.model.Account#getUsername()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Username();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.Account#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.custodian.model.Account#getOwner()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#isShared <em>Shared</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared</em>'.
	 * @see org.custodian.model.Account#isShared()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Shared();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.custodian.model.Account#isEnabled()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#getDisabledAt <em>Disabled At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disabled At</em>'.
	 * @see org.custodian.model.Account#getDisabledAt()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_DisabledAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#getLastUsed <em>Last Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Used</em>'.
	 * @see org.custodian.model.Account#getLastUsed()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_LastUsed();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#getSmartcardId <em>Smartcard Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smartcard Id</em>'.
	 * @see org.custodian.model.Account#getSmartcardId()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_SmartcardId();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.custodian.model.Account#getDisplayName()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#getEmployeeNumber <em>Employee Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employee Number</em>'.
	 * @see org.custodian.model.Account#getEmployeeNumber()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_EmployeeNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#getMatch <em>Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match</em>'.
	 * @see org.custodian.model.Account#getMatch()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Match();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.Account#getSuggestedOwner <em>Suggested Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Suggested Owner</em>'.
	 * @see org.custodian.model.Account#getSuggestedOwner()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_SuggestedOwner();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Account#getMatchNote <em>Match Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match Note</em>'.
	 * @see org.custodian.model.Account#getMatchNote()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_MatchNote();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Course <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Course</em>'.
	 * @see org.custodian.model.Course
	 * @generated
	 */
	EClass getCourse();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Course#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.custodian.model.Course#getCode()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Course#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.custodian.model.Course#getTitle()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Course#getRefreshMonths <em>Refresh Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refresh Months</em>'.
	 * @see org.custodian.model.Course#getRefreshMonths()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_RefreshMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Course#isMandatory <em>Mandatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandatory</em>'.
	 * @see org.custodian.model.Course#isMandatory()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Mandatory();

	/**
	 * Returns the meta object for the reference list '{@link org.custodian.model.Course#getRequiredFor <em>Required For</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Required For</em>'.
	 * @see org.custodian.model.Course#getRequiredFor()
	 * @see #getCourse()
	 * @generated
	 */
	EReference getCourse_RequiredFor();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.Course#getRequiredForRoles <em>Required For Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required For Roles</em>'.
	 * @see org.custodian.model.Course#getRequiredForRoles()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_RequiredForRoles();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.TrainingRecord <em>Training Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Record</em>'.
	 * @see org.custodian.model.TrainingRecord
	 * @generated
	 */
	EClass getTrainingRecord();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.TrainingRecord#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Staff</em>'.
	 * @see org.custodian.model.TrainingRecord#getStaff()
	 * @see #getTrainingRecord()
	 * @generated
	 */
	EReference getTrainingRecord_Staff();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.TrainingRecord#getCourse <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Course</em>'.
	 * @see org.custodian.model.TrainingRecord#getCourse()
	 * @see #getTrainingRecord()
	 * @generated
	 */
	EReference getTrainingRecord_Course();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TrainingRecord#getCompleted <em>Completed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed</em>'.
	 * @see org.custodian.model.TrainingRecord#getCompleted()
	 * @see #getTrainingRecord()
	 * @generated
	 */
	EAttribute getTrainingRecord_Completed();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TrainingRecord#getExpires <em>Expires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires</em>'.
	 * @see org.custodian.model.TrainingRecord#getExpires()
	 * @see #getTrainingRecord()
	 * @generated
	 */
	EAttribute getTrainingRecord_Expires();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.PolicyDocument <em>Policy Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Document</em>'.
	 * @see org.custodian.model.PolicyDocument
	 * @generated
	 */
	EClass getPolicyDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PolicyDocument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.custodian.model.PolicyDocument#getTitle()
	 * @see #getPolicyDocument()
	 * @generated
	 */
	EAttribute getPolicyDocument_Title();

	/**
	 * Returns the meta object for the reference list '{@link org.custodian.model.PolicyDocument#getAppliesTo <em>Applies To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Applies To</em>'.
	 * @see org.custodian.model.PolicyDocument#getAppliesTo()
	 * @see #getPolicyDocument()
	 * @generated
	 */
	EReference getPolicyDocument_AppliesTo();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.PolicyDocument#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see org.custodian.model.PolicyDocument#getVersions()
	 * @see #getPolicyDocument()
	 * @generated
	 */
	EReference getPolicyDocument_Versions();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PolicyDocument#isAccessNotice <em>Access Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access Notice</em>'.
	 * @see org.custodian.model.PolicyDocument#isAccessNotice()
	 * @see #getPolicyDocument()
	 * @generated
	 */
	EAttribute getPolicyDocument_AccessNotice();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.PolicyVersion <em>Policy Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Version</em>'.
	 * @see org.custodian.model.PolicyVersion
	 * @generated
	 */
	EClass getPolicyVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PolicyVersion#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.custodian.model.PolicyVersion#getVersion()
	 * @see #getPolicyVersion()
	 * @generated
	 */
	EAttribute getPolicyVersion_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PolicyVersion#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.custodian.model.PolicyVersion#getPublished()
	 * @see #getPolicyVersion()
	 * @generated
	 */
	EAttribute getPolicyVersion_Published();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PolicyVersion#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.custodian.model.PolicyVersion#getSummary()
	 * @see #getPolicyVersion()
	 * @generated
	 */
	EAttribute getPolicyVersion_Summary();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Acknowledgement <em>Acknowledgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Acknowledgement</em>'.
	 * @see org.custodian.model.Acknowledgement
	 * @generated
	 */
	EClass getAcknowledgement();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.Acknowledgement#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Staff</em>'.
	 * @see org.custodian.model.Acknowledgement#getStaff()
	 * @see #getAcknowledgement()
	 * @generated
	 */
	EReference getAcknowledgement_Staff();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.Acknowledgement#getPolicyVersion <em>Policy Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Policy Version</em>'.
	 * @see org.custodian.model.Acknowledgement#getPolicyVersion()
	 * @see #getAcknowledgement()
	 * @generated
	 */
	EReference getAcknowledgement_PolicyVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Acknowledgement#getAcknowledgedAt <em>Acknowledged At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged At</em>'.
	 * @see org.custodian.model.Acknowledgement#getAcknowledgedAt()
	 * @see #getAcknowledgement()
	 * @generated
	 */
	EAttribute getAcknowledgement_AcknowledgedAt();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.StaffChange <em>Staff Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff Change</em>'.
	 * @see org.custodian.model.StaffChange
	 * @generated
	 */
	EClass getStaffChange();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.StaffChange#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Staff</em>'.
	 * @see org.custodian.model.StaffChange#getStaff()
	 * @see #getStaffChange()
	 * @generated
	 */
	EReference getStaffChange_Staff();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StaffChange#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.custodian.model.StaffChange#getKind()
	 * @see #getStaffChange()
	 * @generated
	 */
	EAttribute getStaffChange_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StaffChange#getEffectiveDate <em>Effective Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Date</em>'.
	 * @see org.custodian.model.StaffChange#getEffectiveDate()
	 * @see #getStaffChange()
	 * @generated
	 */
	EAttribute getStaffChange_EffectiveDate();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StaffChange#getNewRole <em>New Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Role</em>'.
	 * @see org.custodian.model.StaffChange#getNewRole()
	 * @see #getStaffChange()
	 * @generated
	 */
	EAttribute getStaffChange_NewRole();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StaffChange#getRevocationDeadline <em>Revocation Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revocation Deadline</em>'.
	 * @see org.custodian.model.StaffChange#getRevocationDeadline()
	 * @see #getStaffChange()
	 * @generated
	 */
	EAttribute getStaffChange_RevocationDeadline();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StaffChange#getSmartcardRemovedAt <em>Smartcard Removed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smartcard Removed At</em>'.
	 * @see org.custodian.model.StaffChange#getSmartcardRemovedAt()
	 * @see #getStaffChange()
	 * @generated
	 */
	EAttribute getStaffChange_SmartcardRemovedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StaffChange#getPositionRemovedAt <em>Position Removed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position Removed At</em>'.
	 * @see org.custodian.model.StaffChange#getPositionRemovedAt()
	 * @see #getStaffChange()
	 * @generated
	 */
	EAttribute getStaffChange_PositionRemovedAt();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.TrainingNeed <em>Training Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Need</em>'.
	 * @see org.custodian.model.TrainingNeed
	 * @generated
	 */
	EClass getTrainingNeed();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.TrainingNeed#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.custodian.model.TrainingNeed#getGroup()
	 * @see #getTrainingNeed()
	 * @generated
	 */
	EReference getTrainingNeed_Group();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.TrainingNeed#getCourse <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Course</em>'.
	 * @see org.custodian.model.TrainingNeed#getCourse()
	 * @see #getTrainingNeed()
	 * @generated
	 */
	EReference getTrainingNeed_Course();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TrainingNeed#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.custodian.model.TrainingNeed#getReason()
	 * @see #getTrainingNeed()
	 * @generated
	 */
	EAttribute getTrainingNeed_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TrainingNeed#getTargetPercent <em>Target Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Percent</em>'.
	 * @see org.custodian.model.TrainingNeed#getTargetPercent()
	 * @see #getTrainingNeed()
	 * @generated
	 */
	EAttribute getTrainingNeed_TargetPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TrainingNeed#getApprovedBy <em>Approved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved By</em>'.
	 * @see org.custodian.model.TrainingNeed#getApprovedBy()
	 * @see #getTrainingNeed()
	 * @generated
	 */
	EAttribute getTrainingNeed_ApprovedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TrainingNeed#getApprovedOn <em>Approved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved On</em>'.
	 * @see org.custodian.model.TrainingNeed#getApprovedOn()
	 * @see #getTrainingNeed()
	 * @generated
	 */
	EAttribute getTrainingNeed_ApprovedOn();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.CourseEvaluation <em>Course Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Course Evaluation</em>'.
	 * @see org.custodian.model.CourseEvaluation
	 * @generated
	 */
	EClass getCourseEvaluation();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.CourseEvaluation#getCourse <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Course</em>'.
	 * @see org.custodian.model.CourseEvaluation#getCourse()
	 * @see #getCourseEvaluation()
	 * @generated
	 */
	EReference getCourseEvaluation_Course();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.CourseEvaluation#getEvaluatedOn <em>Evaluated On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluated On</em>'.
	 * @see org.custodian.model.CourseEvaluation#getEvaluatedOn()
	 * @see #getCourseEvaluation()
	 * @generated
	 */
	EAttribute getCourseEvaluation_EvaluatedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.CourseEvaluation#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.custodian.model.CourseEvaluation#getMethod()
	 * @see #getCourseEvaluation()
	 * @generated
	 */
	EAttribute getCourseEvaluation_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.CourseEvaluation#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.custodian.model.CourseEvaluation#getFindings()
	 * @see #getCourseEvaluation()
	 * @generated
	 */
	EAttribute getCourseEvaluation_Findings();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.CourseEvaluation#isEffective <em>Effective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective</em>'.
	 * @see org.custodian.model.CourseEvaluation#isEffective()
	 * @see #getCourseEvaluation()
	 * @generated
	 */
	EAttribute getCourseEvaluation_Effective();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.CourseEvaluation#getEvaluatedBy <em>Evaluated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluated By</em>'.
	 * @see org.custodian.model.CourseEvaluation#getEvaluatedBy()
	 * @see #getCourseEvaluation()
	 * @generated
	 */
	EAttribute getCourseEvaluation_EvaluatedBy();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.LabelCheck <em>Label Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Check</em>'.
	 * @see org.custodian.model.LabelCheck
	 * @generated
	 */
	EClass getLabelCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LabelCheck#getCheckedAt <em>Checked At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked At</em>'.
	 * @see org.custodian.model.LabelCheck#getCheckedAt()
	 * @see #getLabelCheck()
	 * @generated
	 */
	EAttribute getLabelCheck_CheckedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LabelCheck#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.custodian.model.LabelCheck#getSource()
	 * @see #getLabelCheck()
	 * @generated
	 */
	EAttribute getLabelCheck_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LabelCheck#getObjects <em>Objects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objects</em>'.
	 * @see org.custodian.model.LabelCheck#getObjects()
	 * @see #getLabelCheck()
	 * @generated
	 */
	EAttribute getLabelCheck_Objects();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LabelCheck#getStudies <em>Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Studies</em>'.
	 * @see org.custodian.model.LabelCheck#getStudies()
	 * @see #getLabelCheck()
	 * @generated
	 */
	EAttribute getLabelCheck_Studies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.LabelCheck#getGaps <em>Gaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gaps</em>'.
	 * @see org.custodian.model.LabelCheck#getGaps()
	 * @see #getLabelCheck()
	 * @generated
	 */
	EReference getLabelCheck_Gaps();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.LabelGap <em>Label Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Gap</em>'.
	 * @see org.custodian.model.LabelGap
	 * @generated
	 */
	EClass getLabelGap();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LabelGap#getStudyInstanceUid <em>Study Instance Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Instance Uid</em>'.
	 * @see org.custodian.model.LabelGap#getStudyInstanceUid()
	 * @see #getLabelGap()
	 * @generated
	 */
	EAttribute getLabelGap_StudyInstanceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LabelGap#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.custodian.model.LabelGap#getPatientId()
	 * @see #getLabelGap()
	 * @generated
	 */
	EAttribute getLabelGap_PatientId();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.LabelGap#getMissing <em>Missing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Missing</em>'.
	 * @see org.custodian.model.LabelGap#getMissing()
	 * @see #getLabelGap()
	 * @generated
	 */
	EAttribute getLabelGap_Missing();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LabelGap#getObjects <em>Objects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objects</em>'.
	 * @see org.custodian.model.LabelGap#getObjects()
	 * @see #getLabelGap()
	 * @generated
	 */
	EAttribute getLabelGap_Objects();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.TeachingCheck <em>Teaching Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Teaching Check</em>'.
	 * @see org.custodian.model.TeachingCheck
	 * @generated
	 */
	EClass getTeachingCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TeachingCheck#getCheckedAt <em>Checked At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked At</em>'.
	 * @see org.custodian.model.TeachingCheck#getCheckedAt()
	 * @see #getTeachingCheck()
	 * @generated
	 */
	EAttribute getTeachingCheck_CheckedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TeachingCheck#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder</em>'.
	 * @see org.custodian.model.TeachingCheck#getFolder()
	 * @see #getTeachingCheck()
	 * @generated
	 */
	EAttribute getTeachingCheck_Folder();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TeachingCheck#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Files</em>'.
	 * @see org.custodian.model.TeachingCheck#getFiles()
	 * @see #getTeachingCheck()
	 * @generated
	 */
	EAttribute getTeachingCheck_Files();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TeachingCheck#getWithIdentifiers <em>With Identifiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>With Identifiers</em>'.
	 * @see org.custodian.model.TeachingCheck#getWithIdentifiers()
	 * @see #getTeachingCheck()
	 * @generated
	 */
	EAttribute getTeachingCheck_WithIdentifiers();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.TeachingCheck#getUnreadable <em>Unreadable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unreadable</em>'.
	 * @see org.custodian.model.TeachingCheck#getUnreadable()
	 * @see #getTeachingCheck()
	 * @generated
	 */
	EAttribute getTeachingCheck_Unreadable();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.TeachingCheck#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Findings</em>'.
	 * @see org.custodian.model.TeachingCheck#getFindings()
	 * @see #getTeachingCheck()
	 * @generated
	 */
	EAttribute getTeachingCheck_Findings();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.RetentionClass <em>Retention Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retention Class</em>'.
	 * @see org.custodian.model.RetentionClass
	 * @generated
	 */
	EClass getRetentionClass();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionClass#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.custodian.model.RetentionClass#getCode()
	 * @see #getRetentionClass()
	 * @generated
	 */
	EAttribute getRetentionClass_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionClass#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.RetentionClass#getName()
	 * @see #getRetentionClass()
	 * @generated
	 */
	EAttribute getRetentionClass_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionClass#getMinimumYears <em>Minimum Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Years</em>'.
	 * @see org.custodian.model.RetentionClass#getMinimumYears()
	 * @see #getRetentionClass()
	 * @generated
	 */
	EAttribute getRetentionClass_MinimumYears();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionClass#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.custodian.model.RetentionClass#getTrigger()
	 * @see #getRetentionClass()
	 * @generated
	 */
	EAttribute getRetentionClass_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionClass#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.custodian.model.RetentionClass#getSource()
	 * @see #getRetentionClass()
	 * @generated
	 */
	EAttribute getRetentionClass_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionClass#isDisputed <em>Disputed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disputed</em>'.
	 * @see org.custodian.model.RetentionClass#isDisputed()
	 * @see #getRetentionClass()
	 * @generated
	 */
	EAttribute getRetentionClass_Disputed();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionClass#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.custodian.model.RetentionClass#getNotes()
	 * @see #getRetentionClass()
	 * @generated
	 */
	EAttribute getRetentionClass_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionClass#getYearsAfterDeath <em>Years After Death</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Years After Death</em>'.
	 * @see org.custodian.model.RetentionClass#getYearsAfterDeath()
	 * @see #getRetentionClass()
	 * @generated
	 */
	EAttribute getRetentionClass_YearsAfterDeath();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionClass#getUntilAge <em>Until Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Until Age</em>'.
	 * @see org.custodian.model.RetentionClass#getUntilAge()
	 * @see #getRetentionClass()
	 * @generated
	 */
	EAttribute getRetentionClass_UntilAge();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.RetentionRule <em>Retention Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retention Rule</em>'.
	 * @see org.custodian.model.RetentionRule
	 * @generated
	 */
	EClass getRetentionRule();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.RetentionRule#getName()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Name();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.RetentionRule#getRetentionClass <em>Retention Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Retention Class</em>'.
	 * @see org.custodian.model.RetentionRule#getRetentionClass()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EReference getRetentionRule_RetentionClass();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionRule#getModalities <em>Modalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modalities</em>'.
	 * @see org.custodian.model.RetentionRule#getModalities()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Modalities();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionRule#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.custodian.model.RetentionRule#getDepartment()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionRule#getDescriptionContains <em>Description Contains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Contains</em>'.
	 * @see org.custodian.model.RetentionRule#getDescriptionContains()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_DescriptionContains();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionRule#getAgeFrom <em>Age From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age From</em>'.
	 * @see org.custodian.model.RetentionRule#getAgeFrom()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_AgeFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionRule#getAgeBelow <em>Age Below</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age Below</em>'.
	 * @see org.custodian.model.RetentionRule#getAgeBelow()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_AgeBelow();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionRule#getFlag <em>Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flag</em>'.
	 * @see org.custodian.model.RetentionRule#getFlag()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Flag();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.RetentionRule#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.custodian.model.RetentionRule#isEnabled()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Enabled();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.StudyRetention <em>Study Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study Retention</em>'.
	 * @see org.custodian.model.StudyRetention
	 * @generated
	 */
	EClass getStudyRetention();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getStudyInstanceUid <em>Study Instance Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Instance Uid</em>'.
	 * @see org.custodian.model.StudyRetention#getStudyInstanceUid()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_StudyInstanceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.custodian.model.StudyRetention#getPatientId()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_PatientId();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getPatientBirthDate <em>Patient Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Birth Date</em>'.
	 * @see org.custodian.model.StudyRetention#getPatientBirthDate()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_PatientBirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getStudyDate <em>Study Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Date</em>'.
	 * @see org.custodian.model.StudyRetention#getStudyDate()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_StudyDate();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.custodian.model.StudyRetention#getModality()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.custodian.model.StudyRetention#getDepartment()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getStudyDescription <em>Study Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Description</em>'.
	 * @see org.custodian.model.StudyRetention#getStudyDescription()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_StudyDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.custodian.model.StudyRetention#getSource()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#isBackupCopy <em>Backup Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backup Copy</em>'.
	 * @see org.custodian.model.StudyRetention#isBackupCopy()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_BackupCopy();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.StudyRetention#getClassCodes <em>Class Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Class Codes</em>'.
	 * @see org.custodian.model.StudyRetention#getClassCodes()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_ClassCodes();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getDestructionDue <em>Destruction Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destruction Due</em>'.
	 * @see org.custodian.model.StudyRetention#getDestructionDue()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_DestructionDue();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getReasoning <em>Reasoning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reasoning</em>'.
	 * @see org.custodian.model.StudyRetention#getReasoning()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_Reasoning();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.StudyRetention#getComputedAt <em>Computed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Computed At</em>'.
	 * @see org.custodian.model.StudyRetention#getComputedAt()
	 * @see #getStudyRetention()
	 * @generated
	 */
	EAttribute getStudyRetention_ComputedAt();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.PatientRetentionFacts <em>Patient Retention Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient Retention Facts</em>'.
	 * @see org.custodian.model.PatientRetentionFacts
	 * @generated
	 */
	EClass getPatientRetentionFacts();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PatientRetentionFacts#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.custodian.model.PatientRetentionFacts#getPatientId()
	 * @see #getPatientRetentionFacts()
	 * @generated
	 */
	EAttribute getPatientRetentionFacts_PatientId();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PatientRetentionFacts#getDateOfDeath <em>Date Of Death</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Death</em>'.
	 * @see org.custodian.model.PatientRetentionFacts#getDateOfDeath()
	 * @see #getPatientRetentionFacts()
	 * @generated
	 */
	EAttribute getPatientRetentionFacts_DateOfDeath();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PatientRetentionFacts#getEndOfTreatment <em>End Of Treatment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Of Treatment</em>'.
	 * @see org.custodian.model.PatientRetentionFacts#getEndOfTreatment()
	 * @see #getPatientRetentionFacts()
	 * @generated
	 */
	EAttribute getPatientRetentionFacts_EndOfTreatment();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PatientRetentionFacts#getDiagnosisDate <em>Diagnosis Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagnosis Date</em>'.
	 * @see org.custodian.model.PatientRetentionFacts#getDiagnosisDate()
	 * @see #getPatientRetentionFacts()
	 * @generated
	 */
	EAttribute getPatientRetentionFacts_DiagnosisDate();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PatientRetentionFacts#getLastChildBorn <em>Last Child Born</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Child Born</em>'.
	 * @see org.custodian.model.PatientRetentionFacts#getLastChildBorn()
	 * @see #getPatientRetentionFacts()
	 * @generated
	 */
	EAttribute getPatientRetentionFacts_LastChildBorn();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PatientRetentionFacts#getTrialEnd <em>Trial End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trial End</em>'.
	 * @see org.custodian.model.PatientRetentionFacts#getTrialEnd()
	 * @see #getPatientRetentionFacts()
	 * @generated
	 */
	EAttribute getPatientRetentionFacts_TrialEnd();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.PatientRetentionFacts#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Flags</em>'.
	 * @see org.custodian.model.PatientRetentionFacts#getFlags()
	 * @see #getPatientRetentionFacts()
	 * @generated
	 */
	EAttribute getPatientRetentionFacts_Flags();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Pseudonym <em>Pseudonym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pseudonym</em>'.
	 * @see org.custodian.model.Pseudonym
	 * @generated
	 */
	EClass getPseudonym();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Pseudonym#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.custodian.model.Pseudonym#getPatientId()
	 * @see #getPseudonym()
	 * @generated
	 */
	EAttribute getPseudonym_PatientId();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Pseudonym#getPseudonym <em>Pseudonym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pseudonym</em>'.
	 * @see org.custodian.model.Pseudonym#getPseudonym()
	 * @see #getPseudonym()
	 * @generated
	 */
	EAttribute getPseudonym_Pseudonym();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Pseudonym#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.custodian.model.Pseudonym#getPurpose()
	 * @see #getPseudonym()
	 * @generated
	 */
	EAttribute getPseudonym_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Pseudonym#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.custodian.model.Pseudonym#getCreatedAt()
	 * @see #getPseudonym()
	 * @generated
	 */
	EAttribute getPseudonym_CreatedAt();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.DestructionRecord <em>Destruction Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Destruction Record</em>'.
	 * @see org.custodian.model.DestructionRecord
	 * @generated
	 */
	EClass getDestructionRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DestructionRecord#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.custodian.model.DestructionRecord#getDescription()
	 * @see #getDestructionRecord()
	 * @generated
	 */
	EAttribute getDestructionRecord_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DestructionRecord#getStudyInstanceUid <em>Study Instance Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Instance Uid</em>'.
	 * @see org.custodian.model.DestructionRecord#getStudyInstanceUid()
	 * @see #getDestructionRecord()
	 * @generated
	 */
	EAttribute getDestructionRecord_StudyInstanceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DestructionRecord#getDestroyedAt <em>Destroyed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destroyed At</em>'.
	 * @see org.custodian.model.DestructionRecord#getDestroyedAt()
	 * @see #getDestructionRecord()
	 * @generated
	 */
	EAttribute getDestructionRecord_DestroyedAt();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.DestructionRecord#getDestroyedBy <em>Destroyed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Destroyed By</em>'.
	 * @see org.custodian.model.DestructionRecord#getDestroyedBy()
	 * @see #getDestructionRecord()
	 * @generated
	 */
	EReference getDestructionRecord_DestroyedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DestructionRecord#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.custodian.model.DestructionRecord#getMethod()
	 * @see #getDestructionRecord()
	 * @generated
	 */
	EAttribute getDestructionRecord_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DestructionRecord#getCertificateReference <em>Certificate Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate Reference</em>'.
	 * @see org.custodian.model.DestructionRecord#getCertificateReference()
	 * @see #getDestructionRecord()
	 * @generated
	 */
	EAttribute getDestructionRecord_CertificateReference();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DestructionRecord#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.custodian.model.DestructionRecord#getPatientId()
	 * @see #getDestructionRecord()
	 * @generated
	 */
	EAttribute getDestructionRecord_PatientId();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.DestructionRecord#getDestroyedByName <em>Destroyed By Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destroyed By Name</em>'.
	 * @see org.custodian.model.DestructionRecord#getDestroyedByName()
	 * @see #getDestructionRecord()
	 * @generated
	 */
	EAttribute getDestructionRecord_DestroyedByName();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.LegalHold <em>Legal Hold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legal Hold</em>'.
	 * @see org.custodian.model.LegalHold
	 * @generated
	 */
	EClass getLegalHold();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LegalHold#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.custodian.model.LegalHold#getReference()
	 * @see #getLegalHold()
	 * @generated
	 */
	EAttribute getLegalHold_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LegalHold#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.custodian.model.LegalHold#getPatientId()
	 * @see #getLegalHold()
	 * @generated
	 */
	EAttribute getLegalHold_PatientId();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LegalHold#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.custodian.model.LegalHold#getReason()
	 * @see #getLegalHold()
	 * @generated
	 */
	EAttribute getLegalHold_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LegalHold#getPlacedAt <em>Placed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Placed At</em>'.
	 * @see org.custodian.model.LegalHold#getPlacedAt()
	 * @see #getLegalHold()
	 * @generated
	 */
	EAttribute getLegalHold_PlacedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LegalHold#getReleasedAt <em>Released At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Released At</em>'.
	 * @see org.custodian.model.LegalHold#getReleasedAt()
	 * @see #getLegalHold()
	 * @generated
	 */
	EAttribute getLegalHold_ReleasedAt();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.MediaTransfer <em>Media Transfer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Media Transfer</em>'.
	 * @see org.custodian.model.MediaTransfer
	 * @generated
	 */
	EClass getMediaTransfer();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.custodian.model.MediaTransfer#getDirection()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#getTransferDate <em>Transfer Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transfer Date</em>'.
	 * @see org.custodian.model.MediaTransfer#getTransferDate()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_TransferDate();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.custodian.model.MediaTransfer#getPatientId()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_PatientId();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.MediaTransfer#getStudyInstanceUids <em>Study Instance Uids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Study Instance Uids</em>'.
	 * @see org.custodian.model.MediaTransfer#getStudyInstanceUids()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_StudyInstanceUids();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#isEncrypted <em>Encrypted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encrypted</em>'.
	 * @see org.custodian.model.MediaTransfer#isEncrypted()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_Encrypted();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#getException <em>Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exception</em>'.
	 * @see org.custodian.model.MediaTransfer#getException()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_Exception();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#getPasswordChannel <em>Password Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Channel</em>'.
	 * @see org.custodian.model.MediaTransfer#getPasswordChannel()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_PasswordChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#getSender <em>Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sender</em>'.
	 * @see org.custodian.model.MediaTransfer#getSender()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_Sender();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#getReceiver <em>Receiver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Receiver</em>'.
	 * @see org.custodian.model.MediaTransfer#getReceiver()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_Receiver();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#isImportedToPacs <em>Imported To Pacs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported To Pacs</em>'.
	 * @see org.custodian.model.MediaTransfer#isImportedToPacs()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_ImportedToPacs();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#getIncidentReference <em>Incident Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Incident Reference</em>'.
	 * @see org.custodian.model.MediaTransfer#getIncidentReference()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_IncidentReference();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.MediaTransfer#getProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problem</em>'.
	 * @see org.custodian.model.MediaTransfer#getProblem()
	 * @see #getMediaTransfer()
	 * @generated
	 */
	EAttribute getMediaTransfer_Problem();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Investigation <em>Investigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Investigation</em>'.
	 * @see org.custodian.model.Investigation
	 * @generated
	 */
	EClass getInvestigation();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.custodian.model.Investigation#getReference()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.custodian.model.Investigation#getTitle()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getOpened <em>Opened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened</em>'.
	 * @see org.custodian.model.Investigation#getOpened()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Opened();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.custodian.model.Investigation#getOwner()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.custodian.model.Investigation#getStatus()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.custodian.model.Investigation#getOutcome()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getCaldicottPrinciple <em>Caldicott Principle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caldicott Principle</em>'.
	 * @see org.custodian.model.Investigation#getCaldicottPrinciple()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_CaldicottPrinciple();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#isBreachReportable <em>Breach Reportable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Breach Reportable</em>'.
	 * @see org.custodian.model.Investigation#isBreachReportable()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_BreachReportable();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getReportabilityDecidedAt <em>Reportability Decided At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reportability Decided At</em>'.
	 * @see org.custodian.model.Investigation#getReportabilityDecidedAt()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_ReportabilityDecidedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getSubjectUserId <em>Subject User Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject User Id</em>'.
	 * @see org.custodian.model.Investigation#getSubjectUserId()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_SubjectUserId();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getPatientId <em>Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Id</em>'.
	 * @see org.custodian.model.Investigation#getPatientId()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_PatientId();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.Investigation#getEvidenceEventIds <em>Evidence Event Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence Event Ids</em>'.
	 * @see org.custodian.model.Investigation#getEvidenceEventIds()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_EvidenceEventIds();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getClosedBy <em>Closed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed By</em>'.
	 * @see org.custodian.model.Investigation#getClosedBy()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_ClosedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Investigation#getClosedAt <em>Closed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed At</em>'.
	 * @see org.custodian.model.Investigation#getClosedAt()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_ClosedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.Investigation#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.custodian.model.Investigation#getNotes()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_Notes();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.CaseNote <em>Case Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case Note</em>'.
	 * @see org.custodian.model.CaseNote
	 * @generated
	 */
	EClass getCaseNote();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.CaseNote#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.custodian.model.CaseNote#getAuthor()
	 * @see #getCaseNote()
	 * @generated
	 */
	EAttribute getCaseNote_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.CaseNote#getWrittenAt <em>Written At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Written At</em>'.
	 * @see org.custodian.model.CaseNote#getWrittenAt()
	 * @see #getCaseNote()
	 * @generated
	 */
	EAttribute getCaseNote_WrittenAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.CaseNote#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.custodian.model.CaseNote#getText()
	 * @see #getCaseNote()
	 * @generated
	 */
	EAttribute getCaseNote_Text();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.LogReview <em>Log Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Review</em>'.
	 * @see org.custodian.model.LogReview
	 * @generated
	 */
	EClass getLogReview();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LogReview#getPerformedAt <em>Performed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Performed At</em>'.
	 * @see org.custodian.model.LogReview#getPerformedAt()
	 * @see #getLogReview()
	 * @generated
	 */
	EAttribute getLogReview_PerformedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LogReview#getPerformedBy <em>Performed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Performed By</em>'.
	 * @see org.custodian.model.LogReview#getPerformedBy()
	 * @see #getLogReview()
	 * @generated
	 */
	EAttribute getLogReview_PerformedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LogReview#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.custodian.model.LogReview#getScope()
	 * @see #getLogReview()
	 * @generated
	 */
	EAttribute getLogReview_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.LogReview#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.custodian.model.LogReview#getFindings()
	 * @see #getLogReview()
	 * @generated
	 */
	EAttribute getLogReview_Findings();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.Workstation <em>Workstation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workstation</em>'.
	 * @see org.custodian.model.Workstation
	 * @generated
	 */
	EClass getWorkstation();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Workstation#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.custodian.model.Workstation#getAddress()
	 * @see #getWorkstation()
	 * @generated
	 */
	EAttribute getWorkstation_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Workstation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.Workstation#getName()
	 * @see #getWorkstation()
	 * @generated
	 */
	EAttribute getWorkstation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Workstation#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.custodian.model.Workstation#getLocation()
	 * @see #getWorkstation()
	 * @generated
	 */
	EAttribute getWorkstation_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.Workstation#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.custodian.model.Workstation#getDepartment()
	 * @see #getWorkstation()
	 * @generated
	 */
	EAttribute getWorkstation_Department();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.ConsoleUser <em>Console User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Console User</em>'.
	 * @see org.custodian.model.ConsoleUser
	 * @generated
	 */
	EClass getConsoleUser();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.ConsoleUser#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.custodian.model.ConsoleUser#getUsername()
	 * @see #getConsoleUser()
	 * @generated
	 */
	EAttribute getConsoleUser_Username();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.ConsoleUser#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.custodian.model.ConsoleUser#getRole()
	 * @see #getConsoleUser()
	 * @generated
	 */
	EAttribute getConsoleUser_Role();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.ConsoleUser#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Staff</em>'.
	 * @see org.custodian.model.ConsoleUser#getStaff()
	 * @see #getConsoleUser()
	 * @generated
	 */
	EReference getConsoleUser_Staff();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.ConsoleUser#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.custodian.model.ConsoleUser#isEnabled()
	 * @see #getConsoleUser()
	 * @generated
	 */
	EAttribute getConsoleUser_Enabled();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.AccessReview <em>Access Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Access Review</em>'.
	 * @see org.custodian.model.AccessReview
	 * @generated
	 */
	EClass getAccessReview();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.AccessReview#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Change</em>'.
	 * @see org.custodian.model.AccessReview#getChange()
	 * @see #getAccessReview()
	 * @generated
	 */
	EReference getAccessReview_Change();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.AccessReview#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see org.custodian.model.AccessReview#getReviewer()
	 * @see #getAccessReview()
	 * @generated
	 */
	EReference getAccessReview_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AccessReview#getOpened <em>Opened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened</em>'.
	 * @see org.custodian.model.AccessReview#getOpened()
	 * @see #getAccessReview()
	 * @generated
	 */
	EAttribute getAccessReview_Opened();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AccessReview#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.custodian.model.AccessReview#getDue()
	 * @see #getAccessReview()
	 * @generated
	 */
	EAttribute getAccessReview_Due();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AccessReview#getDefaultDecision <em>Default Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Decision</em>'.
	 * @see org.custodian.model.AccessReview#getDefaultDecision()
	 * @see #getAccessReview()
	 * @generated
	 */
	EAttribute getAccessReview_DefaultDecision();

	/**
	 * Returns the meta object for the containment reference list '{@link org.custodian.model.AccessReview#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.custodian.model.AccessReview#getDecisions()
	 * @see #getAccessReview()
	 * @generated
	 */
	EReference getAccessReview_Decisions();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.AccessDecision <em>Access Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Access Decision</em>'.
	 * @see org.custodian.model.AccessDecision
	 * @generated
	 */
	EClass getAccessDecision();

	/**
	 * Returns the meta object for the reference '{@link org.custodian.model.AccessDecision#getAccount <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Account</em>'.
	 * @see org.custodian.model.AccessDecision#getAccount()
	 * @see #getAccessDecision()
	 * @generated
	 */
	EReference getAccessDecision_Account();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AccessDecision#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.custodian.model.AccessDecision#getDecision()
	 * @see #getAccessDecision()
	 * @generated
	 */
	EAttribute getAccessDecision_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AccessDecision#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see org.custodian.model.AccessDecision#getJustification()
	 * @see #getAccessDecision()
	 * @generated
	 */
	EAttribute getAccessDecision_Justification();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AccessDecision#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see org.custodian.model.AccessDecision#getDecidedBy()
	 * @see #getAccessDecision()
	 * @generated
	 */
	EAttribute getAccessDecision_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AccessDecision#getDecidedAt <em>Decided At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided At</em>'.
	 * @see org.custodian.model.AccessDecision#getDecidedAt()
	 * @see #getAccessDecision()
	 * @generated
	 */
	EAttribute getAccessDecision_DecidedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AccessDecision#isDefaulted <em>Defaulted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Defaulted</em>'.
	 * @see org.custodian.model.AccessDecision#isDefaulted()
	 * @see #getAccessDecision()
	 * @generated
	 */
	EAttribute getAccessDecision_Defaulted();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.PeopleSettings <em>People Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>People Settings</em>'.
	 * @see org.custodian.model.PeopleSettings
	 * @generated
	 */
	EClass getPeopleSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PeopleSettings#getRevocationGraceDays <em>Revocation Grace Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revocation Grace Days</em>'.
	 * @see org.custodian.model.PeopleSettings#getRevocationGraceDays()
	 * @see #getPeopleSettings()
	 * @generated
	 */
	EAttribute getPeopleSettings_RevocationGraceDays();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PeopleSettings#getUnusedAccountDays <em>Unused Account Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unused Account Days</em>'.
	 * @see org.custodian.model.PeopleSettings#getUnusedAccountDays()
	 * @see #getPeopleSettings()
	 * @generated
	 */
	EAttribute getPeopleSettings_UnusedAccountDays();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PeopleSettings#getInductionDays <em>Induction Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Induction Days</em>'.
	 * @see org.custodian.model.PeopleSettings#getInductionDays()
	 * @see #getPeopleSettings()
	 * @generated
	 */
	EAttribute getPeopleSettings_InductionDays();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PeopleSettings#getDueSoonDays <em>Due Soon Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Soon Days</em>'.
	 * @see org.custodian.model.PeopleSettings#getDueSoonDays()
	 * @see #getPeopleSettings()
	 * @generated
	 */
	EAttribute getPeopleSettings_DueSoonDays();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PeopleSettings#getReviewDays <em>Review Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Days</em>'.
	 * @see org.custodian.model.PeopleSettings#getReviewDays()
	 * @see #getPeopleSettings()
	 * @generated
	 */
	EAttribute getPeopleSettings_ReviewDays();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PeopleSettings#getReviewDefault <em>Review Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Default</em>'.
	 * @see org.custodian.model.PeopleSettings#getReviewDefault()
	 * @see #getPeopleSettings()
	 * @generated
	 */
	EAttribute getPeopleSettings_ReviewDefault();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.PeopleSettings#getTrainingTarget <em>Training Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Training Target</em>'.
	 * @see org.custodian.model.PeopleSettings#getTrainingTarget()
	 * @see #getPeopleSettings()
	 * @generated
	 */
	EAttribute getPeopleSettings_TrainingTarget();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.PeopleSettings#getStaffColumns <em>Staff Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Staff Columns</em>'.
	 * @see org.custodian.model.PeopleSettings#getStaffColumns()
	 * @see #getPeopleSettings()
	 * @generated
	 */
	EAttribute getPeopleSettings_StaffColumns();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.AuditCsvMapping <em>Audit Csv Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Csv Mapping</em>'.
	 * @see org.custodian.model.AuditCsvMapping
	 * @generated
	 */
	EClass getAuditCsvMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AuditCsvMapping#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.custodian.model.AuditCsvMapping#getName()
	 * @see #getAuditCsvMapping()
	 * @generated
	 */
	EAttribute getAuditCsvMapping_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.custodian.model.AuditCsvMapping#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Columns</em>'.
	 * @see org.custodian.model.AuditCsvMapping#getColumns()
	 * @see #getAuditCsvMapping()
	 * @generated
	 */
	EAttribute getAuditCsvMapping_Columns();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.AuditCsvMapping#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.custodian.model.AuditCsvMapping#getTimeZone()
	 * @see #getAuditCsvMapping()
	 * @generated
	 */
	EAttribute getAuditCsvMapping_TimeZone();

	/**
	 * Returns the meta object for class '{@link org.custodian.model.BackupJob <em>Backup Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backup Job</em>'.
	 * @see org.custodian.model.BackupJob
	 * @generated
	 */
	EClass getBackupJob();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupJob#getJobName <em>Job Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Name</em>'.
	 * @see org.custodian.model.BackupJob#getJobName()
	 * @see #getBackupJob()
	 * @generated
	 */
	EAttribute getBackupJob_JobName();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupJob#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.custodian.model.BackupJob#getStarted()
	 * @see #getBackupJob()
	 * @generated
	 */
	EAttribute getBackupJob_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupJob#getFinished <em>Finished</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished</em>'.
	 * @see org.custodian.model.BackupJob#getFinished()
	 * @see #getBackupJob()
	 * @generated
	 */
	EAttribute getBackupJob_Finished();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupJob#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.custodian.model.BackupJob#getStatus()
	 * @see #getBackupJob()
	 * @generated
	 */
	EAttribute getBackupJob_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupJob#getBytes <em>Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes</em>'.
	 * @see org.custodian.model.BackupJob#getBytes()
	 * @see #getBackupJob()
	 * @generated
	 */
	EAttribute getBackupJob_Bytes();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupJob#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.custodian.model.BackupJob#getMessage()
	 * @see #getBackupJob()
	 * @generated
	 */
	EAttribute getBackupJob_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.custodian.model.BackupJob#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.custodian.model.BackupJob#getSource()
	 * @see #getBackupJob()
	 * @generated
	 */
	EAttribute getBackupJob_Source();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.NodeRole <em>Node Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Role</em>'.
	 * @see org.custodian.model.NodeRole
	 * @generated
	 */
	EEnum getNodeRole();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.DrScenario <em>Dr Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dr Scenario</em>'.
	 * @see org.custodian.model.DrScenario
	 * @generated
	 */
	EEnum getDrScenario();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.TestOperation <em>Test Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Test Operation</em>'.
	 * @see org.custodian.model.TestOperation
	 * @generated
	 */
	EEnum getTestOperation();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.RunResult <em>Run Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Result</em>'.
	 * @see org.custodian.model.RunResult
	 * @generated
	 */
	EEnum getRunResult();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.custodian.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.ProviderKind <em>Provider Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Provider Kind</em>'.
	 * @see org.custodian.model.ProviderKind
	 * @generated
	 */
	EEnum getProviderKind();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.DpiaStatus <em>Dpia Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dpia Status</em>'.
	 * @see org.custodian.model.DpiaStatus
	 * @generated
	 */
	EEnum getDpiaStatus();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.DsptStatus <em>Dspt Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dspt Status</em>'.
	 * @see org.custodian.model.DsptStatus
	 * @generated
	 */
	EEnum getDsptStatus();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.EmploymentType <em>Employment Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Employment Type</em>'.
	 * @see org.custodian.model.EmploymentType
	 * @generated
	 */
	EEnum getEmploymentType();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.ChangeKind <em>Change Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Kind</em>'.
	 * @see org.custodian.model.ChangeKind
	 * @generated
	 */
	EEnum getChangeKind();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.RetentionTrigger <em>Retention Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Retention Trigger</em>'.
	 * @see org.custodian.model.RetentionTrigger
	 * @generated
	 */
	EEnum getRetentionTrigger();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.TransferDirection <em>Transfer Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transfer Direction</em>'.
	 * @see org.custodian.model.TransferDirection
	 * @generated
	 */
	EEnum getTransferDirection();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.MediaException <em>Media Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Media Exception</em>'.
	 * @see org.custodian.model.MediaException
	 * @generated
	 */
	EEnum getMediaException();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.CaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Status</em>'.
	 * @see org.custodian.model.CaseStatus
	 * @generated
	 */
	EEnum getCaseStatus();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.CaseOutcome <em>Case Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Outcome</em>'.
	 * @see org.custodian.model.CaseOutcome
	 * @generated
	 */
	EEnum getCaseOutcome();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.ConsoleRole <em>Console Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Console Role</em>'.
	 * @see org.custodian.model.ConsoleRole
	 * @generated
	 */
	EEnum getConsoleRole();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.AccountMatch <em>Account Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Account Match</em>'.
	 * @see org.custodian.model.AccountMatch
	 * @generated
	 */
	EEnum getAccountMatch();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.ReviewDecision <em>Review Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Decision</em>'.
	 * @see org.custodian.model.ReviewDecision
	 * @generated
	 */
	EEnum getReviewDecision();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.RetrieveMethod <em>Retrieve Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Retrieve Method</em>'.
	 * @see org.custodian.model.RetrieveMethod
	 * @generated
	 */
	EEnum getRetrieveMethod();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.WebAuth <em>Web Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Web Auth</em>'.
	 * @see org.custodian.model.WebAuth
	 * @generated
	 */
	EEnum getWebAuth();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.VerificationLevel <em>Verification Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verification Level</em>'.
	 * @see org.custodian.model.VerificationLevel
	 * @generated
	 */
	EEnum getVerificationLevel();

	/**
	 * Returns the meta object for enum '{@link org.custodian.model.BackupJobStatus <em>Backup Job Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Backup Job Status</em>'.
	 * @see org.custodian.model.BackupJobStatus
	 * @generated
	 */
	EEnum getBackupJobStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.IdentifiedImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.TrustImpl <em>Trust</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.TrustImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getTrust()
		 * @generated
		 */
		EClass TRUST = eINSTANCE.getTrust();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST__NAME = eINSTANCE.getTrust_Name();

		/**
		 * The meta object literal for the '<em><b>Ods Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST__ODS_CODE = eINSTANCE.getTrust_OdsCode();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__SITES = eINSTANCE.getTrust_Sites();

		/**
		 * The meta object literal for the '<em><b>Staff Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__STAFF_GROUPS = eINSTANCE.getTrust_StaffGroups();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__STAFF = eINSTANCE.getTrust_Staff();

		/**
		 * The meta object literal for the '<em><b>Accounts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__ACCOUNTS = eINSTANCE.getTrust_Accounts();

		/**
		 * The meta object literal for the '<em><b>Courses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__COURSES = eINSTANCE.getTrust_Courses();

		/**
		 * The meta object literal for the '<em><b>Training Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__TRAINING_RECORDS = eINSTANCE.getTrust_TrainingRecords();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__POLICIES = eINSTANCE.getTrust_Policies();

		/**
		 * The meta object literal for the '<em><b>Acknowledgements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__ACKNOWLEDGEMENTS = eINSTANCE.getTrust_Acknowledgements();

		/**
		 * The meta object literal for the '<em><b>Staff Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__STAFF_CHANGES = eINSTANCE.getTrust_StaffChanges();

		/**
		 * The meta object literal for the '<em><b>Providers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__PROVIDERS = eINSTANCE.getTrust_Providers();

		/**
		 * The meta object literal for the '<em><b>Data Sharing Agreements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__DATA_SHARING_AGREEMENTS = eINSTANCE.getTrust_DataSharingAgreements();

		/**
		 * The meta object literal for the '<em><b>Backup Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__BACKUP_POLICIES = eINSTANCE.getTrust_BackupPolicies();

		/**
		 * The meta object literal for the '<em><b>Dr Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__DR_PLANS = eINSTANCE.getTrust_DrPlans();

		/**
		 * The meta object literal for the '<em><b>Retention Classes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__RETENTION_CLASSES = eINSTANCE.getTrust_RetentionClasses();

		/**
		 * The meta object literal for the '<em><b>Destruction Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__DESTRUCTION_RECORDS = eINSTANCE.getTrust_DestructionRecords();

		/**
		 * The meta object literal for the '<em><b>Legal Holds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__LEGAL_HOLDS = eINSTANCE.getTrust_LegalHolds();

		/**
		 * The meta object literal for the '<em><b>Media Transfers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__MEDIA_TRANSFERS = eINSTANCE.getTrust_MediaTransfers();

		/**
		 * The meta object literal for the '<em><b>Investigations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__INVESTIGATIONS = eINSTANCE.getTrust_Investigations();

		/**
		 * The meta object literal for the '<em><b>Log Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__LOG_REVIEWS = eINSTANCE.getTrust_LogReviews();

		/**
		 * The meta object literal for the '<em><b>Workstations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__WORKSTATIONS = eINSTANCE.getTrust_Workstations();

		/**
		 * The meta object literal for the '<em><b>Console Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__CONSOLE_USERS = eINSTANCE.getTrust_ConsoleUsers();

		/**
		 * The meta object literal for the '<em><b>Access Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__ACCESS_REVIEWS = eINSTANCE.getTrust_AccessReviews();

		/**
		 * The meta object literal for the '<em><b>People Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__PEOPLE_SETTINGS = eINSTANCE.getTrust_PeopleSettings();

		/**
		 * The meta object literal for the '<em><b>Retention Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__RETENTION_RULES = eINSTANCE.getTrust_RetentionRules();

		/**
		 * The meta object literal for the '<em><b>Study Retentions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__STUDY_RETENTIONS = eINSTANCE.getTrust_StudyRetentions();

		/**
		 * The meta object literal for the '<em><b>Patient Retention Facts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__PATIENT_RETENTION_FACTS = eINSTANCE.getTrust_PatientRetentionFacts();

		/**
		 * The meta object literal for the '<em><b>Pseudonyms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__PSEUDONYMS = eINSTANCE.getTrust_Pseudonyms();

		/**
		 * The meta object literal for the '<em><b>Own Assurance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__OWN_ASSURANCE = eINSTANCE.getTrust_OwnAssurance();

		/**
		 * The meta object literal for the '<em><b>Training Needs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__TRAINING_NEEDS = eINSTANCE.getTrust_TrainingNeeds();

		/**
		 * The meta object literal for the '<em><b>Course Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__COURSE_EVALUATIONS = eINSTANCE.getTrust_CourseEvaluations();

		/**
		 * The meta object literal for the '<em><b>Label Checks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__LABEL_CHECKS = eINSTANCE.getTrust_LabelChecks();

		/**
		 * The meta object literal for the '<em><b>Backup Job Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST__BACKUP_JOB_COLUMNS = eINSTANCE.getTrust_BackupJobColumns();

		/**
		 * The meta object literal for the '<em><b>Lossless Modalities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST__LOSSLESS_MODALITIES = eINSTANCE.getTrust_LosslessModalities();

		/**
		 * The meta object literal for the '<em><b>Lossy Ratio Limits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST__LOSSY_RATIO_LIMITS = eINSTANCE.getTrust_LossyRatioLimits();

		/**
		 * The meta object literal for the '<em><b>Teaching Checks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST__TEACHING_CHECKS = eINSTANCE.getTrust_TeachingChecks();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.SiteImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME = eINSTANCE.getSite_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ADDRESS = eINSTANCE.getSite_Address();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__NODES = eINSTANCE.getSite_Nodes();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.PacsNodeImpl <em>Pacs Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.PacsNodeImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getPacsNode()
		 * @generated
		 */
		EClass PACS_NODE = eINSTANCE.getPacsNode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__NAME = eINSTANCE.getPacsNode_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__ROLE = eINSTANCE.getPacsNode_Role();

		/**
		 * The meta object literal for the '<em><b>Ae Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__AE_TITLE = eINSTANCE.getPacsNode_AeTitle();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__HOST = eINSTANCE.getPacsNode_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__PORT = eINSTANCE.getPacsNode_Port();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__VENDOR = eINSTANCE.getPacsNode_Vendor();

		/**
		 * The meta object literal for the '<em><b>Retrieve Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__RETRIEVE_METHOD = eINSTANCE.getPacsNode_RetrieveMethod();

		/**
		 * The meta object literal for the '<em><b>Move Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__MOVE_PORT = eINSTANCE.getPacsNode_MovePort();

		/**
		 * The meta object literal for the '<em><b>Dicom Web Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__DICOM_WEB_URL = eINSTANCE.getPacsNode_DicomWebUrl();

		/**
		 * The meta object literal for the '<em><b>Dicom Web Auth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__DICOM_WEB_AUTH = eINSTANCE.getPacsNode_DicomWebAuth();

		/**
		 * The meta object literal for the '<em><b>Dicom Web User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__DICOM_WEB_USER = eINSTANCE.getPacsNode_DicomWebUser();

		/**
		 * The meta object literal for the '<em><b>Dicom Web Secret</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACS_NODE__DICOM_WEB_SECRET = eINSTANCE.getPacsNode_DicomWebSecret();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.BackupPolicyImpl <em>Backup Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.BackupPolicyImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getBackupPolicy()
		 * @generated
		 */
		EClass BACKUP_POLICY = eINSTANCE.getBackupPolicy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__NAME = eINSTANCE.getBackupPolicy_Name();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKUP_POLICY__NODE = eINSTANCE.getBackupPolicy_Node();

		/**
		 * The meta object literal for the '<em><b>Frequency Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__FREQUENCY_HOURS = eINSTANCE.getBackupPolicy_FrequencyHours();

		/**
		 * The meta object literal for the '<em><b>Copies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__COPIES = eINSTANCE.getBackupPolicy_Copies();

		/**
		 * The meta object literal for the '<em><b>Offsite</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__OFFSITE = eINSTANCE.getBackupPolicy_Offsite();

		/**
		 * The meta object literal for the '<em><b>Immutable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__IMMUTABLE = eINSTANCE.getBackupPolicy_Immutable();

		/**
		 * The meta object literal for the '<em><b>Copy Retention Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_POLICY__COPY_RETENTION_DAYS = eINSTANCE.getBackupPolicy_CopyRetentionDays();

		/**
		 * The meta object literal for the '<em><b>Jobs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BACKUP_POLICY__JOBS = eINSTANCE.getBackupPolicy_Jobs();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.DrPlanImpl <em>Dr Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.DrPlanImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getDrPlan()
		 * @generated
		 */
		EClass DR_PLAN = eINSTANCE.getDrPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DR_PLAN__NAME = eINSTANCE.getDrPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DR_PLAN__SCENARIO = eINSTANCE.getDrPlan_Scenario();

		/**
		 * The meta object literal for the '<em><b>Rpo Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DR_PLAN__RPO_MINUTES = eINSTANCE.getDrPlan_RpoMinutes();

		/**
		 * The meta object literal for the '<em><b>Rto Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DR_PLAN__RTO_MINUTES = eINSTANCE.getDrPlan_RtoMinutes();

		/**
		 * The meta object literal for the '<em><b>Test Frequency Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DR_PLAN__TEST_FREQUENCY_DAYS = eINSTANCE.getDrPlan_TestFrequencyDays();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DR_PLAN__PRIMARY = eINSTANCE.getDrPlan_Primary();

		/**
		 * The meta object literal for the '<em><b>Dr</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DR_PLAN__DR = eINSTANCE.getDrPlan_Dr();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DR_PLAN__RUNS = eINSTANCE.getDrPlan_Runs();

		/**
		 * The meta object literal for the '<em><b>Verification Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DR_PLAN__VERIFICATION_LEVEL = eINSTANCE.getDrPlan_VerificationLevel();

		/**
		 * The meta object literal for the '<em><b>Sample Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DR_PLAN__SAMPLE_SIZE = eINSTANCE.getDrPlan_SampleSize();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.TestRunImpl <em>Test Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.TestRunImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getTestRun()
		 * @generated
		 */
		EClass TEST_RUN = eINSTANCE.getTestRun();

		/**
		 * The meta object literal for the '<em><b>Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__OPERATION = eINSTANCE.getTestRun_Operation();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__STARTED = eINSTANCE.getTestRun_Started();

		/**
		 * The meta object literal for the '<em><b>Duration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__DURATION_SECONDS = eINSTANCE.getTestRun_DurationSeconds();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__RESULT = eINSTANCE.getTestRun_Result();

		/**
		 * The meta object literal for the '<em><b>Errors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__ERRORS = eINSTANCE.getTestRun_Errors();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__WARNINGS = eINSTANCE.getTestRun_Warnings();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEST_RUN__EVIDENCE = eINSTANCE.getTestRun_Evidence();

		/**
		 * The meta object literal for the '<em><b>Operator Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__OPERATOR_VERDICT = eINSTANCE.getTestRun_OperatorVerdict();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__NOTES = eINSTANCE.getTestRun_Notes();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEST_RUN__OPERATOR = eINSTANCE.getTestRun_Operator();

		/**
		 * The meta object literal for the '<em><b>Signed Off By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEST_RUN__SIGNED_OFF_BY = eINSTANCE.getTestRun_SignedOffBy();

		/**
		 * The meta object literal for the '<em><b>Signed Off At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__SIGNED_OFF_AT = eINSTANCE.getTestRun_SignedOffAt();

		/**
		 * The meta object literal for the '<em><b>Rpo Achieved Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__RPO_ACHIEVED_MINUTES = eINSTANCE.getTestRun_RpoAchievedMinutes();

		/**
		 * The meta object literal for the '<em><b>Rto Achieved Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__RTO_ACHIEVED_MINUTES = eINSTANCE.getTestRun_RtoAchievedMinutes();

		/**
		 * The meta object literal for the '<em><b>Operator User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__OPERATOR_USER = eINSTANCE.getTestRun_OperatorUser();

		/**
		 * The meta object literal for the '<em><b>Verdict At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__VERDICT_AT = eINSTANCE.getTestRun_VerdictAt();

		/**
		 * The meta object literal for the '<em><b>Verdict Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__VERDICT_JUSTIFICATION = eINSTANCE.getTestRun_VerdictJustification();

		/**
		 * The meta object literal for the '<em><b>Signed Off User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__SIGNED_OFF_USER = eINSTANCE.getTestRun_SignedOffUser();

		/**
		 * The meta object literal for the '<em><b>Verification Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__VERIFICATION_LEVEL = eINSTANCE.getTestRun_VerificationLevel();

		/**
		 * The meta object literal for the '<em><b>Readiness</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__READINESS = eINSTANCE.getTestRun_Readiness();

		/**
		 * The meta object literal for the '<em><b>Studies Checked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_RUN__STUDIES_CHECKED = eINSTANCE.getTestRun_StudiesChecked();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.EvidenceFileImpl <em>Evidence File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.EvidenceFileImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getEvidenceFile()
		 * @generated
		 */
		EClass EVIDENCE_FILE = eINSTANCE.getEvidenceFile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__NAME = eINSTANCE.getEvidenceFile_Name();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__PATH = eINSTANCE.getEvidenceFile_Path();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__SHA256 = eINSTANCE.getEvidenceFile_Sha256();

		/**
		 * The meta object literal for the '<em><b>Added At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__ADDED_AT = eINSTANCE.getEvidenceFile_AddedAt();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__SIZE_BYTES = eINSTANCE.getEvidenceFile_SizeBytes();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.ProviderImpl <em>Provider</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.ProviderImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getProvider()
		 * @generated
		 */
		EClass PROVIDER = eINSTANCE.getProvider();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__NAME = eINSTANCE.getProvider_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__KIND = eINSTANCE.getProvider_Kind();

		/**
		 * The meta object literal for the '<em><b>Sub Processors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVIDER__SUB_PROCESSORS = eINSTANCE.getProvider_SubProcessors();

		/**
		 * The meta object literal for the '<em><b>Contracts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVIDER__CONTRACTS = eINSTANCE.getProvider_Contracts();

		/**
		 * The meta object literal for the '<em><b>Assurance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVIDER__ASSURANCE = eINSTANCE.getProvider_Assurance();

		/**
		 * The meta object literal for the '<em><b>Receiving Nodes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__RECEIVING_NODES = eINSTANCE.getProvider_ReceivingNodes();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.SubProcessorImpl <em>Sub Processor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.SubProcessorImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getSubProcessor()
		 * @generated
		 */
		EClass SUB_PROCESSOR = eINSTANCE.getSubProcessor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUB_PROCESSOR__NAME = eINSTANCE.getSubProcessor_Name();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUB_PROCESSOR__COUNTRY = eINSTANCE.getSubProcessor_Country();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUB_PROCESSOR__SERVICE = eINSTANCE.getSubProcessor_Service();

		/**
		 * The meta object literal for the '<em><b>Assurance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUB_PROCESSOR__ASSURANCE = eINSTANCE.getSubProcessor_Assurance();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.ContractImpl <em>Contract</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.ContractImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getContract()
		 * @generated
		 */
		EClass CONTRACT = eINSTANCE.getContract();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__REFERENCE = eINSTANCE.getContract_Reference();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__START = eINSTANCE.getContract_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__END = eINSTANCE.getContract_End();

		/**
		 * The meta object literal for the '<em><b>Notice Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__NOTICE_DAYS = eINSTANCE.getContract_NoticeDays();

		/**
		 * The meta object literal for the '<em><b>Renewal Terms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__RENEWAL_TERMS = eINSTANCE.getContract_RenewalTerms();

		/**
		 * The meta object literal for the '<em><b>Exit Clause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__EXIT_CLAUSE = eINSTANCE.getContract_ExitClause();

		/**
		 * The meta object literal for the '<em><b>Data Return Clause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__DATA_RETURN_CLAUSE = eINSTANCE.getContract_DataReturnClause();

		/**
		 * The meta object literal for the '<em><b>Retention Guarantee Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__RETENTION_GUARANTEE_YEARS = eINSTANCE.getContract_RetentionGuaranteeYears();

		/**
		 * The meta object literal for the '<em><b>Image Display Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__IMAGE_DISPLAY_SECONDS = eINSTANCE.getContract_ImageDisplaySeconds();

		/**
		 * The meta object literal for the '<em><b>Service Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRACT__SERVICE_LEVELS = eINSTANCE.getContract_ServiceLevels();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.ServiceLevelImpl <em>Service Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.ServiceLevelImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getServiceLevel()
		 * @generated
		 */
		EClass SERVICE_LEVEL = eINSTANCE.getServiceLevel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_LEVEL__NAME = eINSTANCE.getServiceLevel_Name();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_LEVEL__TARGET = eINSTANCE.getServiceLevel_Target();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_LEVEL__UNIT = eINSTANCE.getServiceLevel_Unit();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.DataSharingAgreementImpl <em>Data Sharing Agreement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.DataSharingAgreementImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getDataSharingAgreement()
		 * @generated
		 */
		EClass DATA_SHARING_AGREEMENT = eINSTANCE.getDataSharingAgreement();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SHARING_AGREEMENT__TITLE = eINSTANCE.getDataSharingAgreement_Title();

		/**
		 * The meta object literal for the '<em><b>Partner Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SHARING_AGREEMENT__PARTNER_NAME = eINSTANCE.getDataSharingAgreement_PartnerName();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SHARING_AGREEMENT__PROVIDER = eINSTANCE.getDataSharingAgreement_Provider();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SHARING_AGREEMENT__PURPOSE = eINSTANCE.getDataSharingAgreement_Purpose();

		/**
		 * The meta object literal for the '<em><b>Data Flows</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SHARING_AGREEMENT__DATA_FLOWS = eINSTANCE.getDataSharingAgreement_DataFlows();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SHARING_AGREEMENT__LEGAL_BASIS = eINSTANCE.getDataSharingAgreement_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Review Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SHARING_AGREEMENT__REVIEW_DATE = eINSTANCE.getDataSharingAgreement_ReviewDate();

		/**
		 * The meta object literal for the '<em><b>Dpia Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SHARING_AGREEMENT__DPIA_STATUS = eINSTANCE.getDataSharingAgreement_DpiaStatus();

		/**
		 * The meta object literal for the '<em><b>Receiver Assurance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE = eINSTANCE.getDataSharingAgreement_ReceiverAssurance();

		/**
		 * The meta object literal for the '<em><b>Receiving Nodes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SHARING_AGREEMENT__RECEIVING_NODES = eINSTANCE.getDataSharingAgreement_ReceivingNodes();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.AssuranceEvidenceImpl <em>Assurance Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.AssuranceEvidenceImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getAssuranceEvidence()
		 * @generated
		 */
		EClass ASSURANCE_EVIDENCE = eINSTANCE.getAssuranceEvidence();

		/**
		 * The meta object literal for the '<em><b>Dspt Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSURANCE_EVIDENCE__DSPT_STATUS = eINSTANCE.getAssuranceEvidence_DsptStatus();

		/**
		 * The meta object literal for the '<em><b>Dspt Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSURANCE_EVIDENCE__DSPT_DATE = eINSTANCE.getAssuranceEvidence_DsptDate();

		/**
		 * The meta object literal for the '<em><b>Iso27001 Expiry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSURANCE_EVIDENCE__ISO27001_EXPIRY = eINSTANCE.getAssuranceEvidence_Iso27001Expiry();

		/**
		 * The meta object literal for the '<em><b>Cyber Essentials Plus Expiry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSURANCE_EVIDENCE__CYBER_ESSENTIALS_PLUS_EXPIRY = eINSTANCE.getAssuranceEvidence_CyberEssentialsPlusExpiry();

		/**
		 * The meta object literal for the '<em><b>Last Pen Test</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSURANCE_EVIDENCE__LAST_PEN_TEST = eINSTANCE.getAssuranceEvidence_LastPenTest();

		/**
		 * The meta object literal for the '<em><b>Dspt Expiry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSURANCE_EVIDENCE__DSPT_EXPIRY = eINSTANCE.getAssuranceEvidence_DsptExpiry();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.StaffGroupImpl <em>Staff Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.StaffGroupImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getStaffGroup()
		 * @generated
		 */
		EClass STAFF_GROUP = eINSTANCE.getStaffGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_GROUP__NAME = eINSTANCE.getStaffGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_GROUP__DESCRIPTION = eINSTANCE.getStaffGroup_Description();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.StaffImpl <em>Staff</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.StaffImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getStaff()
		 * @generated
		 */
		EClass STAFF = eINSTANCE.getStaff();

		/**
		 * The meta object literal for the '<em><b>Staff Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__STAFF_NUMBER = eINSTANCE.getStaff_StaffNumber();

		/**
		 * The meta object literal for the '<em><b>Given Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__GIVEN_NAME = eINSTANCE.getStaff_GivenName();

		/**
		 * The meta object literal for the '<em><b>Family Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__FAMILY_NAME = eINSTANCE.getStaff_FamilyName();

		/**
		 * The meta object literal for the '<em><b>Date Of Birth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__DATE_OF_BIRTH = eINSTANCE.getStaff_DateOfBirth();

		/**
		 * The meta object literal for the '<em><b>Nhs Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__NHS_NUMBER = eINSTANCE.getStaff_NhsNumber();

		/**
		 * The meta object literal for the '<em><b>Postcode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__POSTCODE = eINSTANCE.getStaff_Postcode();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ADDRESS = eINSTANCE.getStaff_Address();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__PHONE = eINSTANCE.getStaff_Phone();

		/**
		 * The meta object literal for the '<em><b>Registration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__REGISTRATION = eINSTANCE.getStaff_Registration();

		/**
		 * The meta object literal for the '<em><b>Job Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__JOB_TITLE = eINSTANCE.getStaff_JobTitle();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ROLE = eINSTANCE.getStaff_Role();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__DEPARTMENT = eINSTANCE.getStaff_Department();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF__GROUP = eINSTANCE.getStaff_Group();

		/**
		 * The meta object literal for the '<em><b>Line Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF__LINE_MANAGER = eINSTANCE.getStaff_LineManager();

		/**
		 * The meta object literal for the '<em><b>Employment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__EMPLOYMENT = eINSTANCE.getStaff_Employment();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__START_DATE = eINSTANCE.getStaff_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__END_DATE = eINSTANCE.getStaff_EndDate();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__EMAIL = eINSTANCE.getStaff_Email();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.AccountImpl <em>Account</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.AccountImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getAccount()
		 * @generated
		 */
		EClass ACCOUNT = eINSTANCE.getAccount();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__SYSTEM = eINSTANCE.getAccount_System();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__USERNAME = eINSTANCE.getAccount_Username();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__OWNER = eINSTANCE.getAccount_Owner();

		/**
		 * The meta object literal for the '<em><b>Shared</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__SHARED = eINSTANCE.getAccount_Shared();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__ENABLED = eINSTANCE.getAccount_Enabled();

		/**
		 * The meta object literal for the '<em><b>Disabled At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__DISABLED_AT = eINSTANCE.getAccount_DisabledAt();

		/**
		 * The meta object literal for the '<em><b>Last Used</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__LAST_USED = eINSTANCE.getAccount_LastUsed();

		/**
		 * The meta object literal for the '<em><b>Smartcard Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__SMARTCARD_ID = eINSTANCE.getAccount_SmartcardId();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__DISPLAY_NAME = eINSTANCE.getAccount_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Employee Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__EMPLOYEE_NUMBER = eINSTANCE.getAccount_EmployeeNumber();

		/**
		 * The meta object literal for the '<em><b>Match</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__MATCH = eINSTANCE.getAccount_Match();

		/**
		 * The meta object literal for the '<em><b>Suggested Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__SUGGESTED_OWNER = eINSTANCE.getAccount_SuggestedOwner();

		/**
		 * The meta object literal for the '<em><b>Match Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__MATCH_NOTE = eINSTANCE.getAccount_MatchNote();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.CourseImpl <em>Course</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.CourseImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getCourse()
		 * @generated
		 */
		EClass COURSE = eINSTANCE.getCourse();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__CODE = eINSTANCE.getCourse_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__TITLE = eINSTANCE.getCourse_Title();

		/**
		 * The meta object literal for the '<em><b>Refresh Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__REFRESH_MONTHS = eINSTANCE.getCourse_RefreshMonths();

		/**
		 * The meta object literal for the '<em><b>Mandatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__MANDATORY = eINSTANCE.getCourse_Mandatory();

		/**
		 * The meta object literal for the '<em><b>Required For</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE__REQUIRED_FOR = eINSTANCE.getCourse_RequiredFor();

		/**
		 * The meta object literal for the '<em><b>Required For Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__REQUIRED_FOR_ROLES = eINSTANCE.getCourse_RequiredForRoles();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.TrainingRecordImpl <em>Training Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.TrainingRecordImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getTrainingRecord()
		 * @generated
		 */
		EClass TRAINING_RECORD = eINSTANCE.getTrainingRecord();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_RECORD__STAFF = eINSTANCE.getTrainingRecord_Staff();

		/**
		 * The meta object literal for the '<em><b>Course</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_RECORD__COURSE = eINSTANCE.getTrainingRecord_Course();

		/**
		 * The meta object literal for the '<em><b>Completed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RECORD__COMPLETED = eINSTANCE.getTrainingRecord_Completed();

		/**
		 * The meta object literal for the '<em><b>Expires</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RECORD__EXPIRES = eINSTANCE.getTrainingRecord_Expires();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.PolicyDocumentImpl <em>Policy Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.PolicyDocumentImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getPolicyDocument()
		 * @generated
		 */
		EClass POLICY_DOCUMENT = eINSTANCE.getPolicyDocument();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DOCUMENT__TITLE = eINSTANCE.getPolicyDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Applies To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_DOCUMENT__APPLIES_TO = eINSTANCE.getPolicyDocument_AppliesTo();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_DOCUMENT__VERSIONS = eINSTANCE.getPolicyDocument_Versions();

		/**
		 * The meta object literal for the '<em><b>Access Notice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DOCUMENT__ACCESS_NOTICE = eINSTANCE.getPolicyDocument_AccessNotice();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.PolicyVersionImpl <em>Policy Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.PolicyVersionImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getPolicyVersion()
		 * @generated
		 */
		EClass POLICY_VERSION = eINSTANCE.getPolicyVersion();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_VERSION__VERSION = eINSTANCE.getPolicyVersion_Version();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_VERSION__PUBLISHED = eINSTANCE.getPolicyVersion_Published();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_VERSION__SUMMARY = eINSTANCE.getPolicyVersion_Summary();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.AcknowledgementImpl <em>Acknowledgement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.AcknowledgementImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getAcknowledgement()
		 * @generated
		 */
		EClass ACKNOWLEDGEMENT = eINSTANCE.getAcknowledgement();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACKNOWLEDGEMENT__STAFF = eINSTANCE.getAcknowledgement_Staff();

		/**
		 * The meta object literal for the '<em><b>Policy Version</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACKNOWLEDGEMENT__POLICY_VERSION = eINSTANCE.getAcknowledgement_PolicyVersion();

		/**
		 * The meta object literal for the '<em><b>Acknowledged At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACKNOWLEDGEMENT__ACKNOWLEDGED_AT = eINSTANCE.getAcknowledgement_AcknowledgedAt();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.StaffChangeImpl <em>Staff Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.StaffChangeImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getStaffChange()
		 * @generated
		 */
		EClass STAFF_CHANGE = eINSTANCE.getStaffChange();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_CHANGE__STAFF = eINSTANCE.getStaffChange_Staff();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_CHANGE__KIND = eINSTANCE.getStaffChange_Kind();

		/**
		 * The meta object literal for the '<em><b>Effective Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_CHANGE__EFFECTIVE_DATE = eINSTANCE.getStaffChange_EffectiveDate();

		/**
		 * The meta object literal for the '<em><b>New Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_CHANGE__NEW_ROLE = eINSTANCE.getStaffChange_NewRole();

		/**
		 * The meta object literal for the '<em><b>Revocation Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_CHANGE__REVOCATION_DEADLINE = eINSTANCE.getStaffChange_RevocationDeadline();

		/**
		 * The meta object literal for the '<em><b>Smartcard Removed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_CHANGE__SMARTCARD_REMOVED_AT = eINSTANCE.getStaffChange_SmartcardRemovedAt();

		/**
		 * The meta object literal for the '<em><b>Position Removed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_CHANGE__POSITION_REMOVED_AT = eINSTANCE.getStaffChange_PositionRemovedAt();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.TrainingNeedImpl <em>Training Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.TrainingNeedImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getTrainingNeed()
		 * @generated
		 */
		EClass TRAINING_NEED = eINSTANCE.getTrainingNeed();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_NEED__GROUP = eINSTANCE.getTrainingNeed_Group();

		/**
		 * The meta object literal for the '<em><b>Course</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_NEED__COURSE = eINSTANCE.getTrainingNeed_Course();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_NEED__REASON = eINSTANCE.getTrainingNeed_Reason();

		/**
		 * The meta object literal for the '<em><b>Target Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_NEED__TARGET_PERCENT = eINSTANCE.getTrainingNeed_TargetPercent();

		/**
		 * The meta object literal for the '<em><b>Approved By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_NEED__APPROVED_BY = eINSTANCE.getTrainingNeed_ApprovedBy();

		/**
		 * The meta object literal for the '<em><b>Approved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_NEED__APPROVED_ON = eINSTANCE.getTrainingNeed_ApprovedOn();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.CourseEvaluationImpl <em>Course Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.CourseEvaluationImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getCourseEvaluation()
		 * @generated
		 */
		EClass COURSE_EVALUATION = eINSTANCE.getCourseEvaluation();

		/**
		 * The meta object literal for the '<em><b>Course</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE_EVALUATION__COURSE = eINSTANCE.getCourseEvaluation_Course();

		/**
		 * The meta object literal for the '<em><b>Evaluated On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_EVALUATION__EVALUATED_ON = eINSTANCE.getCourseEvaluation_EvaluatedOn();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_EVALUATION__METHOD = eINSTANCE.getCourseEvaluation_Method();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_EVALUATION__FINDINGS = eINSTANCE.getCourseEvaluation_Findings();

		/**
		 * The meta object literal for the '<em><b>Effective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_EVALUATION__EFFECTIVE = eINSTANCE.getCourseEvaluation_Effective();

		/**
		 * The meta object literal for the '<em><b>Evaluated By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_EVALUATION__EVALUATED_BY = eINSTANCE.getCourseEvaluation_EvaluatedBy();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.LabelCheckImpl <em>Label Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.LabelCheckImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getLabelCheck()
		 * @generated
		 */
		EClass LABEL_CHECK = eINSTANCE.getLabelCheck();

		/**
		 * The meta object literal for the '<em><b>Checked At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CHECK__CHECKED_AT = eINSTANCE.getLabelCheck_CheckedAt();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CHECK__SOURCE = eINSTANCE.getLabelCheck_Source();

		/**
		 * The meta object literal for the '<em><b>Objects</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CHECK__OBJECTS = eINSTANCE.getLabelCheck_Objects();

		/**
		 * The meta object literal for the '<em><b>Studies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CHECK__STUDIES = eINSTANCE.getLabelCheck_Studies();

		/**
		 * The meta object literal for the '<em><b>Gaps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_CHECK__GAPS = eINSTANCE.getLabelCheck_Gaps();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.LabelGapImpl <em>Label Gap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.LabelGapImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getLabelGap()
		 * @generated
		 */
		EClass LABEL_GAP = eINSTANCE.getLabelGap();

		/**
		 * The meta object literal for the '<em><b>Study Instance Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_GAP__STUDY_INSTANCE_UID = eINSTANCE.getLabelGap_StudyInstanceUid();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_GAP__PATIENT_ID = eINSTANCE.getLabelGap_PatientId();

		/**
		 * The meta object literal for the '<em><b>Missing</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_GAP__MISSING = eINSTANCE.getLabelGap_Missing();

		/**
		 * The meta object literal for the '<em><b>Objects</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_GAP__OBJECTS = eINSTANCE.getLabelGap_Objects();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.TeachingCheckImpl <em>Teaching Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.TeachingCheckImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getTeachingCheck()
		 * @generated
		 */
		EClass TEACHING_CHECK = eINSTANCE.getTeachingCheck();

		/**
		 * The meta object literal for the '<em><b>Checked At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_CHECK__CHECKED_AT = eINSTANCE.getTeachingCheck_CheckedAt();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_CHECK__FOLDER = eINSTANCE.getTeachingCheck_Folder();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_CHECK__FILES = eINSTANCE.getTeachingCheck_Files();

		/**
		 * The meta object literal for the '<em><b>With Identifiers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_CHECK__WITH_IDENTIFIERS = eINSTANCE.getTeachingCheck_WithIdentifiers();

		/**
		 * The meta object literal for the '<em><b>Unreadable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_CHECK__UNREADABLE = eINSTANCE.getTeachingCheck_Unreadable();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_CHECK__FINDINGS = eINSTANCE.getTeachingCheck_Findings();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.RetentionClassImpl <em>Retention Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.RetentionClassImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getRetentionClass()
		 * @generated
		 */
		EClass RETENTION_CLASS = eINSTANCE.getRetentionClass();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_CLASS__CODE = eINSTANCE.getRetentionClass_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_CLASS__NAME = eINSTANCE.getRetentionClass_Name();

		/**
		 * The meta object literal for the '<em><b>Minimum Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_CLASS__MINIMUM_YEARS = eINSTANCE.getRetentionClass_MinimumYears();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_CLASS__TRIGGER = eINSTANCE.getRetentionClass_Trigger();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_CLASS__SOURCE = eINSTANCE.getRetentionClass_Source();

		/**
		 * The meta object literal for the '<em><b>Disputed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_CLASS__DISPUTED = eINSTANCE.getRetentionClass_Disputed();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_CLASS__NOTES = eINSTANCE.getRetentionClass_Notes();

		/**
		 * The meta object literal for the '<em><b>Years After Death</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_CLASS__YEARS_AFTER_DEATH = eINSTANCE.getRetentionClass_YearsAfterDeath();

		/**
		 * The meta object literal for the '<em><b>Until Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_CLASS__UNTIL_AGE = eINSTANCE.getRetentionClass_UntilAge();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.RetentionRuleImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getRetentionRule()
		 * @generated
		 */
		EClass RETENTION_RULE = eINSTANCE.getRetentionRule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__NAME = eINSTANCE.getRetentionRule_Name();

		/**
		 * The meta object literal for the '<em><b>Retention Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETENTION_RULE__RETENTION_CLASS = eINSTANCE.getRetentionRule_RetentionClass();

		/**
		 * The meta object literal for the '<em><b>Modalities</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__MODALITIES = eINSTANCE.getRetentionRule_Modalities();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__DEPARTMENT = eINSTANCE.getRetentionRule_Department();

		/**
		 * The meta object literal for the '<em><b>Description Contains</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__DESCRIPTION_CONTAINS = eINSTANCE.getRetentionRule_DescriptionContains();

		/**
		 * The meta object literal for the '<em><b>Age From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__AGE_FROM = eINSTANCE.getRetentionRule_AgeFrom();

		/**
		 * The meta object literal for the '<em><b>Age Below</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__AGE_BELOW = eINSTANCE.getRetentionRule_AgeBelow();

		/**
		 * The meta object literal for the '<em><b>Flag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__FLAG = eINSTANCE.getRetentionRule_Flag();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__ENABLED = eINSTANCE.getRetentionRule_Enabled();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.StudyRetentionImpl <em>Study Retention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.StudyRetentionImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getStudyRetention()
		 * @generated
		 */
		EClass STUDY_RETENTION = eINSTANCE.getStudyRetention();

		/**
		 * The meta object literal for the '<em><b>Study Instance Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__STUDY_INSTANCE_UID = eINSTANCE.getStudyRetention_StudyInstanceUid();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__PATIENT_ID = eINSTANCE.getStudyRetention_PatientId();

		/**
		 * The meta object literal for the '<em><b>Patient Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__PATIENT_BIRTH_DATE = eINSTANCE.getStudyRetention_PatientBirthDate();

		/**
		 * The meta object literal for the '<em><b>Study Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__STUDY_DATE = eINSTANCE.getStudyRetention_StudyDate();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__MODALITY = eINSTANCE.getStudyRetention_Modality();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__DEPARTMENT = eINSTANCE.getStudyRetention_Department();

		/**
		 * The meta object literal for the '<em><b>Study Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__STUDY_DESCRIPTION = eINSTANCE.getStudyRetention_StudyDescription();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__SOURCE = eINSTANCE.getStudyRetention_Source();

		/**
		 * The meta object literal for the '<em><b>Backup Copy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__BACKUP_COPY = eINSTANCE.getStudyRetention_BackupCopy();

		/**
		 * The meta object literal for the '<em><b>Class Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__CLASS_CODES = eINSTANCE.getStudyRetention_ClassCodes();

		/**
		 * The meta object literal for the '<em><b>Destruction Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__DESTRUCTION_DUE = eINSTANCE.getStudyRetention_DestructionDue();

		/**
		 * The meta object literal for the '<em><b>Reasoning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__REASONING = eINSTANCE.getStudyRetention_Reasoning();

		/**
		 * The meta object literal for the '<em><b>Computed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RETENTION__COMPUTED_AT = eINSTANCE.getStudyRetention_ComputedAt();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.PatientRetentionFactsImpl <em>Patient Retention Facts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.PatientRetentionFactsImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getPatientRetentionFacts()
		 * @generated
		 */
		EClass PATIENT_RETENTION_FACTS = eINSTANCE.getPatientRetentionFacts();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_RETENTION_FACTS__PATIENT_ID = eINSTANCE.getPatientRetentionFacts_PatientId();

		/**
		 * The meta object literal for the '<em><b>Date Of Death</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_RETENTION_FACTS__DATE_OF_DEATH = eINSTANCE.getPatientRetentionFacts_DateOfDeath();

		/**
		 * The meta object literal for the '<em><b>End Of Treatment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_RETENTION_FACTS__END_OF_TREATMENT = eINSTANCE.getPatientRetentionFacts_EndOfTreatment();

		/**
		 * The meta object literal for the '<em><b>Diagnosis Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_RETENTION_FACTS__DIAGNOSIS_DATE = eINSTANCE.getPatientRetentionFacts_DiagnosisDate();

		/**
		 * The meta object literal for the '<em><b>Last Child Born</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_RETENTION_FACTS__LAST_CHILD_BORN = eINSTANCE.getPatientRetentionFacts_LastChildBorn();

		/**
		 * The meta object literal for the '<em><b>Trial End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_RETENTION_FACTS__TRIAL_END = eINSTANCE.getPatientRetentionFacts_TrialEnd();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT_RETENTION_FACTS__FLAGS = eINSTANCE.getPatientRetentionFacts_Flags();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.PseudonymImpl <em>Pseudonym</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.PseudonymImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getPseudonym()
		 * @generated
		 */
		EClass PSEUDONYM = eINSTANCE.getPseudonym();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSEUDONYM__PATIENT_ID = eINSTANCE.getPseudonym_PatientId();

		/**
		 * The meta object literal for the '<em><b>Pseudonym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSEUDONYM__PSEUDONYM = eINSTANCE.getPseudonym_Pseudonym();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSEUDONYM__PURPOSE = eINSTANCE.getPseudonym_Purpose();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSEUDONYM__CREATED_AT = eINSTANCE.getPseudonym_CreatedAt();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.DestructionRecordImpl <em>Destruction Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.DestructionRecordImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getDestructionRecord()
		 * @generated
		 */
		EClass DESTRUCTION_RECORD = eINSTANCE.getDestructionRecord();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_RECORD__DESCRIPTION = eINSTANCE.getDestructionRecord_Description();

		/**
		 * The meta object literal for the '<em><b>Study Instance Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_RECORD__STUDY_INSTANCE_UID = eINSTANCE.getDestructionRecord_StudyInstanceUid();

		/**
		 * The meta object literal for the '<em><b>Destroyed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_RECORD__DESTROYED_AT = eINSTANCE.getDestructionRecord_DestroyedAt();

		/**
		 * The meta object literal for the '<em><b>Destroyed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESTRUCTION_RECORD__DESTROYED_BY = eINSTANCE.getDestructionRecord_DestroyedBy();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_RECORD__METHOD = eINSTANCE.getDestructionRecord_Method();

		/**
		 * The meta object literal for the '<em><b>Certificate Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_RECORD__CERTIFICATE_REFERENCE = eINSTANCE.getDestructionRecord_CertificateReference();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_RECORD__PATIENT_ID = eINSTANCE.getDestructionRecord_PatientId();

		/**
		 * The meta object literal for the '<em><b>Destroyed By Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_RECORD__DESTROYED_BY_NAME = eINSTANCE.getDestructionRecord_DestroyedByName();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.LegalHoldImpl <em>Legal Hold</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.LegalHoldImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getLegalHold()
		 * @generated
		 */
		EClass LEGAL_HOLD = eINSTANCE.getLegalHold();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_HOLD__REFERENCE = eINSTANCE.getLegalHold_Reference();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_HOLD__PATIENT_ID = eINSTANCE.getLegalHold_PatientId();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_HOLD__REASON = eINSTANCE.getLegalHold_Reason();

		/**
		 * The meta object literal for the '<em><b>Placed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_HOLD__PLACED_AT = eINSTANCE.getLegalHold_PlacedAt();

		/**
		 * The meta object literal for the '<em><b>Released At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_HOLD__RELEASED_AT = eINSTANCE.getLegalHold_ReleasedAt();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.MediaTransferImpl <em>Media Transfer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.MediaTransferImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getMediaTransfer()
		 * @generated
		 */
		EClass MEDIA_TRANSFER = eINSTANCE.getMediaTransfer();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__DIRECTION = eINSTANCE.getMediaTransfer_Direction();

		/**
		 * The meta object literal for the '<em><b>Transfer Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__TRANSFER_DATE = eINSTANCE.getMediaTransfer_TransferDate();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__PATIENT_ID = eINSTANCE.getMediaTransfer_PatientId();

		/**
		 * The meta object literal for the '<em><b>Study Instance Uids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__STUDY_INSTANCE_UIDS = eINSTANCE.getMediaTransfer_StudyInstanceUids();

		/**
		 * The meta object literal for the '<em><b>Encrypted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__ENCRYPTED = eINSTANCE.getMediaTransfer_Encrypted();

		/**
		 * The meta object literal for the '<em><b>Exception</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__EXCEPTION = eINSTANCE.getMediaTransfer_Exception();

		/**
		 * The meta object literal for the '<em><b>Password Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__PASSWORD_CHANNEL = eINSTANCE.getMediaTransfer_PasswordChannel();

		/**
		 * The meta object literal for the '<em><b>Sender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__SENDER = eINSTANCE.getMediaTransfer_Sender();

		/**
		 * The meta object literal for the '<em><b>Receiver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__RECEIVER = eINSTANCE.getMediaTransfer_Receiver();

		/**
		 * The meta object literal for the '<em><b>Imported To Pacs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__IMPORTED_TO_PACS = eINSTANCE.getMediaTransfer_ImportedToPacs();

		/**
		 * The meta object literal for the '<em><b>Incident Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__INCIDENT_REFERENCE = eINSTANCE.getMediaTransfer_IncidentReference();

		/**
		 * The meta object literal for the '<em><b>Problem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_TRANSFER__PROBLEM = eINSTANCE.getMediaTransfer_Problem();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.InvestigationImpl <em>Investigation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.InvestigationImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getInvestigation()
		 * @generated
		 */
		EClass INVESTIGATION = eINSTANCE.getInvestigation();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__REFERENCE = eINSTANCE.getInvestigation_Reference();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__TITLE = eINSTANCE.getInvestigation_Title();

		/**
		 * The meta object literal for the '<em><b>Opened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__OPENED = eINSTANCE.getInvestigation_Opened();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__OWNER = eINSTANCE.getInvestigation_Owner();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__STATUS = eINSTANCE.getInvestigation_Status();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__OUTCOME = eINSTANCE.getInvestigation_Outcome();

		/**
		 * The meta object literal for the '<em><b>Caldicott Principle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__CALDICOTT_PRINCIPLE = eINSTANCE.getInvestigation_CaldicottPrinciple();

		/**
		 * The meta object literal for the '<em><b>Breach Reportable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__BREACH_REPORTABLE = eINSTANCE.getInvestigation_BreachReportable();

		/**
		 * The meta object literal for the '<em><b>Reportability Decided At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__REPORTABILITY_DECIDED_AT = eINSTANCE.getInvestigation_ReportabilityDecidedAt();

		/**
		 * The meta object literal for the '<em><b>Subject User Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__SUBJECT_USER_ID = eINSTANCE.getInvestigation_SubjectUserId();

		/**
		 * The meta object literal for the '<em><b>Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__PATIENT_ID = eINSTANCE.getInvestigation_PatientId();

		/**
		 * The meta object literal for the '<em><b>Evidence Event Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__EVIDENCE_EVENT_IDS = eINSTANCE.getInvestigation_EvidenceEventIds();

		/**
		 * The meta object literal for the '<em><b>Closed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__CLOSED_BY = eINSTANCE.getInvestigation_ClosedBy();

		/**
		 * The meta object literal for the '<em><b>Closed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__CLOSED_AT = eINSTANCE.getInvestigation_ClosedAt();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__NOTES = eINSTANCE.getInvestigation_Notes();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.CaseNoteImpl <em>Case Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.CaseNoteImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getCaseNote()
		 * @generated
		 */
		EClass CASE_NOTE = eINSTANCE.getCaseNote();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_NOTE__AUTHOR = eINSTANCE.getCaseNote_Author();

		/**
		 * The meta object literal for the '<em><b>Written At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_NOTE__WRITTEN_AT = eINSTANCE.getCaseNote_WrittenAt();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_NOTE__TEXT = eINSTANCE.getCaseNote_Text();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.LogReviewImpl <em>Log Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.LogReviewImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getLogReview()
		 * @generated
		 */
		EClass LOG_REVIEW = eINSTANCE.getLogReview();

		/**
		 * The meta object literal for the '<em><b>Performed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_REVIEW__PERFORMED_AT = eINSTANCE.getLogReview_PerformedAt();

		/**
		 * The meta object literal for the '<em><b>Performed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_REVIEW__PERFORMED_BY = eINSTANCE.getLogReview_PerformedBy();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_REVIEW__SCOPE = eINSTANCE.getLogReview_Scope();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_REVIEW__FINDINGS = eINSTANCE.getLogReview_Findings();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.WorkstationImpl <em>Workstation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.WorkstationImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getWorkstation()
		 * @generated
		 */
		EClass WORKSTATION = eINSTANCE.getWorkstation();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSTATION__ADDRESS = eINSTANCE.getWorkstation_Address();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSTATION__NAME = eINSTANCE.getWorkstation_Name();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSTATION__LOCATION = eINSTANCE.getWorkstation_Location();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSTATION__DEPARTMENT = eINSTANCE.getWorkstation_Department();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.ConsoleUserImpl <em>Console User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.ConsoleUserImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getConsoleUser()
		 * @generated
		 */
		EClass CONSOLE_USER = eINSTANCE.getConsoleUser();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSOLE_USER__USERNAME = eINSTANCE.getConsoleUser_Username();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSOLE_USER__ROLE = eINSTANCE.getConsoleUser_Role();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSOLE_USER__STAFF = eINSTANCE.getConsoleUser_Staff();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSOLE_USER__ENABLED = eINSTANCE.getConsoleUser_Enabled();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.AccessReviewImpl <em>Access Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.AccessReviewImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getAccessReview()
		 * @generated
		 */
		EClass ACCESS_REVIEW = eINSTANCE.getAccessReview();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_REVIEW__CHANGE = eINSTANCE.getAccessReview_Change();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_REVIEW__REVIEWER = eINSTANCE.getAccessReview_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Opened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_REVIEW__OPENED = eINSTANCE.getAccessReview_Opened();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_REVIEW__DUE = eINSTANCE.getAccessReview_Due();

		/**
		 * The meta object literal for the '<em><b>Default Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_REVIEW__DEFAULT_DECISION = eINSTANCE.getAccessReview_DefaultDecision();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_REVIEW__DECISIONS = eINSTANCE.getAccessReview_Decisions();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.AccessDecisionImpl <em>Access Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.AccessDecisionImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getAccessDecision()
		 * @generated
		 */
		EClass ACCESS_DECISION = eINSTANCE.getAccessDecision();

		/**
		 * The meta object literal for the '<em><b>Account</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_DECISION__ACCOUNT = eINSTANCE.getAccessDecision_Account();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_DECISION__DECISION = eINSTANCE.getAccessDecision_Decision();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_DECISION__JUSTIFICATION = eINSTANCE.getAccessDecision_Justification();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_DECISION__DECIDED_BY = eINSTANCE.getAccessDecision_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_DECISION__DECIDED_AT = eINSTANCE.getAccessDecision_DecidedAt();

		/**
		 * The meta object literal for the '<em><b>Defaulted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_DECISION__DEFAULTED = eINSTANCE.getAccessDecision_Defaulted();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.PeopleSettingsImpl <em>People Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.PeopleSettingsImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getPeopleSettings()
		 * @generated
		 */
		EClass PEOPLE_SETTINGS = eINSTANCE.getPeopleSettings();

		/**
		 * The meta object literal for the '<em><b>Revocation Grace Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEOPLE_SETTINGS__REVOCATION_GRACE_DAYS = eINSTANCE.getPeopleSettings_RevocationGraceDays();

		/**
		 * The meta object literal for the '<em><b>Unused Account Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEOPLE_SETTINGS__UNUSED_ACCOUNT_DAYS = eINSTANCE.getPeopleSettings_UnusedAccountDays();

		/**
		 * The meta object literal for the '<em><b>Induction Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEOPLE_SETTINGS__INDUCTION_DAYS = eINSTANCE.getPeopleSettings_InductionDays();

		/**
		 * The meta object literal for the '<em><b>Due Soon Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEOPLE_SETTINGS__DUE_SOON_DAYS = eINSTANCE.getPeopleSettings_DueSoonDays();

		/**
		 * The meta object literal for the '<em><b>Review Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEOPLE_SETTINGS__REVIEW_DAYS = eINSTANCE.getPeopleSettings_ReviewDays();

		/**
		 * The meta object literal for the '<em><b>Review Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEOPLE_SETTINGS__REVIEW_DEFAULT = eINSTANCE.getPeopleSettings_ReviewDefault();

		/**
		 * The meta object literal for the '<em><b>Training Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEOPLE_SETTINGS__TRAINING_TARGET = eINSTANCE.getPeopleSettings_TrainingTarget();

		/**
		 * The meta object literal for the '<em><b>Staff Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEOPLE_SETTINGS__STAFF_COLUMNS = eINSTANCE.getPeopleSettings_StaffColumns();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.AuditCsvMappingImpl <em>Audit Csv Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.AuditCsvMappingImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getAuditCsvMapping()
		 * @generated
		 */
		EClass AUDIT_CSV_MAPPING = eINSTANCE.getAuditCsvMapping();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_CSV_MAPPING__NAME = eINSTANCE.getAuditCsvMapping_Name();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_CSV_MAPPING__COLUMNS = eINSTANCE.getAuditCsvMapping_Columns();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_CSV_MAPPING__TIME_ZONE = eINSTANCE.getAuditCsvMapping_TimeZone();

		/**
		 * The meta object literal for the '{@link org.custodian.model.impl.BackupJobImpl <em>Backup Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.impl.BackupJobImpl
		 * @see org.custodian.model.impl.ModelPackageImpl#getBackupJob()
		 * @generated
		 */
		EClass BACKUP_JOB = eINSTANCE.getBackupJob();

		/**
		 * The meta object literal for the '<em><b>Job Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_JOB__JOB_NAME = eINSTANCE.getBackupJob_JobName();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_JOB__STARTED = eINSTANCE.getBackupJob_Started();

		/**
		 * The meta object literal for the '<em><b>Finished</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_JOB__FINISHED = eINSTANCE.getBackupJob_Finished();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_JOB__STATUS = eINSTANCE.getBackupJob_Status();

		/**
		 * The meta object literal for the '<em><b>Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_JOB__BYTES = eINSTANCE.getBackupJob_Bytes();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_JOB__MESSAGE = eINSTANCE.getBackupJob_Message();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKUP_JOB__SOURCE = eINSTANCE.getBackupJob_Source();

		/**
		 * The meta object literal for the '{@link org.custodian.model.NodeRole <em>Node Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.NodeRole
		 * @see org.custodian.model.impl.ModelPackageImpl#getNodeRole()
		 * @generated
		 */
		EEnum NODE_ROLE = eINSTANCE.getNodeRole();

		/**
		 * The meta object literal for the '{@link org.custodian.model.DrScenario <em>Dr Scenario</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.DrScenario
		 * @see org.custodian.model.impl.ModelPackageImpl#getDrScenario()
		 * @generated
		 */
		EEnum DR_SCENARIO = eINSTANCE.getDrScenario();

		/**
		 * The meta object literal for the '{@link org.custodian.model.TestOperation <em>Test Operation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.TestOperation
		 * @see org.custodian.model.impl.ModelPackageImpl#getTestOperation()
		 * @generated
		 */
		EEnum TEST_OPERATION = eINSTANCE.getTestOperation();

		/**
		 * The meta object literal for the '{@link org.custodian.model.RunResult <em>Run Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.RunResult
		 * @see org.custodian.model.impl.ModelPackageImpl#getRunResult()
		 * @generated
		 */
		EEnum RUN_RESULT = eINSTANCE.getRunResult();

		/**
		 * The meta object literal for the '{@link org.custodian.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.Verdict
		 * @see org.custodian.model.impl.ModelPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.custodian.model.ProviderKind <em>Provider Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.ProviderKind
		 * @see org.custodian.model.impl.ModelPackageImpl#getProviderKind()
		 * @generated
		 */
		EEnum PROVIDER_KIND = eINSTANCE.getProviderKind();

		/**
		 * The meta object literal for the '{@link org.custodian.model.DpiaStatus <em>Dpia Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.DpiaStatus
		 * @see org.custodian.model.impl.ModelPackageImpl#getDpiaStatus()
		 * @generated
		 */
		EEnum DPIA_STATUS = eINSTANCE.getDpiaStatus();

		/**
		 * The meta object literal for the '{@link org.custodian.model.DsptStatus <em>Dspt Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.DsptStatus
		 * @see org.custodian.model.impl.ModelPackageImpl#getDsptStatus()
		 * @generated
		 */
		EEnum DSPT_STATUS = eINSTANCE.getDsptStatus();

		/**
		 * The meta object literal for the '{@link org.custodian.model.EmploymentType <em>Employment Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.EmploymentType
		 * @see org.custodian.model.impl.ModelPackageImpl#getEmploymentType()
		 * @generated
		 */
		EEnum EMPLOYMENT_TYPE = eINSTANCE.getEmploymentType();

		/**
		 * The meta object literal for the '{@link org.custodian.model.ChangeKind <em>Change Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.ChangeKind
		 * @see org.custodian.model.impl.ModelPackageImpl#getChangeKind()
		 * @generated
		 */
		EEnum CHANGE_KIND = eINSTANCE.getChangeKind();

		/**
		 * The meta object literal for the '{@link org.custodian.model.RetentionTrigger <em>Retention Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.RetentionTrigger
		 * @see org.custodian.model.impl.ModelPackageImpl#getRetentionTrigger()
		 * @generated
		 */
		EEnum RETENTION_TRIGGER = eINSTANCE.getRetentionTrigger();

		/**
		 * The meta object literal for the '{@link org.custodian.model.TransferDirection <em>Transfer Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.TransferDirection
		 * @see org.custodian.model.impl.ModelPackageImpl#getTransferDirection()
		 * @generated
		 */
		EEnum TRANSFER_DIRECTION = eINSTANCE.getTransferDirection();

		/**
		 * The meta object literal for the '{@link org.custodian.model.MediaException <em>Media Exception</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.MediaException
		 * @see org.custodian.model.impl.ModelPackageImpl#getMediaException()
		 * @generated
		 */
		EEnum MEDIA_EXCEPTION = eINSTANCE.getMediaException();

		/**
		 * The meta object literal for the '{@link org.custodian.model.CaseStatus <em>Case Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.CaseStatus
		 * @see org.custodian.model.impl.ModelPackageImpl#getCaseStatus()
		 * @generated
		 */
		EEnum CASE_STATUS = eINSTANCE.getCaseStatus();

		/**
		 * The meta object literal for the '{@link org.custodian.model.CaseOutcome <em>Case Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.CaseOutcome
		 * @see org.custodian.model.impl.ModelPackageImpl#getCaseOutcome()
		 * @generated
		 */
		EEnum CASE_OUTCOME = eINSTANCE.getCaseOutcome();

		/**
		 * The meta object literal for the '{@link org.custodian.model.ConsoleRole <em>Console Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.ConsoleRole
		 * @see org.custodian.model.impl.ModelPackageImpl#getConsoleRole()
		 * @generated
		 */
		EEnum CONSOLE_ROLE = eINSTANCE.getConsoleRole();

		/**
		 * The meta object literal for the '{@link org.custodian.model.AccountMatch <em>Account Match</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.AccountMatch
		 * @see org.custodian.model.impl.ModelPackageImpl#getAccountMatch()
		 * @generated
		 */
		EEnum ACCOUNT_MATCH = eINSTANCE.getAccountMatch();

		/**
		 * The meta object literal for the '{@link org.custodian.model.ReviewDecision <em>Review Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.ReviewDecision
		 * @see org.custodian.model.impl.ModelPackageImpl#getReviewDecision()
		 * @generated
		 */
		EEnum REVIEW_DECISION = eINSTANCE.getReviewDecision();

		/**
		 * The meta object literal for the '{@link org.custodian.model.RetrieveMethod <em>Retrieve Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.RetrieveMethod
		 * @see org.custodian.model.impl.ModelPackageImpl#getRetrieveMethod()
		 * @generated
		 */
		EEnum RETRIEVE_METHOD = eINSTANCE.getRetrieveMethod();

		/**
		 * The meta object literal for the '{@link org.custodian.model.WebAuth <em>Web Auth</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.WebAuth
		 * @see org.custodian.model.impl.ModelPackageImpl#getWebAuth()
		 * @generated
		 */
		EEnum WEB_AUTH = eINSTANCE.getWebAuth();

		/**
		 * The meta object literal for the '{@link org.custodian.model.VerificationLevel <em>Verification Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.VerificationLevel
		 * @see org.custodian.model.impl.ModelPackageImpl#getVerificationLevel()
		 * @generated
		 */
		EEnum VERIFICATION_LEVEL = eINSTANCE.getVerificationLevel();

		/**
		 * The meta object literal for the '{@link org.custodian.model.BackupJobStatus <em>Backup Job Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.custodian.model.BackupJobStatus
		 * @see org.custodian.model.impl.ModelPackageImpl#getBackupJobStatus()
		 * @generated
		 */
		EEnum BACKUP_JOB_STATUS = eINSTANCE.getBackupJobStatus();

	}

} //ModelPackage
