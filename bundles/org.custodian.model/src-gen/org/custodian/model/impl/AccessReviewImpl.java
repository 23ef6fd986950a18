/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.AccessDecision;
import org.custodian.model.AccessReview;
import org.custodian.model.ModelPackage;
import org.custodian.model.ReviewDecision;
import org.custodian.model.Staff;
import org.custodian.model.StaffChange;

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
 * An implementation of the model object '<em><b>Access Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.AccessReviewImpl#getChange <em>Change</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessReviewImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessReviewImpl#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessReviewImpl#getDue <em>Due</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessReviewImpl#getDefaultDecision <em>Default Decision</em>}</li>
 *   <li>{@link org.custodian.model.impl.AccessReviewImpl#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccessReviewImpl extends IdentifiedImpl implements AccessReview {
	/**
	 * The cached value of the '{@link #getChange() <em>Change</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChange()
	 * @generated
	 * @ordered
	 */
	protected StaffChange change;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected Staff reviewer;

	/**
	 * The default value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected static final Date OPENED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected Date opened = OPENED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDue() <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDue()
	 * @generated
	 * @ordered
	 */
	protected static final Date DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDue() <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDue()
	 * @generated
	 * @ordered
	 */
	protected Date due = DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultDecision() <em>Default Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultDecision()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewDecision DEFAULT_DECISION_EDEFAULT = ReviewDecision.PENDING;

	/**
	 * The cached value of the '{@link #getDefaultDecision() <em>Default Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultDecision()
	 * @generated
	 * @ordered
	 */
	protected ReviewDecision defaultDecision = DEFAULT_DECISION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<AccessDecision> decisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccessReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ACCESS_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffChange getChange() {
		if (change != null && change.eIsProxy()) {
			InternalEObject oldChange = (InternalEObject)change;
			change = (StaffChange)eResolveProxy(oldChange);
			if (change != oldChange) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ACCESS_REVIEW__CHANGE, oldChange, change));
			}
		}
		return change;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffChange basicGetChange() {
		return change;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChange(StaffChange newChange) {
		StaffChange oldChange = change;
		change = newChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_REVIEW__CHANGE, oldChange, change));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getReviewer() {
		if (reviewer != null && reviewer.eIsProxy()) {
			InternalEObject oldReviewer = (InternalEObject)reviewer;
			reviewer = (Staff)eResolveProxy(oldReviewer);
			if (reviewer != oldReviewer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ACCESS_REVIEW__REVIEWER, oldReviewer, reviewer));
			}
		}
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(Staff newReviewer) {
		Staff oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_REVIEW__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getOpened() {
		return opened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpened(Date newOpened) {
		Date oldOpened = opened;
		opened = newOpened;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_REVIEW__OPENED, oldOpened, opened));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDue() {
		return due;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDue(Date newDue) {
		Date oldDue = due;
		due = newDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_REVIEW__DUE, oldDue, due));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewDecision getDefaultDecision() {
		return defaultDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultDecision(ReviewDecision newDefaultDecision) {
		ReviewDecision oldDefaultDecision = defaultDecision;
		defaultDecision = newDefaultDecision == null ? DEFAULT_DECISION_EDEFAULT : newDefaultDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCESS_REVIEW__DEFAULT_DECISION, oldDefaultDecision, defaultDecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccessDecision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<AccessDecision>(AccessDecision.class, this, ModelPackage.ACCESS_REVIEW__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.ACCESS_REVIEW__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.ACCESS_REVIEW__CHANGE:
				if (resolve) return getChange();
				return basicGetChange();
			case ModelPackage.ACCESS_REVIEW__REVIEWER:
				if (resolve) return getReviewer();
				return basicGetReviewer();
			case ModelPackage.ACCESS_REVIEW__OPENED:
				return getOpened();
			case ModelPackage.ACCESS_REVIEW__DUE:
				return getDue();
			case ModelPackage.ACCESS_REVIEW__DEFAULT_DECISION:
				return getDefaultDecision();
			case ModelPackage.ACCESS_REVIEW__DECISIONS:
				return getDecisions();
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
			case ModelPackage.ACCESS_REVIEW__CHANGE:
				setChange((StaffChange)newValue);
				return;
			case ModelPackage.ACCESS_REVIEW__REVIEWER:
				setReviewer((Staff)newValue);
				return;
			case ModelPackage.ACCESS_REVIEW__OPENED:
				setOpened((Date)newValue);
				return;
			case ModelPackage.ACCESS_REVIEW__DUE:
				setDue((Date)newValue);
				return;
			case ModelPackage.ACCESS_REVIEW__DEFAULT_DECISION:
				setDefaultDecision((ReviewDecision)newValue);
				return;
			case ModelPackage.ACCESS_REVIEW__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends AccessDecision>)newValue);
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
			case ModelPackage.ACCESS_REVIEW__CHANGE:
				setChange((StaffChange)null);
				return;
			case ModelPackage.ACCESS_REVIEW__REVIEWER:
				setReviewer((Staff)null);
				return;
			case ModelPackage.ACCESS_REVIEW__OPENED:
				setOpened(OPENED_EDEFAULT);
				return;
			case ModelPackage.ACCESS_REVIEW__DUE:
				setDue(DUE_EDEFAULT);
				return;
			case ModelPackage.ACCESS_REVIEW__DEFAULT_DECISION:
				setDefaultDecision(DEFAULT_DECISION_EDEFAULT);
				return;
			case ModelPackage.ACCESS_REVIEW__DECISIONS:
				getDecisions().clear();
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
			case ModelPackage.ACCESS_REVIEW__CHANGE:
				return change != null;
			case ModelPackage.ACCESS_REVIEW__REVIEWER:
				return reviewer != null;
			case ModelPackage.ACCESS_REVIEW__OPENED:
				return OPENED_EDEFAULT == null ? opened != null : !OPENED_EDEFAULT.equals(opened);
			case ModelPackage.ACCESS_REVIEW__DUE:
				return DUE_EDEFAULT == null ? due != null : !DUE_EDEFAULT.equals(due);
			case ModelPackage.ACCESS_REVIEW__DEFAULT_DECISION:
				return defaultDecision != DEFAULT_DECISION_EDEFAULT;
			case ModelPackage.ACCESS_REVIEW__DECISIONS:
				return decisions != null && !decisions.isEmpty();
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
		result.append(" (opened: ");
		result.append(opened);
		result.append(", due: ");
		result.append(due);
		result.append(", defaultDecision: ");
		result.append(defaultDecision);
		result.append(')');
		return result.toString();
	}

} //AccessReviewImpl
