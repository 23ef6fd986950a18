/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legal Hold</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A hold that stops destruction of a patient's records whatever their retention (R4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.LegalHold#getReference <em>Reference</em>}</li>
 *   <li>{@link org.custodian.model.LegalHold#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.LegalHold#getReason <em>Reason</em>}</li>
 *   <li>{@link org.custodian.model.LegalHold#getPlacedAt <em>Placed At</em>}</li>
 *   <li>{@link org.custodian.model.LegalHold#getReleasedAt <em>Released At</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getLegalHold()
 * @model
 * @generated
 */
public interface LegalHold extends Identified {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hold's reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.custodian.model.ModelPackage#getLegalHold_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.custodian.model.LegalHold#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient whose records are held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.custodian.model.ModelPackage#getLegalHold_PatientId()
	 * @model
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.custodian.model.LegalHold#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the records are held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.custodian.model.ModelPackage#getLegalHold_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.custodian.model.LegalHold#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Placed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the hold was placed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Placed At</em>' attribute.
	 * @see #setPlacedAt(Date)
	 * @see org.custodian.model.ModelPackage#getLegalHold_PlacedAt()
	 * @model
	 * @generated
	 */
	Date getPlacedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.LegalHold#getPlacedAt <em>Placed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placed At</em>' attribute.
	 * @see #getPlacedAt()
	 * @generated
	 */
	void setPlacedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Released At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the hold was released.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Released At</em>' attribute.
	 * @see #setReleasedAt(Date)
	 * @see org.custodian.model.ModelPackage#getLegalHold_ReleasedAt()
	 * @model
	 * @generated
	 */
	Date getReleasedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.LegalHold#getReleasedAt <em>Released At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Released At</em>' attribute.
	 * @see #getReleasedAt()
	 * @generated
	 */
	void setReleasedAt(Date value);

} // LegalHold
