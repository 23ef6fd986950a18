/**
 */
package org.custodian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>People Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The limits the trust sets for training compliance, accounts and leavers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.PeopleSettings#getRevocationGraceDays <em>Revocation Grace Days</em>}</li>
 *   <li>{@link org.custodian.model.PeopleSettings#getUnusedAccountDays <em>Unused Account Days</em>}</li>
 *   <li>{@link org.custodian.model.PeopleSettings#getInductionDays <em>Induction Days</em>}</li>
 *   <li>{@link org.custodian.model.PeopleSettings#getDueSoonDays <em>Due Soon Days</em>}</li>
 *   <li>{@link org.custodian.model.PeopleSettings#getReviewDays <em>Review Days</em>}</li>
 *   <li>{@link org.custodian.model.PeopleSettings#getReviewDefault <em>Review Default</em>}</li>
 *   <li>{@link org.custodian.model.PeopleSettings#getTrainingTarget <em>Training Target</em>}</li>
 *   <li>{@link org.custodian.model.PeopleSettings#getStaffColumns <em>Staff Columns</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getPeopleSettings()
 * @model
 * @generated
 */
public interface PeopleSettings extends Identified {
	/**
	 * Returns the value of the '<em><b>Revocation Grace Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days after the last working day by which a leaver's accounts must be disabled (0: by the end of the last working day).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revocation Grace Days</em>' attribute.
	 * @see #setRevocationGraceDays(int)
	 * @see org.custodian.model.ModelPackage#getPeopleSettings_RevocationGraceDays()
	 * @model
	 * @generated
	 */
	int getRevocationGraceDays();

	/**
	 * Sets the value of the '{@link org.custodian.model.PeopleSettings#getRevocationGraceDays <em>Revocation Grace Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revocation Grace Days</em>' attribute.
	 * @see #getRevocationGraceDays()
	 * @generated
	 */
	void setRevocationGraceDays(int value);

	/**
	 * Returns the value of the '<em><b>Unused Account Days</b></em>' attribute.
	 * The default value is <code>"90"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days without a log-in after which an account counts as unused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unused Account Days</em>' attribute.
	 * @see #setUnusedAccountDays(int)
	 * @see org.custodian.model.ModelPackage#getPeopleSettings_UnusedAccountDays()
	 * @model default="90"
	 * @generated
	 */
	int getUnusedAccountDays();

	/**
	 * Sets the value of the '{@link org.custodian.model.PeopleSettings#getUnusedAccountDays <em>Unused Account Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unused Account Days</em>' attribute.
	 * @see #getUnusedAccountDays()
	 * @generated
	 */
	void setUnusedAccountDays(int value);

	/**
	 * Returns the value of the '<em><b>Induction Days</b></em>' attribute.
	 * The default value is <code>"28"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days a new starter has to complete required training before counting as overdue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Induction Days</em>' attribute.
	 * @see #setInductionDays(int)
	 * @see org.custodian.model.ModelPackage#getPeopleSettings_InductionDays()
	 * @model default="28"
	 * @generated
	 */
	int getInductionDays();

	/**
	 * Sets the value of the '{@link org.custodian.model.PeopleSettings#getInductionDays <em>Induction Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Induction Days</em>' attribute.
	 * @see #getInductionDays()
	 * @generated
	 */
	void setInductionDays(int value);

	/**
	 * Returns the value of the '<em><b>Due Soon Days</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days before a course expires from which it is listed as due soon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Soon Days</em>' attribute.
	 * @see #setDueSoonDays(int)
	 * @see org.custodian.model.ModelPackage#getPeopleSettings_DueSoonDays()
	 * @model default="30"
	 * @generated
	 */
	int getDueSoonDays();

	/**
	 * Sets the value of the '{@link org.custodian.model.PeopleSettings#getDueSoonDays <em>Due Soon Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Soon Days</em>' attribute.
	 * @see #getDueSoonDays()
	 * @generated
	 */
	void setDueSoonDays(int value);

	/**
	 * Returns the value of the '<em><b>Review Days</b></em>' attribute.
	 * The default value is <code>"14"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days a reviewer has to decide on a mover's accounts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Days</em>' attribute.
	 * @see #setReviewDays(int)
	 * @see org.custodian.model.ModelPackage#getPeopleSettings_ReviewDays()
	 * @model default="14"
	 * @generated
	 */
	int getReviewDays();

	/**
	 * Sets the value of the '{@link org.custodian.model.PeopleSettings#getReviewDays <em>Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Days</em>' attribute.
	 * @see #getReviewDays()
	 * @generated
	 */
	void setReviewDays(int value);

	/**
	 * Returns the value of the '<em><b>Review Default</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.ReviewDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision applied to accounts a reviewer did not decide in time (new settings start with revoke).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Default</em>' attribute.
	 * @see org.custodian.model.ReviewDecision
	 * @see #setReviewDefault(ReviewDecision)
	 * @see org.custodian.model.ModelPackage#getPeopleSettings_ReviewDefault()
	 * @model
	 * @generated
	 */
	ReviewDecision getReviewDefault();

	/**
	 * Sets the value of the '{@link org.custodian.model.PeopleSettings#getReviewDefault <em>Review Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Default</em>' attribute.
	 * @see org.custodian.model.ReviewDecision
	 * @see #getReviewDefault()
	 * @generated
	 */
	void setReviewDefault(ReviewDecision value);

	/**
	 * Returns the value of the '<em><b>Training Target</b></em>' attribute.
	 * The default value is <code>"95.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of staff that must be trained, in percent (DSPT 3.2.1: 95).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training Target</em>' attribute.
	 * @see #setTrainingTarget(double)
	 * @see org.custodian.model.ModelPackage#getPeopleSettings_TrainingTarget()
	 * @model default="95.0"
	 * @generated
	 */
	double getTrainingTarget();

	/**
	 * Sets the value of the '{@link org.custodian.model.PeopleSettings#getTrainingTarget <em>Training Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Target</em>' attribute.
	 * @see #getTrainingTarget()
	 * @generated
	 */
	void setTrainingTarget(double value);

	/**
	 * Returns the value of the '<em><b>Staff Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trust's own names for the staff export's columns, one entry per field written field=their column (registration_number=GMC/NMC/HCPC No); they take precedence over the ESR export's names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff Columns</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getPeopleSettings_StaffColumns()
	 * @model
	 * @generated
	 */
	EList<String> getStaffColumns();

} // PeopleSettings
