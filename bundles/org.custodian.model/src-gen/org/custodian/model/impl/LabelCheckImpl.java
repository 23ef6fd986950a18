/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.LabelCheck;
import org.custodian.model.LabelGap;
import org.custodian.model.ModelPackage;

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
 * An implementation of the model object '<em><b>Label Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.LabelCheckImpl#getCheckedAt <em>Checked At</em>}</li>
 *   <li>{@link org.custodian.model.impl.LabelCheckImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.custodian.model.impl.LabelCheckImpl#getObjects <em>Objects</em>}</li>
 *   <li>{@link org.custodian.model.impl.LabelCheckImpl#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.custodian.model.impl.LabelCheckImpl#getGaps <em>Gaps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelCheckImpl extends IdentifiedImpl implements LabelCheck {
	/**
	 * The default value of the '{@link #getCheckedAt() <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CHECKED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheckedAt() <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected Date checkedAt = CHECKED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjects() <em>Objects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjects()
	 * @generated
	 * @ordered
	 */
	protected static final int OBJECTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getObjects() <em>Objects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjects()
	 * @generated
	 * @ordered
	 */
	protected int objects = OBJECTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStudies() <em>Studies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudies()
	 * @generated
	 * @ordered
	 */
	protected static final int STUDIES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStudies() <em>Studies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudies()
	 * @generated
	 * @ordered
	 */
	protected int studies = STUDIES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGaps() <em>Gaps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGaps()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelGap> gaps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelCheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LABEL_CHECK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCheckedAt() {
		return checkedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckedAt(Date newCheckedAt) {
		Date oldCheckedAt = checkedAt;
		checkedAt = newCheckedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LABEL_CHECK__CHECKED_AT, oldCheckedAt, checkedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LABEL_CHECK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getObjects() {
		return objects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjects(int newObjects) {
		int oldObjects = objects;
		objects = newObjects;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LABEL_CHECK__OBJECTS, oldObjects, objects));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStudies() {
		return studies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudies(int newStudies) {
		int oldStudies = studies;
		studies = newStudies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LABEL_CHECK__STUDIES, oldStudies, studies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelGap> getGaps() {
		if (gaps == null) {
			gaps = new EObjectContainmentEList<LabelGap>(LabelGap.class, this, ModelPackage.LABEL_CHECK__GAPS);
		}
		return gaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.LABEL_CHECK__GAPS:
				return ((InternalEList<?>)getGaps()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.LABEL_CHECK__CHECKED_AT:
				return getCheckedAt();
			case ModelPackage.LABEL_CHECK__SOURCE:
				return getSource();
			case ModelPackage.LABEL_CHECK__OBJECTS:
				return getObjects();
			case ModelPackage.LABEL_CHECK__STUDIES:
				return getStudies();
			case ModelPackage.LABEL_CHECK__GAPS:
				return getGaps();
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
			case ModelPackage.LABEL_CHECK__CHECKED_AT:
				setCheckedAt((Date)newValue);
				return;
			case ModelPackage.LABEL_CHECK__SOURCE:
				setSource((String)newValue);
				return;
			case ModelPackage.LABEL_CHECK__OBJECTS:
				setObjects((Integer)newValue);
				return;
			case ModelPackage.LABEL_CHECK__STUDIES:
				setStudies((Integer)newValue);
				return;
			case ModelPackage.LABEL_CHECK__GAPS:
				getGaps().clear();
				getGaps().addAll((Collection<? extends LabelGap>)newValue);
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
			case ModelPackage.LABEL_CHECK__CHECKED_AT:
				setCheckedAt(CHECKED_AT_EDEFAULT);
				return;
			case ModelPackage.LABEL_CHECK__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ModelPackage.LABEL_CHECK__OBJECTS:
				setObjects(OBJECTS_EDEFAULT);
				return;
			case ModelPackage.LABEL_CHECK__STUDIES:
				setStudies(STUDIES_EDEFAULT);
				return;
			case ModelPackage.LABEL_CHECK__GAPS:
				getGaps().clear();
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
			case ModelPackage.LABEL_CHECK__CHECKED_AT:
				return CHECKED_AT_EDEFAULT == null ? checkedAt != null : !CHECKED_AT_EDEFAULT.equals(checkedAt);
			case ModelPackage.LABEL_CHECK__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ModelPackage.LABEL_CHECK__OBJECTS:
				return objects != OBJECTS_EDEFAULT;
			case ModelPackage.LABEL_CHECK__STUDIES:
				return studies != STUDIES_EDEFAULT;
			case ModelPackage.LABEL_CHECK__GAPS:
				return gaps != null && !gaps.isEmpty();
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
		result.append(" (checkedAt: ");
		result.append(checkedAt);
		result.append(", source: ");
		result.append(source);
		result.append(", objects: ");
		result.append(objects);
		result.append(", studies: ");
		result.append(studies);
		result.append(')');
		return result.toString();
	}

} //LabelCheckImpl
