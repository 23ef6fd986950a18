/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The decision on one account in an access review.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.AccessDecision#getAccount <em>Account</em>}</li>
 *   <li>{@link org.custodian.model.AccessDecision#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.custodian.model.AccessDecision#getJustification <em>Justification</em>}</li>
 *   <li>{@link org.custodian.model.AccessDecision#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.custodian.model.AccessDecision#getDecidedAt <em>Decided At</em>}</li>
 *   <li>{@link org.custodian.model.AccessDecision#isDefaulted <em>Defaulted</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getAccessDecision()
 * @model
 * @generated
 */
public interface AccessDecision extends Identified {
	/**
	 * Returns the value of the '<em><b>Account</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The account decided on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account</em>' reference.
	 * @see #setAccount(Account)
	 * @see org.custodian.model.ModelPackage#getAccessDecision_Account()
	 * @model required="true"
	 * @generated
	 */
	Account getAccount();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessDecision#getAccount <em>Account</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account</em>' reference.
	 * @see #getAccount()
	 * @generated
	 */
	void setAccount(Account value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.ReviewDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep, revoke, or not decided yet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see org.custodian.model.ReviewDecision
	 * @see #setDecision(ReviewDecision)
	 * @see org.custodian.model.ModelPackage#getAccessDecision_Decision()
	 * @model
	 * @generated
	 */
	ReviewDecision getDecision();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessDecision#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see org.custodian.model.ReviewDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(ReviewDecision value);

	/**
	 * Returns the value of the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the reviewer decided so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Justification</em>' attribute.
	 * @see #setJustification(String)
	 * @see org.custodian.model.ModelPackage#getAccessDecision_Justification()
	 * @model
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessDecision#getJustification <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Justification</em>' attribute.
	 * @see #getJustification()
	 * @generated
	 */
	void setJustification(String value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who decided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decided By</em>' attribute.
	 * @see #setDecidedBy(String)
	 * @see org.custodian.model.ModelPackage#getAccessDecision_DecidedBy()
	 * @model
	 * @generated
	 */
	String getDecidedBy();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessDecision#getDecidedBy <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' attribute.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(String value);

	/**
	 * Returns the value of the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was decided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decided At</em>' attribute.
	 * @see #setDecidedAt(Date)
	 * @see org.custodian.model.ModelPackage#getAccessDecision_DecidedAt()
	 * @model
	 * @generated
	 */
	Date getDecidedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessDecision#getDecidedAt <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided At</em>' attribute.
	 * @see #getDecidedAt()
	 * @generated
	 */
	void setDecidedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Defaulted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the default decision was applied because the reviewer did not answer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Defaulted</em>' attribute.
	 * @see #setDefaulted(boolean)
	 * @see org.custodian.model.ModelPackage#getAccessDecision_Defaulted()
	 * @model
	 * @generated
	 */
	boolean isDefaulted();

	/**
	 * Sets the value of the '{@link org.custodian.model.AccessDecision#isDefaulted <em>Defaulted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Defaulted</em>' attribute.
	 * @see #isDefaulted()
	 * @generated
	 */
	void setDefaulted(boolean value);

} // AccessDecision
