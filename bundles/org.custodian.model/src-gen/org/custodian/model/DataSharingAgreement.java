/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Sharing Agreement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An agreement under which data is shared with another organisation (R2, R6, G6).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getTitle <em>Title</em>}</li>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getPartnerName <em>Partner Name</em>}</li>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getDataFlows <em>Data Flows</em>}</li>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getDpiaStatus <em>Dpia Status</em>}</li>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getReceiverAssurance <em>Receiver Assurance</em>}</li>
 *   <li>{@link org.custodian.model.DataSharingAgreement#getReceivingNodes <em>Receiving Nodes</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getDataSharingAgreement()
 * @model
 * @generated
 */
public interface DataSharingAgreement extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agreement's title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.custodian.model.DataSharingAgreement#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Partner Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The receiving organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner Name</em>' attribute.
	 * @see #setPartnerName(String)
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_PartnerName()
	 * @model
	 * @generated
	 */
	String getPartnerName();

	/**
	 * Sets the value of the '{@link org.custodian.model.DataSharingAgreement#getPartnerName <em>Partner Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Name</em>' attribute.
	 * @see #getPartnerName()
	 * @generated
	 */
	void setPartnerName(String value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider the agreement is with, when it is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Provider)
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_Provider()
	 * @model
	 * @generated
	 */
	Provider getProvider();

	/**
	 * Sets the value of the '{@link org.custodian.model.DataSharingAgreement#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Provider value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the data is shared.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.custodian.model.DataSharingAgreement#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Data Flows</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The flows of data the agreement covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Flows</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_DataFlows()
	 * @model
	 * @generated
	 */
	EList<String> getDataFlows();

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lawful basis for sharing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute.
	 * @see #setLegalBasis(String)
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_LegalBasis()
	 * @model
	 * @generated
	 */
	String getLegalBasis();

	/**
	 * Sets the value of the '{@link org.custodian.model.DataSharingAgreement#getLegalBasis <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' attribute.
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(String value);

	/**
	 * Returns the value of the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the agreement is next reviewed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Date</em>' attribute.
	 * @see #setReviewDate(Date)
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_ReviewDate()
	 * @model
	 * @generated
	 */
	Date getReviewDate();

	/**
	 * Sets the value of the '{@link org.custodian.model.DataSharingAgreement#getReviewDate <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Date</em>' attribute.
	 * @see #getReviewDate()
	 * @generated
	 */
	void setReviewDate(Date value);

	/**
	 * Returns the value of the '<em><b>Dpia Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.DpiaStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Progress of the data protection impact assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dpia Status</em>' attribute.
	 * @see org.custodian.model.DpiaStatus
	 * @see #setDpiaStatus(DpiaStatus)
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_DpiaStatus()
	 * @model
	 * @generated
	 */
	DpiaStatus getDpiaStatus();

	/**
	 * Sets the value of the '{@link org.custodian.model.DataSharingAgreement#getDpiaStatus <em>Dpia Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dpia Status</em>' attribute.
	 * @see org.custodian.model.DpiaStatus
	 * @see #getDpiaStatus()
	 * @generated
	 */
	void setDpiaStatus(DpiaStatus value);

	/**
	 * Returns the value of the '<em><b>Receiver Assurance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence that the receiver protects data at least as well as the trust.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receiver Assurance</em>' containment reference.
	 * @see #setReceiverAssurance(AssuranceEvidence)
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_ReceiverAssurance()
	 * @model containment="true"
	 * @generated
	 */
	AssuranceEvidence getReceiverAssurance();

	/**
	 * Sets the value of the '{@link org.custodian.model.DataSharingAgreement#getReceiverAssurance <em>Receiver Assurance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receiver Assurance</em>' containment reference.
	 * @see #getReceiverAssurance()
	 * @generated
	 */
	void setReceiverAssurance(AssuranceEvidence value);

	/**
	 * Returns the value of the '<em><b>Receiving Nodes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The receiver's systems data is sent to under the agreement: AE titles, host names or addresses, as the audit trail names them (R5, G6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receiving Nodes</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getDataSharingAgreement_ReceivingNodes()
	 * @model
	 * @generated
	 */
	EList<String> getReceivingNodes();

} // DataSharingAgreement
