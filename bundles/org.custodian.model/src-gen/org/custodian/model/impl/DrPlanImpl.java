/**
 */
package org.custodian.model.impl;

import java.util.Collection;

import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.ModelPackage;
import org.custodian.model.PacsNode;
import org.custodian.model.TestRun;
import org.custodian.model.VerificationLevel;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dr Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getRpoMinutes <em>Rpo Minutes</em>}</li>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getRtoMinutes <em>Rto Minutes</em>}</li>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getTestFrequencyDays <em>Test Frequency Days</em>}</li>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getPrimary <em>Primary</em>}</li>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getDr <em>Dr</em>}</li>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getVerificationLevel <em>Verification Level</em>}</li>
 *   <li>{@link org.custodian.model.impl.DrPlanImpl#getSampleSize <em>Sample Size</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DrPlanImpl extends IdentifiedImpl implements DrPlan {
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
	 * The default value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected static final DrScenario SCENARIO_EDEFAULT = DrScenario.RANSOMWARE;

	/**
	 * The cached value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected DrScenario scenario = SCENARIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getRpoMinutes() <em>Rpo Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRpoMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RPO_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRpoMinutes() <em>Rpo Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRpoMinutes()
	 * @generated
	 * @ordered
	 */
	protected int rpoMinutes = RPO_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRtoMinutes() <em>Rto Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RTO_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRtoMinutes() <em>Rto Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoMinutes()
	 * @generated
	 * @ordered
	 */
	protected int rtoMinutes = RTO_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestFrequencyDays() <em>Test Frequency Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestFrequencyDays()
	 * @generated
	 * @ordered
	 */
	protected static final int TEST_FREQUENCY_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTestFrequencyDays() <em>Test Frequency Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestFrequencyDays()
	 * @generated
	 * @ordered
	 */
	protected int testFrequencyDays = TEST_FREQUENCY_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrimary() <em>Primary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimary()
	 * @generated
	 * @ordered
	 */
	protected PacsNode primary;

	/**
	 * The cached value of the '{@link #getDr() <em>Dr</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr()
	 * @generated
	 * @ordered
	 */
	protected PacsNode dr;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<TestRun> runs;

	/**
	 * The default value of the '{@link #getVerificationLevel() <em>Verification Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationLevel()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationLevel VERIFICATION_LEVEL_EDEFAULT = VerificationLevel.SAMPLE;

	/**
	 * The cached value of the '{@link #getVerificationLevel() <em>Verification Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationLevel()
	 * @generated
	 * @ordered
	 */
	protected VerificationLevel verificationLevel = VERIFICATION_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSampleSize() <em>Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLE_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSampleSize() <em>Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleSize()
	 * @generated
	 * @ordered
	 */
	protected int sampleSize = SAMPLE_SIZE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DrPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DR_PLAN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DR_PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DrScenario getScenario() {
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenario(DrScenario newScenario) {
		DrScenario oldScenario = scenario;
		scenario = newScenario == null ? SCENARIO_EDEFAULT : newScenario;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DR_PLAN__SCENARIO, oldScenario, scenario));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRpoMinutes() {
		return rpoMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRpoMinutes(int newRpoMinutes) {
		int oldRpoMinutes = rpoMinutes;
		rpoMinutes = newRpoMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DR_PLAN__RPO_MINUTES, oldRpoMinutes, rpoMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRtoMinutes() {
		return rtoMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRtoMinutes(int newRtoMinutes) {
		int oldRtoMinutes = rtoMinutes;
		rtoMinutes = newRtoMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DR_PLAN__RTO_MINUTES, oldRtoMinutes, rtoMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTestFrequencyDays() {
		return testFrequencyDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestFrequencyDays(int newTestFrequencyDays) {
		int oldTestFrequencyDays = testFrequencyDays;
		testFrequencyDays = newTestFrequencyDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DR_PLAN__TEST_FREQUENCY_DAYS, oldTestFrequencyDays, testFrequencyDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PacsNode getPrimary() {
		if (primary != null && primary.eIsProxy()) {
			InternalEObject oldPrimary = (InternalEObject)primary;
			primary = (PacsNode)eResolveProxy(oldPrimary);
			if (primary != oldPrimary) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.DR_PLAN__PRIMARY, oldPrimary, primary));
			}
		}
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PacsNode basicGetPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(PacsNode newPrimary) {
		PacsNode oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DR_PLAN__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PacsNode getDr() {
		if (dr != null && dr.eIsProxy()) {
			InternalEObject oldDr = (InternalEObject)dr;
			dr = (PacsNode)eResolveProxy(oldDr);
			if (dr != oldDr) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.DR_PLAN__DR, oldDr, dr));
			}
		}
		return dr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PacsNode basicGetDr() {
		return dr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr(PacsNode newDr) {
		PacsNode oldDr = dr;
		dr = newDr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DR_PLAN__DR, oldDr, dr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TestRun> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<TestRun>(TestRun.class, this, ModelPackage.DR_PLAN__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationLevel getVerificationLevel() {
		return verificationLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerificationLevel(VerificationLevel newVerificationLevel) {
		VerificationLevel oldVerificationLevel = verificationLevel;
		verificationLevel = newVerificationLevel == null ? VERIFICATION_LEVEL_EDEFAULT : newVerificationLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DR_PLAN__VERIFICATION_LEVEL, oldVerificationLevel, verificationLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSampleSize() {
		return sampleSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampleSize(int newSampleSize) {
		int oldSampleSize = sampleSize;
		sampleSize = newSampleSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DR_PLAN__SAMPLE_SIZE, oldSampleSize, sampleSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.DR_PLAN__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.DR_PLAN__NAME:
				return getName();
			case ModelPackage.DR_PLAN__SCENARIO:
				return getScenario();
			case ModelPackage.DR_PLAN__RPO_MINUTES:
				return getRpoMinutes();
			case ModelPackage.DR_PLAN__RTO_MINUTES:
				return getRtoMinutes();
			case ModelPackage.DR_PLAN__TEST_FREQUENCY_DAYS:
				return getTestFrequencyDays();
			case ModelPackage.DR_PLAN__PRIMARY:
				if (resolve) return getPrimary();
				return basicGetPrimary();
			case ModelPackage.DR_PLAN__DR:
				if (resolve) return getDr();
				return basicGetDr();
			case ModelPackage.DR_PLAN__RUNS:
				return getRuns();
			case ModelPackage.DR_PLAN__VERIFICATION_LEVEL:
				return getVerificationLevel();
			case ModelPackage.DR_PLAN__SAMPLE_SIZE:
				return getSampleSize();
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
			case ModelPackage.DR_PLAN__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.DR_PLAN__SCENARIO:
				setScenario((DrScenario)newValue);
				return;
			case ModelPackage.DR_PLAN__RPO_MINUTES:
				setRpoMinutes((Integer)newValue);
				return;
			case ModelPackage.DR_PLAN__RTO_MINUTES:
				setRtoMinutes((Integer)newValue);
				return;
			case ModelPackage.DR_PLAN__TEST_FREQUENCY_DAYS:
				setTestFrequencyDays((Integer)newValue);
				return;
			case ModelPackage.DR_PLAN__PRIMARY:
				setPrimary((PacsNode)newValue);
				return;
			case ModelPackage.DR_PLAN__DR:
				setDr((PacsNode)newValue);
				return;
			case ModelPackage.DR_PLAN__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends TestRun>)newValue);
				return;
			case ModelPackage.DR_PLAN__VERIFICATION_LEVEL:
				setVerificationLevel((VerificationLevel)newValue);
				return;
			case ModelPackage.DR_PLAN__SAMPLE_SIZE:
				setSampleSize((Integer)newValue);
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
			case ModelPackage.DR_PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.DR_PLAN__SCENARIO:
				setScenario(SCENARIO_EDEFAULT);
				return;
			case ModelPackage.DR_PLAN__RPO_MINUTES:
				setRpoMinutes(RPO_MINUTES_EDEFAULT);
				return;
			case ModelPackage.DR_PLAN__RTO_MINUTES:
				setRtoMinutes(RTO_MINUTES_EDEFAULT);
				return;
			case ModelPackage.DR_PLAN__TEST_FREQUENCY_DAYS:
				setTestFrequencyDays(TEST_FREQUENCY_DAYS_EDEFAULT);
				return;
			case ModelPackage.DR_PLAN__PRIMARY:
				setPrimary((PacsNode)null);
				return;
			case ModelPackage.DR_PLAN__DR:
				setDr((PacsNode)null);
				return;
			case ModelPackage.DR_PLAN__RUNS:
				getRuns().clear();
				return;
			case ModelPackage.DR_PLAN__VERIFICATION_LEVEL:
				setVerificationLevel(VERIFICATION_LEVEL_EDEFAULT);
				return;
			case ModelPackage.DR_PLAN__SAMPLE_SIZE:
				setSampleSize(SAMPLE_SIZE_EDEFAULT);
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
			case ModelPackage.DR_PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.DR_PLAN__SCENARIO:
				return scenario != SCENARIO_EDEFAULT;
			case ModelPackage.DR_PLAN__RPO_MINUTES:
				return rpoMinutes != RPO_MINUTES_EDEFAULT;
			case ModelPackage.DR_PLAN__RTO_MINUTES:
				return rtoMinutes != RTO_MINUTES_EDEFAULT;
			case ModelPackage.DR_PLAN__TEST_FREQUENCY_DAYS:
				return testFrequencyDays != TEST_FREQUENCY_DAYS_EDEFAULT;
			case ModelPackage.DR_PLAN__PRIMARY:
				return primary != null;
			case ModelPackage.DR_PLAN__DR:
				return dr != null;
			case ModelPackage.DR_PLAN__RUNS:
				return runs != null && !runs.isEmpty();
			case ModelPackage.DR_PLAN__VERIFICATION_LEVEL:
				return verificationLevel != VERIFICATION_LEVEL_EDEFAULT;
			case ModelPackage.DR_PLAN__SAMPLE_SIZE:
				return sampleSize != SAMPLE_SIZE_EDEFAULT;
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
		result.append(", scenario: ");
		result.append(scenario);
		result.append(", rpoMinutes: ");
		result.append(rpoMinutes);
		result.append(", rtoMinutes: ");
		result.append(rtoMinutes);
		result.append(", testFrequencyDays: ");
		result.append(testFrequencyDays);
		result.append(", verificationLevel: ");
		result.append(verificationLevel);
		result.append(", sampleSize: ");
		result.append(sampleSize);
		result.append(')');
		return result.toString();
	}

} //DrPlanImpl
