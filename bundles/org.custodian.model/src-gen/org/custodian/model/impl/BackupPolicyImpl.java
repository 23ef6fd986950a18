/**
 */
package org.custodian.model.impl;

import java.util.Collection;

import org.custodian.model.BackupJob;
import org.custodian.model.BackupPolicy;
import org.custodian.model.ModelPackage;
import org.custodian.model.PacsNode;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Backup Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.BackupPolicyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.BackupPolicyImpl#getNode <em>Node</em>}</li>
 *   <li>{@link org.custodian.model.impl.BackupPolicyImpl#getFrequencyHours <em>Frequency Hours</em>}</li>
 *   <li>{@link org.custodian.model.impl.BackupPolicyImpl#getCopies <em>Copies</em>}</li>
 *   <li>{@link org.custodian.model.impl.BackupPolicyImpl#isOffsite <em>Offsite</em>}</li>
 *   <li>{@link org.custodian.model.impl.BackupPolicyImpl#isImmutable <em>Immutable</em>}</li>
 *   <li>{@link org.custodian.model.impl.BackupPolicyImpl#getCopyRetentionDays <em>Copy Retention Days</em>}</li>
 *   <li>{@link org.custodian.model.impl.BackupPolicyImpl#getJobs <em>Jobs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackupPolicyImpl extends IdentifiedImpl implements BackupPolicy {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNode() <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNode()
	 * @generated
	 * @ordered
	 */
	protected PacsNode node;

	/**
	 * The default value of the '{@link #getFrequencyHours() <em>Frequency Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequencyHours()
	 * @generated
	 * @ordered
	 */
	protected static final int FREQUENCY_HOURS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFrequencyHours() <em>Frequency Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequencyHours()
	 * @generated
	 * @ordered
	 */
	protected int frequencyHours = FREQUENCY_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCopies() <em>Copies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopies()
	 * @generated
	 * @ordered
	 */
	protected static final int COPIES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCopies() <em>Copies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopies()
	 * @generated
	 * @ordered
	 */
	protected int copies = COPIES_EDEFAULT;

	/**
	 * The default value of the '{@link #isOffsite() <em>Offsite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOffsite()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OFFSITE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOffsite() <em>Offsite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOffsite()
	 * @generated
	 * @ordered
	 */
	protected boolean offsite = OFFSITE_EDEFAULT;

	/**
	 * The default value of the '{@link #isImmutable() <em>Immutable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImmutable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IMMUTABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isImmutable() <em>Immutable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImmutable()
	 * @generated
	 * @ordered
	 */
	protected boolean immutable = IMMUTABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCopyRetentionDays() <em>Copy Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopyRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected static final int COPY_RETENTION_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCopyRetentionDays() <em>Copy Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopyRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected int copyRetentionDays = COPY_RETENTION_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getJobs() <em>Jobs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobs()
	 * @generated
	 * @ordered
	 */
	protected EList<BackupJob> jobs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackupPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.BACKUP_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BACKUP_POLICY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PacsNode getNode() {
		if (node != null && node.eIsProxy()) {
			InternalEObject oldNode = (InternalEObject)node;
			node = (PacsNode)eResolveProxy(oldNode);
			if (node != oldNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.BACKUP_POLICY__NODE, oldNode, node));
			}
		}
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PacsNode basicGetNode() {
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNode(PacsNode newNode) {
		PacsNode oldNode = node;
		node = newNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BACKUP_POLICY__NODE, oldNode, node));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFrequencyHours() {
		return frequencyHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequencyHours(int newFrequencyHours) {
		int oldFrequencyHours = frequencyHours;
		frequencyHours = newFrequencyHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BACKUP_POLICY__FREQUENCY_HOURS, oldFrequencyHours, frequencyHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCopies() {
		return copies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCopies(int newCopies) {
		int oldCopies = copies;
		copies = newCopies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BACKUP_POLICY__COPIES, oldCopies, copies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOffsite() {
		return offsite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffsite(boolean newOffsite) {
		boolean oldOffsite = offsite;
		offsite = newOffsite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BACKUP_POLICY__OFFSITE, oldOffsite, offsite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isImmutable() {
		return immutable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImmutable(boolean newImmutable) {
		boolean oldImmutable = immutable;
		immutable = newImmutable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BACKUP_POLICY__IMMUTABLE, oldImmutable, immutable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCopyRetentionDays() {
		return copyRetentionDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCopyRetentionDays(int newCopyRetentionDays) {
		int oldCopyRetentionDays = copyRetentionDays;
		copyRetentionDays = newCopyRetentionDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BACKUP_POLICY__COPY_RETENTION_DAYS, oldCopyRetentionDays, copyRetentionDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BackupJob> getJobs() {
		if (jobs == null) {
			jobs = new EObjectContainmentEList<BackupJob>(BackupJob.class, this, ModelPackage.BACKUP_POLICY__JOBS);
		}
		return jobs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.BACKUP_POLICY__JOBS:
				return ((InternalEList<?>)getJobs()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.BACKUP_POLICY__NAME:
				return getName();
			case ModelPackage.BACKUP_POLICY__NODE:
				if (resolve) return getNode();
				return basicGetNode();
			case ModelPackage.BACKUP_POLICY__FREQUENCY_HOURS:
				return getFrequencyHours();
			case ModelPackage.BACKUP_POLICY__COPIES:
				return getCopies();
			case ModelPackage.BACKUP_POLICY__OFFSITE:
				return isOffsite();
			case ModelPackage.BACKUP_POLICY__IMMUTABLE:
				return isImmutable();
			case ModelPackage.BACKUP_POLICY__COPY_RETENTION_DAYS:
				return getCopyRetentionDays();
			case ModelPackage.BACKUP_POLICY__JOBS:
				return getJobs();
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
			case ModelPackage.BACKUP_POLICY__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.BACKUP_POLICY__NODE:
				setNode((PacsNode)newValue);
				return;
			case ModelPackage.BACKUP_POLICY__FREQUENCY_HOURS:
				setFrequencyHours((Integer)newValue);
				return;
			case ModelPackage.BACKUP_POLICY__COPIES:
				setCopies((Integer)newValue);
				return;
			case ModelPackage.BACKUP_POLICY__OFFSITE:
				setOffsite((Boolean)newValue);
				return;
			case ModelPackage.BACKUP_POLICY__IMMUTABLE:
				setImmutable((Boolean)newValue);
				return;
			case ModelPackage.BACKUP_POLICY__COPY_RETENTION_DAYS:
				setCopyRetentionDays((Integer)newValue);
				return;
			case ModelPackage.BACKUP_POLICY__JOBS:
				getJobs().clear();
				getJobs().addAll((Collection<? extends BackupJob>)newValue);
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
			case ModelPackage.BACKUP_POLICY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.BACKUP_POLICY__NODE:
				setNode((PacsNode)null);
				return;
			case ModelPackage.BACKUP_POLICY__FREQUENCY_HOURS:
				setFrequencyHours(FREQUENCY_HOURS_EDEFAULT);
				return;
			case ModelPackage.BACKUP_POLICY__COPIES:
				setCopies(COPIES_EDEFAULT);
				return;
			case ModelPackage.BACKUP_POLICY__OFFSITE:
				setOffsite(OFFSITE_EDEFAULT);
				return;
			case ModelPackage.BACKUP_POLICY__IMMUTABLE:
				setImmutable(IMMUTABLE_EDEFAULT);
				return;
			case ModelPackage.BACKUP_POLICY__COPY_RETENTION_DAYS:
				setCopyRetentionDays(COPY_RETENTION_DAYS_EDEFAULT);
				return;
			case ModelPackage.BACKUP_POLICY__JOBS:
				getJobs().clear();
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
			case ModelPackage.BACKUP_POLICY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.BACKUP_POLICY__NODE:
				return node != null;
			case ModelPackage.BACKUP_POLICY__FREQUENCY_HOURS:
				return frequencyHours != FREQUENCY_HOURS_EDEFAULT;
			case ModelPackage.BACKUP_POLICY__COPIES:
				return copies != COPIES_EDEFAULT;
			case ModelPackage.BACKUP_POLICY__OFFSITE:
				return offsite != OFFSITE_EDEFAULT;
			case ModelPackage.BACKUP_POLICY__IMMUTABLE:
				return immutable != IMMUTABLE_EDEFAULT;
			case ModelPackage.BACKUP_POLICY__COPY_RETENTION_DAYS:
				return copyRetentionDays != COPY_RETENTION_DAYS_EDEFAULT;
			case ModelPackage.BACKUP_POLICY__JOBS:
				return jobs != null && !jobs.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", frequencyHours: ");
		result.append(frequencyHours);
		result.append(", copies: ");
		result.append(copies);
		result.append(", offsite: ");
		result.append(offsite);
		result.append(", immutable: ");
		result.append(immutable);
		result.append(", copyRetentionDays: ");
		result.append(copyRetentionDays);
		result.append(')');
		return result.toString();
	}

} //BackupPolicyImpl
