/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.AccessDecision;
import org.custodian.model.Account;
import org.custodian.model.ModelPackage;
import org.custodian.model.ReviewDecision;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Access Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.AccessDecisionImpl#getAccount <em>Account</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessDecisionImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessDecisionImpl#getJustification <em>Justification</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessDecisionImpl#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessDecisionImpl#getDecidedAt <em>Decided At</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessDecisionImpl#isDefaulted <em>Defaulted</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccessDecisionImpl extends IdentifiedImpl implements AccessDecision {
	/**
	 * The cached value of the '{@link #getAccount() <em>Account</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccount()
	 * @generated
	 * @ordered
	 */
	protected Account account;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewDecision DECISION_EDEFAULT = ReviewDecision.PENDING;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected ReviewDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected static final String JUSTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected String justification = JUSTIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String DECIDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected String decidedBy = DECIDED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date DECIDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected Date decidedAt = DECIDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #isDefaulted() <em>Defaulted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDefaulted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEFAULTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDefaulted() <em>Defaulted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDefaulted()
	 * @generated
	 * @ordered
	 */
	protected boolean defaulted = DEFAULTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccessDecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ACCESS_DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account getAccount() {
		if (account != null && account.eIsProxy()) {
			InternalEObject oldAccount = (InternalEObject)account;
			account = (Account)eResolveProxy(oldAccount);
			if (account != oldAccount) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ACCESS_DECISION__ACCOUNT, oldAccount, account));
			}
		}
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Account basicGetAccount() {
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccount(Account newAccount) {
		Account oldAccount = account;
		account = newAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_DECISION__ACCOUNT, oldAccount, account));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewDecision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(ReviewDecision newDecision) {
		ReviewDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_DECISION__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJustification() {
		return justification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJustification(String newJustification) {
		String oldJustification = justification;
		justification = newJustification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_DECISION__JUSTIFICATION, oldJustification, justification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecidedBy() {
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedBy(String newDecidedBy) {
		String oldDecidedBy = decidedBy;
		decidedBy = newDecidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_DECISION__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDecidedAt() {
		return decidedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedAt(Date newDecidedAt) {
		Date oldDecidedAt = decidedAt;
		decidedAt = newDecidedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_DECISION__DECIDED_AT, oldDecidedAt, decidedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDefaulted() {
		return defaulted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaulted(boolean newDefaulted) {
		boolean oldDefaulted = defaulted;
		defaulted = newDefaulted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_DECISION__DEFAULTED, oldDefaulted, defaulted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ACCESS_DECISION__ACCOUNT:
				if (resolve) return getAccount();
				return basicGetAccount();
			case ModelPackage.ACCESS_DECISION__DECISION:
				return getDecision();
			case ModelPackage.ACCESS_DECISION__JUSTIFICATION:
				return getJustification();
			case ModelPackage.ACCESS_DECISION__DECIDED_BY:
				return getDecidedBy();
			case ModelPackage.ACCESS_DECISION__DECIDED_AT:
				return getDecidedAt();
			case ModelPackage.ACCESS_DECISION__DEFAULTED:
				return isDefaulted();
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
			case ModelPackage.ACCESS_DECISION__ACCOUNT:
				setAccount((Account)newValue);
				return;
			case ModelPackage.ACCESS_DECISION__DECISION:
				setDecision((ReviewDecision)newValue);
				return;
			case ModelPackage.ACCESS_DECISION__JUSTIFICATION:
				setJustification((String)newValue);
				return;
			case ModelPackage.ACCESS_DECISION__DECIDED_BY:
				setDecidedBy((String)newValue);
				return;
			case ModelPackage.ACCESS_DECISION__DECIDED_AT:
				setDecidedAt((Date)newValue);
				return;
			case ModelPackage.ACCESS_DECISION__DEFAULTED:
				setDefaulted((Boolean)newValue);
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
			case ModelPackage.ACCESS_DECISION__ACCOUNT:
				setAccount((Account)null);
				return;
			case ModelPackage.ACCESS_DECISION__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case ModelPackage.ACCESS_DECISION__JUSTIFICATION:
				setJustification(JUSTIFICATION_EDEFAULT);
				return;
			case ModelPackage.ACCESS_DECISION__DECIDED_BY:
				setDecidedBy(DECIDED_BY_EDEFAULT);
				return;
			case ModelPackage.ACCESS_DECISION__DECIDED_AT:
				setDecidedAt(DECIDED_AT_EDEFAULT);
				return;
			case ModelPackage.ACCESS_DECISION__DEFAULTED:
				setDefaulted(DEFAULTED_EDEFAULT);
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
			case ModelPackage.ACCESS_DECISION__ACCOUNT:
				return account != null;
			case ModelPackage.ACCESS_DECISION__DECISION:
				return decision != DECISION_EDEFAULT;
			case ModelPackage.ACCESS_DECISION__JUSTIFICATION:
				return JUSTIFICATION_EDEFAULT == null ? justification != null : !JUSTIFICATION_EDEFAULT.equals(justification);
			case ModelPackage.ACCESS_DECISION__DECIDED_BY:
				return DECIDED_BY_EDEFAULT == null ? decidedBy != null : !DECIDED_BY_EDEFAULT.equals(decidedBy);
			case ModelPackage.ACCESS_DECISION__DECIDED_AT:
				return DECIDED_AT_EDEFAULT == null ? decidedAt != null : !DECIDED_AT_EDEFAULT.equals(decidedAt);
			case ModelPackage.ACCESS_DECISION__DEFAULTED:
				return defaulted != DEFAULTED_EDEFAULT;
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
		result.append(" (decision: ");
		result.append(decision);
		result.append(", justification: ");
		result.append(justification);
		result.append(", decidedBy: ");
		result.append(decidedBy);
		result.append(", decidedAt: ");
		result.append(decidedAt);
		result.append(", defaulted: ");
		result.append(defaulted);
		result.append(')');
		return result.toString();
	}

} //AccessDecisionImpl
