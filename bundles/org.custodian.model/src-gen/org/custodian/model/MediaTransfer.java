/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Media Transfer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CD or other removable medium sent or received, tracked end to end (M1-M4, G5, S4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.MediaTransfer#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#getTransferDate <em>Transfer Date</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#getStudyInstanceUids <em>Study Instance Uids</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#isEncrypted <em>Encrypted</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#getException <em>Exception</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#getPasswordChannel <em>Password Channel</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#getSender <em>Sender</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#getReceiver <em>Receiver</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#isImportedToPacs <em>Imported To Pacs</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#getIncidentReference <em>Incident Reference</em>}</li>
 *   <li>{@link org.custodian.model.MediaTransfer#getProblem <em>Problem</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getMediaTransfer()
 * @model
 * @generated
 */
public interface MediaTransfer extends Identified {
	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.TransferDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sent or received.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.custodian.model.TransferDirection
	 * @see #setDirection(TransferDirection)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_Direction()
	 * @model
	 * @generated
	 */
	TransferDirection getDirection();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.custodian.model.TransferDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(TransferDirection value);

	/**
	 * Returns the value of the '<em><b>Transfer Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the medium was sent or received.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transfer Date</em>' attribute.
	 * @see #setTransferDate(Date)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_TransferDate()
	 * @model
	 * @generated
	 */
	Date getTransferDate();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#getTransferDate <em>Transfer Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transfer Date</em>' attribute.
	 * @see #getTransferDate()
	 * @generated
	 */
	void setTransferDate(Date value);

	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient whose images are on the medium.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_PatientId()
	 * @model
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Study Instance Uids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The studies on the medium.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Instance Uids</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_StudyInstanceUids()
	 * @model
	 * @generated
	 */
	EList<String> getStudyInstanceUids();

	/**
	 * Returns the value of the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the medium is encrypted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Encrypted</em>' attribute.
	 * @see #setEncrypted(boolean)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_Encrypted()
	 * @model
	 * @generated
	 */
	boolean isEncrypted();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#isEncrypted <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encrypted</em>' attribute.
	 * @see #isEncrypted()
	 * @generated
	 */
	void setEncrypted(boolean value);

	/**
	 * Returns the value of the '<em><b>Exception</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.MediaException}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Permitted reason for an unencrypted medium.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exception</em>' attribute.
	 * @see org.custodian.model.MediaException
	 * @see #setException(MediaException)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_Exception()
	 * @model
	 * @generated
	 */
	MediaException getException();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#getException <em>Exception</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exception</em>' attribute.
	 * @see org.custodian.model.MediaException
	 * @see #getException()
	 * @generated
	 */
	void setException(MediaException value);

	/**
	 * Returns the value of the '<em><b>Password Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the password travelled separately (e-mail, letter).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Channel</em>' attribute.
	 * @see #setPasswordChannel(String)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_PasswordChannel()
	 * @model
	 * @generated
	 */
	String getPasswordChannel();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#getPasswordChannel <em>Password Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Channel</em>' attribute.
	 * @see #getPasswordChannel()
	 * @generated
	 */
	void setPasswordChannel(String value);

	/**
	 * Returns the value of the '<em><b>Sender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who sent the medium.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sender</em>' attribute.
	 * @see #setSender(String)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_Sender()
	 * @model
	 * @generated
	 */
	String getSender();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#getSender <em>Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sender</em>' attribute.
	 * @see #getSender()
	 * @generated
	 */
	void setSender(String value);

	/**
	 * Returns the value of the '<em><b>Receiver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who received the medium.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receiver</em>' attribute.
	 * @see #setReceiver(String)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_Receiver()
	 * @model
	 * @generated
	 */
	String getReceiver();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#getReceiver <em>Receiver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receiver</em>' attribute.
	 * @see #getReceiver()
	 * @generated
	 */
	void setReceiver(String value);

	/**
	 * Returns the value of the '<em><b>Imported To Pacs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when a received medium was imported to PACS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imported To Pacs</em>' attribute.
	 * @see #setImportedToPacs(boolean)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_ImportedToPacs()
	 * @model
	 * @generated
	 */
	boolean isImportedToPacs();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#isImportedToPacs <em>Imported To Pacs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported To Pacs</em>' attribute.
	 * @see #isImportedToPacs()
	 * @generated
	 */
	void setImportedToPacs(boolean value);

	/**
	 * Returns the value of the '<em><b>Incident Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incident raised for a problem affecting care.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Incident Reference</em>' attribute.
	 * @see #setIncidentReference(String)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_IncidentReference()
	 * @model
	 * @generated
	 */
	String getIncidentReference();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#getIncidentReference <em>Incident Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Incident Reference</em>' attribute.
	 * @see #getIncidentReference()
	 * @generated
	 */
	void setIncidentReference(String value);

	/**
	 * Returns the value of the '<em><b>Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What went wrong with the medium (unreadable, lost, sent to the wrong person), when anything did (M4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problem</em>' attribute.
	 * @see #setProblem(String)
	 * @see org.custodian.model.ModelPackage#getMediaTransfer_Problem()
	 * @model
	 * @generated
	 */
	String getProblem();

	/**
	 * Sets the value of the '{@link org.custodian.model.MediaTransfer#getProblem <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem</em>' attribute.
	 * @see #getProblem()
	 * @generated
	 */
	void setProblem(String value);

} // MediaTransfer
