/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelPackage;
import org.custodian.model.TransferDirection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Media Transfer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getTransferDate <em>Transfer Date</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getStudyInstanceUids <em>Study Instance Uids</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#isEncrypted <em>Encrypted</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getException <em>Exception</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getPasswordChannel <em>Password Channel</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getSender <em>Sender</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getReceiver <em>Receiver</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#isImportedToPacs <em>Imported To Pacs</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getIncidentReference <em>Incident Reference</em>}</li>
 *   <li>{@link org.custodian.model.impl.MediaTransferImpl#getProblem <em>Problem</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MediaTransferImpl extends IdentifiedImpl implements MediaTransfer {
	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final TransferDirection DIRECTION_EDEFAULT = TransferDirection.SENT;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected TransferDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransferDate() <em>Transfer Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransferDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date TRANSFER_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTransferDate() <em>Transfer Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransferDate()
	 * @generated
	 * @ordered
	 */
	protected Date transferDate = TRANSFER_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected static final String PATIENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected String patientId = PATIENT_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStudyInstanceUids() <em>Study Instance Uids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyInstanceUids()
	 * @generated
	 * @ordered
	 */
	protected EList<String> studyInstanceUids;

	/**
	 * The default value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected boolean encrypted = ENCRYPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getException() <em>Exception</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getException()
	 * @generated
	 * @ordered
	 */
	protected static final MediaException EXCEPTION_EDEFAULT = MediaException.NONE;

	/**
	 * The cached value of the '{@link #getException() <em>Exception</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getException()
	 * @generated
	 * @ordered
	 */
	protected MediaException exception = EXCEPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordChannel() <em>Password Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_CHANNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordChannel() <em>Password Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordChannel()
	 * @generated
	 * @ordered
	 */
	protected String passwordChannel = PASSWORD_CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSender() <em>Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSender()
	 * @generated
	 * @ordered
	 */
	protected static final String SENDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSender() <em>Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSender()
	 * @generated
	 * @ordered
	 */
	protected String sender = SENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceiver() <em>Receiver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceiver()
	 * @generated
	 * @ordered
	 */
	protected static final String RECEIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceiver() <em>Receiver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceiver()
	 * @generated
	 * @ordered
	 */
	protected String receiver = RECEIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #isImportedToPacs() <em>Imported To Pacs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImportedToPacs()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IMPORTED_TO_PACS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isImportedToPacs() <em>Imported To Pacs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImportedToPacs()
	 * @generated
	 * @ordered
	 */
	protected boolean importedToPacs = IMPORTED_TO_PACS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIncidentReference() <em>Incident Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncidentReference()
	 * @generated
	 * @ordered
	 */
	protected static final String INCIDENT_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIncidentReference() <em>Incident Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncidentReference()
	 * @generated
	 * @ordered
	 */
	protected String incidentReference = INCIDENT_REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProblem() <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblem()
	 * @generated
	 * @ordered
	 */
	protected static final String PROBLEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProblem() <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblem()
	 * @generated
	 * @ordered
	 */
	protected String problem = PROBLEM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MediaTransferImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MEDIA_TRANSFER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransferDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(TransferDirection newDirection) {
		TransferDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTransferDate() {
		return transferDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransferDate(Date newTransferDate) {
		Date oldTransferDate = transferDate;
		transferDate = newTransferDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__TRANSFER_DATE, oldTransferDate, transferDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPatientId() {
		return patientId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatientId(String newPatientId) {
		String oldPatientId = patientId;
		patientId = newPatientId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStudyInstanceUids() {
		if (studyInstanceUids == null) {
			studyInstanceUids = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.MEDIA_TRANSFER__STUDY_INSTANCE_UIDS);
		}
		return studyInstanceUids;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncrypted() {
		return encrypted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncrypted(boolean newEncrypted) {
		boolean oldEncrypted = encrypted;
		encrypted = newEncrypted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__ENCRYPTED, oldEncrypted, encrypted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaException getException() {
		return exception;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setException(MediaException newException) {
		MediaException oldException = exception;
		exception = newException == null ? EXCEPTION_EDEFAULT : newException;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__EXCEPTION, oldException, exception));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPasswordChannel() {
		return passwordChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordChannel(String newPasswordChannel) {
		String oldPasswordChannel = passwordChannel;
		passwordChannel = newPasswordChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__PASSWORD_CHANNEL, oldPasswordChannel, passwordChannel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSender() {
		return sender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSender(String newSender) {
		String oldSender = sender;
		sender = newSender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__SENDER, oldSender, sender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReceiver() {
		return receiver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceiver(String newReceiver) {
		String oldReceiver = receiver;
		receiver = newReceiver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__RECEIVER, oldReceiver, receiver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isImportedToPacs() {
		return importedToPacs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedToPacs(boolean newImportedToPacs) {
		boolean oldImportedToPacs = importedToPacs;
		importedToPacs = newImportedToPacs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__IMPORTED_TO_PACS, oldImportedToPacs, importedToPacs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIncidentReference() {
		return incidentReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncidentReference(String newIncidentReference) {
		String oldIncidentReference = incidentReference;
		incidentReference = newIncidentReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__INCIDENT_REFERENCE, oldIncidentReference, incidentReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProblem() {
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblem(String newProblem) {
		String oldProblem = problem;
		problem = newProblem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEDIA_TRANSFER__PROBLEM, oldProblem, problem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MEDIA_TRANSFER__DIRECTION:
				return getDirection();
			case ModelPackage.MEDIA_TRANSFER__TRANSFER_DATE:
				return getTransferDate();
			case ModelPackage.MEDIA_TRANSFER__PATIENT_ID:
				return getPatientId();
			case ModelPackage.MEDIA_TRANSFER__STUDY_INSTANCE_UIDS:
				return getStudyInstanceUids();
			case ModelPackage.MEDIA_TRANSFER__ENCRYPTED:
				return isEncrypted();
			case ModelPackage.MEDIA_TRANSFER__EXCEPTION:
				return getException();
			case ModelPackage.MEDIA_TRANSFER__PASSWORD_CHANNEL:
				return getPasswordChannel();
			case ModelPackage.MEDIA_TRANSFER__SENDER:
				return getSender();
			case ModelPackage.MEDIA_TRANSFER__RECEIVER:
				return getReceiver();
			case ModelPackage.MEDIA_TRANSFER__IMPORTED_TO_PACS:
				return isImportedToPacs();
			case ModelPackage.MEDIA_TRANSFER__INCIDENT_REFERENCE:
				return getIncidentReference();
			case ModelPackage.MEDIA_TRANSFER__PROBLEM:
				return getProblem();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.MEDIA_TRANSFER__DIRECTION:
				setDirection((TransferDirection)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__TRANSFER_DATE:
				setTransferDate((Date)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__STUDY_INSTANCE_UIDS:
				getStudyInstanceUids().clear();
				getStudyInstanceUids().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__ENCRYPTED:
				setEncrypted((Boolean)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__EXCEPTION:
				setException((MediaException)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__PASSWORD_CHANNEL:
				setPasswordChannel((String)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__SENDER:
				setSender((String)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__RECEIVER:
				setReceiver((String)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__IMPORTED_TO_PACS:
				setImportedToPacs((Boolean)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__INCIDENT_REFERENCE:
				setIncidentReference((String)newValue);
				return;
			case ModelPackage.MEDIA_TRANSFER__PROBLEM:
				setProblem((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.MEDIA_TRANSFER__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__TRANSFER_DATE:
				setTransferDate(TRANSFER_DATE_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__STUDY_INSTANCE_UIDS:
				getStudyInstanceUids().clear();
				return;
			case ModelPackage.MEDIA_TRANSFER__ENCRYPTED:
				setEncrypted(ENCRYPTED_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__EXCEPTION:
				setException(EXCEPTION_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__PASSWORD_CHANNEL:
				setPasswordChannel(PASSWORD_CHANNEL_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__SENDER:
				setSender(SENDER_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__RECEIVER:
				setReceiver(RECEIVER_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__IMPORTED_TO_PACS:
				setImportedToPacs(IMPORTED_TO_PACS_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__INCIDENT_REFERENCE:
				setIncidentReference(INCIDENT_REFERENCE_EDEFAULT);
				return;
			case ModelPackage.MEDIA_TRANSFER__PROBLEM:
				setProblem(PROBLEM_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.MEDIA_TRANSFER__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case ModelPackage.MEDIA_TRANSFER__TRANSFER_DATE:
				return TRANSFER_DATE_EDEFAULT == null ? transferDate != null : !TRANSFER_DATE_EDEFAULT.equals(transferDate);
			case ModelPackage.MEDIA_TRANSFER__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case ModelPackage.MEDIA_TRANSFER__STUDY_INSTANCE_UIDS:
				return studyInstanceUids != null && !studyInstanceUids.isEmpty();
			case ModelPackage.MEDIA_TRANSFER__ENCRYPTED:
				return encrypted != ENCRYPTED_EDEFAULT;
			case ModelPackage.MEDIA_TRANSFER__EXCEPTION:
				return exception != EXCEPTION_EDEFAULT;
			case ModelPackage.MEDIA_TRANSFER__PASSWORD_CHANNEL:
				return PASSWORD_CHANNEL_EDEFAULT == null ? passwordChannel != null : !PASSWORD_CHANNEL_EDEFAULT.equals(passwordChannel);
			case ModelPackage.MEDIA_TRANSFER__SENDER:
				return SENDER_EDEFAULT == null ? sender != null : !SENDER_EDEFAULT.equals(sender);
			case ModelPackage.MEDIA_TRANSFER__RECEIVER:
				return RECEIVER_EDEFAULT == null ? receiver != null : !RECEIVER_EDEFAULT.equals(receiver);
			case ModelPackage.MEDIA_TRANSFER__IMPORTED_TO_PACS:
				return importedToPacs != IMPORTED_TO_PACS_EDEFAULT;
			case ModelPackage.MEDIA_TRANSFER__INCIDENT_REFERENCE:
				return INCIDENT_REFERENCE_EDEFAULT == null ? incidentReference != null : !INCIDENT_REFERENCE_EDEFAULT.equals(incidentReference);
			case ModelPackage.MEDIA_TRANSFER__PROBLEM:
				return PROBLEM_EDEFAULT == null ? problem != null : !PROBLEM_EDEFAULT.equals(problem);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (direction: ");
		result.append(direction);
		result.append(", transferDate: ");
		result.append(transferDate);
		result.append(", patientId: ");
		result.append(patientId);
		result.append(", studyInstanceUids: ");
		result.append(studyInstanceUids);
		result.append(", encrypted: ");
		result.append(encrypted);
		result.append(", exception: ");
		result.append(exception);
		result.append(", passwordChannel: ");
		result.append(passwordChannel);
		result.append(", sender: ");
		result.append(sender);
		result.append(", receiver: ");
		result.append(receiver);
		result.append(", importedToPacs: ");
		result.append(importedToPacs);
		result.append(", incidentReference: ");
		result.append(incidentReference);
		result.append(", problem: ");
		result.append(problem);
		result.append(')');
		return result.toString();
	}

} //MediaTransferImpl
