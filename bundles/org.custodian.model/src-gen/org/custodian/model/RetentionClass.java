/**
 */
package org.custodian.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retention Class</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of record with its minimum retention period (R4, S1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.RetentionClass#getCode <em>Code</em>}</li>
 *   <li>{@link org.custodian.model.RetentionClass#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.RetentionClass#getMinimumYears <em>Minimum Years</em>}</li>
 *   <li>{@link org.custodian.model.RetentionClass#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.custodian.model.RetentionClass#getSource <em>Source</em>}</li>
 *   <li>{@link org.custodian.model.RetentionClass#isDisputed <em>Disputed</em>}</li>
 *   <li>{@link org.custodian.model.RetentionClass#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.custodian.model.RetentionClass#getYearsAfterDeath <em>Years After Death</em>}</li>
 *   <li>{@link org.custodian.model.RetentionClass#getUntilAge <em>Until Age</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getRetentionClass()
 * @model
 * @generated
 */
public interface RetentionClass extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short code of the class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.custodian.model.ModelPackage#getRetentionClass_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionClass#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.custodian.model.ModelPackage#getRetentionClass_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionClass#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Minimum Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum years to keep the records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Years</em>' attribute.
	 * @see #setMinimumYears(int)
	 * @see org.custodian.model.ModelPackage#getRetentionClass_MinimumYears()
	 * @model
	 * @generated
	 */
	int getMinimumYears();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionClass#getMinimumYears <em>Minimum Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Years</em>' attribute.
	 * @see #getMinimumYears()
	 * @generated
	 */
	void setMinimumYears(int value);

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.RetentionTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The event from which the period is counted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.custodian.model.RetentionTrigger
	 * @see #setTrigger(RetentionTrigger)
	 * @see org.custodian.model.ModelPackage#getRetentionClass_Trigger()
	 * @model
	 * @generated
	 */
	RetentionTrigger getTrigger();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionClass#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see org.custodian.model.RetentionTrigger
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(RetentionTrigger value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guidance the period comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.custodian.model.ModelPackage#getRetentionClass_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionClass#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Disputed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when guidance sources disagree on the period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disputed</em>' attribute.
	 * @see #setDisputed(boolean)
	 * @see org.custodian.model.ModelPackage#getRetentionClass_Disputed()
	 * @model
	 * @generated
	 */
	boolean isDisputed();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionClass#isDisputed <em>Disputed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disputed</em>' attribute.
	 * @see #isDisputed()
	 * @generated
	 */
	void setDisputed(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes on the class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.custodian.model.ModelPackage#getRetentionClass_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionClass#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Years After Death</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Years the record is kept after the patient's death when death comes first; 0 when death does not change the period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Years After Death</em>' attribute.
	 * @see #setYearsAfterDeath(int)
	 * @see org.custodian.model.ModelPackage#getRetentionClass_YearsAfterDeath()
	 * @model
	 * @generated
	 */
	int getYearsAfterDeath();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionClass#getYearsAfterDeath <em>Years After Death</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Years After Death</em>' attribute.
	 * @see #getYearsAfterDeath()
	 * @generated
	 */
	void setYearsAfterDeath(int value);

	/**
	 * Returns the value of the '<em><b>Until Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For classes counted from the date of birth: the birthday until which records are kept (children: 25, or one more if aged 17 when treatment ended).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Until Age</em>' attribute.
	 * @see #setUntilAge(int)
	 * @see org.custodian.model.ModelPackage#getRetentionClass_UntilAge()
	 * @model
	 * @generated
	 */
	int getUntilAge();

	/**
	 * Sets the value of the '{@link org.custodian.model.RetentionClass#getUntilAge <em>Until Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Until Age</em>' attribute.
	 * @see #getUntilAge()
	 * @generated
	 */
	void setUntilAge(int value);

} // RetentionClass
