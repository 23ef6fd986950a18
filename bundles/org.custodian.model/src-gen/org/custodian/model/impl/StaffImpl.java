/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.EmploymentType;
import org.custodian.model.ModelPackage;
import org.custodian.model.Staff;
import org.custodian.model.StaffGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staff</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getStaffNumber <em>Staff Number</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getNhsNumber <em>Nhs Number</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getPostcode <em>Postcode</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getRegistration <em>Registration</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getJobTitle <em>Job Title</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getLineManager <em>Line Manager</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getEmployment <em>Employment</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.custodian.model.impl.StaffImpl#getEmail <em>Email</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffImpl extends IdentifiedImpl implements Staff {
	/**
	 * The default value of the '{@link #getStaffNumber() <em>Staff Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String STAFF_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStaffNumber() <em>Staff Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNumber()
	 * @generated
	 * @ordered
	 */
	protected String staffNumber = STAFF_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected String givenName = GIVEN_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected String familyName = FAMILY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_OF_BIRTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected Date dateOfBirth = DATE_OF_BIRTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getNhsNumber() <em>Nhs Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNhsNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NHS_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNhsNumber() <em>Nhs Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNhsNumber()
	 * @generated
	 * @ordered
	 */
	protected String nhsNumber = NHS_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostcode() <em>Postcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostcode()
	 * @generated
	 * @ordered
	 */
	protected static final String POSTCODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostcode() <em>Postcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostcode()
	 * @generated
	 * @ordered
	 */
	protected String postcode = POSTCODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegistration() <em>Registration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistration()
	 * @generated
	 * @ordered
	 */
	protected static final String REGISTRATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegistration() <em>Registration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistration()
	 * @generated
	 * @ordered
	 */
	protected String registration = REGISTRATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getJobTitle() <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String JOB_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJobTitle() <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobTitle()
	 * @generated
	 * @ordered
	 */
	protected String jobTitle = JOB_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected String department = DEPARTMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected StaffGroup group;

	/**
	 * The cached value of the '{@link #getLineManager() <em>Line Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineManager()
	 * @generated
	 * @ordered
	 */
	protected Staff lineManager;

	/**
	 * The default value of the '{@link #getEmployment() <em>Employment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployment()
	 * @generated
	 * @ordered
	 */
	protected static final EmploymentType EMPLOYMENT_EDEFAULT = EmploymentType.PERMANENT;

	/**
	 * The cached value of the '{@link #getEmployment() <em>Employment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployment()
	 * @generated
	 * @ordered
	 */
	protected EmploymentType employment = EMPLOYMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected Date startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected Date endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaffImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STAFF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStaffNumber() {
		return staffNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaffNumber(String newStaffNumber) {
		String oldStaffNumber = staffNumber;
		staffNumber = newStaffNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__STAFF_NUMBER, oldStaffNumber, staffNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenName() {
		return givenName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenName(String newGivenName) {
		String oldGivenName = givenName;
		givenName = newGivenName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__GIVEN_NAME, oldGivenName, givenName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamilyName() {
		return familyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyName(String newFamilyName) {
		String oldFamilyName = familyName;
		familyName = newFamilyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__FAMILY_NAME, oldFamilyName, familyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDateOfBirth() {
		return dateOfBirth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateOfBirth(Date newDateOfBirth) {
		Date oldDateOfBirth = dateOfBirth;
		dateOfBirth = newDateOfBirth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__DATE_OF_BIRTH, oldDateOfBirth, dateOfBirth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNhsNumber() {
		return nhsNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNhsNumber(String newNhsNumber) {
		String oldNhsNumber = nhsNumber;
		nhsNumber = newNhsNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__NHS_NUMBER, oldNhsNumber, nhsNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostcode() {
		return postcode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostcode(String newPostcode) {
		String oldPostcode = postcode;
		postcode = newPostcode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__POSTCODE, oldPostcode, postcode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegistration() {
		return registration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistration(String newRegistration) {
		String oldRegistration = registration;
		registration = newRegistration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__REGISTRATION, oldRegistration, registration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJobTitle() {
		return jobTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJobTitle(String newJobTitle) {
		String oldJobTitle = jobTitle;
		jobTitle = newJobTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__JOB_TITLE, oldJobTitle, jobTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(String newDepartment) {
		String oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffGroup getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (StaffGroup)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.STAFF__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffGroup basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(StaffGroup newGroup) {
		StaffGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getLineManager() {
		if (lineManager != null && lineManager.eIsProxy()) {
			InternalEObject oldLineManager = (InternalEObject)lineManager;
			lineManager = (Staff)eResolveProxy(oldLineManager);
			if (lineManager != oldLineManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.STAFF__LINE_MANAGER, oldLineManager, lineManager));
			}
		}
		return lineManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetLineManager() {
		return lineManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineManager(Staff newLineManager) {
		Staff oldLineManager = lineManager;
		lineManager = newLineManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__LINE_MANAGER, oldLineManager, lineManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmploymentType getEmployment() {
		return employment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployment(EmploymentType newEmployment) {
		EmploymentType oldEmployment = employment;
		employment = newEmployment == null ? EMPLOYMENT_EDEFAULT : newEmployment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__EMPLOYMENT, oldEmployment, employment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(Date newStartDate) {
		Date oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(Date newEndDate) {
		Date oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STAFF__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STAFF__STAFF_NUMBER:
				return getStaffNumber();
			case ModelPackage.STAFF__GIVEN_NAME:
				return getGivenName();
			case ModelPackage.STAFF__FAMILY_NAME:
				return getFamilyName();
			case ModelPackage.STAFF__DATE_OF_BIRTH:
				return getDateOfBirth();
			case ModelPackage.STAFF__NHS_NUMBER:
				return getNhsNumber();
			case ModelPackage.STAFF__POSTCODE:
				return getPostcode();
			case ModelPackage.STAFF__ADDRESS:
				return getAddress();
			case ModelPackage.STAFF__PHONE:
				return getPhone();
			case ModelPackage.STAFF__REGISTRATION:
				return getRegistration();
			case ModelPackage.STAFF__JOB_TITLE:
				return getJobTitle();
			case ModelPackage.STAFF__ROLE:
				return getRole();
			case ModelPackage.STAFF__DEPARTMENT:
				return getDepartment();
			case ModelPackage.STAFF__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case ModelPackage.STAFF__LINE_MANAGER:
				if (resolve) return getLineManager();
				return basicGetLineManager();
			case ModelPackage.STAFF__EMPLOYMENT:
				return getEmployment();
			case ModelPackage.STAFF__START_DATE:
				return getStartDate();
			case ModelPackage.STAFF__END_DATE:
				return getEndDate();
			case ModelPackage.STAFF__EMAIL:
				return getEmail();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.STAFF__STAFF_NUMBER:
				setStaffNumber((String)newValue);
				return;
			case ModelPackage.STAFF__GIVEN_NAME:
				setGivenName((String)newValue);
				return;
			case ModelPackage.STAFF__FAMILY_NAME:
				setFamilyName((String)newValue);
				return;
			case ModelPackage.STAFF__DATE_OF_BIRTH:
				setDateOfBirth((Date)newValue);
				return;
			case ModelPackage.STAFF__NHS_NUMBER:
				setNhsNumber((String)newValue);
				return;
			case ModelPackage.STAFF__POSTCODE:
				setPostcode((String)newValue);
				return;
			case ModelPackage.STAFF__ADDRESS:
				setAddress((String)newValue);
				return;
			case ModelPackage.STAFF__PHONE:
				setPhone((String)newValue);
				return;
			case ModelPackage.STAFF__REGISTRATION:
				setRegistration((String)newValue);
				return;
			case ModelPackage.STAFF__JOB_TITLE:
				setJobTitle((String)newValue);
				return;
			case ModelPackage.STAFF__ROLE:
				setRole((String)newValue);
				return;
			case ModelPackage.STAFF__DEPARTMENT:
				setDepartment((String)newValue);
				return;
			case ModelPackage.STAFF__GROUP:
				setGroup((StaffGroup)newValue);
				return;
			case ModelPackage.STAFF__LINE_MANAGER:
				setLineManager((Staff)newValue);
				return;
			case ModelPackage.STAFF__EMPLOYMENT:
				setEmployment((EmploymentType)newValue);
				return;
			case ModelPackage.STAFF__START_DATE:
				setStartDate((Date)newValue);
				return;
			case ModelPackage.STAFF__END_DATE:
				setEndDate((Date)newValue);
				return;
			case ModelPackage.STAFF__EMAIL:
				setEmail((String)newValue);
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
			case ModelPackage.STAFF__STAFF_NUMBER:
				setStaffNumber(STAFF_NUMBER_EDEFAULT);
				return;
			case ModelPackage.STAFF__GIVEN_NAME:
				setGivenName(GIVEN_NAME_EDEFAULT);
				return;
			case ModelPackage.STAFF__FAMILY_NAME:
				setFamilyName(FAMILY_NAME_EDEFAULT);
				return;
			case ModelPackage.STAFF__DATE_OF_BIRTH:
				setDateOfBirth(DATE_OF_BIRTH_EDEFAULT);
				return;
			case ModelPackage.STAFF__NHS_NUMBER:
				setNhsNumber(NHS_NUMBER_EDEFAULT);
				return;
			case ModelPackage.STAFF__POSTCODE:
				setPostcode(POSTCODE_EDEFAULT);
				return;
			case ModelPackage.STAFF__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case ModelPackage.STAFF__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case ModelPackage.STAFF__REGISTRATION:
				setRegistration(REGISTRATION_EDEFAULT);
				return;
			case ModelPackage.STAFF__JOB_TITLE:
				setJobTitle(JOB_TITLE_EDEFAULT);
				return;
			case ModelPackage.STAFF__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case ModelPackage.STAFF__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case ModelPackage.STAFF__GROUP:
				setGroup((StaffGroup)null);
				return;
			case ModelPackage.STAFF__LINE_MANAGER:
				setLineManager((Staff)null);
				return;
			case ModelPackage.STAFF__EMPLOYMENT:
				setEmployment(EMPLOYMENT_EDEFAULT);
				return;
			case ModelPackage.STAFF__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ModelPackage.STAFF__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case ModelPackage.STAFF__EMAIL:
				setEmail(EMAIL_EDEFAULT);
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
			case ModelPackage.STAFF__STAFF_NUMBER:
				return STAFF_NUMBER_EDEFAULT == null ? staffNumber != null : !STAFF_NUMBER_EDEFAULT.equals(staffNumber);
			case ModelPackage.STAFF__GIVEN_NAME:
				return GIVEN_NAME_EDEFAULT == null ? givenName != null : !GIVEN_NAME_EDEFAULT.equals(givenName);
			case ModelPackage.STAFF__FAMILY_NAME:
				return FAMILY_NAME_EDEFAULT == null ? familyName != null : !FAMILY_NAME_EDEFAULT.equals(familyName);
			case ModelPackage.STAFF__DATE_OF_BIRTH:
				return DATE_OF_BIRTH_EDEFAULT == null ? dateOfBirth != null : !DATE_OF_BIRTH_EDEFAULT.equals(dateOfBirth);
			case ModelPackage.STAFF__NHS_NUMBER:
				return NHS_NUMBER_EDEFAULT == null ? nhsNumber != null : !NHS_NUMBER_EDEFAULT.equals(nhsNumber);
			case ModelPackage.STAFF__POSTCODE:
				return POSTCODE_EDEFAULT == null ? postcode != null : !POSTCODE_EDEFAULT.equals(postcode);
			case ModelPackage.STAFF__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case ModelPackage.STAFF__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case ModelPackage.STAFF__REGISTRATION:
				return REGISTRATION_EDEFAULT == null ? registration != null : !REGISTRATION_EDEFAULT.equals(registration);
			case ModelPackage.STAFF__JOB_TITLE:
				return JOB_TITLE_EDEFAULT == null ? jobTitle != null : !JOB_TITLE_EDEFAULT.equals(jobTitle);
			case ModelPackage.STAFF__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case ModelPackage.STAFF__DEPARTMENT:
				return DEPARTMENT_EDEFAULT == null ? department != null : !DEPARTMENT_EDEFAULT.equals(department);
			case ModelPackage.STAFF__GROUP:
				return group != null;
			case ModelPackage.STAFF__LINE_MANAGER:
				return lineManager != null;
			case ModelPackage.STAFF__EMPLOYMENT:
				return employment != EMPLOYMENT_EDEFAULT;
			case ModelPackage.STAFF__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ModelPackage.STAFF__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case ModelPackage.STAFF__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
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
		result.append(" (staffNumber: ");
		result.append(staffNumber);
		result.append(", givenName: ");
		result.append(givenName);
		result.append(", familyName: ");
		result.append(familyName);
		result.append(", dateOfBirth: ");
		result.append(dateOfBirth);
		result.append(", nhsNumber: ");
		result.append(nhsNumber);
		result.append(", postcode: ");
		result.append(postcode);
		result.append(", address: ");
		result.append(address);
		result.append(", phone: ");
		result.append(phone);
		result.append(", registration: ");
		result.append(registration);
		result.append(", jobTitle: ");
		result.append(jobTitle);
		result.append(", role: ");
		result.append(role);
		result.append(", department: ");
		result.append(department);
		result.append(", employment: ");
		result.append(employment);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", email: ");
		result.append(email);
		result.append(')');
		return result.toString();
	}

} //StaffImpl
