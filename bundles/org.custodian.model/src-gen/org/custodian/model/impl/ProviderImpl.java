/**
 */
package org.custodian.model.impl;

import java.util.Collection;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.Contract;
import org.custodian.model.ModelPackage;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.SubProcessor;

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
 * An implementation of the model object '<em><b>Provider</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.ProviderImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.custodian.model.impl.ProviderImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.custodian.model.impl.ProviderImpl#getSubProcessors <em>Sub Processors</em>}</li>
 *   <li>{@link org.custodian.model.impl.ProviderImpl#getContracts <em>Contracts</em>}</li>
 *   <li>{@link org.custodian.model.impl.ProviderImpl#getAssurance <em>Assurance</em>}</li>
 *   <li>{@link org.custodian.model.impl.ProviderImpl#getReceivingNodes <em>Receiving Nodes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProviderImpl extends IdentifiedImpl implements Provider {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProviderKind KIND_EDEFAULT = ProviderKind.PACS_VENDOR;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProviderKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubProcessors() <em>Sub Processors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubProcessors()
	 * @generated
	 * @ordered
	 */
	protected EList<SubProcessor> subProcessors;

	/**
	 * The cached value of the '{@link #getContracts() <em>Contracts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContracts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contract> contracts;

	/**
	 * The cached value of the '{@link #getAssurance() <em>Assurance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssurance()
	 * @generated
	 * @ordered
	 */
	protected AssuranceEvidence assurance;

	/**
	 * The cached value of the '{@link #getReceivingNodes() <em>Receiving Nodes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivingNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> receivingNodes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProviderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PROVIDER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProviderKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProviderKind newKind) {
		ProviderKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubProcessor> getSubProcessors() {
		if (subProcessors == null) {
			subProcessors = new EObjectContainmentEList<SubProcessor>(SubProcessor.class, this, ModelPackage.PROVIDER__SUB_PROCESSORS);
		}
		return subProcessors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contract> getContracts() {
		if (contracts == null) {
			contracts = new EObjectContainmentEList<Contract>(Contract.class, this, ModelPackage.PROVIDER__CONTRACTS);
		}
		return contracts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssuranceEvidence getAssurance() {
		return assurance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAssurance(AssuranceEvidence newAssurance, NotificationChain msgs) {
		AssuranceEvidence oldAssurance = assurance;
		assurance = newAssurance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER__ASSURANCE, oldAssurance, newAssurance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssurance(AssuranceEvidence newAssurance) {
		if (newAssurance != assurance) {
			NotificationChain msgs = null;
			if (assurance != null)
				msgs = ((InternalEObject)assurance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROVIDER__ASSURANCE, null, msgs);
			if (newAssurance != null)
				msgs = ((InternalEObject)newAssurance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROVIDER__ASSURANCE, null, msgs);
			msgs = basicSetAssurance(newAssurance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER__ASSURANCE, newAssurance, newAssurance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReceivingNodes() {
		if (receivingNodes == null) {
			receivingNodes = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.PROVIDER__RECEIVING_NODES);
		}
		return receivingNodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PROVIDER__SUB_PROCESSORS:
				return ((InternalEList<?>)getSubProcessors()).basicRemove(otherEnd, msgs);
			case ModelPackage.PROVIDER__CONTRACTS:
				return ((InternalEList<?>)getContracts()).basicRemove(otherEnd, msgs);
			case ModelPackage.PROVIDER__ASSURANCE:
				return basicSetAssurance(null, msgs);
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
			case ModelPackage.PROVIDER__NAME:
				return getName();
			case ModelPackage.PROVIDER__KIND:
				return getKind();
			case ModelPackage.PROVIDER__SUB_PROCESSORS:
				return getSubProcessors();
			case ModelPackage.PROVIDER__CONTRACTS:
				return getContracts();
			case ModelPackage.PROVIDER__ASSURANCE:
				return getAssurance();
			case ModelPackage.PROVIDER__RECEIVING_NODES:
				return getReceivingNodes();
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
			case ModelPackage.PROVIDER__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.PROVIDER__KIND:
				setKind((ProviderKind)newValue);
				return;
			case ModelPackage.PROVIDER__SUB_PROCESSORS:
				getSubProcessors().clear();
				getSubProcessors().addAll((Collection<? extends SubProcessor>)newValue);
				return;
			case ModelPackage.PROVIDER__CONTRACTS:
				getContracts().clear();
				getContracts().addAll((Collection<? extends Contract>)newValue);
				return;
			case ModelPackage.PROVIDER__ASSURANCE:
				setAssurance((AssuranceEvidence)newValue);
				return;
			case ModelPackage.PROVIDER__RECEIVING_NODES:
				getReceivingNodes().clear();
				getReceivingNodes().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.PROVIDER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.PROVIDER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.PROVIDER__SUB_PROCESSORS:
				getSubProcessors().clear();
				return;
			case ModelPackage.PROVIDER__CONTRACTS:
				getContracts().clear();
				return;
			case ModelPackage.PROVIDER__ASSURANCE:
				setAssurance((AssuranceEvidence)null);
				return;
			case ModelPackage.PROVIDER__RECEIVING_NODES:
				getReceivingNodes().clear();
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
			case ModelPackage.PROVIDER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.PROVIDER__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.PROVIDER__SUB_PROCESSORS:
				return subProcessors != null && !subProcessors.isEmpty();
			case ModelPackage.PROVIDER__CONTRACTS:
				return contracts != null && !contracts.isEmpty();
			case ModelPackage.PROVIDER__ASSURANCE:
				return assurance != null;
			case ModelPackage.PROVIDER__RECEIVING_NODES:
				return receivingNodes != null && !receivingNodes.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", receivingNodes: ");
		result.append(receivingNodes);
		result.append(')');
		return result.toString();
	}

} //ProviderImpl
