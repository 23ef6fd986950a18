/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.Contract;
import org.custodian.model.ModelPackage;
import org.custodian.model.ServiceLevel;

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
 * An implementation of the model object '<em><b>Contract</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getNoticeDays <em>Notice Days</em>}</li>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getRenewalTerms <em>Renewal Terms</em>}</li>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getExitClause <em>Exit Clause</em>}</li>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getDataReturnClause <em>Data Return Clause</em>}</li>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getRetentionGuaranteeYears <em>Retention Guarantee Years</em>}</li>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getImageDisplaySeconds <em>Image Display Seconds</em>}</li>
 *   <li>{@link org.custodian.model.impl.ContractImpl#getServiceLevels <em>Service Levels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContractImpl extends IdentifiedImpl implements Contract {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Date start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Date end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoticeDays() <em>Notice Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoticeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int NOTICE_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNoticeDays() <em>Notice Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoticeDays()
	 * @generated
	 * @ordered
	 */
	protected int noticeDays = NOTICE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRenewalTerms() <em>Renewal Terms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalTerms()
	 * @generated
	 * @ordered
	 */
	protected static final String RENEWAL_TERMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRenewalTerms() <em>Renewal Terms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalTerms()
	 * @generated
	 * @ordered
	 */
	protected String renewalTerms = RENEWAL_TERMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitClause() <em>Exit Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitClause()
	 * @generated
	 * @ordered
	 */
	protected static final String EXIT_CLAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExitClause() <em>Exit Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitClause()
	 * @generated
	 * @ordered
	 */
	protected String exitClause = EXIT_CLAUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataReturnClause() <em>Data Return Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataReturnClause()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_RETURN_CLAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataReturnClause() <em>Data Return Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataReturnClause()
	 * @generated
	 * @ordered
	 */
	protected String dataReturnClause = DATA_RETURN_CLAUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionGuaranteeYears() <em>Retention Guarantee Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionGuaranteeYears()
	 * @generated
	 * @ordered
	 */
	protected static final int RETENTION_GUARANTEE_YEARS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRetentionGuaranteeYears() <em>Retention Guarantee Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionGuaranteeYears()
	 * @generated
	 * @ordered
	 */
	protected int retentionGuaranteeYears = RETENTION_GUARANTEE_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getImageDisplaySeconds() <em>Image Display Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageDisplaySeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double IMAGE_DISPLAY_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getImageDisplaySeconds() <em>Image Display Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageDisplaySeconds()
	 * @generated
	 * @ordered
	 */
	protected double imageDisplaySeconds = IMAGE_DISPLAY_SECONDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServiceLevels() <em>Service Levels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceLevel> serviceLevels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContractImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CONTRACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Date newStart) {
		Date oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Date newEnd) {
		Date oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNoticeDays() {
		return noticeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoticeDays(int newNoticeDays) {
		int oldNoticeDays = noticeDays;
		noticeDays = newNoticeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__NOTICE_DAYS, oldNoticeDays, noticeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRenewalTerms() {
		return renewalTerms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRenewalTerms(String newRenewalTerms) {
		String oldRenewalTerms = renewalTerms;
		renewalTerms = newRenewalTerms;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__RENEWAL_TERMS, oldRenewalTerms, renewalTerms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExitClause() {
		return exitClause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitClause(String newExitClause) {
		String oldExitClause = exitClause;
		exitClause = newExitClause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__EXIT_CLAUSE, oldExitClause, exitClause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataReturnClause() {
		return dataReturnClause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataReturnClause(String newDataReturnClause) {
		String oldDataReturnClause = dataReturnClause;
		dataReturnClause = newDataReturnClause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__DATA_RETURN_CLAUSE, oldDataReturnClause, dataReturnClause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetentionGuaranteeYears() {
		return retentionGuaranteeYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionGuaranteeYears(int newRetentionGuaranteeYears) {
		int oldRetentionGuaranteeYears = retentionGuaranteeYears;
		retentionGuaranteeYears = newRetentionGuaranteeYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__RETENTION_GUARANTEE_YEARS, oldRetentionGuaranteeYears, retentionGuaranteeYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getImageDisplaySeconds() {
		return imageDisplaySeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageDisplaySeconds(double newImageDisplaySeconds) {
		double oldImageDisplaySeconds = imageDisplaySeconds;
		imageDisplaySeconds = newImageDisplaySeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__IMAGE_DISPLAY_SECONDS, oldImageDisplaySeconds, imageDisplaySeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceLevel> getServiceLevels() {
		if (serviceLevels == null) {
			serviceLevels = new EObjectContainmentEList<ServiceLevel>(ServiceLevel.class, this, ModelPackage.CONTRACT__SERVICE_LEVELS);
		}
		return serviceLevels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CONTRACT__SERVICE_LEVELS:
				return ((InternalEList<?>)getServiceLevels()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.CONTRACT__REFERENCE:
				return getReference();
			case ModelPackage.CONTRACT__START:
				return getStart();
			case ModelPackage.CONTRACT__END:
				return getEnd();
			case ModelPackage.CONTRACT__NOTICE_DAYS:
				return getNoticeDays();
			case ModelPackage.CONTRACT__RENEWAL_TERMS:
				return getRenewalTerms();
			case ModelPackage.CONTRACT__EXIT_CLAUSE:
				return getExitClause();
			case ModelPackage.CONTRACT__DATA_RETURN_CLAUSE:
				return getDataReturnClause();
			case ModelPackage.CONTRACT__RETENTION_GUARANTEE_YEARS:
				return getRetentionGuaranteeYears();
			case ModelPackage.CONTRACT__IMAGE_DISPLAY_SECONDS:
				return getImageDisplaySeconds();
			case ModelPackage.CONTRACT__SERVICE_LEVELS:
				return getServiceLevels();
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
			case ModelPackage.CONTRACT__REFERENCE:
				setReference((String)newValue);
				return;
			case ModelPackage.CONTRACT__START:
				setStart((Date)newValue);
				return;
			case ModelPackage.CONTRACT__END:
				setEnd((Date)newValue);
				return;
			case ModelPackage.CONTRACT__NOTICE_DAYS:
				setNoticeDays((Integer)newValue);
				return;
			case ModelPackage.CONTRACT__RENEWAL_TERMS:
				setRenewalTerms((String)newValue);
				return;
			case ModelPackage.CONTRACT__EXIT_CLAUSE:
				setExitClause((String)newValue);
				return;
			case ModelPackage.CONTRACT__DATA_RETURN_CLAUSE:
				setDataReturnClause((String)newValue);
				return;
			case ModelPackage.CONTRACT__RETENTION_GUARANTEE_YEARS:
				setRetentionGuaranteeYears((Integer)newValue);
				return;
			case ModelPackage.CONTRACT__IMAGE_DISPLAY_SECONDS:
				setImageDisplaySeconds((Double)newValue);
				return;
			case ModelPackage.CONTRACT__SERVICE_LEVELS:
				getServiceLevels().clear();
				getServiceLevels().addAll((Collection<? extends ServiceLevel>)newValue);
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
			case ModelPackage.CONTRACT__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__START:
				setStart(START_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__END:
				setEnd(END_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__NOTICE_DAYS:
				setNoticeDays(NOTICE_DAYS_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__RENEWAL_TERMS:
				setRenewalTerms(RENEWAL_TERMS_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__EXIT_CLAUSE:
				setExitClause(EXIT_CLAUSE_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__DATA_RETURN_CLAUSE:
				setDataReturnClause(DATA_RETURN_CLAUSE_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__RETENTION_GUARANTEE_YEARS:
				setRetentionGuaranteeYears(RETENTION_GUARANTEE_YEARS_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__IMAGE_DISPLAY_SECONDS:
				setImageDisplaySeconds(IMAGE_DISPLAY_SECONDS_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__SERVICE_LEVELS:
				getServiceLevels().clear();
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
			case ModelPackage.CONTRACT__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case ModelPackage.CONTRACT__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case ModelPackage.CONTRACT__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case ModelPackage.CONTRACT__NOTICE_DAYS:
				return noticeDays != NOTICE_DAYS_EDEFAULT;
			case ModelPackage.CONTRACT__RENEWAL_TERMS:
				return RENEWAL_TERMS_EDEFAULT == null ? renewalTerms != null : !RENEWAL_TERMS_EDEFAULT.equals(renewalTerms);
			case ModelPackage.CONTRACT__EXIT_CLAUSE:
				return EXIT_CLAUSE_EDEFAULT == null ? exitClause != null : !EXIT_CLAUSE_EDEFAULT.equals(exitClause);
			case ModelPackage.CONTRACT__DATA_RETURN_CLAUSE:
				return DATA_RETURN_CLAUSE_EDEFAULT == null ? dataReturnClause != null : !DATA_RETURN_CLAUSE_EDEFAULT.equals(dataReturnClause);
			case ModelPackage.CONTRACT__RETENTION_GUARANTEE_YEARS:
				return retentionGuaranteeYears != RETENTION_GUARANTEE_YEARS_EDEFAULT;
			case ModelPackage.CONTRACT__IMAGE_DISPLAY_SECONDS:
				return imageDisplaySeconds != IMAGE_DISPLAY_SECONDS_EDEFAULT;
			case ModelPackage.CONTRACT__SERVICE_LEVELS:
				return serviceLevels != null && !serviceLevels.isEmpty();
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
		result.append(" (reference: ");
		result.append(reference);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", noticeDays: ");
		result.append(noticeDays);
		result.append(", renewalTerms: ");
		result.append(renewalTerms);
		result.append(", exitClause: ");
		result.append(exitClause);
		result.append(", dataReturnClause: ");
		result.append(dataReturnClause);
		result.append(", retentionGuaranteeYears: ");
		result.append(retentionGuaranteeYears);
		result.append(", imageDisplaySeconds: ");
		result.append(imageDisplaySeconds);
		result.append(')');
		return result.toString();
	}

} //ContractImpl
