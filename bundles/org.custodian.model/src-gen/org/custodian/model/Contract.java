/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contract with a provider and the terms that protect the archive (R3 provider change, R4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.Contract#getReference <em>Reference</em>}</li>
 *   <li>{@link org.custodian.model.Contract#getStart <em>Start</em>}</li>
 *   <li>{@link org.custodian.model.Contract#getEnd <em>End</em>}</li>
 *   <li>{@link org.custodian.model.Contract#getNoticeDays <em>Notice Days</em>}</li>
 *   <li>{@link org.custodian.model.Contract#getRenewalTerms <em>Renewal Terms</em>}</li>
 *   <li>{@link org.custodian.model.Contract#getExitClause <em>Exit Clause</em>}</li>
 *   <li>{@link org.custodian.model.Contract#getDataReturnClause <em>Data Return Clause</em>}</li>
 *   <li>{@link org.custodian.model.Contract#getRetentionGuaranteeYears <em>Retention Guarantee Years</em>}</li>
 *   <li>{@link org.custodian.model.Contract#getImageDisplaySeconds <em>Image Display Seconds</em>}</li>
 *   <li>{@link org.custodian.model.Contract#getServiceLevels <em>Service Levels</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getContract()
 * @model
 * @generated
 */
public interface Contract extends Identified {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contract's reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.custodian.model.ModelPackage#getContract_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.custodian.model.Contract#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the contract starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see org.custodian.model.ModelPackage#getContract_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link org.custodian.model.Contract#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the contract ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Date)
	 * @see org.custodian.model.ModelPackage#getContract_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link org.custodian.model.Contract#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Notice Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notice period in days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notice Days</em>' attribute.
	 * @see #setNoticeDays(int)
	 * @see org.custodian.model.ModelPackage#getContract_NoticeDays()
	 * @model
	 * @generated
	 */
	int getNoticeDays();

	/**
	 * Sets the value of the '{@link org.custodian.model.Contract#getNoticeDays <em>Notice Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notice Days</em>' attribute.
	 * @see #getNoticeDays()
	 * @generated
	 */
	void setNoticeDays(int value);

	/**
	 * Returns the value of the '<em><b>Renewal Terms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the contract renews.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Renewal Terms</em>' attribute.
	 * @see #setRenewalTerms(String)
	 * @see org.custodian.model.ModelPackage#getContract_RenewalTerms()
	 * @model
	 * @generated
	 */
	String getRenewalTerms();

	/**
	 * Sets the value of the '{@link org.custodian.model.Contract#getRenewalTerms <em>Renewal Terms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Renewal Terms</em>' attribute.
	 * @see #getRenewalTerms()
	 * @generated
	 */
	void setRenewalTerms(String value);

	/**
	 * Returns the value of the '<em><b>Exit Clause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens at exit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exit Clause</em>' attribute.
	 * @see #setExitClause(String)
	 * @see org.custodian.model.ModelPackage#getContract_ExitClause()
	 * @model
	 * @generated
	 */
	String getExitClause();

	/**
	 * Sets the value of the '{@link org.custodian.model.Contract#getExitClause <em>Exit Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Clause</em>' attribute.
	 * @see #getExitClause()
	 * @generated
	 */
	void setExitClause(String value);

	/**
	 * Returns the value of the '<em><b>Data Return Clause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How data is returned or migrated at exit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Return Clause</em>' attribute.
	 * @see #setDataReturnClause(String)
	 * @see org.custodian.model.ModelPackage#getContract_DataReturnClause()
	 * @model
	 * @generated
	 */
	String getDataReturnClause();

	/**
	 * Sets the value of the '{@link org.custodian.model.Contract#getDataReturnClause <em>Data Return Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Return Clause</em>' attribute.
	 * @see #getDataReturnClause()
	 * @generated
	 */
	void setDataReturnClause(String value);

	/**
	 * Returns the value of the '<em><b>Retention Guarantee Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Years the provider guarantees to retain images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Guarantee Years</em>' attribute.
	 * @see #setRetentionGuaranteeYears(int)
	 * @see org.custodian.model.ModelPackage#getContract_RetentionGuaranteeYears()
	 * @model
	 * @generated
	 */
	int getRetentionGuaranteeYears();

	/**
	 * Sets the value of the '{@link org.custodian.model.Contract#getRetentionGuaranteeYears <em>Retention Guarantee Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Guarantee Years</em>' attribute.
	 * @see #getRetentionGuaranteeYears()
	 * @generated
	 */
	void setRetentionGuaranteeYears(int value);

	/**
	 * Returns the value of the '<em><b>Image Display Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contracted time to display an image, in seconds (A4: at most three).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image Display Seconds</em>' attribute.
	 * @see #setImageDisplaySeconds(double)
	 * @see org.custodian.model.ModelPackage#getContract_ImageDisplaySeconds()
	 * @model
	 * @generated
	 */
	double getImageDisplaySeconds();

	/**
	 * Sets the value of the '{@link org.custodian.model.Contract#getImageDisplaySeconds <em>Image Display Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Display Seconds</em>' attribute.
	 * @see #getImageDisplaySeconds()
	 * @generated
	 */
	void setImageDisplaySeconds(double value);

	/**
	 * Returns the value of the '<em><b>Service Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.ServiceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service levels agreed in the contract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Levels</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getContract_ServiceLevels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceLevel> getServiceLevels();

} // Contract
