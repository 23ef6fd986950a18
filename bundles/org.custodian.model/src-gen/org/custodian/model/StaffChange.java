/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Staff Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A leaver or mover whose access must be revoked or changed by a deadline (G1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.StaffChange#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.custodian.model.StaffChange#getKind <em>Kind</em>}</li>
 *   <li>{@link org.custodian.model.StaffChange#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.custodian.model.StaffChange#getNewRole <em>New Role</em>}</li>
 *   <li>{@link org.custodian.model.StaffChange#getRevocationDeadline <em>Revocation Deadline</em>}</li>
 *   <li>{@link org.custodian.model.StaffChange#getSmartcardRemovedAt <em>Smartcard Removed At</em>}</li>
 *   <li>{@link org.custodian.model.StaffChange#getPositionRemovedAt <em>Position Removed At</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getStaffChange()
 * @model
 * @generated
 */
public interface StaffChange extends Identified {
	/**
	 * Returns the value of the '<em><b>Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who leaves or moves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff</em>' reference.
	 * @see #setStaff(Staff)
	 * @see org.custodian.model.ModelPackage#getStaffChange_Staff()
	 * @model required="true"
	 * @generated
	 */
	Staff getStaff();

	/**
	 * Sets the value of the '{@link org.custodian.model.StaffChange#getStaff <em>Staff</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff</em>' reference.
	 * @see #getStaff()
	 * @generated
	 */
	void setStaff(Staff value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.ChangeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leaver or mover.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.custodian.model.ChangeKind
	 * @see #setKind(ChangeKind)
	 * @see org.custodian.model.ModelPackage#getStaffChange_Kind()
	 * @model
	 * @generated
	 */
	ChangeKind getKind();

	/**
	 * Sets the value of the '{@link org.custodian.model.StaffChange#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.custodian.model.ChangeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChangeKind value);

	/**
	 * Returns the value of the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the change takes effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effective Date</em>' attribute.
	 * @see #setEffectiveDate(Date)
	 * @see org.custodian.model.ModelPackage#getStaffChange_EffectiveDate()
	 * @model
	 * @generated
	 */
	Date getEffectiveDate();

	/**
	 * Sets the value of the '{@link org.custodian.model.StaffChange#getEffectiveDate <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective Date</em>' attribute.
	 * @see #getEffectiveDate()
	 * @generated
	 */
	void setEffectiveDate(Date value);

	/**
	 * Returns the value of the '<em><b>New Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role after a move.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Role</em>' attribute.
	 * @see #setNewRole(String)
	 * @see org.custodian.model.ModelPackage#getStaffChange_NewRole()
	 * @model
	 * @generated
	 */
	String getNewRole();

	/**
	 * Sets the value of the '{@link org.custodian.model.StaffChange#getNewRole <em>New Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Role</em>' attribute.
	 * @see #getNewRole()
	 * @generated
	 */
	void setNewRole(String value);

	/**
	 * Returns the value of the '<em><b>Revocation Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When access must be revoked or changed at the latest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revocation Deadline</em>' attribute.
	 * @see #setRevocationDeadline(Date)
	 * @see org.custodian.model.ModelPackage#getStaffChange_RevocationDeadline()
	 * @model
	 * @generated
	 */
	Date getRevocationDeadline();

	/**
	 * Sets the value of the '{@link org.custodian.model.StaffChange#getRevocationDeadline <em>Revocation Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revocation Deadline</em>' attribute.
	 * @see #getRevocationDeadline()
	 * @generated
	 */
	void setRevocationDeadline(Date value);

	/**
	 * Returns the value of the '<em><b>Smartcard Removed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the smartcard or its role was withdrawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smartcard Removed At</em>' attribute.
	 * @see #setSmartcardRemovedAt(Date)
	 * @see org.custodian.model.ModelPackage#getStaffChange_SmartcardRemovedAt()
	 * @model
	 * @generated
	 */
	Date getSmartcardRemovedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.StaffChange#getSmartcardRemovedAt <em>Smartcard Removed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smartcard Removed At</em>' attribute.
	 * @see #getSmartcardRemovedAt()
	 * @generated
	 */
	void setSmartcardRemovedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Position Removed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the position assignment was ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position Removed At</em>' attribute.
	 * @see #setPositionRemovedAt(Date)
	 * @see org.custodian.model.ModelPackage#getStaffChange_PositionRemovedAt()
	 * @model
	 * @generated
	 */
	Date getPositionRemovedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.StaffChange#getPositionRemovedAt <em>Position Removed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position Removed At</em>' attribute.
	 * @see #getPositionRemovedAt()
	 * @generated
	 */
	void setPositionRemovedAt(Date value);

} // StaffChange
