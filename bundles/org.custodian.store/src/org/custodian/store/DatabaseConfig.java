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
 * @param postgres     {@code postgresql://host:port/database} of a network's shared PostgreSQL store, or null for
 *                     a Derby database; then {@code directory} is the database's name and the boot password is the
 *                     trust's key, which never reaches the server
 */
public record DatabaseConfig(Path directory, String user, char[] password, char[] bootPassword, String server,
		String postgres) {

	/** How a PostgreSQL store is named: {@code postgresql://host:port/database}, with an optional query. */
	private static final java.util.regex.Pattern POSTGRES = java.util.regex.Pattern
			.compile("postgresql://([^:/?\\s]+):(\\d{1,5})/([A-Za-z_][A-Za-z0-9_]{0,62})(\\?[^\\s]*)?");

	public DatabaseConfig(Path directory, String user, char[] password, char[] bootPassword, String server) {
		this(directory, user, password, bootPassword, server, null);
	}

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
		if (isPostgres(where)) {
			java.util.regex.Matcher m = POSTGRES.matcher(where);
			if (!m.matches()) {
				throw new StoreException("A PostgreSQL store is written postgresql://host:port/database (a database name"
						+ " of letters, digits and underscores), not " + where + ".");
			}
			return new DatabaseConfig(Path.of(m.group(3)), user, password, bootPassword, null, where);
		}
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

	/** Whether a location names a database server (Derby's or PostgreSQL) rather than a folder. */
	public static boolean isServer(String location) {
		return location.trim().startsWith("//") || isPostgres(location);
	}

	/** Whether a location names a PostgreSQL store. */
	public static boolean isPostgres(String location) {
		return location.trim().startsWith("postgresql://");
	}

	/** Overwrites both secrets, for when the caller no longer needs them. */
	public void wipe() {
		Arrays.fill(password, '\0');
		Arrays.fill(bootPassword, '\0');
	}

	@Override
	public String toString() {
		String where = postgres != null ? postgres : (server == null ? "" : "//" + server) + directory;
		return "DatabaseConfig[" + where + ", user=" + user + "]";
	}
}
