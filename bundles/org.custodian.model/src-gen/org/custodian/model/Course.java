/**
 */
package org.custodian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A training course, mandatory or not, refreshed on a cycle (G3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.Course#getCode <em>Code</em>}</li>
 *   <li>{@link org.custodian.model.Course#getTitle <em>Title</em>}</li>
 *   <li>{@link org.custodian.model.Course#getRefreshMonths <em>Refresh Months</em>}</li>
 *   <li>{@link org.custodian.model.Course#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.custodian.model.Course#getRequiredFor <em>Required For</em>}</li>
 *   <li>{@link org.custodian.model.Course#getRequiredForRoles <em>Required For Roles</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getCourse()
 * @model
 * @generated
 */
public interface Course extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The course code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.custodian.model.ModelPackage#getCourse_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.custodian.model.Course#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The course title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.custodian.model.ModelPackage#getCourse_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.custodian.model.Course#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Refresh Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Months after which the course must be repeated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refresh Months</em>' attribute.
	 * @see #setRefreshMonths(int)
	 * @see org.custodian.model.ModelPackage#getCourse_RefreshMonths()
	 * @model
	 * @generated
	 */
	int getRefreshMonths();

	/**
	 * Sets the value of the '{@link org.custodian.model.Course#getRefreshMonths <em>Refresh Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refresh Months</em>' attribute.
	 * @see #getRefreshMonths()
	 * @generated
	 */
	void setRefreshMonths(int value);

	/**
	 * Returns the value of the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the staff groups it is required for must complete it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mandatory</em>' attribute.
	 * @see #setMandatory(boolean)
	 * @see org.custodian.model.ModelPackage#getCourse_Mandatory()
	 * @model
	 * @generated
	 */
	boolean isMandatory();

	/**
	 * Sets the value of the '{@link org.custodian.model.Course#isMandatory <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandatory</em>' attribute.
	 * @see #isMandatory()
	 * @generated
	 */
	void setMandatory(boolean value);

	/**
	 * Returns the value of the '<em><b>Required For</b></em>' reference list.
	 * The list contents are of type {@link org.custodian.model.StaffGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The staff groups that must complete the course.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required For</em>' reference list.
	 * @see org.custodian.model.ModelPackage#getCourse_RequiredFor()
	 * @model
	 * @generated
	 */
	EList<StaffGroup> getRequiredFor();

	/**
	 * Returns the value of the '<em><b>Required For Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roles that must complete the course, besides the groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required For Roles</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getCourse_RequiredForRoles()
	 * @model
	 * @generated
	 */
	EList<String> getRequiredForRoles();

} // Course
