/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assurance Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Security assurance of an organisation, with the dates that make it current (R6).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.AssuranceEvidence#getDsptStatus <em>Dspt Status</em>}</li>
 *   <li>{@link org.custodian.model.AssuranceEvidence#getDsptDate <em>Dspt Date</em>}</li>
 *   <li>{@link org.custodian.model.AssuranceEvidence#getIso27001Expiry <em>Iso27001 Expiry</em>}</li>
 *   <li>{@link org.custodian.model.AssuranceEvidence#getCyberEssentialsPlusExpiry <em>Cyber Essentials Plus Expiry</em>}</li>
 *   <li>{@link org.custodian.model.AssuranceEvidence#getLastPenTest <em>Last Pen Test</em>}</li>
 *   <li>{@link org.custodian.model.AssuranceEvidence#getDsptExpiry <em>Dspt Expiry</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getAssuranceEvidence()
 * @model
 * @generated
 */
public interface AssuranceEvidence extends Identified {
	/**
	 * Returns the value of the '<em><b>Dspt Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.DsptStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Published Data Security and Protection Toolkit status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dspt Status</em>' attribute.
	 * @see org.custodian.model.DsptStatus
	 * @see #setDsptStatus(DsptStatus)
	 * @see org.custodian.model.ModelPackage#getAssuranceEvidence_DsptStatus()
	 * @model
	 * @generated
	 */
	DsptStatus getDsptStatus();

	/**
	 * Sets the value of the '{@link org.custodian.model.AssuranceEvidence#getDsptStatus <em>Dspt Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dspt Status</em>' attribute.
	 * @see org.custodian.model.DsptStatus
	 * @see #getDsptStatus()
	 * @generated
	 */
	void setDsptStatus(DsptStatus value);

	/**
	 * Returns the value of the '<em><b>Dspt Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the toolkit status was published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dspt Date</em>' attribute.
	 * @see #setDsptDate(Date)
	 * @see org.custodian.model.ModelPackage#getAssuranceEvidence_DsptDate()
	 * @model
	 * @generated
	 */
	Date getDsptDate();

	/**
	 * Sets the value of the '{@link org.custodian.model.AssuranceEvidence#getDsptDate <em>Dspt Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dspt Date</em>' attribute.
	 * @see #getDsptDate()
	 * @generated
	 */
	void setDsptDate(Date value);

	/**
	 * Returns the value of the '<em><b>Iso27001 Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the ISO 27001 certificate expires.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iso27001 Expiry</em>' attribute.
	 * @see #setIso27001Expiry(Date)
	 * @see org.custodian.model.ModelPackage#getAssuranceEvidence_Iso27001Expiry()
	 * @model
	 * @generated
	 */
	Date getIso27001Expiry();

	/**
	 * Sets the value of the '{@link org.custodian.model.AssuranceEvidence#getIso27001Expiry <em>Iso27001 Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iso27001 Expiry</em>' attribute.
	 * @see #getIso27001Expiry()
	 * @generated
	 */
	void setIso27001Expiry(Date value);

	/**
	 * Returns the value of the '<em><b>Cyber Essentials Plus Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the Cyber Essentials Plus certificate expires.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cyber Essentials Plus Expiry</em>' attribute.
	 * @see #setCyberEssentialsPlusExpiry(Date)
	 * @see org.custodian.model.ModelPackage#getAssuranceEvidence_CyberEssentialsPlusExpiry()
	 * @model
	 * @generated
	 */
	Date getCyberEssentialsPlusExpiry();

	/**
	 * Sets the value of the '{@link org.custodian.model.AssuranceEvidence#getCyberEssentialsPlusExpiry <em>Cyber Essentials Plus Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cyber Essentials Plus Expiry</em>' attribute.
	 * @see #getCyberEssentialsPlusExpiry()
	 * @generated
	 */
	void setCyberEssentialsPlusExpiry(Date value);

	/**
	 * Returns the value of the '<em><b>Last Pen Test</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the last penetration test was done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Pen Test</em>' attribute.
	 * @see #setLastPenTest(Date)
	 * @see org.custodian.model.ModelPackage#getAssuranceEvidence_LastPenTest()
	 * @model
	 * @generated
	 */
	Date getLastPenTest();

	/**
	 * Sets the value of the '{@link org.custodian.model.AssuranceEvidence#getLastPenTest <em>Last Pen Test</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Pen Test</em>' attribute.
	 * @see #getLastPenTest()
	 * @generated
	 */
	void setLastPenTest(Date value);

	/**
	 * Returns the value of the '<em><b>Dspt Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the published toolkit status lapses (the next submission deadline); unset: a year after publication.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dspt Expiry</em>' attribute.
	 * @see #setDsptExpiry(Date)
	 * @see org.custodian.model.ModelPackage#getAssuranceEvidence_DsptExpiry()
	 * @model
	 * @generated
	 */
	Date getDsptExpiry();

	/**
	 * Sets the value of the '{@link org.custodian.model.AssuranceEvidence#getDsptExpiry <em>Dspt Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dspt Expiry</em>' attribute.
	 * @see #getDsptExpiry()
	 * @generated
	 */
	void setDsptExpiry(Date value);

} // AssuranceEvidence
