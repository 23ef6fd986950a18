/**
 */
package org.custodian.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pacs Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A DICOM node of the imaging archive: PACS, DR copy, VNA or backup target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.PacsNode#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getRole <em>Role</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getAeTitle <em>Ae Title</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getHost <em>Host</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getPort <em>Port</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getVendor <em>Vendor</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getPacsNode()
 * @model
 * @generated
 */
public interface PacsNode extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node's name as staff know it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.custodian.model.ModelPackage#getPacsNode_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.NodeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the node is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.custodian.model.NodeRole
	 * @see #setRole(NodeRole)
	 * @see org.custodian.model.ModelPackage#getPacsNode_Role()
	 * @model
	 * @generated
	 */
	NodeRole getRole();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.custodian.model.NodeRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(NodeRole value);

	/**
	 * Returns the value of the '<em><b>Ae Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOM application entity title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ae Title</em>' attribute.
	 * @see #setAeTitle(String)
	 * @see org.custodian.model.ModelPackage#getPacsNode_AeTitle()
	 * @model
	 * @generated
	 */
	String getAeTitle();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getAeTitle <em>Ae Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ae Title</em>' attribute.
	 * @see #getAeTitle()
	 * @generated
	 */
	void setAeTitle(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host name or address the node answers on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.custodian.model.ModelPackage#getPacsNode_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOM port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.custodian.model.ModelPackage#getPacsNode_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product or supplier of the node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.custodian.model.ModelPackage#getPacsNode_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

} // PacsNode
