/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.EvidenceFile;
import org.custodian.model.ModelPackage;
import org.custodian.model.RunResult;
import org.custodian.model.Staff;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.custodian.model.VerificationLevel;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Test Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getResult <em>Result</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getErrors <em>Errors</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getOperatorVerdict <em>Operator Verdict</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getSignedOffBy <em>Signed Off By</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getSignedOffAt <em>Signed Off At</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getRpoAchievedMinutes <em>Rpo Achieved Minutes</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getRtoAchievedMinutes <em>Rto Achieved Minutes</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getOperatorUser <em>Operator User</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getVerdictAt <em>Verdict At</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getVerdictJustification <em>Verdict Justification</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getSignedOffUser <em>Signed Off User</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getVerificationLevel <em>Verification Level</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getReadiness <em>Readiness</em>}</li>
 *   <li>{@link org.custodian.model.impl.TestRunImpl#getStudiesChecked <em>Studies Checked</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TestRunImpl extends IdentifiedImpl implements TestRun {
	/**
	 * The default value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected static final TestOperation OPERATION_EDEFAULT = TestOperation.TEST;

	/**
	 * The cached value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected TestOperation operation = OPERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected Date started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_SECONDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected long durationSeconds = DURATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final RunResult RESULT_EDEFAULT = RunResult.SUCCESS;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected RunResult result = RESULT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getErrors() <em>Errors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> errors;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> warnings;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceFile> evidence;

	/**
	 * The default value of the '{@link #getOperatorVerdict() <em>Operator Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatorVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict OPERATOR_VERDICT_EDEFAULT = Verdict.NONE;

	/**
	 * The cached value of the '{@link #getOperatorVerdict() <em>Operator Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatorVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict operatorVerdict = OPERATOR_VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected Staff operator;

	/**
	 * The cached value of the '{@link #getSignedOffBy() <em>Signed Off By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOffBy()
	 * @generated
	 * @ordered
	 */
	protected Staff signedOffBy;

	/**
	 * The default value of the '{@link #getSignedOffAt() <em>Signed Off At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOffAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SIGNED_OFF_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOffAt() <em>Signed Off At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOffAt()
	 * @generated
	 * @ordered
	 */
	protected Date signedOffAt = SIGNED_OFF_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRpoAchievedMinutes() <em>Rpo Achieved Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRpoAchievedMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RPO_ACHIEVED_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRpoAchievedMinutes() <em>Rpo Achieved Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRpoAchievedMinutes()
	 * @generated
	 * @ordered
	 */
	protected int rpoAchievedMinutes = RPO_ACHIEVED_MINUTES_EDEFAULT;

	/**
	 * This is true if the Rpo Achieved Minutes attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean rpoAchievedMinutesESet;

	/**
	 * The default value of the '{@link #getRtoAchievedMinutes() <em>Rto Achieved Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoAchievedMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RTO_ACHIEVED_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRtoAchievedMinutes() <em>Rto Achieved Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoAchievedMinutes()
	 * @generated
	 * @ordered
	 */
	protected int rtoAchievedMinutes = RTO_ACHIEVED_MINUTES_EDEFAULT;

	/**
	 * This is true if the Rto Achieved Minutes attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean rtoAchievedMinutesESet;

	/**
	 * The default value of the '{@link #getOperatorUser() <em>Operator User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatorUser()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperatorUser() <em>Operator User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatorUser()
	 * @generated
	 * @ordered
	 */
	protected String operatorUser = OPERATOR_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdictAt() <em>Verdict At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdictAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date VERDICT_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerdictAt() <em>Verdict At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdictAt()
	 * @generated
	 * @ordered
	 */
	protected Date verdictAt = VERDICT_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdictJustification() <em>Verdict Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdictJustification()
	 * @generated
	 * @ordered
	 */
	protected static final String VERDICT_JUSTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerdictJustification() <em>Verdict Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdictJustification()
	 * @generated
	 * @ordered
	 */
	protected String verdictJustification = VERDICT_JUSTIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedOffUser() <em>Signed Off User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOffUser()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNED_OFF_USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOffUser() <em>Signed Off User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOffUser()
	 * @generated
	 * @ordered
	 */
	protected String signedOffUser = SIGNED_OFF_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerificationLevel() <em>Verification Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationLevel()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationLevel VERIFICATION_LEVEL_EDEFAULT = VerificationLevel.INVENTORY;

	/**
	 * The cached value of the '{@link #getVerificationLevel() <em>Verification Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationLevel()
	 * @generated
	 * @ordered
	 */
	protected VerificationLevel verificationLevel = VERIFICATION_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReadiness() <em>Readiness</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadiness()
	 * @generated
	 * @ordered
	 */
	protected EList<String> readiness;

	/**
	 * The default value of the '{@link #getStudiesChecked() <em>Studies Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudiesChecked()
	 * @generated
	 * @ordered
	 */
	protected static final int STUDIES_CHECKED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStudiesChecked() <em>Studies Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudiesChecked()
	 * @generated
	 * @ordered
	 */
	protected int studiesChecked = STUDIES_CHECKED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TestRunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TEST_RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TestOperation getOperation() {
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperation(TestOperation newOperation) {
		TestOperation oldOperation = operation;
		operation = newOperation == null ? OPERATION_EDEFAULT : newOperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__OPERATION, oldOperation, operation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Date newStarted) {
		Date oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationSeconds() {
		return durationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationSeconds(long newDurationSeconds) {
		long oldDurationSeconds = durationSeconds;
		durationSeconds = newDurationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__DURATION_SECONDS, oldDurationSeconds, durationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunResult getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(RunResult newResult) {
		RunResult oldResult = result;
		result = newResult == null ? RESULT_EDEFAULT : newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getErrors() {
		if (errors == null) {
			errors = new EDataTypeEList<String>(String.class, this, ModelPackage.TEST_RUN__ERRORS);
		}
		return errors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWarnings() {
		if (warnings == null) {
			warnings = new EDataTypeEList<String>(String.class, this, ModelPackage.TEST_RUN__WARNINGS);
		}
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceFile> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<EvidenceFile>(EvidenceFile.class, this, ModelPackage.TEST_RUN__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getOperatorVerdict() {
		return operatorVerdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatorVerdict(Verdict newOperatorVerdict) {
		Verdict oldOperatorVerdict = operatorVerdict;
		operatorVerdict = newOperatorVerdict == null ? OPERATOR_VERDICT_EDEFAULT : newOperatorVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__OPERATOR_VERDICT, oldOperatorVerdict, operatorVerdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getOperator() {
		if (operator != null && operator.eIsProxy()) {
			InternalEObject oldOperator = (InternalEObject)operator;
			operator = (Staff)eResolveProxy(oldOperator);
			if (operator != oldOperator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.TEST_RUN__OPERATOR, oldOperator, operator));
			}
		}
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(Staff newOperator) {
		Staff oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getSignedOffBy() {
		if (signedOffBy != null && signedOffBy.eIsProxy()) {
			InternalEObject oldSignedOffBy = (InternalEObject)signedOffBy;
			signedOffBy = (Staff)eResolveProxy(oldSignedOffBy);
			if (signedOffBy != oldSignedOffBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.TEST_RUN__SIGNED_OFF_BY, oldSignedOffBy, signedOffBy));
			}
		}
		return signedOffBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetSignedOffBy() {
		return signedOffBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOffBy(Staff newSignedOffBy) {
		Staff oldSignedOffBy = signedOffBy;
		signedOffBy = newSignedOffBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__SIGNED_OFF_BY, oldSignedOffBy, signedOffBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSignedOffAt() {
		return signedOffAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOffAt(Date newSignedOffAt) {
		Date oldSignedOffAt = signedOffAt;
		signedOffAt = newSignedOffAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__SIGNED_OFF_AT, oldSignedOffAt, signedOffAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRpoAchievedMinutes() {
		return rpoAchievedMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRpoAchievedMinutes(int newRpoAchievedMinutes) {
		int oldRpoAchievedMinutes = rpoAchievedMinutes;
		rpoAchievedMinutes = newRpoAchievedMinutes;
		boolean oldRpoAchievedMinutesESet = rpoAchievedMinutesESet;
		rpoAchievedMinutesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__RPO_ACHIEVED_MINUTES, oldRpoAchievedMinutes, rpoAchievedMinutes, !oldRpoAchievedMinutesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRpoAchievedMinutes() {
		int oldRpoAchievedMinutes = rpoAchievedMinutes;
		boolean oldRpoAchievedMinutesESet = rpoAchievedMinutesESet;
		rpoAchievedMinutes = RPO_ACHIEVED_MINUTES_EDEFAULT;
		rpoAchievedMinutesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.TEST_RUN__RPO_ACHIEVED_MINUTES, oldRpoAchievedMinutes, RPO_ACHIEVED_MINUTES_EDEFAULT, oldRpoAchievedMinutesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRpoAchievedMinutes() {
		return rpoAchievedMinutesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRtoAchievedMinutes() {
		return rtoAchievedMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRtoAchievedMinutes(int newRtoAchievedMinutes) {
		int oldRtoAchievedMinutes = rtoAchievedMinutes;
		rtoAchievedMinutes = newRtoAchievedMinutes;
		boolean oldRtoAchievedMinutesESet = rtoAchievedMinutesESet;
		rtoAchievedMinutesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__RTO_ACHIEVED_MINUTES, oldRtoAchievedMinutes, rtoAchievedMinutes, !oldRtoAchievedMinutesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRtoAchievedMinutes() {
		int oldRtoAchievedMinutes = rtoAchievedMinutes;
		boolean oldRtoAchievedMinutesESet = rtoAchievedMinutesESet;
		rtoAchievedMinutes = RTO_ACHIEVED_MINUTES_EDEFAULT;
		rtoAchievedMinutesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.TEST_RUN__RTO_ACHIEVED_MINUTES, oldRtoAchievedMinutes, RTO_ACHIEVED_MINUTES_EDEFAULT, oldRtoAchievedMinutesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRtoAchievedMinutes() {
		return rtoAchievedMinutesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperatorUser() {
		return operatorUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatorUser(String newOperatorUser) {
		String oldOperatorUser = operatorUser;
		operatorUser = newOperatorUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__OPERATOR_USER, oldOperatorUser, operatorUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getVerdictAt() {
		return verdictAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdictAt(Date newVerdictAt) {
		Date oldVerdictAt = verdictAt;
		verdictAt = newVerdictAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__VERDICT_AT, oldVerdictAt, verdictAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerdictJustification() {
		return verdictJustification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdictJustification(String newVerdictJustification) {
		String oldVerdictJustification = verdictJustification;
		verdictJustification = newVerdictJustification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__VERDICT_JUSTIFICATION, oldVerdictJustification, verdictJustification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignedOffUser() {
		return signedOffUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOffUser(String newSignedOffUser) {
		String oldSignedOffUser = signedOffUser;
		signedOffUser = newSignedOffUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__SIGNED_OFF_USER, oldSignedOffUser, signedOffUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationLevel getVerificationLevel() {
		return verificationLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerificationLevel(VerificationLevel newVerificationLevel) {
		VerificationLevel oldVerificationLevel = verificationLevel;
		verificationLevel = newVerificationLevel == null ? VERIFICATION_LEVEL_EDEFAULT : newVerificationLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__VERIFICATION_LEVEL, oldVerificationLevel, verificationLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReadiness() {
		if (readiness == null) {
			readiness = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.TEST_RUN__READINESS);
		}
		return readiness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStudiesChecked() {
		return studiesChecked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudiesChecked(int newStudiesChecked) {
		int oldStudiesChecked = studiesChecked;
		studiesChecked = newStudiesChecked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEST_RUN__STUDIES_CHECKED, oldStudiesChecked, studiesChecked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.TEST_RUN__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.TEST_RUN__OPERATION:
				return getOperation();
			case ModelPackage.TEST_RUN__STARTED:
				return getStarted();
			case ModelPackage.TEST_RUN__DURATION_SECONDS:
				return getDurationSeconds();
			case ModelPackage.TEST_RUN__RESULT:
				return getResult();
			case ModelPackage.TEST_RUN__ERRORS:
				return getErrors();
			case ModelPackage.TEST_RUN__WARNINGS:
				return getWarnings();
			case ModelPackage.TEST_RUN__EVIDENCE:
				return getEvidence();
			case ModelPackage.TEST_RUN__OPERATOR_VERDICT:
				return getOperatorVerdict();
			case ModelPackage.TEST_RUN__NOTES:
				return getNotes();
			case ModelPackage.TEST_RUN__OPERATOR:
				if (resolve) return getOperator();
				return basicGetOperator();
			case ModelPackage.TEST_RUN__SIGNED_OFF_BY:
				if (resolve) return getSignedOffBy();
				return basicGetSignedOffBy();
			case ModelPackage.TEST_RUN__SIGNED_OFF_AT:
				return getSignedOffAt();
			case ModelPackage.TEST_RUN__RPO_ACHIEVED_MINUTES:
				return getRpoAchievedMinutes();
			case ModelPackage.TEST_RUN__RTO_ACHIEVED_MINUTES:
				return getRtoAchievedMinutes();
			case ModelPackage.TEST_RUN__OPERATOR_USER:
				return getOperatorUser();
			case ModelPackage.TEST_RUN__VERDICT_AT:
				return getVerdictAt();
			case ModelPackage.TEST_RUN__VERDICT_JUSTIFICATION:
				return getVerdictJustification();
			case ModelPackage.TEST_RUN__SIGNED_OFF_USER:
				return getSignedOffUser();
			case ModelPackage.TEST_RUN__VERIFICATION_LEVEL:
				return getVerificationLevel();
			case ModelPackage.TEST_RUN__READINESS:
				return getReadiness();
			case ModelPackage.TEST_RUN__STUDIES_CHECKED:
				return getStudiesChecked();
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
			case ModelPackage.TEST_RUN__OPERATION:
				setOperation((TestOperation)newValue);
				return;
			case ModelPackage.TEST_RUN__STARTED:
				setStarted((Date)newValue);
				return;
			case ModelPackage.TEST_RUN__DURATION_SECONDS:
				setDurationSeconds((Long)newValue);
				return;
			case ModelPackage.TEST_RUN__RESULT:
				setResult((RunResult)newValue);
				return;
			case ModelPackage.TEST_RUN__ERRORS:
				getErrors().clear();
				getErrors().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.TEST_RUN__WARNINGS:
				getWarnings().clear();
				getWarnings().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.TEST_RUN__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends EvidenceFile>)newValue);
				return;
			case ModelPackage.TEST_RUN__OPERATOR_VERDICT:
				setOperatorVerdict((Verdict)newValue);
				return;
			case ModelPackage.TEST_RUN__NOTES:
				setNotes((String)newValue);
				return;
			case ModelPackage.TEST_RUN__OPERATOR:
				setOperator((Staff)newValue);
				return;
			case ModelPackage.TEST_RUN__SIGNED_OFF_BY:
				setSignedOffBy((Staff)newValue);
				return;
			case ModelPackage.TEST_RUN__SIGNED_OFF_AT:
				setSignedOffAt((Date)newValue);
				return;
			case ModelPackage.TEST_RUN__RPO_ACHIEVED_MINUTES:
				setRpoAchievedMinutes((Integer)newValue);
				return;
			case ModelPackage.TEST_RUN__RTO_ACHIEVED_MINUTES:
				setRtoAchievedMinutes((Integer)newValue);
				return;
			case ModelPackage.TEST_RUN__OPERATOR_USER:
				setOperatorUser((String)newValue);
				return;
			case ModelPackage.TEST_RUN__VERDICT_AT:
				setVerdictAt((Date)newValue);
				return;
			case ModelPackage.TEST_RUN__VERDICT_JUSTIFICATION:
				setVerdictJustification((String)newValue);
				return;
			case ModelPackage.TEST_RUN__SIGNED_OFF_USER:
				setSignedOffUser((String)newValue);
				return;
			case ModelPackage.TEST_RUN__VERIFICATION_LEVEL:
				setVerificationLevel((VerificationLevel)newValue);
				return;
			case ModelPackage.TEST_RUN__READINESS:
				getReadiness().clear();
				getReadiness().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.TEST_RUN__STUDIES_CHECKED:
				setStudiesChecked((Integer)newValue);
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
			case ModelPackage.TEST_RUN__OPERATION:
				setOperation(OPERATION_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__DURATION_SECONDS:
				setDurationSeconds(DURATION_SECONDS_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__RESULT:
				setResult(RESULT_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__ERRORS:
				getErrors().clear();
				return;
			case ModelPackage.TEST_RUN__WARNINGS:
				getWarnings().clear();
				return;
			case ModelPackage.TEST_RUN__EVIDENCE:
				getEvidence().clear();
				return;
			case ModelPackage.TEST_RUN__OPERATOR_VERDICT:
				setOperatorVerdict(OPERATOR_VERDICT_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__OPERATOR:
				setOperator((Staff)null);
				return;
			case ModelPackage.TEST_RUN__SIGNED_OFF_BY:
				setSignedOffBy((Staff)null);
				return;
			case ModelPackage.TEST_RUN__SIGNED_OFF_AT:
				setSignedOffAt(SIGNED_OFF_AT_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__RPO_ACHIEVED_MINUTES:
				unsetRpoAchievedMinutes();
				return;
			case ModelPackage.TEST_RUN__RTO_ACHIEVED_MINUTES:
				unsetRtoAchievedMinutes();
				return;
			case ModelPackage.TEST_RUN__OPERATOR_USER:
				setOperatorUser(OPERATOR_USER_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__VERDICT_AT:
				setVerdictAt(VERDICT_AT_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__VERDICT_JUSTIFICATION:
				setVerdictJustification(VERDICT_JUSTIFICATION_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__SIGNED_OFF_USER:
				setSignedOffUser(SIGNED_OFF_USER_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__VERIFICATION_LEVEL:
				setVerificationLevel(VERIFICATION_LEVEL_EDEFAULT);
				return;
			case ModelPackage.TEST_RUN__READINESS:
				getReadiness().clear();
				return;
			case ModelPackage.TEST_RUN__STUDIES_CHECKED:
				setStudiesChecked(STUDIES_CHECKED_EDEFAULT);
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
			case ModelPackage.TEST_RUN__OPERATION:
				return operation != OPERATION_EDEFAULT;
			case ModelPackage.TEST_RUN__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case ModelPackage.TEST_RUN__DURATION_SECONDS:
				return durationSeconds != DURATION_SECONDS_EDEFAULT;
			case ModelPackage.TEST_RUN__RESULT:
				return result != RESULT_EDEFAULT;
			case ModelPackage.TEST_RUN__ERRORS:
				return errors != null && !errors.isEmpty();
			case ModelPackage.TEST_RUN__WARNINGS:
				return warnings != null && !warnings.isEmpty();
			case ModelPackage.TEST_RUN__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case ModelPackage.TEST_RUN__OPERATOR_VERDICT:
				return operatorVerdict != OPERATOR_VERDICT_EDEFAULT;
			case ModelPackage.TEST_RUN__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case ModelPackage.TEST_RUN__OPERATOR:
				return operator != null;
			case ModelPackage.TEST_RUN__SIGNED_OFF_BY:
				return signedOffBy != null;
			case ModelPackage.TEST_RUN__SIGNED_OFF_AT:
				return SIGNED_OFF_AT_EDEFAULT == null ? signedOffAt != null : !SIGNED_OFF_AT_EDEFAULT.equals(signedOffAt);
			case ModelPackage.TEST_RUN__RPO_ACHIEVED_MINUTES:
				return isSetRpoAchievedMinutes();
			case ModelPackage.TEST_RUN__RTO_ACHIEVED_MINUTES:
				return isSetRtoAchievedMinutes();
			case ModelPackage.TEST_RUN__OPERATOR_USER:
				return OPERATOR_USER_EDEFAULT == null ? operatorUser != null : !OPERATOR_USER_EDEFAULT.equals(operatorUser);
			case ModelPackage.TEST_RUN__VERDICT_AT:
				return VERDICT_AT_EDEFAULT == null ? verdictAt != null : !VERDICT_AT_EDEFAULT.equals(verdictAt);
			case ModelPackage.TEST_RUN__VERDICT_JUSTIFICATION:
				return VERDICT_JUSTIFICATION_EDEFAULT == null ? verdictJustification != null : !VERDICT_JUSTIFICATION_EDEFAULT.equals(verdictJustification);
			case ModelPackage.TEST_RUN__SIGNED_OFF_USER:
				return SIGNED_OFF_USER_EDEFAULT == null ? signedOffUser != null : !SIGNED_OFF_USER_EDEFAULT.equals(signedOffUser);
			case ModelPackage.TEST_RUN__VERIFICATION_LEVEL:
				return verificationLevel != VERIFICATION_LEVEL_EDEFAULT;
			case ModelPackage.TEST_RUN__READINESS:
				return readiness != null && !readiness.isEmpty();
			case ModelPackage.TEST_RUN__STUDIES_CHECKED:
				return studiesChecked != STUDIES_CHECKED_EDEFAULT;
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
		result.append(" (operation: ");
		result.append(operation);
		result.append(", started: ");
		result.append(started);
		result.append(", durationSeconds: ");
		result.append(durationSeconds);
		result.append(", result: ");
		result.append(result);
		result.append(", errors: ");
		result.append(errors);
		result.append(", warnings: ");
		result.append(warnings);
		result.append(", operatorVerdict: ");
		result.append(operatorVerdict);
		result.append(", notes: ");
		result.append(notes);
		result.append(", signedOffAt: ");
		result.append(signedOffAt);
		result.append(", rpoAchievedMinutes: ");
		if (rpoAchievedMinutesESet) result.append(rpoAchievedMinutes); else result.append("<unset>");
		result.append(", rtoAchievedMinutes: ");
		if (rtoAchievedMinutesESet) result.append(rtoAchievedMinutes); else result.append("<unset>");
		result.append(", operatorUser: ");
		result.append(operatorUser);
		result.append(", verdictAt: ");
		result.append(verdictAt);
		result.append(", verdictJustification: ");
		result.append(verdictJustification);
		result.append(", signedOffUser: ");
		result.append(signedOffUser);
		result.append(", verificationLevel: ");
		result.append(verificationLevel);
		result.append(", readiness: ");
		result.append(readiness);
		result.append(", studiesChecked: ");
		result.append(studiesChecked);
		result.append(')');
		return result.toString();
	}

} //TestRunImpl
