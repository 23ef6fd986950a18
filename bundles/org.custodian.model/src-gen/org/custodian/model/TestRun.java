/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Test Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One test, failover or clean-up performed under a DR plan, with evidence and sign-off (G4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.TestRun#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getStarted <em>Started</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getResult <em>Result</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getErrors <em>Errors</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getOperatorVerdict <em>Operator Verdict</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getSignedOffBy <em>Signed Off By</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getSignedOffAt <em>Signed Off At</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getRpoAchievedMinutes <em>Rpo Achieved Minutes</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getRtoAchievedMinutes <em>Rto Achieved Minutes</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getOperatorUser <em>Operator User</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getVerdictAt <em>Verdict At</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getVerdictJustification <em>Verdict Justification</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getSignedOffUser <em>Signed Off User</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getVerificationLevel <em>Verification Level</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getReadiness <em>Readiness</em>}</li>
 *   <li>{@link org.custodian.model.TestRun#getStudiesChecked <em>Studies Checked</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getTestRun()
 * @model
 * @generated
 */
public interface TestRun extends Identified {
	/**
	 * Returns the value of the '<em><b>Operation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.TestOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the run did.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operation</em>' attribute.
	 * @see org.custodian.model.TestOperation
	 * @see #setOperation(TestOperation)
	 * @see org.custodian.model.ModelPackage#getTestRun_Operation()
	 * @model
	 * @generated
	 */
	TestOperation getOperation();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getOperation <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation</em>' attribute.
	 * @see org.custodian.model.TestOperation
	 * @see #getOperation()
	 * @generated
	 */
	void setOperation(TestOperation value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the run started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see org.custodian.model.ModelPackage#getTestRun_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the run took, in seconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Seconds</em>' attribute.
	 * @see #setDurationSeconds(long)
	 * @see org.custodian.model.ModelPackage#getTestRun_DurationSeconds()
	 * @model
	 * @generated
	 */
	long getDurationSeconds();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getDurationSeconds <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Seconds</em>' attribute.
	 * @see #getDurationSeconds()
	 * @generated
	 */
	void setDurationSeconds(long value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.RunResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the run ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see org.custodian.model.RunResult
	 * @see #setResult(RunResult)
	 * @see org.custodian.model.ModelPackage#getTestRun_Result()
	 * @model
	 * @generated
	 */
	RunResult getResult();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see org.custodian.model.RunResult
	 * @see #getResult()
	 * @generated
	 */
	void setResult(RunResult value);

	/**
	 * Returns the value of the '<em><b>Errors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Errors reported by the run, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Errors</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getTestRun_Errors()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getErrors();

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Warnings reported by the run, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warnings</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getTestRun_Warnings()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWarnings();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.EvidenceFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files kept as evidence of the run (logs, screenshots, reports).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getTestRun_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceFile> getEvidence();

	/**
	 * Returns the value of the '<em><b>Operator Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator's judgement of the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator Verdict</em>' attribute.
	 * @see org.custodian.model.Verdict
	 * @see #setOperatorVerdict(Verdict)
	 * @see org.custodian.model.ModelPackage#getTestRun_OperatorVerdict()
	 * @model
	 * @generated
	 */
	Verdict getOperatorVerdict();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getOperatorVerdict <em>Operator Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator Verdict</em>' attribute.
	 * @see org.custodian.model.Verdict
	 * @see #getOperatorVerdict()
	 * @generated
	 */
	void setOperatorVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text notes on the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.custodian.model.ModelPackage#getTestRun_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who performed the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator</em>' reference.
	 * @see #setOperator(Staff)
	 * @see org.custodian.model.ModelPackage#getTestRun_Operator()
	 * @model
	 * @generated
	 */
	Staff getOperator();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getOperator <em>Operator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' reference.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(Staff value);

	/**
	 * Returns the value of the '<em><b>Signed Off By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who signed the run off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed Off By</em>' reference.
	 * @see #setSignedOffBy(Staff)
	 * @see org.custodian.model.ModelPackage#getTestRun_SignedOffBy()
	 * @model
	 * @generated
	 */
	Staff getSignedOffBy();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getSignedOffBy <em>Signed Off By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed Off By</em>' reference.
	 * @see #getSignedOffBy()
	 * @generated
	 */
	void setSignedOffBy(Staff value);

	/**
	 * Returns the value of the '<em><b>Signed Off At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the run was signed off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed Off At</em>' attribute.
	 * @see #setSignedOffAt(Date)
	 * @see org.custodian.model.ModelPackage#getTestRun_SignedOffAt()
	 * @model
	 * @generated
	 */
	Date getSignedOffAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getSignedOffAt <em>Signed Off At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed Off At</em>' attribute.
	 * @see #getSignedOffAt()
	 * @generated
	 */
	void setSignedOffAt(Date value);

	/**
	 * Returns the value of the '<em><b>Rpo Achieved Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data loss actually measured, in minutes; unset when the run could not measure it (never 0 for unknown).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rpo Achieved Minutes</em>' attribute.
	 * @see #isSetRpoAchievedMinutes()
	 * @see #unsetRpoAchievedMinutes()
	 * @see #setRpoAchievedMinutes(int)
	 * @see org.custodian.model.ModelPackage#getTestRun_RpoAchievedMinutes()
	 * @model unsettable="true"
	 * @generated
	 */
	int getRpoAchievedMinutes();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getRpoAchievedMinutes <em>Rpo Achieved Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rpo Achieved Minutes</em>' attribute.
	 * @see #isSetRpoAchievedMinutes()
	 * @see #unsetRpoAchievedMinutes()
	 * @see #getRpoAchievedMinutes()
	 * @generated
	 */
	void setRpoAchievedMinutes(int value);

	/**
	 * Unsets the value of the '{@link org.custodian.model.TestRun#getRpoAchievedMinutes <em>Rpo Achieved Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRpoAchievedMinutes()
	 * @see #getRpoAchievedMinutes()
	 * @see #setRpoAchievedMinutes(int)
	 * @generated
	 */
	void unsetRpoAchievedMinutes();

	/**
	 * Returns whether the value of the '{@link org.custodian.model.TestRun#getRpoAchievedMinutes <em>Rpo Achieved Minutes</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rpo Achieved Minutes</em>' attribute is set.
	 * @see #unsetRpoAchievedMinutes()
	 * @see #getRpoAchievedMinutes()
	 * @see #setRpoAchievedMinutes(int)
	 * @generated
	 */
	boolean isSetRpoAchievedMinutes();

	/**
	 * Returns the value of the '<em><b>Rto Achieved Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outage actually measured, in minutes; unset when the run could not measure it (never 0 for unknown).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rto Achieved Minutes</em>' attribute.
	 * @see #isSetRtoAchievedMinutes()
	 * @see #unsetRtoAchievedMinutes()
	 * @see #setRtoAchievedMinutes(int)
	 * @see org.custodian.model.ModelPackage#getTestRun_RtoAchievedMinutes()
	 * @model unsettable="true"
	 * @generated
	 */
	int getRtoAchievedMinutes();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getRtoAchievedMinutes <em>Rto Achieved Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rto Achieved Minutes</em>' attribute.
	 * @see #isSetRtoAchievedMinutes()
	 * @see #unsetRtoAchievedMinutes()
	 * @see #getRtoAchievedMinutes()
	 * @generated
	 */
	void setRtoAchievedMinutes(int value);

	/**
	 * Unsets the value of the '{@link org.custodian.model.TestRun#getRtoAchievedMinutes <em>Rto Achieved Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRtoAchievedMinutes()
	 * @see #getRtoAchievedMinutes()
	 * @see #setRtoAchievedMinutes(int)
	 * @generated
	 */
	void unsetRtoAchievedMinutes();

	/**
	 * Returns whether the value of the '{@link org.custodian.model.TestRun#getRtoAchievedMinutes <em>Rto Achieved Minutes</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rto Achieved Minutes</em>' attribute is set.
	 * @see #unsetRtoAchievedMinutes()
	 * @see #getRtoAchievedMinutes()
	 * @see #setRtoAchievedMinutes(int)
	 * @generated
	 */
	boolean isSetRtoAchievedMinutes();

	/**
	 * Returns the value of the '<em><b>Operator User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The console user who gave the operator's verdict: the user signed in when it was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator User</em>' attribute.
	 * @see #setOperatorUser(String)
	 * @see org.custodian.model.ModelPackage#getTestRun_OperatorUser()
	 * @model
	 * @generated
	 */
	String getOperatorUser();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getOperatorUser <em>Operator User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator User</em>' attribute.
	 * @see #getOperatorUser()
	 * @generated
	 */
	void setOperatorUser(String value);

	/**
	 * Returns the value of the '<em><b>Verdict At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the operator's verdict was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verdict At</em>' attribute.
	 * @see #setVerdictAt(Date)
	 * @see org.custodian.model.ModelPackage#getTestRun_VerdictAt()
	 * @model
	 * @generated
	 */
	Date getVerdictAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getVerdictAt <em>Verdict At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict At</em>' attribute.
	 * @see #getVerdictAt()
	 * @generated
	 */
	void setVerdictAt(Date value);

	/**
	 * Returns the value of the '<em><b>Verdict Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the operator passed a run whose evidence alone does not show a pass (errors, nothing verified, a target missed, cancelled); such a Pass is refused without it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verdict Justification</em>' attribute.
	 * @see #setVerdictJustification(String)
	 * @see org.custodian.model.ModelPackage#getTestRun_VerdictJustification()
	 * @model
	 * @generated
	 */
	String getVerdictJustification();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getVerdictJustification <em>Verdict Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict Justification</em>' attribute.
	 * @see #getVerdictJustification()
	 * @generated
	 */
	void setVerdictJustification(String value);

	/**
	 * Returns the value of the '<em><b>Signed Off User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The console user who signed the run off, having given their own password at the time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed Off User</em>' attribute.
	 * @see #setSignedOffUser(String)
	 * @see org.custodian.model.ModelPackage#getTestRun_SignedOffUser()
	 * @model
	 * @generated
	 */
	String getSignedOffUser();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getSignedOffUser <em>Signed Off User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed Off User</em>' attribute.
	 * @see #getSignedOffUser()
	 * @generated
	 */
	void setSignedOffUser(String value);

	/**
	 * Returns the value of the '<em><b>Verification Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.custodian.model.VerificationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The level the run verified at, for a verification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verification Level</em>' attribute.
	 * @see org.custodian.model.VerificationLevel
	 * @see #setVerificationLevel(VerificationLevel)
	 * @see org.custodian.model.ModelPackage#getTestRun_VerificationLevel()
	 * @model
	 * @generated
	 */
	VerificationLevel getVerificationLevel();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getVerificationLevel <em>Verification Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification Level</em>' attribute.
	 * @see org.custodian.model.VerificationLevel
	 * @see #getVerificationLevel()
	 * @generated
	 */
	void setVerificationLevel(VerificationLevel value);

	/**
	 * Returns the value of the '<em><b>Readiness</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The readiness check made before the run: one line per check (node answers, our AE title accepted, find and retrieve granted, room on disk).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Readiness</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getTestRun_Readiness()
	 * @model
	 * @generated
	 */
	EList<String> getReadiness();

	/**
	 * Returns the value of the '<em><b>Studies Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Studies compared at the run's level (count, presence or retrieve).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Studies Checked</em>' attribute.
	 * @see #setStudiesChecked(int)
	 * @see org.custodian.model.ModelPackage#getTestRun_StudiesChecked()
	 * @model
	 * @generated
	 */
	int getStudiesChecked();

	/**
	 * Sets the value of the '{@link org.custodian.model.TestRun#getStudiesChecked <em>Studies Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Studies Checked</em>' attribute.
	 * @see #getStudiesChecked()
	 * @generated
	 */
	void setStudiesChecked(int value);

} // TestRun
