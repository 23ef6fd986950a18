/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Teaching Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One check of a teaching or research folder for direct and indirect identifiers: how many files, how many still carry one, how many could not be read, and the first findings (attribute, never its value) (S3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.TeachingCheck#getCheckedAt <em>Checked At</em>}</li>
 *   <li>{@link org.custodian.model.TeachingCheck#getFolder <em>Folder</em>}</li>
 *   <li>{@link org.custodian.model.TeachingCheck#getFiles <em>Files</em>}</li>
 *   <li>{@link org.custodian.model.TeachingCheck#getWithIdentifiers <em>With Identifiers</em>}</li>
 *   <li>{@link org.custodian.model.TeachingCheck#getUnreadable <em>Unreadable</em>}</li>
 *   <li>{@link org.custodian.model.TeachingCheck#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getTeachingCheck()
 * @model
 * @generated
 */
public interface TeachingCheck extends Identified {
	/**
	 * Returns the value of the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the check was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checked At</em>' attribute.
	 * @see #setCheckedAt(Date)
	 * @see org.custodian.model.ModelPackage#getTeachingCheck_CheckedAt()
	 * @model
	 * @generated
	 */
	Date getCheckedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.TeachingCheck#getCheckedAt <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked At</em>' attribute.
	 * @see #getCheckedAt()
	 * @generated
	 */
	void setCheckedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The folder checked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folder</em>' attribute.
	 * @see #setFolder(String)
	 * @see org.custodian.model.ModelPackage#getTeachingCheck_Folder()
	 * @model
	 * @generated
	 */
	String getFolder();

	/**
	 * Sets the value of the '{@link org.custodian.model.TeachingCheck#getFolder <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder</em>' attribute.
	 * @see #getFolder()
	 * @generated
	 */
	void setFolder(String value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOM files read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' attribute.
	 * @see #setFiles(int)
	 * @see org.custodian.model.ModelPackage#getTeachingCheck_Files()
	 * @model
	 * @generated
	 */
	int getFiles();

	/**
	 * Sets the value of the '{@link org.custodian.model.TeachingCheck#getFiles <em>Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Files</em>' attribute.
	 * @see #getFiles()
	 * @generated
	 */
	void setFiles(int value);

	/**
	 * Returns the value of the '<em><b>With Identifiers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files that still carry a direct or indirect identifier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>With Identifiers</em>' attribute.
	 * @see #setWithIdentifiers(int)
	 * @see org.custodian.model.ModelPackage#getTeachingCheck_WithIdentifiers()
	 * @model
	 * @generated
	 */
	int getWithIdentifiers();

	/**
	 * Sets the value of the '{@link org.custodian.model.TeachingCheck#getWithIdentifiers <em>With Identifiers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>With Identifiers</em>' attribute.
	 * @see #getWithIdentifiers()
	 * @generated
	 */
	void setWithIdentifiers(int value);

	/**
	 * Returns the value of the '<em><b>Unreadable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files that could not be read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unreadable</em>' attribute.
	 * @see #setUnreadable(int)
	 * @see org.custodian.model.ModelPackage#getTeachingCheck_Unreadable()
	 * @model
	 * @generated
	 */
	int getUnreadable();

	/**
	 * Sets the value of the '{@link org.custodian.model.TeachingCheck#getUnreadable <em>Unreadable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unreadable</em>' attribute.
	 * @see #getUnreadable()
	 * @generated
	 */
	void setUnreadable(int value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first findings, each a file and the attribute that identifies (never its value).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' attribute list.
	 * @see org.custodian.model.ModelPackage#getTeachingCheck_Findings()
	 * @model
	 * @generated
	 */
	EList<String> getFindings();

} // TeachingCheck
