/**
 */
package org.custodian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dr Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A disaster-recovery plan for one scenario with its recovery targets (R3, G4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.DrPlan#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.DrPlan#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.custodian.model.DrPlan#getRpoMinutes <em>Rpo Minutes</em>}</li>
 *   <li>{@link org.custodian.model.DrPlan#getRtoMinutes <em>Rto Minutes</em>}</li>
 *   <li>{@link org.custodian.model.DrPlan#getTestFrequencyDays <em>Test Frequency Days</em>}</li>
 *   <li>{@link org.custodian.model.DrPlan#getPrimary <em>Primary</em>}</li>
 *   <li>{@link org.custodian.model.DrPlan#getDr <em>Dr</em>}</li>
 *   <li>{@link org.custodian.model.DrPlan#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.custodian.model.DrPlan#getVerificationLevel <em>Verification Level</em>}</li>
 *   <li>{@link org.custodian.model.DrPlan#getSampleSize <em>Sample Size</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getDrPlan()
 * @model
 * @generated
 */
public interface DrPlan extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.custodian.model.ModelPackage#getDrPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.custodian.model.DrPlan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.DrScenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The disaster the plan answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenario</em>' attribute.
	 * @see org.custodian.model.DrScenario
	 * @see #setScenario(DrScenario)
	 * @see org.custodian.model.ModelPackage#getDrPlan_Scenario()
	 * @model
	 * @generated
	 */
	DrScenario getScenario();

	/**
	 * Sets the value of the '{@link org.custodian.model.DrPlan#getScenario <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' attribute.
	 * @see org.custodian.model.DrScenario
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(DrScenario value);

	/**
	 * Returns the value of the '<em><b>Rpo Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recovery point objective: the most data loss accepted, in minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rpo Minutes</em>' attribute.
	 * @see #setRpoMinutes(int)
	 * @see org.custodian.model.ModelPackage#getDrPlan_RpoMinutes()
	 * @model
	 * @generated
	 */
	int getRpoMinutes();

	/**
	 * Sets the value of the '{@link org.custodian.model.DrPlan#getRpoMinutes <em>Rpo Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rpo Minutes</em>' attribute.
	 * @see #getRpoMinutes()
	 * @generated
	 */
	void setRpoMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Rto Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recovery time objective: the longest outage accepted, in minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rto Minutes</em>' attribute.
	 * @see #setRtoMinutes(int)
	 * @see org.custodian.model.ModelPackage#getDrPlan_RtoMinutes()
	 * @model
	 * @generated
	 */
	int getRtoMinutes();

	/**
	 * Sets the value of the '{@link org.custodian.model.DrPlan#getRtoMinutes <em>Rto Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rto Minutes</em>' attribute.
	 * @see #getRtoMinutes()
	 * @generated
	 */
	void setRtoMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Test Frequency Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days between required tests of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Test Frequency Days</em>' attribute.
	 * @see #setTestFrequencyDays(int)
	 * @see org.custodian.model.ModelPackage#getDrPlan_TestFrequencyDays()
	 * @model
	 * @generated
	 */
	int getTestFrequencyDays();

	/**
	 * Sets the value of the '{@link org.custodian.model.DrPlan#getTestFrequencyDays <em>Test Frequency Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Frequency Days</em>' attribute.
	 * @see #getTestFrequencyDays()
	 * @generated
	 */
	void setTestFrequencyDays(int value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node the plan protects.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary</em>' reference.
	 * @see #setPrimary(PacsNode)
	 * @see org.custodian.model.ModelPackage#getDrPlan_Primary()
	 * @model required="true"
	 * @generated
	 */
	PacsNode getPrimary();

	/**
	 * Sets the value of the '{@link org.custodian.model.DrPlan#getPrimary <em>Primary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' reference.
	 * @see #getPrimary()
	 * @generated
	 */
	void setPrimary(PacsNode value);

	/**
	 * Returns the value of the '<em><b>Dr</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node that takes over.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr</em>' reference.
	 * @see #setDr(PacsNode)
	 * @see org.custodian.model.ModelPackage#getDrPlan_Dr()
	 * @model required="true"
	 * @generated
	 */
	PacsNode getDr();

	/**
	 * Sets the value of the '{@link org.custodian.model.DrPlan#getDr <em>Dr</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr</em>' reference.
	 * @see #getDr()
	 * @generated
	 */
	void setDr(PacsNode value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.TestRun}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tests and failovers performed under this plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getDrPlan_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<TestRun> getRuns();

	/**
	 * Returns the value of the '<em><b>Verification Level</b></em>' attribute.
	 * The default value is <code>"SAMPLE"</code>.
	 * The literals are from the enumeration {@link org.custodian.model.VerificationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How deep a verification of the plan goes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verification Level</em>' attribute.
	 * @see org.custodian.model.VerificationLevel
	 * @see #setVerificationLevel(VerificationLevel)
	 * @see org.custodian.model.ModelPackage#getDrPlan_VerificationLevel()
	 * @model default="SAMPLE"
	 * @generated
	 */
	VerificationLevel getVerificationLevel();

	/**
	 * Sets the value of the '{@link org.custodian.model.DrPlan#getVerificationLevel <em>Verification Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification Level</em>' attribute.
	 * @see org.custodian.model.VerificationLevel
	 * @see #getVerificationLevel()
	 * @generated
	 */
	void setVerificationLevel(VerificationLevel value);

	/**
	 * Returns the value of the '<em><b>Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Studies retrieved and compared at the SAMPLE level; 0 for the default of 5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sample Size</em>' attribute.
	 * @see #setSampleSize(int)
	 * @see org.custodian.model.ModelPackage#getDrPlan_SampleSize()
	 * @model
	 * @generated
	 */
	int getSampleSize();

	/**
	 * Sets the value of the '{@link org.custodian.model.DrPlan#getSampleSize <em>Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample Size</em>' attribute.
	 * @see #getSampleSize()
	 * @generated
	 */
	void setSampleSize(int value);

} // DrPlan
