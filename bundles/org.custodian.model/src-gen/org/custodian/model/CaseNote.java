/**
 */
package org.custodian.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry in an investigation's case diary.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.custodian.model.CaseNote#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.custodian.model.CaseNote#getWrittenAt <em>Written At</em>}</li>
 *   <li>{@link org.custodian.model.CaseNote#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.custodian.model.ModelPackage#getCaseNote()
 * @model
 * @generated
 */
public interface CaseNote extends Identified {
	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who wrote the note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.custodian.model.ModelPackage#getCaseNote_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.custodian.model.CaseNote#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Written At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the note was written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Written At</em>' attribute.
	 * @see #setWrittenAt(Date)
	 * @see org.custodian.model.ModelPackage#getCaseNote_WrittenAt()
	 * @model
	 * @generated
	 */
	Date getWrittenAt();

	/**
	 * Sets the value of the '{@link org.custodian.model.CaseNote#getWrittenAt <em>Written At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Written At</em>' attribute.
	 * @see #getWrittenAt()
	 * @generated
	 */
	void setWrittenAt(Date value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.custodian.model.ModelPackage#getCaseNote_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.custodian.model.CaseNote#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // CaseNote
