/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.CaseNote;
import org.custodian.model.CaseOutcome;
import org.custodian.model.CaseStatus;
import org.custodian.model.Investigation;
import org.custodian.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Investigation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getCaldicottPrinciple <em>Caldicott Principle</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#isBreachReportable <em>Breach Reportable</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getReportabilityDecidedAt <em>Reportability Decided At</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getSubjectUserId <em>Subject User Id</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getEvidenceEventIds <em>Evidence Event Ids</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getClosedBy <em>Closed By</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.custodian.model.impl.InvestigationImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InvestigationImpl extends IdentifiedImpl implements Investigation {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected static final Date OPENED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected Date opened = OPENED_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = CaseStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final CaseOutcome OUTCOME_EDEFAULT = CaseOutcome.NONE;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected CaseOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaldicottPrinciple() <em>Caldicott Principle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaldicottPrinciple()
	 * @generated
	 * @ordered
	 */
	protected static final int CALDICOTT_PRINCIPLE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCaldicottPrinciple() <em>Caldicott Principle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaldicottPrinciple()
	 * @generated
	 * @ordered
	 */
	protected int caldicottPrinciple = CALDICOTT_PRINCIPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBreachReportable() <em>Breach Reportable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBreachReportable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BREACH_REPORTABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBreachReportable() <em>Breach Reportable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBreachReportable()
	 * @generated
	 * @ordered
	 */
	protected boolean breachReportable = BREACH_REPORTABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportabilityDecidedAt() <em>Reportability Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportabilityDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date REPORTABILITY_DECIDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportabilityDecidedAt() <em>Reportability Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportabilityDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected Date reportabilityDecidedAt = REPORTABILITY_DECIDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectUserId() <em>Subject User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectUserId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_USER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectUserId() <em>Subject User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectUserId()
	 * @generated
	 * @ordered
	 */
	protected String subjectUserId = SUBJECT_USER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected static final String PATIENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected String patientId = PATIENT_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidenceEventIds() <em>Evidence Event Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceEventIds()
	 * @generated
	 * @ordered
	 */
	protected EList<Long> evidenceEventIds;

	/**
	 * The default value of the '{@link #getClosedBy() <em>Closed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedBy() <em>Closed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedBy()
	 * @generated
	 * @ordered
	 */
	protected String closedBy = CLOSED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CLOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected Date closedAt = CLOSED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseNote> notes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InvestigationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.INVESTIGATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getOpened() {
		return opened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpened(Date newOpened) {
		Date oldOpened = opened;
		opened = newOpened;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__OPENED, oldOpened, opened));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(CaseOutcome newOutcome) {
		CaseOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCaldicottPrinciple() {
		return caldicottPrinciple;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaldicottPrinciple(int newCaldicottPrinciple) {
		int oldCaldicottPrinciple = caldicottPrinciple;
		caldicottPrinciple = newCaldicottPrinciple;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__CALDICOTT_PRINCIPLE, oldCaldicottPrinciple, caldicottPrinciple));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBreachReportable() {
		return breachReportable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBreachReportable(boolean newBreachReportable) {
		boolean oldBreachReportable = breachReportable;
		breachReportable = newBreachReportable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__BREACH_REPORTABLE, oldBreachReportable, breachReportable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReportabilityDecidedAt() {
		return reportabilityDecidedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportabilityDecidedAt(Date newReportabilityDecidedAt) {
		Date oldReportabilityDecidedAt = reportabilityDecidedAt;
		reportabilityDecidedAt = newReportabilityDecidedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__REPORTABILITY_DECIDED_AT, oldReportabilityDecidedAt, reportabilityDecidedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectUserId() {
		return subjectUserId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectUserId(String newSubjectUserId) {
		String oldSubjectUserId = subjectUserId;
		subjectUserId = newSubjectUserId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__SUBJECT_USER_ID, oldSubjectUserId, subjectUserId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPatientId() {
		return patientId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatientId(String newPatientId) {
		String oldPatientId = patientId;
		patientId = newPatientId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Long> getEvidenceEventIds() {
		if (evidenceEventIds == null) {
			evidenceEventIds = new EDataTypeUniqueEList<Long>(Long.class, this, ModelPackage.INVESTIGATION__EVIDENCE_EVENT_IDS);
		}
		return evidenceEventIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClosedBy() {
		return closedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedBy(String newClosedBy) {
		String oldClosedBy = closedBy;
		closedBy = newClosedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__CLOSED_BY, oldClosedBy, closedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getClosedAt() {
		return closedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedAt(Date newClosedAt) {
		Date oldClosedAt = closedAt;
		closedAt = newClosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVESTIGATION__CLOSED_AT, oldClosedAt, closedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseNote> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<CaseNote>(CaseNote.class, this, ModelPackage.INVESTIGATION__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.INVESTIGATION__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.INVESTIGATION__REFERENCE:
				return getReference();
			case ModelPackage.INVESTIGATION__TITLE:
				return getTitle();
			case ModelPackage.INVESTIGATION__OPENED:
				return getOpened();
			case ModelPackage.INVESTIGATION__OWNER:
				return getOwner();
			case ModelPackage.INVESTIGATION__STATUS:
				return getStatus();
			case ModelPackage.INVESTIGATION__OUTCOME:
				return getOutcome();
			case ModelPackage.INVESTIGATION__CALDICOTT_PRINCIPLE:
				return getCaldicottPrinciple();
			case ModelPackage.INVESTIGATION__BREACH_REPORTABLE:
				return isBreachReportable();
			case ModelPackage.INVESTIGATION__REPORTABILITY_DECIDED_AT:
				return getReportabilityDecidedAt();
			case ModelPackage.INVESTIGATION__SUBJECT_USER_ID:
				return getSubjectUserId();
			case ModelPackage.INVESTIGATION__PATIENT_ID:
				return getPatientId();
			case ModelPackage.INVESTIGATION__EVIDENCE_EVENT_IDS:
				return getEvidenceEventIds();
			case ModelPackage.INVESTIGATION__CLOSED_BY:
				return getClosedBy();
			case ModelPackage.INVESTIGATION__CLOSED_AT:
				return getClosedAt();
			case ModelPackage.INVESTIGATION__NOTES:
				return getNotes();
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
			case ModelPackage.INVESTIGATION__REFERENCE:
				setReference((String)newValue);
				return;
			case ModelPackage.INVESTIGATION__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.INVESTIGATION__OPENED:
				setOpened((Date)newValue);
				return;
			case ModelPackage.INVESTIGATION__OWNER:
				setOwner((String)newValue);
				return;
			case ModelPackage.INVESTIGATION__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case ModelPackage.INVESTIGATION__OUTCOME:
				setOutcome((CaseOutcome)newValue);
				return;
			case ModelPackage.INVESTIGATION__CALDICOTT_PRINCIPLE:
				setCaldicottPrinciple((Integer)newValue);
				return;
			case ModelPackage.INVESTIGATION__BREACH_REPORTABLE:
				setBreachReportable((Boolean)newValue);
				return;
			case ModelPackage.INVESTIGATION__REPORTABILITY_DECIDED_AT:
				setReportabilityDecidedAt((Date)newValue);
				return;
			case ModelPackage.INVESTIGATION__SUBJECT_USER_ID:
				setSubjectUserId((String)newValue);
				return;
			case ModelPackage.INVESTIGATION__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case ModelPackage.INVESTIGATION__EVIDENCE_EVENT_IDS:
				getEvidenceEventIds().clear();
				getEvidenceEventIds().addAll((Collection<? extends Long>)newValue);
				return;
			case ModelPackage.INVESTIGATION__CLOSED_BY:
				setClosedBy((String)newValue);
				return;
			case ModelPackage.INVESTIGATION__CLOSED_AT:
				setClosedAt((Date)newValue);
				return;
			case ModelPackage.INVESTIGATION__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends CaseNote>)newValue);
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
			case ModelPackage.INVESTIGATION__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__OPENED:
				setOpened(OPENED_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__CALDICOTT_PRINCIPLE:
				setCaldicottPrinciple(CALDICOTT_PRINCIPLE_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__BREACH_REPORTABLE:
				setBreachReportable(BREACH_REPORTABLE_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__REPORTABILITY_DECIDED_AT:
				setReportabilityDecidedAt(REPORTABILITY_DECIDED_AT_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__SUBJECT_USER_ID:
				setSubjectUserId(SUBJECT_USER_ID_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__EVIDENCE_EVENT_IDS:
				getEvidenceEventIds().clear();
				return;
			case ModelPackage.INVESTIGATION__CLOSED_BY:
				setClosedBy(CLOSED_BY_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__CLOSED_AT:
				setClosedAt(CLOSED_AT_EDEFAULT);
				return;
			case ModelPackage.INVESTIGATION__NOTES:
				getNotes().clear();
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
			case ModelPackage.INVESTIGATION__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case ModelPackage.INVESTIGATION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.INVESTIGATION__OPENED:
				return OPENED_EDEFAULT == null ? opened != null : !OPENED_EDEFAULT.equals(opened);
			case ModelPackage.INVESTIGATION__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case ModelPackage.INVESTIGATION__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.INVESTIGATION__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case ModelPackage.INVESTIGATION__CALDICOTT_PRINCIPLE:
				return caldicottPrinciple != CALDICOTT_PRINCIPLE_EDEFAULT;
			case ModelPackage.INVESTIGATION__BREACH_REPORTABLE:
				return breachReportable != BREACH_REPORTABLE_EDEFAULT;
			case ModelPackage.INVESTIGATION__REPORTABILITY_DECIDED_AT:
				return REPORTABILITY_DECIDED_AT_EDEFAULT == null ? reportabilityDecidedAt != null : !REPORTABILITY_DECIDED_AT_EDEFAULT.equals(reportabilityDecidedAt);
			case ModelPackage.INVESTIGATION__SUBJECT_USER_ID:
				return SUBJECT_USER_ID_EDEFAULT == null ? subjectUserId != null : !SUBJECT_USER_ID_EDEFAULT.equals(subjectUserId);
			case ModelPackage.INVESTIGATION__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case ModelPackage.INVESTIGATION__EVIDENCE_EVENT_IDS:
				return evidenceEventIds != null && !evidenceEventIds.isEmpty();
			case ModelPackage.INVESTIGATION__CLOSED_BY:
				return CLOSED_BY_EDEFAULT == null ? closedBy != null : !CLOSED_BY_EDEFAULT.equals(closedBy);
			case ModelPackage.INVESTIGATION__CLOSED_AT:
				return CLOSED_AT_EDEFAULT == null ? closedAt != null : !CLOSED_AT_EDEFAULT.equals(closedAt);
			case ModelPackage.INVESTIGATION__NOTES:
				return notes != null && !notes.isEmpty();
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
		result.append(" (reference: ");
		result.append(reference);
		result.append(", title: ");
		result.append(title);
		result.append(", opened: ");
		result.append(opened);
		result.append(", owner: ");
		result.append(owner);
		result.append(", status: ");
		result.append(status);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", caldicottPrinciple: ");
		result.append(caldicottPrinciple);
		result.append(", breachReportable: ");
		result.append(breachReportable);
		result.append(", reportabilityDecidedAt: ");
		result.append(reportabilityDecidedAt);
		result.append(", subjectUserId: ");
		result.append(subjectUserId);
		result.append(", patientId: ");
		result.append(patientId);
		result.append(", evidenceEventIds: ");
		result.append(evidenceEventIds);
		result.append(", closedBy: ");
		result.append(closedBy);
		result.append(", closedAt: ");
		result.append(closedAt);
		result.append(')');
		return result.toString();
	}

} //InvestigationImpl
