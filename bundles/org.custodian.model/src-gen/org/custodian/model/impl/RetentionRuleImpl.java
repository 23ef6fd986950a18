/**
 */
package org.custodian.model.impl;

import org.custodian.model.ModelPackage;
import org.custodian.model.RetentionClass;
import org.custodian.model.RetentionRule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Retention Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.RetentionRuleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionRuleImpl#getRetentionClass <em>Retention Class</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionRuleImpl#getModalities <em>Modalities</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionRuleImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionRuleImpl#getDescriptionContains <em>Description Contains</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionRuleImpl#getAgeFrom <em>Age From</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionRuleImpl#getAgeBelow <em>Age Below</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionRuleImpl#getFlag <em>Flag</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionRuleImpl#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RetentionRuleImpl extends IdentifiedImpl implements RetentionRule {
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
	 * The cached value of the '{@link #getRetentionClass() <em>Retention Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionClass()
	 * @generated
	 * @ordered
	 */
	protected RetentionClass retentionClass;

	/**
	 * The default value of the '{@link #getModalities() <em>Modalities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModalities()
	 * @generated
	 * @ordered
	 */
	protected static final String MODALITIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModalities() <em>Modalities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModalities()
	 * @generated
	 * @ordered
	 */
	protected String modalities = MODALITIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected String department = DEPARTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionContains() <em>Description Contains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionContains()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_CONTAINS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionContains() <em>Description Contains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionContains()
	 * @generated
	 * @ordered
	 */
	protected String descriptionContains = DESCRIPTION_CONTAINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgeFrom() <em>Age From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeFrom()
	 * @generated
	 * @ordered
	 */
	protected static final int AGE_FROM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAgeFrom() <em>Age From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeFrom()
	 * @generated
	 * @ordered
	 */
	protected int ageFrom = AGE_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgeBelow() <em>Age Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeBelow()
	 * @generated
	 * @ordered
	 */
	protected static final int AGE_BELOW_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAgeBelow() <em>Age Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeBelow()
	 * @generated
	 * @ordered
	 */
	protected int ageBelow = AGE_BELOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlag() <em>Flag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlag()
	 * @generated
	 * @ordered
	 */
	protected static final String FLAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlag() <em>Flag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlag()
	 * @generated
	 * @ordered
	 */
	protected String flag = FLAG_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RetentionRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RETENTION_RULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_RULE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionClass getRetentionClass() {
		if (retentionClass != null && retentionClass.eIsProxy()) {
			InternalEObject oldRetentionClass = (InternalEObject)retentionClass;
			retentionClass = (RetentionClass)eResolveProxy(oldRetentionClass);
			if (retentionClass != oldRetentionClass) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.RETENTION_RULE__RETENTION_CLASS, oldRetentionClass, retentionClass));
			}
		}
		return retentionClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetentionClass basicGetRetentionClass() {
		return retentionClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionClass(RetentionClass newRetentionClass) {
		RetentionClass oldRetentionClass = retentionClass;
		retentionClass = newRetentionClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_RULE__RETENTION_CLASS, oldRetentionClass, retentionClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModalities() {
		return modalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModalities(String newModalities) {
		String oldModalities = modalities;
		modalities = newModalities;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_RULE__MODALITIES, oldModalities, modalities));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(String newDepartment) {
		String oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_RULE__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionContains() {
		return descriptionContains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionContains(String newDescriptionContains) {
		String oldDescriptionContains = descriptionContains;
		descriptionContains = newDescriptionContains;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_RULE__DESCRIPTION_CONTAINS, oldDescriptionContains, descriptionContains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAgeFrom() {
		return ageFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeFrom(int newAgeFrom) {
		int oldAgeFrom = ageFrom;
		ageFrom = newAgeFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_RULE__AGE_FROM, oldAgeFrom, ageFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAgeBelow() {
		return ageBelow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeBelow(int newAgeBelow) {
		int oldAgeBelow = ageBelow;
		ageBelow = newAgeBelow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_RULE__AGE_BELOW, oldAgeBelow, ageBelow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFlag() {
		return flag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlag(String newFlag) {
		String oldFlag = flag;
		flag = newFlag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_RULE__FLAG, oldFlag, flag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_RULE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RETENTION_RULE__NAME:
				return getName();
			case ModelPackage.RETENTION_RULE__RETENTION_CLASS:
				if (resolve) return getRetentionClass();
				return basicGetRetentionClass();
			case ModelPackage.RETENTION_RULE__MODALITIES:
				return getModalities();
			case ModelPackage.RETENTION_RULE__DEPARTMENT:
				return getDepartment();
			case ModelPackage.RETENTION_RULE__DESCRIPTION_CONTAINS:
				return getDescriptionContains();
			case ModelPackage.RETENTION_RULE__AGE_FROM:
				return getAgeFrom();
			case ModelPackage.RETENTION_RULE__AGE_BELOW:
				return getAgeBelow();
			case ModelPackage.RETENTION_RULE__FLAG:
				return getFlag();
			case ModelPackage.RETENTION_RULE__ENABLED:
				return isEnabled();
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
			case ModelPackage.RETENTION_RULE__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.RETENTION_RULE__RETENTION_CLASS:
				setRetentionClass((RetentionClass)newValue);
				return;
			case ModelPackage.RETENTION_RULE__MODALITIES:
				setModalities((String)newValue);
				return;
			case ModelPackage.RETENTION_RULE__DEPARTMENT:
				setDepartment((String)newValue);
				return;
			case ModelPackage.RETENTION_RULE__DESCRIPTION_CONTAINS:
				setDescriptionContains((String)newValue);
				return;
			case ModelPackage.RETENTION_RULE__AGE_FROM:
				setAgeFrom((Integer)newValue);
				return;
			case ModelPackage.RETENTION_RULE__AGE_BELOW:
				setAgeBelow((Integer)newValue);
				return;
			case ModelPackage.RETENTION_RULE__FLAG:
				setFlag((String)newValue);
				return;
			case ModelPackage.RETENTION_RULE__ENABLED:
				setEnabled((Boolean)newValue);
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
			case ModelPackage.RETENTION_RULE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.RETENTION_RULE__RETENTION_CLASS:
				setRetentionClass((RetentionClass)null);
				return;
			case ModelPackage.RETENTION_RULE__MODALITIES:
				setModalities(MODALITIES_EDEFAULT);
				return;
			case ModelPackage.RETENTION_RULE__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case ModelPackage.RETENTION_RULE__DESCRIPTION_CONTAINS:
				setDescriptionContains(DESCRIPTION_CONTAINS_EDEFAULT);
				return;
			case ModelPackage.RETENTION_RULE__AGE_FROM:
				setAgeFrom(AGE_FROM_EDEFAULT);
				return;
			case ModelPackage.RETENTION_RULE__AGE_BELOW:
				setAgeBelow(AGE_BELOW_EDEFAULT);
				return;
			case ModelPackage.RETENTION_RULE__FLAG:
				setFlag(FLAG_EDEFAULT);
				return;
			case ModelPackage.RETENTION_RULE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
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
			case ModelPackage.RETENTION_RULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.RETENTION_RULE__RETENTION_CLASS:
				return retentionClass != null;
			case ModelPackage.RETENTION_RULE__MODALITIES:
				return MODALITIES_EDEFAULT == null ? modalities != null : !MODALITIES_EDEFAULT.equals(modalities);
			case ModelPackage.RETENTION_RULE__DEPARTMENT:
				return DEPARTMENT_EDEFAULT == null ? department != null : !DEPARTMENT_EDEFAULT.equals(department);
			case ModelPackage.RETENTION_RULE__DESCRIPTION_CONTAINS:
				return DESCRIPTION_CONTAINS_EDEFAULT == null ? descriptionContains != null : !DESCRIPTION_CONTAINS_EDEFAULT.equals(descriptionContains);
			case ModelPackage.RETENTION_RULE__AGE_FROM:
				return ageFrom != AGE_FROM_EDEFAULT;
			case ModelPackage.RETENTION_RULE__AGE_BELOW:
				return ageBelow != AGE_BELOW_EDEFAULT;
			case ModelPackage.RETENTION_RULE__FLAG:
				return FLAG_EDEFAULT == null ? flag != null : !FLAG_EDEFAULT.equals(flag);
			case ModelPackage.RETENTION_RULE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
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
		result.append(", modalities: ");
		result.append(modalities);
		result.append(", department: ");
		result.append(department);
		result.append(", descriptionContains: ");
		result.append(descriptionContains);
		result.append(", ageFrom: ");
		result.append(ageFrom);
		result.append(", ageBelow: ");
		result.append(ageBelow);
		result.append(", flag: ");
		result.append(flag);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(')');
		return result.toString();
	}

} //RetentionRuleImpl
