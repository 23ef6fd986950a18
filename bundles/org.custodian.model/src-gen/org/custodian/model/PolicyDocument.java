/**
 */
package org.custodian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A governance policy and the staff groups it applies to (R1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.PolicyDocument#getTitle <em>Title</em>}</li>
 *   <li>{@link org.custodian.model.PolicyDocument#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link org.custodian.model.PolicyDocument#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.custodian.model.PolicyDocument#isAccessNotice <em>Access Notice</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getPolicyDocument()
 * @model
 * @generated
 */
public interface PolicyDocument extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy's title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.custodian.model.ModelPackage#getPolicyDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.custodian.model.PolicyDocument#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Applies To</b></em>' reference list.
	 * The list contents are of type {@link org.custodian.model.StaffGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The staff groups that must acknowledge the policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applies To</em>' reference list.
	 * @see org.custodian.model.ModelPackage#getPolicyDocument_AppliesTo()
	 * @model
	 * @generated
	 */
	EList<StaffGroup> getAppliesTo();

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.PolicyVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Published versions, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Versions</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getPolicyDocument_Versions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyVersion> getVersions();

	/**
	 * Returns the value of the '<em><b>Access Notice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the policy that tells staff that their access to records is logged and monitored (A3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access Notice</em>' attribute.
	 * @see #setAccessNotice(boolean)
	 * @see org.custodian.model.ModelPackage#getPolicyDocument_AccessNotice()
	 * @model
	 * @generated
	 */
	boolean isAccessNotice();

	/**
	 * Sets the value of the '{@link org.custodian.model.PolicyDocument#isAccessNotice <em>Access Notice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access Notice</em>' attribute.
	 * @see #isAccessNotice()
	 * @generated
	 */
	void setAccessNotice(boolean value);

} // PolicyDocument
