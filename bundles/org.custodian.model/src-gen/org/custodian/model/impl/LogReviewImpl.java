/**
 */
package org.custodian.model.impl;

import java.util.Date;

import org.custodian.model.LogReview;
import org.custodian.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Log Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.LogReviewImpl#getPerformedAt <em>Performed At</em>}</li>
 *   <li>{@link org.custodian.model.impl.LogReviewImpl#getPerformedBy <em>Performed By</em>}</li>
 *   <li>{@link org.custodian.model.impl.LogReviewImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.custodian.model.impl.LogReviewImpl#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LogReviewImpl extends IdentifiedImpl implements LogReview {
	/**
	 * The default value of the '{@link #getPerformedAt() <em>Performed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date PERFORMED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerformedAt() <em>Performed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedAt()
	 * @generated
	 * @ordered
	 */
	protected Date performedAt = PERFORMED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerformedBy() <em>Performed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String PERFORMED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerformedBy() <em>Performed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedBy()
	 * @generated
	 * @ordered
	 */
	protected String performedBy = PERFORMED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LogReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LOG_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPerformedAt() {
		return performedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformedAt(Date newPerformedAt) {
		Date oldPerformedAt = performedAt;
		performedAt = newPerformedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LOG_REVIEW__PERFORMED_AT, oldPerformedAt, performedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPerformedBy() {
		return performedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformedBy(String newPerformedBy) {
		String oldPerformedBy = performedBy;
		performedBy = newPerformedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LOG_REVIEW__PERFORMED_BY, oldPerformedBy, performedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LOG_REVIEW__SCOPE, oldScope, scope));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LOG_REVIEW__FINDINGS, oldFindings, findings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.LOG_REVIEW__PERFORMED_AT:
				return getPerformedAt();
			case ModelPackage.LOG_REVIEW__PERFORMED_BY:
				return getPerformedBy();
			case ModelPackage.LOG_REVIEW__SCOPE:
				return getScope();
			case ModelPackage.LOG_REVIEW__FINDINGS:
				return getFindings();
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
			case ModelPackage.LOG_REVIEW__PERFORMED_AT:
				setPerformedAt((Date)newValue);
				return;
			case ModelPackage.LOG_REVIEW__PERFORMED_BY:
				setPerformedBy((String)newValue);
				return;
			case ModelPackage.LOG_REVIEW__SCOPE:
				setScope((String)newValue);
				return;
			case ModelPackage.LOG_REVIEW__FINDINGS:
				setFindings((String)newValue);
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
			case ModelPackage.LOG_REVIEW__PERFORMED_AT:
				setPerformedAt(PERFORMED_AT_EDEFAULT);
				return;
			case ModelPackage.LOG_REVIEW__PERFORMED_BY:
				setPerformedBy(PERFORMED_BY_EDEFAULT);
				return;
			case ModelPackage.LOG_REVIEW__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case ModelPackage.LOG_REVIEW__FINDINGS:
				setFindings(FINDINGS_EDEFAULT);
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
			case ModelPackage.LOG_REVIEW__PERFORMED_AT:
				return PERFORMED_AT_EDEFAULT == null ? performedAt != null : !PERFORMED_AT_EDEFAULT.equals(performedAt);
			case ModelPackage.LOG_REVIEW__PERFORMED_BY:
				return PERFORMED_BY_EDEFAULT == null ? performedBy != null : !PERFORMED_BY_EDEFAULT.equals(performedBy);
			case ModelPackage.LOG_REVIEW__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case ModelPackage.LOG_REVIEW__FINDINGS:
				return FINDINGS_EDEFAULT == null ? findings != null : !FINDINGS_EDEFAULT.equals(findings);
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
		result.append(" (performedAt: ");
		result.append(performedAt);
		result.append(", performedBy: ");
		result.append(performedBy);
		result.append(", scope: ");
		result.append(scope);
		result.append(", findings: ");
		result.append(findings);
		result.append(')');
		return result.toString();
	}

} //LogReviewImpl
