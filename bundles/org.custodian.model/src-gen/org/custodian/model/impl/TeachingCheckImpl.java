/**
 */
package org.custodian.model.impl;

import java.util.Collection;
import java.util.Date;

import org.custodian.model.ModelPackage;
import org.custodian.model.TeachingCheck;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Teaching Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.impl.TeachingCheckImpl#getCheckedAt <em>Checked At</em>}</li>
 *   <li>{@link org.custodian.model.impl.TeachingCheckImpl#getFolder <em>Folder</em>}</li>
 *   <li>{@link org.custodian.model.impl.TeachingCheckImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.custodian.model.impl.TeachingCheckImpl#getWithIdentifiers <em>With Identifiers</em>}</li>
 *   <li>{@link org.custodian.model.impl.TeachingCheckImpl#getUnreadable <em>Unreadable</em>}</li>
 *   <li>{@link org.custodian.model.impl.TeachingCheckImpl#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeachingCheckImpl extends IdentifiedImpl implements TeachingCheck {
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
	 * The default value of the '{@link #getFolder() <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolder()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFolder() <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolder()
	 * @generated
	 * @ordered
	 */
	protected String folder = FOLDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFiles() <em>Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected static final int FILES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected int files = FILES_EDEFAULT;

	/**
	 * The default value of the '{@link #getWithIdentifiers() <em>With Identifiers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithIdentifiers()
	 * @generated
	 * @ordered
	 */
	protected static final int WITH_IDENTIFIERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWithIdentifiers() <em>With Identifiers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithIdentifiers()
	 * @generated
	 * @ordered
	 */
	protected int withIdentifiers = WITH_IDENTIFIERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnreadable() <em>Unreadable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnreadable()
	 * @generated
	 * @ordered
	 */
	protected static final int UNREADABLE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUnreadable() <em>Unreadable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnreadable()
	 * @generated
	 * @ordered
	 */
	protected int unreadable = UNREADABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> findings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TeachingCheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TEACHING_CHECK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEACHING_CHECK__CHECKED_AT, oldCheckedAt, checkedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFolder() {
		return folder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolder(String newFolder) {
		String oldFolder = folder;
		folder = newFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEACHING_CHECK__FOLDER, oldFolder, folder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFiles() {
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiles(int newFiles) {
		int oldFiles = files;
		files = newFiles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEACHING_CHECK__FILES, oldFiles, files));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWithIdentifiers() {
		return withIdentifiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithIdentifiers(int newWithIdentifiers) {
		int oldWithIdentifiers = withIdentifiers;
		withIdentifiers = newWithIdentifiers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEACHING_CHECK__WITH_IDENTIFIERS, oldWithIdentifiers, withIdentifiers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnreadable() {
		return unreadable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnreadable(int newUnreadable) {
		int oldUnreadable = unreadable;
		unreadable = newUnreadable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TEACHING_CHECK__UNREADABLE, oldUnreadable, unreadable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFindings() {
		if (findings == null) {
			findings = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.TEACHING_CHECK__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.TEACHING_CHECK__CHECKED_AT:
				return getCheckedAt();
			case ModelPackage.TEACHING_CHECK__FOLDER:
				return getFolder();
			case ModelPackage.TEACHING_CHECK__FILES:
				return getFiles();
			case ModelPackage.TEACHING_CHECK__WITH_IDENTIFIERS:
				return getWithIdentifiers();
			case ModelPackage.TEACHING_CHECK__UNREADABLE:
				return getUnreadable();
			case ModelPackage.TEACHING_CHECK__FINDINGS:
				return getFindings();
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
			case ModelPackage.TEACHING_CHECK__CHECKED_AT:
				setCheckedAt((Date)newValue);
				return;
			case ModelPackage.TEACHING_CHECK__FOLDER:
				setFolder((String)newValue);
				return;
			case ModelPackage.TEACHING_CHECK__FILES:
				setFiles((Integer)newValue);
				return;
			case ModelPackage.TEACHING_CHECK__WITH_IDENTIFIERS:
				setWithIdentifiers((Integer)newValue);
				return;
			case ModelPackage.TEACHING_CHECK__UNREADABLE:
				setUnreadable((Integer)newValue);
				return;
			case ModelPackage.TEACHING_CHECK__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.TEACHING_CHECK__CHECKED_AT:
				setCheckedAt(CHECKED_AT_EDEFAULT);
				return;
			case ModelPackage.TEACHING_CHECK__FOLDER:
				setFolder(FOLDER_EDEFAULT);
				return;
			case ModelPackage.TEACHING_CHECK__FILES:
				setFiles(FILES_EDEFAULT);
				return;
			case ModelPackage.TEACHING_CHECK__WITH_IDENTIFIERS:
				setWithIdentifiers(WITH_IDENTIFIERS_EDEFAULT);
				return;
			case ModelPackage.TEACHING_CHECK__UNREADABLE:
				setUnreadable(UNREADABLE_EDEFAULT);
				return;
			case ModelPackage.TEACHING_CHECK__FINDINGS:
				getFindings().clear();
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
			case ModelPackage.TEACHING_CHECK__CHECKED_AT:
				return CHECKED_AT_EDEFAULT == null ? checkedAt != null : !CHECKED_AT_EDEFAULT.equals(checkedAt);
			case ModelPackage.TEACHING_CHECK__FOLDER:
				return FOLDER_EDEFAULT == null ? folder != null : !FOLDER_EDEFAULT.equals(folder);
			case ModelPackage.TEACHING_CHECK__FILES:
				return files != FILES_EDEFAULT;
			case ModelPackage.TEACHING_CHECK__WITH_IDENTIFIERS:
				return withIdentifiers != WITH_IDENTIFIERS_EDEFAULT;
			case ModelPackage.TEACHING_CHECK__UNREADABLE:
				return unreadable != UNREADABLE_EDEFAULT;
			case ModelPackage.TEACHING_CHECK__FINDINGS:
				return findings != null && !findings.isEmpty();
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
		result.append(", folder: ");
		result.append(folder);
		result.append(", files: ");
		result.append(files);
		result.append(", withIdentifiers: ");
		result.append(withIdentifiers);
		result.append(", unreadable: ");
		result.append(unreadable);
		result.append(", findings: ");
		result.append(findings);
		result.append(')');
		return result.toString();
	}

} //TeachingCheckImpl
