/**
 */
package org.custodian.model.impl;

import org.custodian.model.ModelPackage;
import org.custodian.model.RetentionClass;
import org.custodian.model.RetentionTrigger;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Retention Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.RetentionClassImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionClassImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionClassImpl#getMinimumYears <em>Minimum Years</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionClassImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionClassImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionClassImpl#isDisputed <em>Disputed</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionClassImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionClassImpl#getYearsAfterDeath <em>Years After Death</em>}</li>
 *   <li>{@link org.custodian.model.impl.RetentionClassImpl#getUntilAge <em>Until Age</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RetentionClassImpl extends IdentifiedImpl implements RetentionClass {
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
	 * The default value of the '{@link #getMinimumYears() <em>Minimum Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumYears()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_YEARS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimumYears() <em>Minimum Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumYears()
	 * @generated
	 * @ordered
	 */
	protected int minimumYears = MINIMUM_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final RetentionTrigger TRIGGER_EDEFAULT = RetentionTrigger.END_OF_TREATMENT;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected RetentionTrigger trigger = TRIGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDisputed() <em>Disputed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDisputed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISPUTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDisputed() <em>Disputed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDisputed()
	 * @generated
	 * @ordered
	 */
	protected boolean disputed = DISPUTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getYearsAfterDeath() <em>Years After Death</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearsAfterDeath()
	 * @generated
	 * @ordered
	 */
	protected static final int YEARS_AFTER_DEATH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYearsAfterDeath() <em>Years After Death</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearsAfterDeath()
	 * @generated
	 * @ordered
	 */
	protected int yearsAfterDeath = YEARS_AFTER_DEATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getUntilAge() <em>Until Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUntilAge()
	 * @generated
	 * @ordered
	 */
	protected static final int UNTIL_AGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUntilAge() <em>Until Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUntilAge()
	 * @generated
	 * @ordered
	 */
	protected int untilAge = UNTIL_AGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RetentionClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RETENTION_CLASS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_CLASS__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_CLASS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumYears() {
		return minimumYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumYears(int newMinimumYears) {
		int oldMinimumYears = minimumYears;
		minimumYears = newMinimumYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_CLASS__MINIMUM_YEARS, oldMinimumYears, minimumYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionTrigger getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(RetentionTrigger newTrigger) {
		RetentionTrigger oldTrigger = trigger;
		trigger = newTrigger == null ? TRIGGER_EDEFAULT : newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_CLASS__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_CLASS__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDisputed() {
		return disputed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisputed(boolean newDisputed) {
		boolean oldDisputed = disputed;
		disputed = newDisputed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_CLASS__DISPUTED, oldDisputed, disputed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_CLASS__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYearsAfterDeath() {
		return yearsAfterDeath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearsAfterDeath(int newYearsAfterDeath) {
		int oldYearsAfterDeath = yearsAfterDeath;
		yearsAfterDeath = newYearsAfterDeath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_CLASS__YEARS_AFTER_DEATH, oldYearsAfterDeath, yearsAfterDeath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUntilAge() {
		return untilAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUntilAge(int newUntilAge) {
		int oldUntilAge = untilAge;
		untilAge = newUntilAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RETENTION_CLASS__UNTIL_AGE, oldUntilAge, untilAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RETENTION_CLASS__CODE:
				return getCode();
			case ModelPackage.RETENTION_CLASS__NAME:
				return getName();
			case ModelPackage.RETENTION_CLASS__MINIMUM_YEARS:
				return getMinimumYears();
			case ModelPackage.RETENTION_CLASS__TRIGGER:
				return getTrigger();
			case ModelPackage.RETENTION_CLASS__SOURCE:
				return getSource();
			case ModelPackage.RETENTION_CLASS__DISPUTED:
				return isDisputed();
			case ModelPackage.RETENTION_CLASS__NOTES:
				return getNotes();
			case ModelPackage.RETENTION_CLASS__YEARS_AFTER_DEATH:
				return getYearsAfterDeath();
			case ModelPackage.RETENTION_CLASS__UNTIL_AGE:
				return getUntilAge();
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
			case ModelPackage.RETENTION_CLASS__CODE:
				setCode((String)newValue);
				return;
			case ModelPackage.RETENTION_CLASS__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.RETENTION_CLASS__MINIMUM_YEARS:
				setMinimumYears((Integer)newValue);
				return;
			case ModelPackage.RETENTION_CLASS__TRIGGER:
				setTrigger((RetentionTrigger)newValue);
				return;
			case ModelPackage.RETENTION_CLASS__SOURCE:
				setSource((String)newValue);
				return;
			case ModelPackage.RETENTION_CLASS__DISPUTED:
				setDisputed((Boolean)newValue);
				return;
			case ModelPackage.RETENTION_CLASS__NOTES:
				setNotes((String)newValue);
				return;
			case ModelPackage.RETENTION_CLASS__YEARS_AFTER_DEATH:
				setYearsAfterDeath((Integer)newValue);
				return;
			case ModelPackage.RETENTION_CLASS__UNTIL_AGE:
				setUntilAge((Integer)newValue);
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
			case ModelPackage.RETENTION_CLASS__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ModelPackage.RETENTION_CLASS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.RETENTION_CLASS__MINIMUM_YEARS:
				setMinimumYears(MINIMUM_YEARS_EDEFAULT);
				return;
			case ModelPackage.RETENTION_CLASS__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case ModelPackage.RETENTION_CLASS__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ModelPackage.RETENTION_CLASS__DISPUTED:
				setDisputed(DISPUTED_EDEFAULT);
				return;
			case ModelPackage.RETENTION_CLASS__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case ModelPackage.RETENTION_CLASS__YEARS_AFTER_DEATH:
				setYearsAfterDeath(YEARS_AFTER_DEATH_EDEFAULT);
				return;
			case ModelPackage.RETENTION_CLASS__UNTIL_AGE:
				setUntilAge(UNTIL_AGE_EDEFAULT);
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
			case ModelPackage.RETENTION_CLASS__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ModelPackage.RETENTION_CLASS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.RETENTION_CLASS__MINIMUM_YEARS:
				return minimumYears != MINIMUM_YEARS_EDEFAULT;
			case ModelPackage.RETENTION_CLASS__TRIGGER:
				return trigger != TRIGGER_EDEFAULT;
			case ModelPackage.RETENTION_CLASS__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ModelPackage.RETENTION_CLASS__DISPUTED:
				return disputed != DISPUTED_EDEFAULT;
			case ModelPackage.RETENTION_CLASS__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case ModelPackage.RETENTION_CLASS__YEARS_AFTER_DEATH:
				return yearsAfterDeath != YEARS_AFTER_DEATH_EDEFAULT;
			case ModelPackage.RETENTION_CLASS__UNTIL_AGE:
				return untilAge != UNTIL_AGE_EDEFAULT;
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
		result.append(", name: ");
		result.append(name);
		result.append(", minimumYears: ");
		result.append(minimumYears);
		result.append(", trigger: ");
		result.append(trigger);
		result.append(", source: ");
		result.append(source);
		result.append(", disputed: ");
		result.append(disputed);
		result.append(", notes: ");
		result.append(notes);
		result.append(", yearsAfterDeath: ");
		result.append(yearsAfterDeath);
		result.append(", untilAge: ");
		result.append(untilAge);
		result.append(')');
		return result.toString();
	}

} //RetentionClassImpl
