/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.Course;
import org.custodian.model.CourseEvaluation;
import org.custodian.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Course Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.CourseEvaluationImpl#getCourse <em>Course</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseEvaluationImpl#getEvaluatedOn <em>Evaluated On</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseEvaluationImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseEvaluationImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseEvaluationImpl#isEffective <em>Effective</em>}</li>
 *   <li>{@link org.custodian.model.impl.CourseEvaluationImpl#getEvaluatedBy <em>Evaluated By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CourseEvaluationImpl extends IdentifiedImpl implements CourseEvaluation {
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
	 * The default value of the '{@link #getEvaluatedOn() <em>Evaluated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluatedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date EVALUATED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvaluatedOn() <em>Evaluated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluatedOn()
	 * @generated
	 * @ordered
	 */
	protected Date evaluatedOn = EVALUATED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected String findings = FINDINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #isEffective() <em>Effective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEffective()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EFFECTIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEffective() <em>Effective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEffective()
	 * @generated
	 * @ordered
	 */
	protected boolean effective = EFFECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvaluatedBy() <em>Evaluated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String EVALUATED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvaluatedBy() <em>Evaluated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluatedBy()
	 * @generated
	 * @ordered
	 */
	protected String evaluatedBy = EVALUATED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CourseEvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.COURSE_EVALUATION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.COURSE_EVALUATION__COURSE, oldCourse, course));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE_EVALUATION__COURSE, oldCourse, course));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEvaluatedOn() {
		return evaluatedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluatedOn(Date newEvaluatedOn) {
		Date oldEvaluatedOn = evaluatedOn;
		evaluatedOn = newEvaluatedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE_EVALUATION__EVALUATED_ON, oldEvaluatedOn, evaluatedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE_EVALUATION__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFindings() {
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindings(String newFindings) {
		String oldFindings = findings;
		findings = newFindings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE_EVALUATION__FINDINGS, oldFindings, findings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEffective() {
		return effective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffective(boolean newEffective) {
		boolean oldEffective = effective;
		effective = newEffective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE_EVALUATION__EFFECTIVE, oldEffective, effective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvaluatedBy() {
		return evaluatedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluatedBy(String newEvaluatedBy) {
		String oldEvaluatedBy = evaluatedBy;
		evaluatedBy = newEvaluatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COURSE_EVALUATION__EVALUATED_BY, oldEvaluatedBy, evaluatedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.COURSE_EVALUATION__COURSE:
				if (resolve) return getCourse();
				return basicGetCourse();
			case ModelPackage.COURSE_EVALUATION__EVALUATED_ON:
				return getEvaluatedOn();
			case ModelPackage.COURSE_EVALUATION__METHOD:
				return getMethod();
			case ModelPackage.COURSE_EVALUATION__FINDINGS:
				return getFindings();
			case ModelPackage.COURSE_EVALUATION__EFFECTIVE:
				return isEffective();
			case ModelPackage.COURSE_EVALUATION__EVALUATED_BY:
				return getEvaluatedBy();
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
			case ModelPackage.COURSE_EVALUATION__COURSE:
				setCourse((Course)newValue);
				return;
			case ModelPackage.COURSE_EVALUATION__EVALUATED_ON:
				setEvaluatedOn((Date)newValue);
				return;
			case ModelPackage.COURSE_EVALUATION__METHOD:
				setMethod((String)newValue);
				return;
			case ModelPackage.COURSE_EVALUATION__FINDINGS:
				setFindings((String)newValue);
				return;
			case ModelPackage.COURSE_EVALUATION__EFFECTIVE:
				setEffective((Boolean)newValue);
				return;
			case ModelPackage.COURSE_EVALUATION__EVALUATED_BY:
				setEvaluatedBy((String)newValue);
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
			case ModelPackage.COURSE_EVALUATION__COURSE:
				setCourse((Course)null);
				return;
			case ModelPackage.COURSE_EVALUATION__EVALUATED_ON:
				setEvaluatedOn(EVALUATED_ON_EDEFAULT);
				return;
			case ModelPackage.COURSE_EVALUATION__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case ModelPackage.COURSE_EVALUATION__FINDINGS:
				setFindings(FINDINGS_EDEFAULT);
				return;
			case ModelPackage.COURSE_EVALUATION__EFFECTIVE:
				setEffective(EFFECTIVE_EDEFAULT);
				return;
			case ModelPackage.COURSE_EVALUATION__EVALUATED_BY:
				setEvaluatedBy(EVALUATED_BY_EDEFAULT);
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
			case ModelPackage.COURSE_EVALUATION__COURSE:
				return course != null;
			case ModelPackage.COURSE_EVALUATION__EVALUATED_ON:
				return EVALUATED_ON_EDEFAULT == null ? evaluatedOn != null : !EVALUATED_ON_EDEFAULT.equals(evaluatedOn);
			case ModelPackage.COURSE_EVALUATION__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case ModelPackage.COURSE_EVALUATION__FINDINGS:
				return FINDINGS_EDEFAULT == null ? findings != null : !FINDINGS_EDEFAULT.equals(findings);
			case ModelPackage.COURSE_EVALUATION__EFFECTIVE:
				return effective != EFFECTIVE_EDEFAULT;
			case ModelPackage.COURSE_EVALUATION__EVALUATED_BY:
				return EVALUATED_BY_EDEFAULT == null ? evaluatedBy != null : !EVALUATED_BY_EDEFAULT.equals(evaluatedBy);
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
		result.append(" (evaluatedOn: ");
		result.append(evaluatedOn);
		result.append(", method: ");
		result.append(method);
		result.append(", findings: ");
		result.append(findings);
		result.append(", effective: ");
		result.append(effective);
		result.append(", evaluatedBy: ");
		result.append(evaluatedBy);
		result.append(')');
		return result.toString();
	}

} //CourseEvaluationImpl
