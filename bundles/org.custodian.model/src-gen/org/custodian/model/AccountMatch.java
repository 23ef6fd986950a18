/**
 */
package org.custodian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Account Match</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an account was linked to a member of staff (G2: log-ins are personal).
 * <!-- end-model-doc -->
 * @see org.custodian.model.ModelPackage#getAccountMatch()
 * @model
 * @generated
 */
public enum AccountMatch implements Enumerator {
	/**
	 * The '<em><b>UNMATCHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No member of staff matches: waiting for review.
	 * <!-- end-model-doc -->
	 * @see #UNMATCHED_VALUE
	 * @generated
	 * @ordered
	 */
	UNMATCHED(0, "UNMATCHED", "UNMATCHED"),

	/**
	 * The '<em><b>EXACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name or staff number matched exactly.
	 * <!-- end-model-doc -->
	 * @see #EXACT_VALUE
	 * @generated
	 * @ordered
	 */
	EXACT(1, "EXACT", "EXACT"),

	/**
	 * The '<em><b>NEAR MISS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A member of staff matches by name only: waiting for review.
	 * <!-- end-model-doc -->
	 * @see #NEAR_MISS_VALUE
	 * @generated
	 * @ordered
	 */
	NEAR_MISS(2, "NEAR_MISS", "NEAR_MISS"),

	/**
	 * The '<em><b>CONFIRMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reviewer confirmed the owner.
	 * <!-- end-model-doc -->
	 * @see #CONFIRMED_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIRMED(3, "CONFIRMED", "CONFIRMED"),

	/**
	 * The '<em><b>NO OWNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reviewer found the account has no personal owner (service or shared account).
	 * <!-- end-model-doc -->
	 * @see #NO_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	NO_OWNER(4, "NO_OWNER", "NO_OWNER");

	/**
	 * The '<em><b>UNMATCHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No member of staff matches: waiting for review.
	 * <!-- end-model-doc -->
	 * @see #UNMATCHED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNMATCHED_VALUE = 0;

	/**
	 * The '<em><b>EXACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name or staff number matched exactly.
	 * <!-- end-model-doc -->
	 * @see #EXACT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXACT_VALUE = 1;

	/**
	 * The '<em><b>NEAR MISS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A member of staff matches by name only: waiting for review.
	 * <!-- end-model-doc -->
	 * @see #NEAR_MISS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEAR_MISS_VALUE = 2;

	/**
	 * The '<em><b>CONFIRMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reviewer confirmed the owner.
	 * <!-- end-model-doc -->
	 * @see #CONFIRMED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFIRMED_VALUE = 3;

	/**
	 * The '<em><b>NO OWNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reviewer found the account has no personal owner (service or shared account).
	 * <!-- end-model-doc -->
	 * @see #NO_OWNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_OWNER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Account Match</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AccountMatch[] VALUES_ARRAY =
		new AccountMatch[] {
			UNMATCHED,
			EXACT,
			NEAR_MISS,
			CONFIRMED,
			NO_OWNER,
		};

	/**
	 * A public read-only list of all the '<em><b>Account Match</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AccountMatch> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Account Match</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccountMatch get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AccountMatch result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Account Match</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccountMatch getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AccountMatch result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Account Match</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccountMatch get(int value) {
		switch (value) {
			case UNMATCHED_VALUE: return UNMATCHED;
			case EXACT_VALUE: return EXACT;
			case NEAR_MISS_VALUE: return NEAR_MISS;
			case CONFIRMED_VALUE: return CONFIRMED;
			case NO_OWNER_VALUE: return NO_OWNER;
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
	private AccountMatch(int value, String name, String literal) {
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
	
} //AccountMatch
