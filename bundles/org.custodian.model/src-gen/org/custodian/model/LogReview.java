/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Log Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A regular inspection of the access logs (R7: inspected regularly and frequently).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.LogReview#getPerformedAt <em>Performed At</em>}</li>
 *   <li>{@link org.custodian.model.LogReview#getPerformedBy <em>Performed By</em>}</li>
 *   <li>{@link org.custodian.model.LogReview#getScope <em>Scope</em>}</li>
 *   <li>{@link org.custodian.model.LogReview#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getLogReview()
 * @model
 * @generated
 */
public interface LogReview extends Identified {
	/**
	 * Returns the value of the '<em><b>Performed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the review was performed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Performed At</em>' attribute.
	 * @see #setPerformedAt(Date)
	 * @see org.custodian.model.ModelPackage#getLogReview_PerformedAt()
	 * @model
	 * @generated
	 */
	Date getPerformedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.LogReview#getPerformedAt <em>Performed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performed At</em>' attribute.
	 * @see #getPerformedAt()
	 * @generated
	 */
	void setPerformedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Performed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who performed the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Performed By</em>' attribute.
	 * @see #setPerformedBy(String)
	 * @see org.custodian.model.ModelPackage#getLogReview_PerformedBy()
	 * @model
	 * @generated
	 */
	String getPerformedBy();

	/**
	 * Sets the value of the '{@link org.custodian.model.LogReview#getPerformedBy <em>Performed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performed By</em>' attribute.
	 * @see #getPerformedBy()
	 * @generated
	 */
	void setPerformedBy(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was reviewed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.custodian.model.ModelPackage#getLogReview_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.custodian.model.LogReview#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the review found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.custodian.model.ModelPackage#getLogReview_Findings()
	 * @model
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.custodian.model.LogReview#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

} // LogReview
