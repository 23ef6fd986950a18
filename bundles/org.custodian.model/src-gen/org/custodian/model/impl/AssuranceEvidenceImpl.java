/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.DsptStatus;
import org.custodian.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assurance Evidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.AssuranceEvidenceImpl#getDsptStatus <em>Dspt Status</em>}</li>
 *   <li>{@link org.custodian.model.impl.AssuranceEvidenceImpl#getDsptDate <em>Dspt Date</em>}</li>
 *   <li>{@link org.custodian.model.impl.AssuranceEvidenceImpl#getIso27001Expiry <em>Iso27001 Expiry</em>}</li>
 *   <li>{@link org.custodian.model.impl.AssuranceEvidenceImpl#getCyberEssentialsPlusExpiry <em>Cyber Essentials Plus Expiry</em>}</li>
 *   <li>{@link org.custodian.model.impl.AssuranceEvidenceImpl#getLastPenTest <em>Last Pen Test</em>}</li>
 *   <li>{@link org.custodian.model.impl.AssuranceEvidenceImpl#getDsptExpiry <em>Dspt Expiry</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssuranceEvidenceImpl extends IdentifiedImpl implements AssuranceEvidence {
	/**
	 * The default value of the '{@link #getDsptStatus() <em>Dspt Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDsptStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DsptStatus DSPT_STATUS_EDEFAULT = DsptStatus.STANDARDS_EXCEEDED;

	/**
	 * The cached value of the '{@link #getDsptStatus() <em>Dspt Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDsptStatus()
	 * @generated
	 * @ordered
	 */
	protected DsptStatus dsptStatus = DSPT_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDsptDate() <em>Dspt Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDsptDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DSPT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDsptDate() <em>Dspt Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDsptDate()
	 * @generated
	 * @ordered
	 */
	protected Date dsptDate = DSPT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIso27001Expiry() <em>Iso27001 Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIso27001Expiry()
	 * @generated
	 * @ordered
	 */
	protected static final Date ISO27001_EXPIRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIso27001Expiry() <em>Iso27001 Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIso27001Expiry()
	 * @generated
	 * @ordered
	 */
	protected Date iso27001Expiry = ISO27001_EXPIRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCyberEssentialsPlusExpiry() <em>Cyber Essentials Plus Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCyberEssentialsPlusExpiry()
	 * @generated
	 * @ordered
	 */
	protected static final Date CYBER_ESSENTIALS_PLUS_EXPIRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCyberEssentialsPlusExpiry() <em>Cyber Essentials Plus Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCyberEssentialsPlusExpiry()
	 * @generated
	 * @ordered
	 */
	protected Date cyberEssentialsPlusExpiry = CYBER_ESSENTIALS_PLUS_EXPIRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastPenTest() <em>Last Pen Test</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastPenTest()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_PEN_TEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastPenTest() <em>Last Pen Test</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastPenTest()
	 * @generated
	 * @ordered
	 */
	protected Date lastPenTest = LAST_PEN_TEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getDsptExpiry() <em>Dspt Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDsptExpiry()
	 * @generated
	 * @ordered
	 */
	protected static final Date DSPT_EXPIRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDsptExpiry() <em>Dspt Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDsptExpiry()
	 * @generated
	 * @ordered
	 */
	protected Date dsptExpiry = DSPT_EXPIRY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssuranceEvidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ASSURANCE_EVIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DsptStatus getDsptStatus() {
		return dsptStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDsptStatus(DsptStatus newDsptStatus) {
		DsptStatus oldDsptStatus = dsptStatus;
		dsptStatus = newDsptStatus == null ? DSPT_STATUS_EDEFAULT : newDsptStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ASSURANCE_EVIDENCE__DSPT_STATUS, oldDsptStatus, dsptStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDsptDate() {
		return dsptDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDsptDate(Date newDsptDate) {
		Date oldDsptDate = dsptDate;
		dsptDate = newDsptDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ASSURANCE_EVIDENCE__DSPT_DATE, oldDsptDate, dsptDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getIso27001Expiry() {
		return iso27001Expiry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIso27001Expiry(Date newIso27001Expiry) {
		Date oldIso27001Expiry = iso27001Expiry;
		iso27001Expiry = newIso27001Expiry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ASSURANCE_EVIDENCE__ISO27001_EXPIRY, oldIso27001Expiry, iso27001Expiry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCyberEssentialsPlusExpiry() {
		return cyberEssentialsPlusExpiry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCyberEssentialsPlusExpiry(Date newCyberEssentialsPlusExpiry) {
		Date oldCyberEssentialsPlusExpiry = cyberEssentialsPlusExpiry;
		cyberEssentialsPlusExpiry = newCyberEssentialsPlusExpiry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ASSURANCE_EVIDENCE__CYBER_ESSENTIALS_PLUS_EXPIRY, oldCyberEssentialsPlusExpiry, cyberEssentialsPlusExpiry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastPenTest() {
		return lastPenTest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastPenTest(Date newLastPenTest) {
		Date oldLastPenTest = lastPenTest;
		lastPenTest = newLastPenTest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ASSURANCE_EVIDENCE__LAST_PEN_TEST, oldLastPenTest, lastPenTest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDsptExpiry() {
		return dsptExpiry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDsptExpiry(Date newDsptExpiry) {
		Date oldDsptExpiry = dsptExpiry;
		dsptExpiry = newDsptExpiry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ASSURANCE_EVIDENCE__DSPT_EXPIRY, oldDsptExpiry, dsptExpiry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_STATUS:
				return getDsptStatus();
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_DATE:
				return getDsptDate();
			case ModelPackage.ASSURANCE_EVIDENCE__ISO27001_EXPIRY:
				return getIso27001Expiry();
			case ModelPackage.ASSURANCE_EVIDENCE__CYBER_ESSENTIALS_PLUS_EXPIRY:
				return getCyberEssentialsPlusExpiry();
			case ModelPackage.ASSURANCE_EVIDENCE__LAST_PEN_TEST:
				return getLastPenTest();
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_EXPIRY:
				return getDsptExpiry();
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
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_STATUS:
				setDsptStatus((DsptStatus)newValue);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_DATE:
				setDsptDate((Date)newValue);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__ISO27001_EXPIRY:
				setIso27001Expiry((Date)newValue);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__CYBER_ESSENTIALS_PLUS_EXPIRY:
				setCyberEssentialsPlusExpiry((Date)newValue);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__LAST_PEN_TEST:
				setLastPenTest((Date)newValue);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_EXPIRY:
				setDsptExpiry((Date)newValue);
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
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_STATUS:
				setDsptStatus(DSPT_STATUS_EDEFAULT);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_DATE:
				setDsptDate(DSPT_DATE_EDEFAULT);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__ISO27001_EXPIRY:
				setIso27001Expiry(ISO27001_EXPIRY_EDEFAULT);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__CYBER_ESSENTIALS_PLUS_EXPIRY:
				setCyberEssentialsPlusExpiry(CYBER_ESSENTIALS_PLUS_EXPIRY_EDEFAULT);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__LAST_PEN_TEST:
				setLastPenTest(LAST_PEN_TEST_EDEFAULT);
				return;
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_EXPIRY:
				setDsptExpiry(DSPT_EXPIRY_EDEFAULT);
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
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_STATUS:
				return dsptStatus != DSPT_STATUS_EDEFAULT;
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_DATE:
				return DSPT_DATE_EDEFAULT == null ? dsptDate != null : !DSPT_DATE_EDEFAULT.equals(dsptDate);
			case ModelPackage.ASSURANCE_EVIDENCE__ISO27001_EXPIRY:
				return ISO27001_EXPIRY_EDEFAULT == null ? iso27001Expiry != null : !ISO27001_EXPIRY_EDEFAULT.equals(iso27001Expiry);
			case ModelPackage.ASSURANCE_EVIDENCE__CYBER_ESSENTIALS_PLUS_EXPIRY:
				return CYBER_ESSENTIALS_PLUS_EXPIRY_EDEFAULT == null ? cyberEssentialsPlusExpiry != null : !CYBER_ESSENTIALS_PLUS_EXPIRY_EDEFAULT.equals(cyberEssentialsPlusExpiry);
			case ModelPackage.ASSURANCE_EVIDENCE__LAST_PEN_TEST:
				return LAST_PEN_TEST_EDEFAULT == null ? lastPenTest != null : !LAST_PEN_TEST_EDEFAULT.equals(lastPenTest);
			case ModelPackage.ASSURANCE_EVIDENCE__DSPT_EXPIRY:
				return DSPT_EXPIRY_EDEFAULT == null ? dsptExpiry != null : !DSPT_EXPIRY_EDEFAULT.equals(dsptExpiry);
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
		result.append(" (dsptStatus: ");
		result.append(dsptStatus);
		result.append(", dsptDate: ");
		result.append(dsptDate);
		result.append(", iso27001Expiry: ");
		result.append(iso27001Expiry);
		result.append(", cyberEssentialsPlusExpiry: ");
		result.append(cyberEssentialsPlusExpiry);
		result.append(", lastPenTest: ");
		result.append(lastPenTest);
		result.append(", dsptExpiry: ");
		result.append(dsptExpiry);
		result.append(')');
		return result.toString();
	}

} //AssuranceEvidenceImpl
