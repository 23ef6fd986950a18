/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A record of whether a course worked: how it was evaluated, what was found, and whether it met its aim (G3, DSPT B6.b).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.CourseEvaluation#getCourse <em>Course</em>}</li>
 *   <li>{@link org.custodian.model.CourseEvaluation#getEvaluatedOn <em>Evaluated On</em>}</li>
 *   <li>{@link org.custodian.model.CourseEvaluation#getMethod <em>Method</em>}</li>
 *   <li>{@link org.custodian.model.CourseEvaluation#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.custodian.model.CourseEvaluation#isEffective <em>Effective</em>}</li>
 *   <li>{@link org.custodian.model.CourseEvaluation#getEvaluatedBy <em>Evaluated By</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getCourseEvaluation()
 * @model
 * @generated
 */
public interface CourseEvaluation extends Identified {
	/**
	 * Returns the value of the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The course evaluated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Course</em>' reference.
	 * @see #setCourse(Course)
	 * @see org.custodian.model.ModelPackage#getCourseEvaluation_Course()
	 * @model
	 * @generated
	 */
	Course getCourse();

	/**
	 * Sets the value of the '{@link org.custodian.model.CourseEvaluation#getCourse <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course</em>' reference.
	 * @see #getCourse()
	 * @generated
	 */
	void setCourse(Course value);

	/**
	 * Returns the value of the '<em><b>Evaluated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the evaluation was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evaluated On</em>' attribute.
	 * @see #setEvaluatedOn(Date)
	 * @see org.custodian.model.ModelPackage#getCourseEvaluation_EvaluatedOn()
	 * @model
	 * @generated
	 */
	Date getEvaluatedOn();

	/**
	 * Sets the value of the '{@link org.custodian.model.CourseEvaluation#getEvaluatedOn <em>Evaluated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluated On</em>' attribute.
	 * @see #getEvaluatedOn()
	 * @generated
	 */
	void setEvaluatedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it was evaluated (a quiz after the course, a phishing exercise, incident trends, feedback).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.custodian.model.ModelPackage#getCourseEvaluation_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.custodian.model.CourseEvaluation#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the evaluation found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.custodian.model.ModelPackage#getCourseEvaluation_Findings()
	 * @model
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.custodian.model.CourseEvaluation#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

	/**
	 * Returns the value of the '<em><b>Effective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the course met its aim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effective</em>' attribute.
	 * @see #setEffective(boolean)
	 * @see org.custodian.model.ModelPackage#getCourseEvaluation_Effective()
	 * @model
	 * @generated
	 */
	boolean isEffective();

	/**
	 * Sets the value of the '{@link org.custodian.model.CourseEvaluation#isEffective <em>Effective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective</em>' attribute.
	 * @see #isEffective()
	 * @generated
	 */
	void setEffective(boolean value);

	/**
	 * Returns the value of the '<em><b>Evaluated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who made the evaluation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evaluated By</em>' attribute.
	 * @see #setEvaluatedBy(String)
	 * @see org.custodian.model.ModelPackage#getCourseEvaluation_EvaluatedBy()
	 * @model
	 * @generated
	 */
	String getEvaluatedBy();

	/**
	 * Sets the value of the '{@link org.custodian.model.CourseEvaluation#getEvaluatedBy <em>Evaluated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluated By</em>' attribute.
	 * @see #getEvaluatedBy()
	 * @generated
	 */
	void setEvaluatedBy(String value);

} // CourseEvaluation
