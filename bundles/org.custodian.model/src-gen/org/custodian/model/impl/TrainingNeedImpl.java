/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.Course;
import org.custodian.model.ModelPackage;
import org.custodian.model.StaffGroup;
import org.custodian.model.TrainingNeed;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Need</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.TrainingNeedImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrainingNeedImpl#getCourse <em>Course</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrainingNeedImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrainingNeedImpl#getTargetPercent <em>Target Percent</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrainingNeedImpl#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.custodian.model.impl.TrainingNeedImpl#getApprovedOn <em>Approved On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingNeedImpl extends IdentifiedImpl implements TrainingNeed {
	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected StaffGroup group;

	/**
	 * The cached value of the '{@link #getCourse() <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourse()
	 * @generated
	 * @ordered
	 */
	protected Course course;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetPercent() <em>Target Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTargetPercent() <em>Target Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPercent()
	 * @generated
	 * @ordered
	 */
	protected double targetPercent = TARGET_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedBy() <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedBy() <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected String approvedBy = APPROVED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date APPROVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected Date approvedOn = APPROVED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingNeedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TRAINING_NEED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffGroup getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (StaffGroup)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.TRAINING_NEED__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffGroup basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(StaffGroup newGroup) {
		StaffGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_NEED__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Course getCourse() {
		if (course != null && course.eIsProxy()) {
			InternalEObject oldCourse = (InternalEObject)course;
			course = (Course)eResolveProxy(oldCourse);
			if (course != oldCourse) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.TRAINING_NEED__COURSE, oldCourse, course));
			}
		}
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Course basicGetCourse() {
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourse(Course newCourse) {
		Course oldCourse = course;
		course = newCourse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_NEED__COURSE, oldCourse, course));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_NEED__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTargetPercent() {
		return targetPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetPercent(double newTargetPercent) {
		double oldTargetPercent = targetPercent;
		targetPercent = newTargetPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_NEED__TARGET_PERCENT, oldTargetPercent, targetPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprovedBy() {
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedBy(String newApprovedBy) {
		String oldApprovedBy = approvedBy;
		approvedBy = newApprovedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_NEED__APPROVED_BY, oldApprovedBy, approvedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getApprovedOn() {
		return approvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedOn(Date newApprovedOn) {
		Date oldApprovedOn = approvedOn;
		approvedOn = newApprovedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_NEED__APPROVED_ON, oldApprovedOn, approvedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.TRAINING_NEED__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case ModelPackage.TRAINING_NEED__COURSE:
				if (resolve) return getCourse();
				return basicGetCourse();
			case ModelPackage.TRAINING_NEED__REASON:
				return getReason();
			case ModelPackage.TRAINING_NEED__TARGET_PERCENT:
				return getTargetPercent();
			case ModelPackage.TRAINING_NEED__APPROVED_BY:
				return getApprovedBy();
			case ModelPackage.TRAINING_NEED__APPROVED_ON:
				return getApprovedOn();
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
			case ModelPackage.TRAINING_NEED__GROUP:
				setGroup((StaffGroup)newValue);
				return;
			case ModelPackage.TRAINING_NEED__COURSE:
				setCourse((Course)newValue);
				return;
			case ModelPackage.TRAINING_NEED__REASON:
				setReason((String)newValue);
				return;
			case ModelPackage.TRAINING_NEED__TARGET_PERCENT:
				setTargetPercent((Double)newValue);
				return;
			case ModelPackage.TRAINING_NEED__APPROVED_BY:
				setApprovedBy((String)newValue);
				return;
			case ModelPackage.TRAINING_NEED__APPROVED_ON:
				setApprovedOn((Date)newValue);
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
			case ModelPackage.TRAINING_NEED__GROUP:
				setGroup((StaffGroup)null);
				return;
			case ModelPackage.TRAINING_NEED__COURSE:
				setCourse((Course)null);
				return;
			case ModelPackage.TRAINING_NEED__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case ModelPackage.TRAINING_NEED__TARGET_PERCENT:
				setTargetPercent(TARGET_PERCENT_EDEFAULT);
				return;
			case ModelPackage.TRAINING_NEED__APPROVED_BY:
				setApprovedBy(APPROVED_BY_EDEFAULT);
				return;
			case ModelPackage.TRAINING_NEED__APPROVED_ON:
				setApprovedOn(APPROVED_ON_EDEFAULT);
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
			case ModelPackage.TRAINING_NEED__GROUP:
				return group != null;
			case ModelPackage.TRAINING_NEED__COURSE:
				return course != null;
			case ModelPackage.TRAINING_NEED__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case ModelPackage.TRAINING_NEED__TARGET_PERCENT:
				return targetPercent != TARGET_PERCENT_EDEFAULT;
			case ModelPackage.TRAINING_NEED__APPROVED_BY:
				return APPROVED_BY_EDEFAULT == null ? approvedBy != null : !APPROVED_BY_EDEFAULT.equals(approvedBy);
			case ModelPackage.TRAINING_NEED__APPROVED_ON:
				return APPROVED_ON_EDEFAULT == null ? approvedOn != null : !APPROVED_ON_EDEFAULT.equals(approvedOn);
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
		result.append(" (reason: ");
		result.append(reason);
		result.append(", targetPercent: ");
		result.append(targetPercent);
		result.append(", approvedBy: ");
		result.append(approvedBy);
		result.append(", approvedOn: ");
		result.append(approvedOn);
		result.append(')');
		return result.toString();
	}

} //TrainingNeedImpl
