/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Staff</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person employed or engaged by the trust, including bank, agency and contractor staff.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.Staff#getStaffNumber <em>Staff Number</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getNhsNumber <em>Nhs Number</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getPostcode <em>Postcode</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getAddress <em>Address</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getRegistration <em>Registration</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getJobTitle <em>Job Title</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getRole <em>Role</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getGroup <em>Group</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getLineManager <em>Line Manager</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getEmployment <em>Employment</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.custodian.model.Staff#getEmail <em>Email</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getStaff()
 * @model
 * @generated
 */
public interface Staff extends Identified {
	/**
	 * Returns the value of the '<em><b>Staff Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employee or assignment number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff Number</em>' attribute.
	 * @see #setStaffNumber(String)
	 * @see org.custodian.model.ModelPackage#getStaff_StaffNumber()
	 * @model
	 * @generated
	 */
	String getStaffNumber();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getStaffNumber <em>Staff Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff Number</em>' attribute.
	 * @see #getStaffNumber()
	 * @generated
	 */
	void setStaffNumber(String value);

	/**
	 * Returns the value of the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Given name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Given Name</em>' attribute.
	 * @see #setGivenName(String)
	 * @see org.custodian.model.ModelPackage#getStaff_GivenName()
	 * @model
	 * @generated
	 */
	String getGivenName();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getGivenName <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given Name</em>' attribute.
	 * @see #getGivenName()
	 * @generated
	 */
	void setGivenName(String value);

	/**
	 * Returns the value of the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Family name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Family Name</em>' attribute.
	 * @see #setFamilyName(String)
	 * @see org.custodian.model.ModelPackage#getStaff_FamilyName()
	 * @model
	 * @generated
	 */
	String getFamilyName();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getFamilyName <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Name</em>' attribute.
	 * @see #getFamilyName()
	 * @generated
	 */
	void setFamilyName(String value);

	/**
	 * Returns the value of the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of birth, to match staff who are also patients.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date Of Birth</em>' attribute.
	 * @see #setDateOfBirth(Date)
	 * @see org.custodian.model.ModelPackage#getStaff_DateOfBirth()
	 * @model
	 * @generated
	 */
	Date getDateOfBirth();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getDateOfBirth <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Of Birth</em>' attribute.
	 * @see #getDateOfBirth()
	 * @generated
	 */
	void setDateOfBirth(Date value);

	/**
	 * Returns the value of the '<em><b>Nhs Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NHS number, to match staff who are also patients.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nhs Number</em>' attribute.
	 * @see #setNhsNumber(String)
	 * @see org.custodian.model.ModelPackage#getStaff_NhsNumber()
	 * @model
	 * @generated
	 */
	String getNhsNumber();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getNhsNumber <em>Nhs Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nhs Number</em>' attribute.
	 * @see #getNhsNumber()
	 * @generated
	 */
	void setNhsNumber(String value);

	/**
	 * Returns the value of the '<em><b>Postcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Home postcode, to detect access to neighbours' records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Postcode</em>' attribute.
	 * @see #setPostcode(String)
	 * @see org.custodian.model.ModelPackage#getStaff_Postcode()
	 * @model
	 * @generated
	 */
	String getPostcode();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getPostcode <em>Postcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Postcode</em>' attribute.
	 * @see #getPostcode()
	 * @generated
	 */
	void setPostcode(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Home address (the ESR export's address lines and town), to find access to relatives' and neighbours' records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.custodian.model.ModelPackage#getStaff_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Home or personal telephone number, compared with patients' and their next of kin's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.custodian.model.ModelPackage#getStaff_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Registration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Professional registrations (GMC 1234567; NMC 12A3456E; HCPC RA12345), separated by ';': how the RIS names ordering and reporting clinicians.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registration</em>' attribute.
	 * @see #setRegistration(String)
	 * @see org.custodian.model.ModelPackage#getStaff_Registration()
	 * @model
	 * @generated
	 */
	String getRegistration();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getRegistration <em>Registration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registration</em>' attribute.
	 * @see #getRegistration()
	 * @generated
	 */
	void setRegistration(String value);

	/**
	 * Returns the value of the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Job title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Title</em>' attribute.
	 * @see #setJobTitle(String)
	 * @see org.custodian.model.ModelPackage#getStaff_JobTitle()
	 * @model
	 * @generated
	 */
	String getJobTitle();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getJobTitle <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Title</em>' attribute.
	 * @see #getJobTitle()
	 * @generated
	 */
	void setJobTitle(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role in the access-control scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.custodian.model.ModelPackage#getStaff_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Department.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see #setDepartment(String)
	 * @see org.custodian.model.ModelPackage#getStaff_Department()
	 * @model
	 * @generated
	 */
	String getDepartment();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The staff group that sets training and policies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(StaffGroup)
	 * @see org.custodian.model.ModelPackage#getStaff_Group()
	 * @model
	 * @generated
	 */
	StaffGroup getGroup();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(StaffGroup value);

	/**
	 * Returns the value of the '<em><b>Line Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line manager.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Manager</em>' reference.
	 * @see #setLineManager(Staff)
	 * @see org.custodian.model.ModelPackage#getStaff_LineManager()
	 * @model
	 * @generated
	 */
	Staff getLineManager();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getLineManager <em>Line Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Manager</em>' reference.
	 * @see #getLineManager()
	 * @generated
	 */
	void setLineManager(Staff value);

	/**
	 * Returns the value of the '<em><b>Employment</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.EmploymentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the person is engaged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employment</em>' attribute.
	 * @see org.custodian.model.EmploymentType
	 * @see #setEmployment(EmploymentType)
	 * @see org.custodian.model.ModelPackage#getStaff_Employment()
	 * @model
	 * @generated
	 */
	EmploymentType getEmployment();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getEmployment <em>Employment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employment</em>' attribute.
	 * @see org.custodian.model.EmploymentType
	 * @see #getEmployment()
	 * @generated
	 */
	void setEmployment(EmploymentType value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of work.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(Date)
	 * @see org.custodian.model.ModelPackage#getStaff_StartDate()
	 * @model
	 * @generated
	 */
	Date getStartDate();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(Date value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of work, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(Date)
	 * @see org.custodian.model.ModelPackage#getStaff_EndDate()
	 * @model
	 * @generated
	 */
	Date getEndDate();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(Date value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work e-mail address, for reminders.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.custodian.model.ModelPackage#getStaff_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.custodian.model.Staff#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

} // Staff
