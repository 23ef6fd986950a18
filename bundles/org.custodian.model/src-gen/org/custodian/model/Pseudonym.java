/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pseudonym</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of the trust's pseudonym map: the pseudonym a patient's de-identified images carry (S3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.Pseudonym#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.Pseudonym#getPseudonym <em>Pseudonym</em>}</li>
 *   <li>{@link org.custodian.model.Pseudonym#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.custodian.model.Pseudonym#getCreatedAt <em>Created At</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getPseudonym()
 * @model
 * @generated
 */
public interface Pseudonym extends Identified {
	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The real patient ID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.custodian.model.ModelPackage#getPseudonym_PatientId()
	 * @model
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.custodian.model.Pseudonym#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Pseudonym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pseudonym used in de-identified copies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pseudonym</em>' attribute.
	 * @see #setPseudonym(String)
	 * @see org.custodian.model.ModelPackage#getPseudonym_Pseudonym()
	 * @model
	 * @generated
	 */
	String getPseudonym();

	/**
	 * Sets the value of the '{@link org.custodian.model.Pseudonym#getPseudonym <em>Pseudonym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pseudonym</em>' attribute.
	 * @see #getPseudonym()
	 * @generated
	 */
	void setPseudonym(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Teaching collection or research project the copy was made for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.custodian.model.ModelPackage#getPseudonym_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.custodian.model.Pseudonym#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the pseudonym was assigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.custodian.model.ModelPackage#getPseudonym_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.Pseudonym#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

} // Pseudonym
