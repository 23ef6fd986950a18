/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One completion of a course by a member of staff (G3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.TrainingRecord#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.custodian.model.TrainingRecord#getCourse <em>Course</em>}</li>
 *   <li>{@link org.custodian.model.TrainingRecord#getCompleted <em>Completed</em>}</li>
 *   <li>{@link org.custodian.model.TrainingRecord#getExpires <em>Expires</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getTrainingRecord()
 * @model
 * @generated
 */
public interface TrainingRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who completed the course.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff</em>' reference.
	 * @see #setStaff(Staff)
	 * @see org.custodian.model.ModelPackage#getTrainingRecord_Staff()
	 * @model required="true"
	 * @generated
	 */
	Staff getStaff();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingRecord#getStaff <em>Staff</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff</em>' reference.
	 * @see #getStaff()
	 * @generated
	 */
	void setStaff(Staff value);

	/**
	 * Returns the value of the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The course completed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Course</em>' reference.
	 * @see #setCourse(Course)
	 * @see org.custodian.model.ModelPackage#getTrainingRecord_Course()
	 * @model required="true"
	 * @generated
	 */
	Course getCourse();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingRecord#getCourse <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course</em>' reference.
	 * @see #getCourse()
	 * @generated
	 */
	void setCourse(Course value);

	/**
	 * Returns the value of the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the course was completed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed</em>' attribute.
	 * @see #setCompleted(Date)
	 * @see org.custodian.model.ModelPackage#getTrainingRecord_Completed()
	 * @model
	 * @generated
	 */
	Date getCompleted();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingRecord#getCompleted <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed</em>' attribute.
	 * @see #getCompleted()
	 * @generated
	 */
	void setCompleted(Date value);

	/**
	 * Returns the value of the '<em><b>Expires</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the completion lapses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expires</em>' attribute.
	 * @see #setExpires(Date)
	 * @see org.custodian.model.ModelPackage#getTrainingRecord_Expires()
	 * @model
	 * @generated
	 */
	Date getExpires();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingRecord#getExpires <em>Expires</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires</em>' attribute.
	 * @see #getExpires()
	 * @generated
	 */
	void setExpires(Date value);

} // TrainingRecord
