/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A review of a mover's accounts for the new duties (G1): a reviewer approves or revokes each one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.AccessReview#getChange <em>Change</em>}</li>
 *   <li>{@link org.custodian.model.AccessReview#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.custodian.model.AccessReview#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.custodian.model.AccessReview#getDue <em>Due</em>}</li>
 *   <li>{@link org.custodian.model.AccessReview#getDefaultDecision <em>Default Decision</em>}</li>
 *   <li>{@link org.custodian.model.AccessReview#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getAccessReview()
 * @model
 * @generated
 */
public interface AccessReview extends Identified {
	/**
	 * Returns the value of the '<em><b>Change</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The move that started the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Change</em>' reference.
	 * @see #setChange(StaffChange)
	 * @see org.custodian.model.ModelPackage#getAccessReview_Change()
	 * @model required="true"
	 * @generated
	 */
	StaffChange getChange();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessReview#getChange <em>Change</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change</em>' reference.
	 * @see #getChange()
	 * @generated
	 */
	void setChange(StaffChange value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who must decide.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Staff)
	 * @see org.custodian.model.ModelPackage#getAccessReview_Reviewer()
	 * @model
	 * @generated
	 */
	Staff getReviewer();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessReview#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Staff value);

	/**
	 * Returns the value of the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the review was opened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened</em>' attribute.
	 * @see #setOpened(Date)
	 * @see org.custodian.model.ModelPackage#getAccessReview_Opened()
	 * @model
	 * @generated
	 */
	Date getOpened();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessReview#getOpened <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened</em>' attribute.
	 * @see #getOpened()
	 * @generated
	 */
	void setOpened(Date value);

	/**
	 * Returns the value of the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the decisions are due; after it the default decision applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due</em>' attribute.
	 * @see #setDue(Date)
	 * @see org.custodian.model.ModelPackage#getAccessReview_Due()
	 * @model
	 * @generated
	 */
	Date getDue();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessReview#getDue <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due</em>' attribute.
	 * @see #getDue()
	 * @generated
	 */
	void setDue(Date value);

	/**
	 * Returns the value of the '<em><b>Default Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.ReviewDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision taken for an account the reviewer did not decide by the due date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Decision</em>' attribute.
	 * @see org.custodian.model.ReviewDecision
	 * @see #setDefaultDecision(ReviewDecision)
	 * @see org.custodian.model.ModelPackage#getAccessReview_DefaultDecision()
	 * @model
	 * @generated
	 */
	ReviewDecision getDefaultDecision();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessReview#getDefaultDecision <em>Default Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Decision</em>' attribute.
	 * @see org.custodian.model.ReviewDecision
	 * @see #getDefaultDecision()
	 * @generated
	 */
	void setDefaultDecision(ReviewDecision value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.AccessDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One decision per account under review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getAccessReview_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccessDecision> getDecisions();

} // AccessReview
