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
 *   <li>{@link org.custodian.model.PacsNode#getRetrieveMethod <em>Retrieve Method</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getMovePort <em>Move Port</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getDicomWebUrl <em>Dicom Web Url</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getDicomWebAuth <em>Dicom Web Auth</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getDicomWebUser <em>Dicom Web User</em>}</li>
 *   <li>{@link org.custodian.model.PacsNode#getDicomWebSecret <em>Dicom Web Secret</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Retrieve Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.RetrieveMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How studies are retrieved from the node: C-GET, C-MOVE to the console's own storage SCP, or DICOMweb (QIDO-RS and WADO-RS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retrieve Method</em>' attribute.
	 * @see org.custodian.model.RetrieveMethod
	 * @see #setRetrieveMethod(RetrieveMethod)
	 * @see org.custodian.model.ModelPackage#getPacsNode_RetrieveMethod()
	 * @model
	 * @generated
	 */
	RetrieveMethod getRetrieveMethod();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getRetrieveMethod <em>Retrieve Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retrieve Method</em>' attribute.
	 * @see org.custodian.model.RetrieveMethod
	 * @see #getRetrieveMethod()
	 * @generated
	 */
	void setRetrieveMethod(RetrieveMethod value);

	/**
	 * Returns the value of the '<em><b>Move Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For C-MOVE: the port of the console's own storage SCP, registered at the node as the move destination with our AE title; 0 for 11112.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Move Port</em>' attribute.
	 * @see #setMovePort(int)
	 * @see org.custodian.model.ModelPackage#getPacsNode_MovePort()
	 * @model
	 * @generated
	 */
	int getMovePort();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getMovePort <em>Move Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Move Port</em>' attribute.
	 * @see #getMovePort()
	 * @generated
	 */
	void setMovePort(int value);

	/**
	 * Returns the value of the '<em><b>Dicom Web Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For DICOMweb: the base URL of the QIDO-RS and WADO-RS services (https:// for anything beyond the machine itself).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dicom Web Url</em>' attribute.
	 * @see #setDicomWebUrl(String)
	 * @see org.custodian.model.ModelPackage#getPacsNode_DicomWebUrl()
	 * @model
	 * @generated
	 */
	String getDicomWebUrl();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getDicomWebUrl <em>Dicom Web Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dicom Web Url</em>' attribute.
	 * @see #getDicomWebUrl()
	 * @generated
	 */
	void setDicomWebUrl(String value);

	/**
	 * Returns the value of the '<em><b>Dicom Web Auth</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.WebAuth}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For DICOMweb: how the console authenticates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dicom Web Auth</em>' attribute.
	 * @see org.custodian.model.WebAuth
	 * @see #setDicomWebAuth(WebAuth)
	 * @see org.custodian.model.ModelPackage#getPacsNode_DicomWebAuth()
	 * @model
	 * @generated
	 */
	WebAuth getDicomWebAuth();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getDicomWebAuth <em>Dicom Web Auth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dicom Web Auth</em>' attribute.
	 * @see org.custodian.model.WebAuth
	 * @see #getDicomWebAuth()
	 * @generated
	 */
	void setDicomWebAuth(WebAuth value);

	/**
	 * Returns the value of the '<em><b>Dicom Web User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For DICOMweb basic authentication: the user name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dicom Web User</em>' attribute.
	 * @see #setDicomWebUser(String)
	 * @see org.custodian.model.ModelPackage#getPacsNode_DicomWebUser()
	 * @model
	 * @generated
	 */
	String getDicomWebUser();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getDicomWebUser <em>Dicom Web User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dicom Web User</em>' attribute.
	 * @see #getDicomWebUser()
	 * @generated
	 */
	void setDicomWebUser(String value);

	/**
	 * Returns the value of the '<em><b>Dicom Web Secret</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For DICOMweb: the basic password or the bearer token; kept in the encrypted database and never exported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dicom Web Secret</em>' attribute.
	 * @see #setDicomWebSecret(String)
	 * @see org.custodian.model.ModelPackage#getPacsNode_DicomWebSecret()
	 * @model
	 * @generated
	 */
	String getDicomWebSecret();

	/**
	 * Sets the value of the '{@link org.custodian.model.PacsNode#getDicomWebSecret <em>Dicom Web Secret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dicom Web Secret</em>' attribute.
	 * @see #getDicomWebSecret()
	 * @generated
	 */
	void setDicomWebSecret(String value);

} // PacsNode
