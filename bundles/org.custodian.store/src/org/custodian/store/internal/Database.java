package org.custodian.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.custodian.store.ConnectionSource;
import org.custodian.store.internal.jdbc.Dialect;

/**
 * What the store needs of an open database besides its connections: the users and their credentials, the
 * owner's preparations, maintenance. One implementation per database ({@code derby.DerbyDatabase},
 * {@code postgres.PostgresDatabase}); everything else in the store is written once for both.
 */
public interface Database extends ConnectionSource, AutoCloseable {

	Dialect dialect();

	/**
	 * A connection that may write whatever the role: for the console's own trail, which records what read-only
	 * roles look at, and for the store's own bookkeeping.
	 */
	Connection writableConnection() throws SQLException;

	/** Run when the owner signs in: what the other users need (grants, the sign-in guard). */
	void prepareForUsers(char[] bootPassword);

	/** Makes the database's credentials for a new console user, with the grants of its role. */
	void createUser(String name, char[] userPassword, org.custodian.model.ConsoleRole role);

	/**
	 * Brings a console user's grants in the database up to date with its role (new tables since), and lets it
	 * sign in only while enabled; where the database can.
	 */
	void grant(String name, org.custodian.model.ConsoleRole role, boolean enabled);

	/** Gives another user a new password (an administrator's reset). */
	void resetPassword(String name, char[] replacement);

	/** Changes the signed-in user's own password and uses it from now on. */
	void modifyOwnPassword(char[] replacement);

	/** Roles that may only look get read-only connections. */
	void readOnly(boolean readOnly);

	/** True when the signed-in user owns the store (created it): only the owner may grant and add users. */
	boolean ownedBySignedInUser();

	/** Checks the password the user signed in with, for changes that ask for it again. */
	boolean passwordIs(char[] candidate);

	/** Whether the database accepts this user's password; any answer but "wrong credentials" is an error. */
	boolean acceptsCredentials(String name, char[] candidate);

	void changeBootPassword(char[] current, char[] replacement);

	/** An online backup into a new folder inside {@code folder}; returns that folder. */
	Path backup(Path folder);

	/** Rows of every table of the store. */
	Map<String, Long> tableCounts();

	Map<String, Long> backupTableCounts(Path backup, Path scratch, char[] bootPassword);

	/** The database folder; for a server's store, a path naming the database. */
	Path directory();

	String user();

	/** Whether the database is served by another process rather than embedded in this one. */
	boolean remote();

	/** The location as the sign-in screen and --db take it. */
	String location();

	@Override
	void close();
}
