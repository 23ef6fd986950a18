package org.custodian.store;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the database lives and the secrets that open it. The passwords are char arrays held only in memory
 * for as long as the database is open; nothing here is ever written to disk.
 *
 * @param directory    the database folder (for example ~/.custodian/db)
 * @param user         the console user signing in (Derby NATIVE authentication)
 * @param password     that user's password
 * @param bootPassword the key that decrypts the database files (Derby dataEncryption)
 */
public record DatabaseConfig(Path directory, String user, char[] password, char[] bootPassword) {

	/** Derby refuses shorter boot passwords; we say so before Derby does, in plain words. */
	public static final int MIN_BOOT_PASSWORD = 8;

	/** Overwrites both secrets, for when the caller no longer needs them. */
	public void wipe() {
		Arrays.fill(password, '\0');
		Arrays.fill(bootPassword, '\0');
	}

	@Override
	public String toString() {
		return "DatabaseConfig[" + directory + ", user=" + user + "]";
	}
}
