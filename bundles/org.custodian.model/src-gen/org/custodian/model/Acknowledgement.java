/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Acknowledgement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member of staff's confirmation of having read a policy version (R1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.Acknowledgement#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.custodian.model.Acknowledgement#getPolicyVersion <em>Policy Version</em>}</li>
 *   <li>{@link org.custodian.model.Acknowledgement#getAcknowledgedAt <em>Acknowledged At</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getAcknowledgement()
 * @model
 * @generated
 */
public interface Acknowledgement extends Identified {
	/**
	 * Returns the value of the '<em><b>Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who acknowledged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff</em>' reference.
	 * @see #setStaff(Staff)
	 * @see org.custodian.model.ModelPackage#getAcknowledgement_Staff()
	 * @model required="true"
	 * @generated
	 */
	Staff getStaff();

	/**
	 * Sets the value of the '{@link org.custodian.model.Acknowledgement#getStaff <em>Staff</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff</em>' reference.
	 * @see #getStaff()
	 * @generated
	 */
	void setStaff(Staff value);

	/**
	 * Returns the value of the '<em><b>Policy Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version acknowledged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy Version</em>' reference.
	 * @see #setPolicyVersion(PolicyVersion)
	 * @see org.custodian.model.ModelPackage#getAcknowledgement_PolicyVersion()
	 * @model required="true"
	 * @generated
	 */
	PolicyVersion getPolicyVersion();

	/**
	 * Sets the value of the '{@link org.custodian.model.Acknowledgement#getPolicyVersion <em>Policy Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy Version</em>' reference.
	 * @see #getPolicyVersion()
	 * @generated
	 */
	void setPolicyVersion(PolicyVersion value);

	/**
	 * Returns the value of the '<em><b>Acknowledged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the acknowledgement was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acknowledged At</em>' attribute.
	 * @see #setAcknowledgedAt(Date)
	 * @see org.custodian.model.ModelPackage#getAcknowledgement_AcknowledgedAt()
	 * @model
	 * @generated
	 */
	Date getAcknowledgedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.Acknowledgement#getAcknowledgedAt <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged At</em>' attribute.
	 * @see #getAcknowledgedAt()
	 * @generated
	 */
	void setAcknowledgedAt(Date value);

} // Acknowledgement
