/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Need</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of the training needs analysis: a course a staff group needs, why, the target for that group and course, and who approved it (G3, DSPT B6.b).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.TrainingNeed#getGroup <em>Group</em>}</li>
 *   <li>{@link org.custodian.model.TrainingNeed#getCourse <em>Course</em>}</li>
 *   <li>{@link org.custodian.model.TrainingNeed#getReason <em>Reason</em>}</li>
 *   <li>{@link org.custodian.model.TrainingNeed#getTargetPercent <em>Target Percent</em>}</li>
 *   <li>{@link org.custodian.model.TrainingNeed#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.custodian.model.TrainingNeed#getApprovedOn <em>Approved On</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getTrainingNeed()
 * @model
 * @generated
 */
public interface TrainingNeed extends Identified {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The staff group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(StaffGroup)
	 * @see org.custodian.model.ModelPackage#getTrainingNeed_Group()
	 * @model
	 * @generated
	 */
	StaffGroup getGroup();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingNeed#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(StaffGroup value);

	/**
	 * Returns the value of the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The course the group needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Course</em>' reference.
	 * @see #setCourse(Course)
	 * @see org.custodian.model.ModelPackage#getTrainingNeed_Course()
	 * @model
	 * @generated
	 */
	Course getCourse();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingNeed#getCourse <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course</em>' reference.
	 * @see #getCourse()
	 * @generated
	 */
	void setCourse(Course value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the group needs the course (its duties, the risks it handles).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.custodian.model.ModelPackage#getTrainingNeed_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingNeed#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Target Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of the group that must hold the course, in percent; 0: the trust's default target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Percent</em>' attribute.
	 * @see #setTargetPercent(double)
	 * @see org.custodian.model.ModelPackage#getTrainingNeed_TargetPercent()
	 * @model
	 * @generated
	 */
	double getTargetPercent();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingNeed#getTargetPercent <em>Target Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Percent</em>' attribute.
	 * @see #getTargetPercent()
	 * @generated
	 */
	void setTargetPercent(double value);

	/**
	 * Returns the value of the '<em><b>Approved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who approved this line of the analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved By</em>' attribute.
	 * @see #setApprovedBy(String)
	 * @see org.custodian.model.ModelPackage#getTrainingNeed_ApprovedBy()
	 * @model
	 * @generated
	 */
	String getApprovedBy();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingNeed#getApprovedBy <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved By</em>' attribute.
	 * @see #getApprovedBy()
	 * @generated
	 */
	void setApprovedBy(String value);

	/**
	 * Returns the value of the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was approved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved On</em>' attribute.
	 * @see #setApprovedOn(Date)
	 * @see org.custodian.model.ModelPackage#getTrainingNeed_ApprovedOn()
	 * @model
	 * @generated
	 */
	Date getApprovedOn();

	/**
	 * Sets the value of the '{@link org.custodian.model.TrainingNeed#getApprovedOn <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved On</em>' attribute.
	 * @see #getApprovedOn()
	 * @generated
	 */
	void setApprovedOn(Date value);

} // TrainingNeed
