/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Provider Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What service a provider supplies to the trust.
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getProviderKind()
 * @model
 * @generated
 */
public enum ProviderKind implements Enumerator {
	/**
	 * The '<em><b>PACS VENDOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supplies and supports the PACS.
	 * <!-- end-model-doc -->
	 * @see #PACS_VENDOR_VALUE
	 * @generated
	 * @ordered
	 */
	PACS_VENDOR(0, "PACS_VENDOR", "PACS_VENDOR"),

	/**
	 * The '<em><b>TELERADIOLOGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reports images remotely (R2 outsourced service).
	 * <!-- end-model-doc -->
	 * @see #TELERADIOLOGY_VALUE
	 * @generated
	 * @ordered
	 */
	TELERADIOLOGY(1, "TELERADIOLOGY", "TELERADIOLOGY"),

	/**
	 * The '<em><b>CLOUD BACKUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Holds backup copies off site.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_BACKUP_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD_BACKUP(2, "CLOUD_BACKUP", "CLOUD_BACKUP"),

	/**
	 * The '<em><b>VNA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs a vendor-neutral archive.
	 * <!-- end-model-doc -->
	 * @see #VNA_VALUE
	 * @generated
	 * @ordered
	 */
	VNA(3, "VNA", "VNA"),

	/**
	 * The '<em><b>MEDIA COURIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transports removable media.
	 * <!-- end-model-doc -->
	 * @see #MEDIA_COURIER_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIA_COURIER(4, "MEDIA_COURIER", "MEDIA_COURIER"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other supplier.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>PACS VENDOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supplies and supports the PACS.
	 * <!-- end-model-doc -->
	 * @see #PACS_VENDOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PACS_VENDOR_VALUE = 0;

	/**
	 * The '<em><b>TELERADIOLOGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reports images remotely (R2 outsourced service).
	 * <!-- end-model-doc -->
	 * @see #TELERADIOLOGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TELERADIOLOGY_VALUE = 1;

	/**
	 * The '<em><b>CLOUD BACKUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Holds backup copies off site.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_BACKUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_BACKUP_VALUE = 2;

	/**
	 * The '<em><b>VNA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs a vendor-neutral archive.
	 * <!-- end-model-doc -->
	 * @see #VNA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VNA_VALUE = 3;

	/**
	 * The '<em><b>MEDIA COURIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transports removable media.
	 * <!-- end-model-doc -->
	 * @see #MEDIA_COURIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDIA_COURIER_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other supplier.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Provider Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProviderKind[] VALUES_ARRAY =
		new ProviderKind[] {
			PACS_VENDOR,
			TELERADIOLOGY,
			CLOUD_BACKUP,
			VNA,
			MEDIA_COURIER,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Provider Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProviderKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Provider Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProviderKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProviderKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Provider Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProviderKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProviderKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Provider Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProviderKind get(int value) {
		switch (value) {
			case PACS_VENDOR_VALUE: return PACS_VENDOR;
			case TELERADIOLOGY_VALUE: return TELERADIOLOGY;
			case CLOUD_BACKUP_VALUE: return CLOUD_BACKUP;
			case VNA_VALUE: return VNA;
			case MEDIA_COURIER_VALUE: return MEDIA_COURIER;
			case OTHER_VALUE: return OTHER;
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
	private ProviderKind(int value, String name, String literal) {
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
	
} //ProviderKind
