/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DpiaStatus;
import org.custodian.model.ModelPackage;
import org.custodian.model.Provider;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Sharing Agreement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getPartnerName <em>Partner Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getDataFlows <em>Data Flows</em>}</li>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getDpiaStatus <em>Dpia Status</em>}</li>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getReceiverAssurance <em>Receiver Assurance</em>}</li>
 *   <li>{@link org.custodian.model.impl.DataSharingAgreementImpl#getReceivingNodes <em>Receiving Nodes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSharingAgreementImpl extends IdentifiedImpl implements DataSharingAgreement {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartnerName() <em>Partner Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerName()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTNER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartnerName() <em>Partner Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerName()
	 * @generated
	 * @ordered
	 */
	protected String partnerName = PARTNER_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected Provider provider;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataFlows() <em>Data Flows</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dataFlows;

	/**
	 * The default value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_BASIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected String legalBasis = LEGAL_BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date REVIEW_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected Date reviewDate = REVIEW_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDpiaStatus() <em>Dpia Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpiaStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DpiaStatus DPIA_STATUS_EDEFAULT = DpiaStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getDpiaStatus() <em>Dpia Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpiaStatus()
	 * @generated
	 * @ordered
	 */
	protected DpiaStatus dpiaStatus = DPIA_STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReceiverAssurance() <em>Receiver Assurance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceiverAssurance()
	 * @generated
	 * @ordered
	 */
	protected AssuranceEvidence receiverAssurance;

	/**
	 * The cached value of the '{@link #getReceivingNodes() <em>Receiving Nodes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivingNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> receivingNodes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSharingAgreementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DATA_SHARING_AGREEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATA_SHARING_AGREEMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartnerName() {
		return partnerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerName(String newPartnerName) {
		String oldPartnerName = partnerName;
		partnerName = newPartnerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATA_SHARING_AGREEMENT__PARTNER_NAME, oldPartnerName, partnerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provider getProvider() {
		if (provider != null && provider.eIsProxy()) {
			InternalEObject oldProvider = (InternalEObject)provider;
			provider = (Provider)eResolveProxy(oldProvider);
			if (provider != oldProvider) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.DATA_SHARING_AGREEMENT__PROVIDER, oldProvider, provider));
			}
		}
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provider basicGetProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(Provider newProvider) {
		Provider oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATA_SHARING_AGREEMENT__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATA_SHARING_AGREEMENT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDataFlows() {
		if (dataFlows == null) {
			dataFlows = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.DATA_SHARING_AGREEMENT__DATA_FLOWS);
		}
		return dataFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(String newLegalBasis) {
		String oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATA_SHARING_AGREEMENT__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReviewDate() {
		return reviewDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewDate(Date newReviewDate) {
		Date oldReviewDate = reviewDate;
		reviewDate = newReviewDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATA_SHARING_AGREEMENT__REVIEW_DATE, oldReviewDate, reviewDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DpiaStatus getDpiaStatus() {
		return dpiaStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpiaStatus(DpiaStatus newDpiaStatus) {
		DpiaStatus oldDpiaStatus = dpiaStatus;
		dpiaStatus = newDpiaStatus == null ? DPIA_STATUS_EDEFAULT : newDpiaStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATA_SHARING_AGREEMENT__DPIA_STATUS, oldDpiaStatus, dpiaStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssuranceEvidence getReceiverAssurance() {
		return receiverAssurance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReceiverAssurance(AssuranceEvidence newReceiverAssurance, NotificationChain msgs) {
		AssuranceEvidence oldReceiverAssurance = receiverAssurance;
		receiverAssurance = newReceiverAssurance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE, oldReceiverAssurance, newReceiverAssurance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceiverAssurance(AssuranceEvidence newReceiverAssurance) {
		if (newReceiverAssurance != receiverAssurance) {
			NotificationChain msgs = null;
			if (receiverAssurance != null)
				msgs = ((InternalEObject)receiverAssurance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE, null, msgs);
			if (newReceiverAssurance != null)
				msgs = ((InternalEObject)newReceiverAssurance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE, null, msgs);
			msgs = basicSetReceiverAssurance(newReceiverAssurance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE, newReceiverAssurance, newReceiverAssurance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReceivingNodes() {
		if (receivingNodes == null) {
			receivingNodes = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.DATA_SHARING_AGREEMENT__RECEIVING_NODES);
		}
		return receivingNodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE:
				return basicSetReceiverAssurance(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.DATA_SHARING_AGREEMENT__TITLE:
				return getTitle();
			case ModelPackage.DATA_SHARING_AGREEMENT__PARTNER_NAME:
				return getPartnerName();
			case ModelPackage.DATA_SHARING_AGREEMENT__PROVIDER:
				if (resolve) return getProvider();
				return basicGetProvider();
			case ModelPackage.DATA_SHARING_AGREEMENT__PURPOSE:
				return getPurpose();
			case ModelPackage.DATA_SHARING_AGREEMENT__DATA_FLOWS:
				return getDataFlows();
			case ModelPackage.DATA_SHARING_AGREEMENT__LEGAL_BASIS:
				return getLegalBasis();
			case ModelPackage.DATA_SHARING_AGREEMENT__REVIEW_DATE:
				return getReviewDate();
			case ModelPackage.DATA_SHARING_AGREEMENT__DPIA_STATUS:
				return getDpiaStatus();
			case ModelPackage.DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE:
				return getReceiverAssurance();
			case ModelPackage.DATA_SHARING_AGREEMENT__RECEIVING_NODES:
				return getReceivingNodes();
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
			case ModelPackage.DATA_SHARING_AGREEMENT__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__PARTNER_NAME:
				setPartnerName((String)newValue);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__PROVIDER:
				setProvider((Provider)newValue);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__PURPOSE:
				setPurpose((String)newValue);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__DATA_FLOWS:
				getDataFlows().clear();
				getDataFlows().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__LEGAL_BASIS:
				setLegalBasis((String)newValue);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__REVIEW_DATE:
				setReviewDate((Date)newValue);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__DPIA_STATUS:
				setDpiaStatus((DpiaStatus)newValue);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE:
				setReceiverAssurance((AssuranceEvidence)newValue);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__RECEIVING_NODES:
				getReceivingNodes().clear();
				getReceivingNodes().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.DATA_SHARING_AGREEMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__PARTNER_NAME:
				setPartnerName(PARTNER_NAME_EDEFAULT);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__PROVIDER:
				setProvider((Provider)null);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__DATA_FLOWS:
				getDataFlows().clear();
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__LEGAL_BASIS:
				setLegalBasis(LEGAL_BASIS_EDEFAULT);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__REVIEW_DATE:
				setReviewDate(REVIEW_DATE_EDEFAULT);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__DPIA_STATUS:
				setDpiaStatus(DPIA_STATUS_EDEFAULT);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE:
				setReceiverAssurance((AssuranceEvidence)null);
				return;
			case ModelPackage.DATA_SHARING_AGREEMENT__RECEIVING_NODES:
				getReceivingNodes().clear();
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
			case ModelPackage.DATA_SHARING_AGREEMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.DATA_SHARING_AGREEMENT__PARTNER_NAME:
				return PARTNER_NAME_EDEFAULT == null ? partnerName != null : !PARTNER_NAME_EDEFAULT.equals(partnerName);
			case ModelPackage.DATA_SHARING_AGREEMENT__PROVIDER:
				return provider != null;
			case ModelPackage.DATA_SHARING_AGREEMENT__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case ModelPackage.DATA_SHARING_AGREEMENT__DATA_FLOWS:
				return dataFlows != null && !dataFlows.isEmpty();
			case ModelPackage.DATA_SHARING_AGREEMENT__LEGAL_BASIS:
				return LEGAL_BASIS_EDEFAULT == null ? legalBasis != null : !LEGAL_BASIS_EDEFAULT.equals(legalBasis);
			case ModelPackage.DATA_SHARING_AGREEMENT__REVIEW_DATE:
				return REVIEW_DATE_EDEFAULT == null ? reviewDate != null : !REVIEW_DATE_EDEFAULT.equals(reviewDate);
			case ModelPackage.DATA_SHARING_AGREEMENT__DPIA_STATUS:
				return dpiaStatus != DPIA_STATUS_EDEFAULT;
			case ModelPackage.DATA_SHARING_AGREEMENT__RECEIVER_ASSURANCE:
				return receiverAssurance != null;
			case ModelPackage.DATA_SHARING_AGREEMENT__RECEIVING_NODES:
				return receivingNodes != null && !receivingNodes.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", partnerName: ");
		result.append(partnerName);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", dataFlows: ");
		result.append(dataFlows);
		result.append(", legalBasis: ");
		result.append(legalBasis);
		result.append(", reviewDate: ");
		result.append(reviewDate);
		result.append(", dpiaStatus: ");
		result.append(dpiaStatus);
		result.append(", receivingNodes: ");
		result.append(receivingNodes);
		result.append(')');
		return result.toString();
	}

} //DataSharingAgreementImpl
