/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Destruction Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Evidence that a record was destroyed securely (R4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.DestructionRecord#getDescription <em>Description</em>}</li>
 *   <li>{@link org.custodian.model.DestructionRecord#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.custodian.model.DestructionRecord#getDestroyedAt <em>Destroyed At</em>}</li>
 *   <li>{@link org.custodian.model.DestructionRecord#getDestroyedBy <em>Destroyed By</em>}</li>
 *   <li>{@link org.custodian.model.DestructionRecord#getMethod <em>Method</em>}</li>
 *   <li>{@link org.custodian.model.DestructionRecord#getCertificateReference <em>Certificate Reference</em>}</li>
 *   <li>{@link org.custodian.model.DestructionRecord#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.DestructionRecord#getDestroyedByName <em>Destroyed By Name</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getDestructionRecord()
 * @model
 * @generated
 */
public interface DestructionRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was destroyed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.custodian.model.ModelPackage#getDestructionRecord_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.custodian.model.DestructionRecord#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOM study instance UID of the destroyed study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Instance Uid</em>' attribute.
	 * @see #setStudyInstanceUid(String)
	 * @see org.custodian.model.ModelPackage#getDestructionRecord_StudyInstanceUid()
	 * @model
	 * @generated
	 */
	String getStudyInstanceUid();

	/**
	 * Sets the value of the '{@link org.custodian.model.DestructionRecord#getStudyInstanceUid <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Instance Uid</em>' attribute.
	 * @see #getStudyInstanceUid()
	 * @generated
	 */
	void setStudyInstanceUid(String value);

	/**
	 * Returns the value of the '<em><b>Destroyed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was destroyed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destroyed At</em>' attribute.
	 * @see #setDestroyedAt(Date)
	 * @see org.custodian.model.ModelPackage#getDestructionRecord_DestroyedAt()
	 * @model
	 * @generated
	 */
	Date getDestroyedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.DestructionRecord#getDestroyedAt <em>Destroyed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destroyed At</em>' attribute.
	 * @see #getDestroyedAt()
	 * @generated
	 */
	void setDestroyedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Destroyed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who destroyed it or authorised its destruction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destroyed By</em>' reference.
	 * @see #setDestroyedBy(Staff)
	 * @see org.custodian.model.ModelPackage#getDestructionRecord_DestroyedBy()
	 * @model
	 * @generated
	 */
	Staff getDestroyedBy();

	/**
	 * Sets the value of the '{@link org.custodian.model.DestructionRecord#getDestroyedBy <em>Destroyed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destroyed By</em>' reference.
	 * @see #getDestroyedBy()
	 * @generated
	 */
	void setDestroyedBy(Staff value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it was destroyed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.custodian.model.ModelPackage#getDestructionRecord_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.custodian.model.DestructionRecord#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Certificate Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference of the destruction certificate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificate Reference</em>' attribute.
	 * @see #setCertificateReference(String)
	 * @see org.custodian.model.ModelPackage#getDestructionRecord_CertificateReference()
	 * @model
	 * @generated
	 */
	String getCertificateReference();

	/**
	 * Sets the value of the '{@link org.custodian.model.DestructionRecord#getCertificateReference <em>Certificate Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate Reference</em>' attribute.
	 * @see #getCertificateReference()
	 * @generated
	 */
	void setCertificateReference(String value);

	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient whose record was destroyed, for the legal-hold check.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.custodian.model.ModelPackage#getDestructionRecord_PatientId()
	 * @model
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.custodian.model.DestructionRecord#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Destroyed By Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who destroyed or authorised the destruction, as written in the register (also when not on the staff list).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destroyed By Name</em>' attribute.
	 * @see #setDestroyedByName(String)
	 * @see org.custodian.model.ModelPackage#getDestructionRecord_DestroyedByName()
	 * @model
	 * @generated
	 */
	String getDestroyedByName();

	/**
	 * Sets the value of the '{@link org.custodian.model.DestructionRecord#getDestroyedByName <em>Destroyed By Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destroyed By Name</em>' attribute.
	 * @see #getDestroyedByName()
	 * @generated
	 */
	void setDestroyedByName(String value);

} // DestructionRecord
