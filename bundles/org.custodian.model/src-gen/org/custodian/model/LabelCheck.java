/**
 */
package org.custodian.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One labelling check of the archive: the headers read from a folder or a node, and the studies whose objects lack patient identification, date and time, or provider (S2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.LabelCheck#getCheckedAt <em>Checked At</em>}</li>
 *   <li>{@link org.custodian.model.LabelCheck#getSource <em>Source</em>}</li>
 *   <li>{@link org.custodian.model.LabelCheck#getObjects <em>Objects</em>}</li>
 *   <li>{@link org.custodian.model.LabelCheck#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.custodian.model.LabelCheck#getGaps <em>Gaps</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getLabelCheck()
 * @model
 * @generated
 */
public interface LabelCheck extends Identified {
	/**
	 * Returns the value of the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the check was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checked At</em>' attribute.
	 * @see #setCheckedAt(Date)
	 * @see org.custodian.model.ModelPackage#getLabelCheck_CheckedAt()
	 * @model
	 * @generated
	 */
	Date getCheckedAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.LabelCheck#getCheckedAt <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked At</em>' attribute.
	 * @see #getCheckedAt()
	 * @generated
	 */
	void setCheckedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The folder or DICOM node whose headers were read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.custodian.model.ModelPackage#getLabelCheck_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.custodian.model.LabelCheck#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Objects</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Objects whose headers were read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objects</em>' attribute.
	 * @see #setObjects(int)
	 * @see org.custodian.model.ModelPackage#getLabelCheck_Objects()
	 * @model
	 * @generated
	 */
	int getObjects();

	/**
	 * Sets the value of the '{@link org.custodian.model.LabelCheck#getObjects <em>Objects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objects</em>' attribute.
	 * @see #getObjects()
	 * @generated
	 */
	void setObjects(int value);

	/**
	 * Returns the value of the '<em><b>Studies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Studies the objects belong to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Studies</em>' attribute.
	 * @see #setStudies(int)
	 * @see org.custodian.model.ModelPackage#getLabelCheck_Studies()
	 * @model
	 * @generated
	 */
	int getStudies();

	/**
	 * Sets the value of the '{@link org.custodian.model.LabelCheck#getStudies <em>Studies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Studies</em>' attribute.
	 * @see #getStudies()
	 * @generated
	 */
	void setStudies(int value);

	/**
	 * Returns the value of the '<em><b>Gaps</b></em>' containment reference list.
	 * The list contents are of type {@link org.custodian.model.LabelGap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The studies with objects that lack a label, one entry per study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gaps</em>' containment reference list.
	 * @see org.custodian.model.ModelPackage#getLabelCheck_Gaps()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelGap> getGaps();

} // LabelCheck
