/**
 */
package org.custodian.model.impl;

import java.util.Collection;

import org.custodian.model.Course;
import org.custodian.model.ModelPackage;
import org.custodian.model.StaffGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.CourseImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseImpl#getRefreshMonths <em>Refresh Months</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseImpl#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseImpl#getRequiredFor <em>Required For</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseImpl#getRequiredForRoles <em>Required For Roles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CourseImpl extends IdentifiedImpl implements Course {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getRefreshMonths() <em>Refresh Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefreshMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int REFRESH_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRefreshMonths() <em>Refresh Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefreshMonths()
	 * @generated
	 * @ordered
	 */
	protected int refreshMonths = REFRESH_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANDATORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected boolean mandatory = MANDATORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredFor() <em>Required For</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredFor()
	 * @generated
	 * @ordered
	 */
	protected EList<StaffGroup> requiredFor;

	/**
	 * The cached value of the '{@link #getRequiredForRoles() <em>Required For Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredForRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requiredForRoles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CourseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.COURSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRefreshMonths() {
		return refreshMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefreshMonths(int newRefreshMonths) {
		int oldRefreshMonths = refreshMonths;
		refreshMonths = newRefreshMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE__REFRESH_MONTHS, oldRefreshMonths, refreshMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMandatory() {
		return mandatory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandatory(boolean newMandatory) {
		boolean oldMandatory = mandatory;
		mandatory = newMandatory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE__MANDATORY, oldMandatory, mandatory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StaffGroup> getRequiredFor() {
		if (requiredFor == null) {
			requiredFor = new EObjectResolvingEList<StaffGroup>(StaffGroup.class, this, ModelPackage.COURSE__REQUIRED_FOR);
		}
		return requiredFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequiredForRoles() {
		if (requiredForRoles == null) {
			requiredForRoles = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.COURSE__REQUIRED_FOR_ROLES);
		}
		return requiredForRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.COURSE__CODE:
				return getCode();
			case ModelPackage.COURSE__TITLE:
				return getTitle();
			case ModelPackage.COURSE__REFRESH_MONTHS:
				return getRefreshMonths();
			case ModelPackage.COURSE__MANDATORY:
				return isMandatory();
			case ModelPackage.COURSE__REQUIRED_FOR:
				return getRequiredFor();
			case ModelPackage.COURSE__REQUIRED_FOR_ROLES:
				return getRequiredForRoles();
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
			case ModelPackage.COURSE__CODE:
				setCode((String)newValue);
				return;
			case ModelPackage.COURSE__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.COURSE__REFRESH_MONTHS:
				setRefreshMonths((Integer)newValue);
				return;
			case ModelPackage.COURSE__MANDATORY:
				setMandatory((Boolean)newValue);
				return;
			case ModelPackage.COURSE__REQUIRED_FOR:
				getRequiredFor().clear();
				getRequiredFor().addAll((Collection<? extends StaffGroup>)newValue);
				return;
			case ModelPackage.COURSE__REQUIRED_FOR_ROLES:
				getRequiredForRoles().clear();
				getRequiredForRoles().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.COURSE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ModelPackage.COURSE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.COURSE__REFRESH_MONTHS:
				setRefreshMonths(REFRESH_MONTHS_EDEFAULT);
				return;
			case ModelPackage.COURSE__MANDATORY:
				setMandatory(MANDATORY_EDEFAULT);
				return;
			case ModelPackage.COURSE__REQUIRED_FOR:
				getRequiredFor().clear();
				return;
			case ModelPackage.COURSE__REQUIRED_FOR_ROLES:
				getRequiredForRoles().clear();
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
			case ModelPackage.COURSE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ModelPackage.COURSE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.COURSE__REFRESH_MONTHS:
				return refreshMonths != REFRESH_MONTHS_EDEFAULT;
			case ModelPackage.COURSE__MANDATORY:
				return mandatory != MANDATORY_EDEFAULT;
			case ModelPackage.COURSE__REQUIRED_FOR:
				return requiredFor != null && !requiredFor.isEmpty();
			case ModelPackage.COURSE__REQUIRED_FOR_ROLES:
				return requiredForRoles != null && !requiredForRoles.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", refreshMonths: ");
		result.append(refreshMonths);
		result.append(", mandatory: ");
		result.append(mandatory);
		result.append(", requiredForRoles: ");
		result.append(requiredForRoles);
		result.append(')');
		return result.toString();
	}

} //CourseImpl
