package org.custodian.store;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the database lives and the secrets that open it. The passwords are char arrays held only in memory
 * for as long as the database is open; nothing here is ever written to disk.
 *
 * @param directory    the database folder (for example ~/.custodian/db); with a server, the folder on the
 *                     server's computer
 * @param user         the console user signing in (Derby NATIVE authentication)
 * @param password     that user's password
 * @param bootPassword the key that decrypts the database files (Derby dataEncryption); with a server it is the
 *                     proof that the console may count failed sign-ins there, as on the server itself
 * @param server       host:port of a Custodian database server ({@code custodian-cli serve}), or null for a
 *                     database on this computer
 */
public record DatabaseConfig(Path directory, String user, char[] password, char[] bootPassword, String server) {

	/** Derby refuses shorter boot passwords; we say so before Derby does, in plain words. */
	public static final int MIN_BOOT_PASSWORD = 8;

	public DatabaseConfig(Path directory, String user, char[] password, char[] bootPassword) {
		this(directory, user, password, bootPassword, null);
	}

	/**
	 * A database named the way the sign-in screen and {@code --db} take it: a folder, or
	 * {@code //host:port/folder} for a database served by {@code custodian-cli serve}.
	 */
	public static DatabaseConfig at(String location, String user, char[] password, char[] bootPassword) {
		String where = location.trim();
		if (isServer(where)) {
			int slash = where.indexOf('/', 2);
			if (slash < 0 || slash == where.length() - 1 || !where.substring(2, slash).matches("[^:/]+:\\d{1,5}")) {
				throw new StoreException("A database on a server is written //host:port/folder-on-the-server, not "
						+ where + ".");
			}
			return new DatabaseConfig(Path.of(where.substring(slash)), user, password, bootPassword,
					where.substring(2, slash));
		}
		return new DatabaseConfig(Path.of(where), user, password, bootPassword, null);
	}

	/** Whether a location names a database server rather than a folder. */
	public static boolean isServer(String location) {
		return location.trim().startsWith("//");
	}

	/** Overwrites both secrets, for when the caller no longer needs them. */
	public void wipe() {
		Arrays.fill(password, '\0');
		Arrays.fill(bootPassword, '\0');
	}

	@Override
	public String toString() {
		return "DatabaseConfig[" + (server == null ? "" : "//" + server) + directory + ", user=" + user + "]";
	}
}
