/**
 */
package org.custodian.model.impl;

import java.util.Collection;

import org.custodian.model.ModelPackage;
import org.custodian.model.PeopleSettings;
import org.custodian.model.ReviewDecision;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>People Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.PeopleSettingsImpl#getRevocationGraceDays <em>Revocation Grace Days</em>}</li>
 *   <li>{@link org.custodian.model.impl.PeopleSettingsImpl#getUnusedAccountDays <em>Unused Account Days</em>}</li>
 *   <li>{@link org.custodian.model.impl.PeopleSettingsImpl#getInductionDays <em>Induction Days</em>}</li>
 *   <li>{@link org.custodian.model.impl.PeopleSettingsImpl#getDueSoonDays <em>Due Soon Days</em>}</li>
 *   <li>{@link org.custodian.model.impl.PeopleSettingsImpl#getReviewDays <em>Review Days</em>}</li>
 *   <li>{@link org.custodian.model.impl.PeopleSettingsImpl#getReviewDefault <em>Review Default</em>}</li>
 *   <li>{@link org.custodian.model.impl.PeopleSettingsImpl#getTrainingTarget <em>Training Target</em>}</li>
 *   <li>{@link org.custodian.model.impl.PeopleSettingsImpl#getStaffColumns <em>Staff Columns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PeopleSettingsImpl extends IdentifiedImpl implements PeopleSettings {
	/**
	 * The default value of the '{@link #getRevocationGraceDays() <em>Revocation Grace Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevocationGraceDays()
	 * @generated
	 * @ordered
	 */
	protected static final int REVOCATION_GRACE_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRevocationGraceDays() <em>Revocation Grace Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevocationGraceDays()
	 * @generated
	 * @ordered
	 */
	protected int revocationGraceDays = REVOCATION_GRACE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnusedAccountDays() <em>Unused Account Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnusedAccountDays()
	 * @generated
	 * @ordered
	 */
	protected static final int UNUSED_ACCOUNT_DAYS_EDEFAULT = 90;

	/**
	 * The cached value of the '{@link #getUnusedAccountDays() <em>Unused Account Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnusedAccountDays()
	 * @generated
	 * @ordered
	 */
	protected int unusedAccountDays = UNUSED_ACCOUNT_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInductionDays() <em>Induction Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInductionDays()
	 * @generated
	 * @ordered
	 */
	protected static final int INDUCTION_DAYS_EDEFAULT = 28;

	/**
	 * The cached value of the '{@link #getInductionDays() <em>Induction Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInductionDays()
	 * @generated
	 * @ordered
	 */
	protected int inductionDays = INDUCTION_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueSoonDays() <em>Due Soon Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueSoonDays()
	 * @generated
	 * @ordered
	 */
	protected static final int DUE_SOON_DAYS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getDueSoonDays() <em>Due Soon Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueSoonDays()
	 * @generated
	 * @ordered
	 */
	protected int dueSoonDays = DUE_SOON_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewDays() <em>Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDays()
	 * @generated
	 * @ordered
	 */
	protected static final int REVIEW_DAYS_EDEFAULT = 14;

	/**
	 * The cached value of the '{@link #getReviewDays() <em>Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDays()
	 * @generated
	 * @ordered
	 */
	protected int reviewDays = REVIEW_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewDefault() <em>Review Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDefault()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewDecision REVIEW_DEFAULT_EDEFAULT = ReviewDecision.PENDING;

	/**
	 * The cached value of the '{@link #getReviewDefault() <em>Review Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDefault()
	 * @generated
	 * @ordered
	 */
	protected ReviewDecision reviewDefault = REVIEW_DEFAULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainingTarget() <em>Training Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAINING_TARGET_EDEFAULT = 95.0;

	/**
	 * The cached value of the '{@link #getTrainingTarget() <em>Training Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingTarget()
	 * @generated
	 * @ordered
	 */
	protected double trainingTarget = TRAINING_TARGET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStaffColumns() <em>Staff Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> staffColumns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PeopleSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PEOPLE_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRevocationGraceDays() {
		return revocationGraceDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevocationGraceDays(int newRevocationGraceDays) {
		int oldRevocationGraceDays = revocationGraceDays;
		revocationGraceDays = newRevocationGraceDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PEOPLE_SETTINGS__REVOCATION_GRACE_DAYS, oldRevocationGraceDays, revocationGraceDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnusedAccountDays() {
		return unusedAccountDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnusedAccountDays(int newUnusedAccountDays) {
		int oldUnusedAccountDays = unusedAccountDays;
		unusedAccountDays = newUnusedAccountDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PEOPLE_SETTINGS__UNUSED_ACCOUNT_DAYS, oldUnusedAccountDays, unusedAccountDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInductionDays() {
		return inductionDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInductionDays(int newInductionDays) {
		int oldInductionDays = inductionDays;
		inductionDays = newInductionDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PEOPLE_SETTINGS__INDUCTION_DAYS, oldInductionDays, inductionDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDueSoonDays() {
		return dueSoonDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueSoonDays(int newDueSoonDays) {
		int oldDueSoonDays = dueSoonDays;
		dueSoonDays = newDueSoonDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PEOPLE_SETTINGS__DUE_SOON_DAYS, oldDueSoonDays, dueSoonDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReviewDays() {
		return reviewDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewDays(int newReviewDays) {
		int oldReviewDays = reviewDays;
		reviewDays = newReviewDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PEOPLE_SETTINGS__REVIEW_DAYS, oldReviewDays, reviewDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewDecision getReviewDefault() {
		return reviewDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewDefault(ReviewDecision newReviewDefault) {
		ReviewDecision oldReviewDefault = reviewDefault;
		reviewDefault = newReviewDefault == null ? REVIEW_DEFAULT_EDEFAULT : newReviewDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PEOPLE_SETTINGS__REVIEW_DEFAULT, oldReviewDefault, reviewDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrainingTarget() {
		return trainingTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingTarget(double newTrainingTarget) {
		double oldTrainingTarget = trainingTarget;
		trainingTarget = newTrainingTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PEOPLE_SETTINGS__TRAINING_TARGET, oldTrainingTarget, trainingTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStaffColumns() {
		if (staffColumns == null) {
			staffColumns = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.PEOPLE_SETTINGS__STAFF_COLUMNS);
		}
		return staffColumns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PEOPLE_SETTINGS__REVOCATION_GRACE_DAYS:
				return getRevocationGraceDays();
			case ModelPackage.PEOPLE_SETTINGS__UNUSED_ACCOUNT_DAYS:
				return getUnusedAccountDays();
			case ModelPackage.PEOPLE_SETTINGS__INDUCTION_DAYS:
				return getInductionDays();
			case ModelPackage.PEOPLE_SETTINGS__DUE_SOON_DAYS:
				return getDueSoonDays();
			case ModelPackage.PEOPLE_SETTINGS__REVIEW_DAYS:
				return getReviewDays();
			case ModelPackage.PEOPLE_SETTINGS__REVIEW_DEFAULT:
				return getReviewDefault();
			case ModelPackage.PEOPLE_SETTINGS__TRAINING_TARGET:
				return getTrainingTarget();
			case ModelPackage.PEOPLE_SETTINGS__STAFF_COLUMNS:
				return getStaffColumns();
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
			case ModelPackage.PEOPLE_SETTINGS__REVOCATION_GRACE_DAYS:
				setRevocationGraceDays((Integer)newValue);
				return;
			case ModelPackage.PEOPLE_SETTINGS__UNUSED_ACCOUNT_DAYS:
				setUnusedAccountDays((Integer)newValue);
				return;
			case ModelPackage.PEOPLE_SETTINGS__INDUCTION_DAYS:
				setInductionDays((Integer)newValue);
				return;
			case ModelPackage.PEOPLE_SETTINGS__DUE_SOON_DAYS:
				setDueSoonDays((Integer)newValue);
				return;
			case ModelPackage.PEOPLE_SETTINGS__REVIEW_DAYS:
				setReviewDays((Integer)newValue);
				return;
			case ModelPackage.PEOPLE_SETTINGS__REVIEW_DEFAULT:
				setReviewDefault((ReviewDecision)newValue);
				return;
			case ModelPackage.PEOPLE_SETTINGS__TRAINING_TARGET:
				setTrainingTarget((Double)newValue);
				return;
			case ModelPackage.PEOPLE_SETTINGS__STAFF_COLUMNS:
				getStaffColumns().clear();
				getStaffColumns().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.PEOPLE_SETTINGS__REVOCATION_GRACE_DAYS:
				setRevocationGraceDays(REVOCATION_GRACE_DAYS_EDEFAULT);
				return;
			case ModelPackage.PEOPLE_SETTINGS__UNUSED_ACCOUNT_DAYS:
				setUnusedAccountDays(UNUSED_ACCOUNT_DAYS_EDEFAULT);
				return;
			case ModelPackage.PEOPLE_SETTINGS__INDUCTION_DAYS:
				setInductionDays(INDUCTION_DAYS_EDEFAULT);
				return;
			case ModelPackage.PEOPLE_SETTINGS__DUE_SOON_DAYS:
				setDueSoonDays(DUE_SOON_DAYS_EDEFAULT);
				return;
			case ModelPackage.PEOPLE_SETTINGS__REVIEW_DAYS:
				setReviewDays(REVIEW_DAYS_EDEFAULT);
				return;
			case ModelPackage.PEOPLE_SETTINGS__REVIEW_DEFAULT:
				setReviewDefault(REVIEW_DEFAULT_EDEFAULT);
				return;
			case ModelPackage.PEOPLE_SETTINGS__TRAINING_TARGET:
				setTrainingTarget(TRAINING_TARGET_EDEFAULT);
				return;
			case ModelPackage.PEOPLE_SETTINGS__STAFF_COLUMNS:
				getStaffColumns().clear();
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
			case ModelPackage.PEOPLE_SETTINGS__REVOCATION_GRACE_DAYS:
				return revocationGraceDays != REVOCATION_GRACE_DAYS_EDEFAULT;
			case ModelPackage.PEOPLE_SETTINGS__UNUSED_ACCOUNT_DAYS:
				return unusedAccountDays != UNUSED_ACCOUNT_DAYS_EDEFAULT;
			case ModelPackage.PEOPLE_SETTINGS__INDUCTION_DAYS:
				return inductionDays != INDUCTION_DAYS_EDEFAULT;
			case ModelPackage.PEOPLE_SETTINGS__DUE_SOON_DAYS:
				return dueSoonDays != DUE_SOON_DAYS_EDEFAULT;
			case ModelPackage.PEOPLE_SETTINGS__REVIEW_DAYS:
				return reviewDays != REVIEW_DAYS_EDEFAULT;
			case ModelPackage.PEOPLE_SETTINGS__REVIEW_DEFAULT:
				return reviewDefault != REVIEW_DEFAULT_EDEFAULT;
			case ModelPackage.PEOPLE_SETTINGS__TRAINING_TARGET:
				return trainingTarget != TRAINING_TARGET_EDEFAULT;
			case ModelPackage.PEOPLE_SETTINGS__STAFF_COLUMNS:
				return staffColumns != null && !staffColumns.isEmpty();
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
		result.append(" (revocationGraceDays: ");
		result.append(revocationGraceDays);
		result.append(", unusedAccountDays: ");
		result.append(unusedAccountDays);
		result.append(", inductionDays: ");
		result.append(inductionDays);
		result.append(", dueSoonDays: ");
		result.append(dueSoonDays);
		result.append(", reviewDays: ");
		result.append(reviewDays);
		result.append(", reviewDefault: ");
		result.append(reviewDefault);
		result.append(", trainingTarget: ");
		result.append(trainingTarget);
		result.append(", staffColumns: ");
		result.append(staffColumns);
		result.append(')');
		return result.toString();
	}

} //PeopleSettingsImpl
