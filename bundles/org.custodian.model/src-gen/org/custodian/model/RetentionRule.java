/**
 */
package org.custodian.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retention Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rule assigning studies to a retention class by modality, department, study description, age at the study or a flag; every matching rule applies and the longest period wins (R4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.RetentionRule#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.RetentionRule#getRetentionClass <em>Retention Class</em>}</li>
 *   <li>{@link org.custodian.model.RetentionRule#getModalities <em>Modalities</em>}</li>
 *   <li>{@link org.custodian.model.RetentionRule#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.custodian.model.RetentionRule#getDescriptionContains <em>Description Contains</em>}</li>
 *   <li>{@link org.custodian.model.RetentionRule#getAgeFrom <em>Age From</em>}</li>
 *   <li>{@link org.custodian.model.RetentionRule#getAgeBelow <em>Age Below</em>}</li>
 *   <li>{@link org.custodian.model.RetentionRule#getFlag <em>Flag</em>}</li>
 *   <li>{@link org.custodian.model.RetentionRule#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getRetentionRule()
 * @model
 * @generated
 */
public interface RetentionRule extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the rule is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.custodian.model.ModelPackage#getRetentionRule_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionRule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Retention Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class a matching study is assigned to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Class</em>' reference.
	 * @see #setRetentionClass(RetentionClass)
	 * @see org.custodian.model.ModelPackage#getRetentionRule_RetentionClass()
	 * @model
	 * @generated
	 */
	RetentionClass getRetentionClass();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionRule#getRetentionClass <em>Retention Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Class</em>' reference.
	 * @see #getRetentionClass()
	 * @generated
	 */
	void setRetentionClass(RetentionClass value);

	/**
	 * Returns the value of the '<em><b>Modalities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Modalities the rule applies to, separated by commas (e.g. MG); empty for any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modalities</em>' attribute.
	 * @see #setModalities(String)
	 * @see org.custodian.model.ModelPackage#getRetentionRule_Modalities()
	 * @model
	 * @generated
	 */
	String getModalities();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionRule#getModalities <em>Modalities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modalities</em>' attribute.
	 * @see #getModalities()
	 * @generated
	 */
	void setModalities(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Department the study was done for; empty for any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see #setDepartment(String)
	 * @see org.custodian.model.ModelPackage#getRetentionRule_Department()
	 * @model
	 * @generated
	 */
	String getDepartment();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionRule#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Description Contains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Words the study description must contain (case ignored); empty for any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description Contains</em>' attribute.
	 * @see #setDescriptionContains(String)
	 * @see org.custodian.model.ModelPackage#getRetentionRule_DescriptionContains()
	 * @model
	 * @generated
	 */
	String getDescriptionContains();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionRule#getDescriptionContains <em>Description Contains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Contains</em>' attribute.
	 * @see #getDescriptionContains()
	 * @generated
	 */
	void setDescriptionContains(String value);

	/**
	 * Returns the value of the '<em><b>Age From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest patient age at the study, in whole years; 0 for no lower bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Age From</em>' attribute.
	 * @see #setAgeFrom(int)
	 * @see org.custodian.model.ModelPackage#getRetentionRule_AgeFrom()
	 * @model
	 * @generated
	 */
	int getAgeFrom();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionRule#getAgeFrom <em>Age From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age From</em>' attribute.
	 * @see #getAgeFrom()
	 * @generated
	 */
	void setAgeFrom(int value);

	/**
	 * Returns the value of the '<em><b>Age Below</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient is younger than this at the study; 0 for no upper bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Age Below</em>' attribute.
	 * @see #setAgeBelow(int)
	 * @see org.custodian.model.ModelPackage#getRetentionRule_AgeBelow()
	 * @model
	 * @generated
	 */
	int getAgeBelow();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionRule#getAgeBelow <em>Age Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age Below</em>' attribute.
	 * @see #getAgeBelow()
	 * @generated
	 */
	void setAgeBelow(int value);

	/**
	 * Returns the value of the '<em><b>Flag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A flag the patient or study must carry (oncology, maternity, mental-health, screening, trial, litigation); empty for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flag</em>' attribute.
	 * @see #setFlag(String)
	 * @see org.custodian.model.ModelPackage#getRetentionRule_Flag()
	 * @model
	 * @generated
	 */
	String getFlag();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionRule#getFlag <em>Flag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flag</em>' attribute.
	 * @see #getFlag()
	 * @generated
	 */
	void setFlag(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disabled rules assign nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.custodian.model.ModelPackage#getRetentionRule_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionRule#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // RetentionRule
