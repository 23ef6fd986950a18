/**
 */
package org.custodian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provider</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A supplier that stores, processes or transports the trust's images (R2, R6).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.Provider#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.Provider#getKind <em>Kind</em>}</li>
 *   <li>{@link org.custodian.model.Provider#getSubProcessors <em>Sub Processors</em>}</li>
 *   <li>{@link org.custodian.model.Provider#getContracts <em>Contracts</em>}</li>
 *   <li>{@link org.custodian.model.Provider#getAssurance <em>Assurance</em>}</li>
 *   <li>{@link org.custodian.model.Provider#getReceivingNodes <em>Receiving Nodes</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getProvider()
 * @model
 * @generated
 */
public interface Provider extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.custodian.model.ModelPackage#getProvider_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.custodian.model.Provider#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.ProviderKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the provider supplies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.custodian.model.ProviderKind
	 * @see #setKind(ProviderKind)
	 * @see org.custodian.model.ModelPackage#getProvider_Kind()
	 * @model
	 * @generated
	 */
	ProviderKind getKind();

	/**
	 * Sets the value of the '{@link org.custodian.model.Provider#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.custodian.model.ProviderKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProviderKind value);

	/**
	 * Returns the value of the '<em><b>Sub Processors</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.SubProcessor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organisations the provider passes data to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Processors</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getProvider_SubProcessors()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubProcessor> getSubProcessors();

	/**
	 * Returns the value of the '<em><b>Contracts</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.Contract}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contracts with the provider.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contracts</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getProvider_Contracts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contract> getContracts();

	/**
	 * Returns the value of the '<em><b>Assurance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider's current security assurance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assurance</em>' containment reference.
	 * @see #setAssurance(AssuranceEvidence)
	 * @see org.custodian.model.ModelPackage#getProvider_Assurance()
	 * @model containment="true"
	 * @generated
	 */
	AssuranceEvidence getAssurance();

	/**
	 * Sets the value of the '{@link org.custodian.model.Provider#getAssurance <em>Assurance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assurance</em>' containment reference.
	 * @see #getAssurance()
	 * @generated
	 */
	void setAssurance(AssuranceEvidence value);

	/**
	 * Returns the value of the '<em><b>Receiving Nodes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider's systems the trust sends images to: AE titles, host names or addresses, as the audit trail names them (R5, G6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receiving Nodes</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getProvider_ReceivingNodes()
	 * @model
	 * @generated
	 */
	EList<String> getReceivingNodes();

} // Provider
