/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Investigation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An investigation of possibly inappropriate access, from alert to outcome (R7, A2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.Investigation#getReference <em>Reference</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getTitle <em>Title</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getCaldicottPrinciple <em>Caldicott Principle</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#isBreachReportable <em>Breach Reportable</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getReportabilityDecidedAt <em>Reportability Decided At</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getSubjectUserId <em>Subject User Id</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getEvidenceEventIds <em>Evidence Event Ids</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getClosedBy <em>Closed By</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.custodian.model.Investigation#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getInvestigation()
 * @model
 * @generated
 */
public interface Investigation extends Identified {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.custodian.model.ModelPackage#getInvestigation_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the case is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.custodian.model.ModelPackage#getInvestigation_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the case was opened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened</em>' attribute.
	 * @see #setOpened(Date)
	 * @see org.custodian.model.ModelPackage#getInvestigation_Opened()
	 * @model
	 * @generated
	 */
	Date getOpened();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getOpened <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened</em>' attribute.
	 * @see #getOpened()
	 * @generated
	 */
	void setOpened(Date value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who investigates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.custodian.model.ModelPackage#getInvestigation_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open or closed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.custodian.model.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see org.custodian.model.ModelPackage#getInvestigation_Status()
	 * @model
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.custodian.model.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.CaseOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.custodian.model.CaseOutcome
	 * @see #setOutcome(CaseOutcome)
	 * @see org.custodian.model.ModelPackage#getInvestigation_Outcome()
	 * @model
	 * @generated
	 */
	CaseOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.custodian.model.CaseOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(CaseOutcome value);

	/**
	 * Returns the value of the '<em><b>Caldicott Principle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Caldicott principle (1-8) the access may breach; 0 when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caldicott Principle</em>' attribute.
	 * @see #setCaldicottPrinciple(int)
	 * @see org.custodian.model.ModelPackage#getInvestigation_CaldicottPrinciple()
	 * @model
	 * @generated
	 */
	int getCaldicottPrinciple();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getCaldicottPrinciple <em>Caldicott Principle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caldicott Principle</em>' attribute.
	 * @see #getCaldicottPrinciple()
	 * @generated
	 */
	void setCaldicottPrinciple(int value);

	/**
	 * Returns the value of the '<em><b>Breach Reportable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the breach must be reported to the regulator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Breach Reportable</em>' attribute.
	 * @see #setBreachReportable(boolean)
	 * @see org.custodian.model.ModelPackage#getInvestigation_BreachReportable()
	 * @model
	 * @generated
	 */
	boolean isBreachReportable();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#isBreachReportable <em>Breach Reportable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Breach Reportable</em>' attribute.
	 * @see #isBreachReportable()
	 * @generated
	 */
	void setBreachReportable(boolean value);

	/**
	 * Returns the value of the '<em><b>Reportability Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When reportability was decided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reportability Decided At</em>' attribute.
	 * @see #setReportabilityDecidedAt(Date)
	 * @see org.custodian.model.ModelPackage#getInvestigation_ReportabilityDecidedAt()
	 * @model
	 * @generated
	 */
	Date getReportabilityDecidedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getReportabilityDecidedAt <em>Reportability Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reportability Decided At</em>' attribute.
	 * @see #getReportabilityDecidedAt()
	 * @generated
	 */
	void setReportabilityDecidedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Subject User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User ID of the person whose access is investigated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject User Id</em>' attribute.
	 * @see #setSubjectUserId(String)
	 * @see org.custodian.model.ModelPackage#getInvestigation_SubjectUserId()
	 * @model
	 * @generated
	 */
	String getSubjectUserId();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getSubjectUserId <em>Subject User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject User Id</em>' attribute.
	 * @see #getSubjectUserId()
	 * @generated
	 */
	void setSubjectUserId(String value);

	/**
	 * Returns the value of the '<em><b>Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patient whose records were accessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Id</em>' attribute.
	 * @see #setPatientId(String)
	 * @see org.custodian.model.ModelPackage#getInvestigation_PatientId()
	 * @model
	 * @generated
	 */
	String getPatientId();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getPatientId <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Id</em>' attribute.
	 * @see #getPatientId()
	 * @generated
	 */
	void setPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Event Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stored access events that are evidence in the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Event Ids</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getInvestigation_EvidenceEventIds()
	 * @model
	 * @generated
	 */
	EList<Long> getEvidenceEventIds();

	/**
	 * Returns the value of the '<em><b>Closed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who closed the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed By</em>' attribute.
	 * @see #setClosedBy(String)
	 * @see org.custodian.model.ModelPackage#getInvestigation_ClosedBy()
	 * @model
	 * @generated
	 */
	String getClosedBy();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getClosedBy <em>Closed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed By</em>' attribute.
	 * @see #getClosedBy()
	 * @generated
	 */
	void setClosedBy(String value);

	/**
	 * Returns the value of the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the case was closed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed At</em>' attribute.
	 * @see #setClosedAt(Date)
	 * @see org.custodian.model.ModelPackage#getInvestigation_ClosedAt()
	 * @model
	 * @generated
	 */
	Date getClosedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.Investigation#getClosedAt <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed At</em>' attribute.
	 * @see #getClosedAt()
	 * @generated
	 */
	void setClosedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.CaseNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case diary, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getInvestigation_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<CaseNote> getNotes();

} // Investigation
