/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Retrieve Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the console retrieves studies from a node.
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getRetrieveMethod()
 * @model
 * @generated
 */
public enum RetrieveMethod implements Enumerator {
	/**
	 * The '<em><b>CGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C-GET: the objects come back on our own association.
	 * <!-- end-model-doc -->
	 * @see #CGET_VALUE
	 * @generated
	 * @ordered
	 */
	CGET(0, "C_GET", "C_GET"),

	/**
	 * The '<em><b>CMOVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C-MOVE: the node sends the objects to the console's own storage SCP.
	 * <!-- end-model-doc -->
	 * @see #CMOVE_VALUE
	 * @generated
	 * @ordered
	 */
	CMOVE(1, "C_MOVE", "C_MOVE"),

	/**
	 * The '<em><b>DICOMWEB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOMweb: QIDO-RS to list, WADO-RS to retrieve, over HTTP(S).
	 * <!-- end-model-doc -->
	 * @see #DICOMWEB_VALUE
	 * @generated
	 * @ordered
	 */
	DICOMWEB(2, "DICOMWEB", "DICOMWEB");

	/**
	 * The '<em><b>CGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C-GET: the objects come back on our own association.
	 * <!-- end-model-doc -->
	 * @see #CGET
	 * @model name="C_GET"
	 * @generated
	 * @ordered
	 */
	public static final int CGET_VALUE = 0;

	/**
	 * The '<em><b>CMOVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C-MOVE: the node sends the objects to the console's own storage SCP.
	 * <!-- end-model-doc -->
	 * @see #CMOVE
	 * @model name="C_MOVE"
	 * @generated
	 * @ordered
	 */
	public static final int CMOVE_VALUE = 1;

	/**
	 * The '<em><b>DICOMWEB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOMweb: QIDO-RS to list, WADO-RS to retrieve, over HTTP(S).
	 * <!-- end-model-doc -->
	 * @see #DICOMWEB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DICOMWEB_VALUE = 2;

	/**
	 * An array of all the '<em><b>Retrieve Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RetrieveMethod[] VALUES_ARRAY =
		new RetrieveMethod[] {
			CGET,
			CMOVE,
			DICOMWEB,
		};

	/**
	 * A public read-only list of all the '<em><b>Retrieve Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RetrieveMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Retrieve Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetrieveMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RetrieveMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retrieve Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetrieveMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RetrieveMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retrieve Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetrieveMethod get(int value) {
		switch (value) {
			case CGET_VALUE: return CGET;
			case CMOVE_VALUE: return CMOVE;
			case DICOMWEB_VALUE: return DICOMWEB;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RetrieveMethod(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //RetrieveMethod
