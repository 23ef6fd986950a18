/**
 */
package org.custodian.model.impl;

import java.util.Collection;

import org.custodian.model.ModelPackage;
import org.custodian.model.PolicyDocument;
import org.custodian.model.PolicyVersion;
import org.custodian.model.StaffGroup;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.PolicyDocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.custodian.model.impl.PolicyDocumentImpl#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link org.custodian.model.impl.PolicyDocumentImpl#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.custodian.model.impl.PolicyDocumentImpl#isAccessNotice <em>Access Notice</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyDocumentImpl extends IdentifiedImpl implements PolicyDocument {
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
	 * The cached value of the '{@link #getAppliesTo() <em>Applies To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliesTo()
	 * @generated
	 * @ordered
	 */
	protected EList<StaffGroup> appliesTo;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyVersion> versions;

	/**
	 * The default value of the '{@link #isAccessNotice() <em>Access Notice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccessNotice()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACCESS_NOTICE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAccessNotice() <em>Access Notice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccessNotice()
	 * @generated
	 * @ordered
	 */
	protected boolean accessNotice = ACCESS_NOTICE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.POLICY_DOCUMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POLICY_DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StaffGroup> getAppliesTo() {
		if (appliesTo == null) {
			appliesTo = new EObjectResolvingEList<StaffGroup>(StaffGroup.class, this, ModelPackage.POLICY_DOCUMENT__APPLIES_TO);
		}
		return appliesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyVersion> getVersions() {
		if (versions == null) {
			versions = new EObjectContainmentEList<PolicyVersion>(PolicyVersion.class, this, ModelPackage.POLICY_DOCUMENT__VERSIONS);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAccessNotice() {
		return accessNotice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessNotice(boolean newAccessNotice) {
		boolean oldAccessNotice = accessNotice;
		accessNotice = newAccessNotice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POLICY_DOCUMENT__ACCESS_NOTICE, oldAccessNotice, accessNotice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.POLICY_DOCUMENT__VERSIONS:
				return ((InternalEList<?>)getVersions()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.POLICY_DOCUMENT__TITLE:
				return getTitle();
			case ModelPackage.POLICY_DOCUMENT__APPLIES_TO:
				return getAppliesTo();
			case ModelPackage.POLICY_DOCUMENT__VERSIONS:
				return getVersions();
			case ModelPackage.POLICY_DOCUMENT__ACCESS_NOTICE:
				return isAccessNotice();
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
			case ModelPackage.POLICY_DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.POLICY_DOCUMENT__APPLIES_TO:
				getAppliesTo().clear();
				getAppliesTo().addAll((Collection<? extends StaffGroup>)newValue);
				return;
			case ModelPackage.POLICY_DOCUMENT__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends PolicyVersion>)newValue);
				return;
			case ModelPackage.POLICY_DOCUMENT__ACCESS_NOTICE:
				setAccessNotice((Boolean)newValue);
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
			case ModelPackage.POLICY_DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.POLICY_DOCUMENT__APPLIES_TO:
				getAppliesTo().clear();
				return;
			case ModelPackage.POLICY_DOCUMENT__VERSIONS:
				getVersions().clear();
				return;
			case ModelPackage.POLICY_DOCUMENT__ACCESS_NOTICE:
				setAccessNotice(ACCESS_NOTICE_EDEFAULT);
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
			case ModelPackage.POLICY_DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.POLICY_DOCUMENT__APPLIES_TO:
				return appliesTo != null && !appliesTo.isEmpty();
			case ModelPackage.POLICY_DOCUMENT__VERSIONS:
				return versions != null && !versions.isEmpty();
			case ModelPackage.POLICY_DOCUMENT__ACCESS_NOTICE:
				return accessNotice != ACCESS_NOTICE_EDEFAULT;
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
		result.append(", accessNotice: ");
		result.append(accessNotice);
		result.append(')');
		return result.toString();
	}

} //PolicyDocumentImpl
