package org.custodian.store;

import java.util.List;

import org.custodian.model.ConsoleRole;
import org.custodian.model.ConsoleUser;

/**
 * The people who may sign in and their roles. Creating users needs {@link Permission#MANAGE_USERS}; everyone may
 * change their own password. Passwords follow {@link PasswordPolicy}; every change is written to the console's
 * own trail.
 */
public interface ConsoleUsers {

	List<ConsoleUser> list();

	/**
	 * Creates a user who can sign in with the password and works in the role.
	 *
	 * @param staffNumber the staff number of the person in the staff directory (a line manager sees the staff
	 *                    whose line manager that person is), or null
	 */
	ConsoleUser create(String user, char[] password, ConsoleRole role, String staffNumber);

	/**
	 * Gives another user a new password (one who forgot theirs, or whose account moved from a Derby database
	 * without it). The password follows {@link PasswordPolicy}; needs {@link Permission#MANAGE_USERS}.
	 */
	void resetPassword(String user, char[] password);

	/** Lets a user sign in, or stops them (they keep their trail entries). */
	void setEnabled(String user, boolean enabled);

	/** Changes the signed-in user's password after checking the current one. */
	void changeOwnPassword(char[] current, char[] replacement);

	/**
	 * Checks a console user's password while someone else may be signed in, for a step a second person must
	 * confirm in person (a DR sign-off). The password is checked as at sign-in: by the database's own credentials,
	 * with a wrong password counted, locking the account and recorded on the console trail exactly as a failed
	 * sign-in is, so the check cannot be used to guess a colleague's password.
	 *
	 * @return who the user is and in which role
	 * @throws StoreException if the user is unknown, locked, disabled or the password is wrong
	 */
	Principal authenticate(String user, char[] password);

	/** The code of the imaging network in {@link #assignTrust}: a user of the network sees every trust's rows. */
	String NETWORK = "*";

	/**
	 * Says which trust of an imaging network a user works for (a short code such as the trust's ODS code, or
	 * {@link #NETWORK}): on a PostgreSQL store the server then shows them only that trust's patients, and what they
	 * store belongs to it. A user with no trust works for the store's one trust (LOCAL). Needs
	 * {@link Permission#MANAGE_USERS}.
	 */
	void assignTrust(String user, String trust);

	/** The trust a user works for: its code, {@link #NETWORK}, or LOCAL when none was assigned. */
	String trustOf(String user);
}
