/**
 */
package org.custodian.model.impl;

import org.custodian.model.ModelPackage;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.model.RetrieveMethod;
import org.custodian.model.WebAuth;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pacs Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getAeTitle <em>Ae Title</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getRetrieveMethod <em>Retrieve Method</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getMovePort <em>Move Port</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getDicomWebUrl <em>Dicom Web Url</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getDicomWebAuth <em>Dicom Web Auth</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getDicomWebUser <em>Dicom Web User</em>}</li>
 *   <li>{@link org.custodian.model.impl.PacsNodeImpl#getDicomWebSecret <em>Dicom Web Secret</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PacsNodeImpl extends IdentifiedImpl implements PacsNode {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final NodeRole ROLE_EDEFAULT = NodeRole.PRIMARY;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected NodeRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAeTitle() <em>Ae Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAeTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String AE_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAeTitle() <em>Ae Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAeTitle()
	 * @generated
	 * @ordered
	 */
	protected String aeTitle = AE_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetrieveMethod() <em>Retrieve Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetrieveMethod()
	 * @generated
	 * @ordered
	 */
	protected static final RetrieveMethod RETRIEVE_METHOD_EDEFAULT = RetrieveMethod.CGET;

	/**
	 * The cached value of the '{@link #getRetrieveMethod() <em>Retrieve Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetrieveMethod()
	 * @generated
	 * @ordered
	 */
	protected RetrieveMethod retrieveMethod = RETRIEVE_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getMovePort() <em>Move Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMovePort()
	 * @generated
	 * @ordered
	 */
	protected static final int MOVE_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMovePort() <em>Move Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMovePort()
	 * @generated
	 * @ordered
	 */
	protected int movePort = MOVE_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDicomWebUrl() <em>Dicom Web Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomWebUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String DICOM_WEB_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDicomWebUrl() <em>Dicom Web Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomWebUrl()
	 * @generated
	 * @ordered
	 */
	protected String dicomWebUrl = DICOM_WEB_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDicomWebAuth() <em>Dicom Web Auth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomWebAuth()
	 * @generated
	 * @ordered
	 */
	protected static final WebAuth DICOM_WEB_AUTH_EDEFAULT = WebAuth.NONE;

	/**
	 * The cached value of the '{@link #getDicomWebAuth() <em>Dicom Web Auth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomWebAuth()
	 * @generated
	 * @ordered
	 */
	protected WebAuth dicomWebAuth = DICOM_WEB_AUTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDicomWebUser() <em>Dicom Web User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomWebUser()
	 * @generated
	 * @ordered
	 */
	protected static final String DICOM_WEB_USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDicomWebUser() <em>Dicom Web User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomWebUser()
	 * @generated
	 * @ordered
	 */
	protected String dicomWebUser = DICOM_WEB_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDicomWebSecret() <em>Dicom Web Secret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomWebSecret()
	 * @generated
	 * @ordered
	 */
	protected static final String DICOM_WEB_SECRET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDicomWebSecret() <em>Dicom Web Secret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomWebSecret()
	 * @generated
	 * @ordered
	 */
	protected String dicomWebSecret = DICOM_WEB_SECRET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PacsNodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PACS_NODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(NodeRole newRole) {
		NodeRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAeTitle() {
		return aeTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAeTitle(String newAeTitle) {
		String oldAeTitle = aeTitle;
		aeTitle = newAeTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__AE_TITLE, oldAeTitle, aeTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetrieveMethod getRetrieveMethod() {
		return retrieveMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetrieveMethod(RetrieveMethod newRetrieveMethod) {
		RetrieveMethod oldRetrieveMethod = retrieveMethod;
		retrieveMethod = newRetrieveMethod == null ? RETRIEVE_METHOD_EDEFAULT : newRetrieveMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__RETRIEVE_METHOD, oldRetrieveMethod, retrieveMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMovePort() {
		return movePort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMovePort(int newMovePort) {
		int oldMovePort = movePort;
		movePort = newMovePort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__MOVE_PORT, oldMovePort, movePort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDicomWebUrl() {
		return dicomWebUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDicomWebUrl(String newDicomWebUrl) {
		String oldDicomWebUrl = dicomWebUrl;
		dicomWebUrl = newDicomWebUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__DICOM_WEB_URL, oldDicomWebUrl, dicomWebUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebAuth getDicomWebAuth() {
		return dicomWebAuth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDicomWebAuth(WebAuth newDicomWebAuth) {
		WebAuth oldDicomWebAuth = dicomWebAuth;
		dicomWebAuth = newDicomWebAuth == null ? DICOM_WEB_AUTH_EDEFAULT : newDicomWebAuth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__DICOM_WEB_AUTH, oldDicomWebAuth, dicomWebAuth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDicomWebUser() {
		return dicomWebUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDicomWebUser(String newDicomWebUser) {
		String oldDicomWebUser = dicomWebUser;
		dicomWebUser = newDicomWebUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__DICOM_WEB_USER, oldDicomWebUser, dicomWebUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDicomWebSecret() {
		return dicomWebSecret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDicomWebSecret(String newDicomWebSecret) {
		String oldDicomWebSecret = dicomWebSecret;
		dicomWebSecret = newDicomWebSecret;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PACS_NODE__DICOM_WEB_SECRET, oldDicomWebSecret, dicomWebSecret));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PACS_NODE__NAME:
				return getName();
			case ModelPackage.PACS_NODE__ROLE:
				return getRole();
			case ModelPackage.PACS_NODE__AE_TITLE:
				return getAeTitle();
			case ModelPackage.PACS_NODE__HOST:
				return getHost();
			case ModelPackage.PACS_NODE__PORT:
				return getPort();
			case ModelPackage.PACS_NODE__VENDOR:
				return getVendor();
			case ModelPackage.PACS_NODE__RETRIEVE_METHOD:
				return getRetrieveMethod();
			case ModelPackage.PACS_NODE__MOVE_PORT:
				return getMovePort();
			case ModelPackage.PACS_NODE__DICOM_WEB_URL:
				return getDicomWebUrl();
			case ModelPackage.PACS_NODE__DICOM_WEB_AUTH:
				return getDicomWebAuth();
			case ModelPackage.PACS_NODE__DICOM_WEB_USER:
				return getDicomWebUser();
			case ModelPackage.PACS_NODE__DICOM_WEB_SECRET:
				return getDicomWebSecret();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.PACS_NODE__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.PACS_NODE__ROLE:
				setRole((NodeRole)newValue);
				return;
			case ModelPackage.PACS_NODE__AE_TITLE:
				setAeTitle((String)newValue);
				return;
			case ModelPackage.PACS_NODE__HOST:
				setHost((String)newValue);
				return;
			case ModelPackage.PACS_NODE__PORT:
				setPort((Integer)newValue);
				return;
			case ModelPackage.PACS_NODE__VENDOR:
				setVendor((String)newValue);
				return;
			case ModelPackage.PACS_NODE__RETRIEVE_METHOD:
				setRetrieveMethod((RetrieveMethod)newValue);
				return;
			case ModelPackage.PACS_NODE__MOVE_PORT:
				setMovePort((Integer)newValue);
				return;
			case ModelPackage.PACS_NODE__DICOM_WEB_URL:
				setDicomWebUrl((String)newValue);
				return;
			case ModelPackage.PACS_NODE__DICOM_WEB_AUTH:
				setDicomWebAuth((WebAuth)newValue);
				return;
			case ModelPackage.PACS_NODE__DICOM_WEB_USER:
				setDicomWebUser((String)newValue);
				return;
			case ModelPackage.PACS_NODE__DICOM_WEB_SECRET:
				setDicomWebSecret((String)newValue);
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
			case ModelPackage.PACS_NODE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__AE_TITLE:
				setAeTitle(AE_TITLE_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__RETRIEVE_METHOD:
				setRetrieveMethod(RETRIEVE_METHOD_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__MOVE_PORT:
				setMovePort(MOVE_PORT_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__DICOM_WEB_URL:
				setDicomWebUrl(DICOM_WEB_URL_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__DICOM_WEB_AUTH:
				setDicomWebAuth(DICOM_WEB_AUTH_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__DICOM_WEB_USER:
				setDicomWebUser(DICOM_WEB_USER_EDEFAULT);
				return;
			case ModelPackage.PACS_NODE__DICOM_WEB_SECRET:
				setDicomWebSecret(DICOM_WEB_SECRET_EDEFAULT);
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
			case ModelPackage.PACS_NODE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.PACS_NODE__ROLE:
				return role != ROLE_EDEFAULT;
			case ModelPackage.PACS_NODE__AE_TITLE:
				return AE_TITLE_EDEFAULT == null ? aeTitle != null : !AE_TITLE_EDEFAULT.equals(aeTitle);
			case ModelPackage.PACS_NODE__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case ModelPackage.PACS_NODE__PORT:
				return port != PORT_EDEFAULT;
			case ModelPackage.PACS_NODE__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case ModelPackage.PACS_NODE__RETRIEVE_METHOD:
				return retrieveMethod != RETRIEVE_METHOD_EDEFAULT;
			case ModelPackage.PACS_NODE__MOVE_PORT:
				return movePort != MOVE_PORT_EDEFAULT;
			case ModelPackage.PACS_NODE__DICOM_WEB_URL:
				return DICOM_WEB_URL_EDEFAULT == null ? dicomWebUrl != null : !DICOM_WEB_URL_EDEFAULT.equals(dicomWebUrl);
			case ModelPackage.PACS_NODE__DICOM_WEB_AUTH:
				return dicomWebAuth != DICOM_WEB_AUTH_EDEFAULT;
			case ModelPackage.PACS_NODE__DICOM_WEB_USER:
				return DICOM_WEB_USER_EDEFAULT == null ? dicomWebUser != null : !DICOM_WEB_USER_EDEFAULT.equals(dicomWebUser);
			case ModelPackage.PACS_NODE__DICOM_WEB_SECRET:
				return DICOM_WEB_SECRET_EDEFAULT == null ? dicomWebSecret != null : !DICOM_WEB_SECRET_EDEFAULT.equals(dicomWebSecret);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", role: ");
		result.append(role);
		result.append(", aeTitle: ");
		result.append(aeTitle);
		result.append(", host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", retrieveMethod: ");
		result.append(retrieveMethod);
		result.append(", movePort: ");
		result.append(movePort);
		result.append(", dicomWebUrl: ");
		result.append(dicomWebUrl);
		result.append(", dicomWebAuth: ");
		result.append(dicomWebAuth);
		result.append(", dicomWebUser: ");
		result.append(dicomWebUser);
		result.append(", dicomWebSecret: ");
		result.append(dicomWebSecret);
		result.append(')');
		return result.toString();
	}

} //PacsNodeImpl
