package org.custodian.store;

import java.util.Locale;

/**
 * The console's password rules, applied when a user is created and when a password is changed. Length is what
 * makes a password strong, so the rule is a long pass phrase rather than a mix of symbols; the checks below only
 * refuse what would be guessed first.
 */
public final class PasswordPolicy {
	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;
	/** "aaaaaaaaaaaa" and "abababababab" are long but guessed at once. */
	public static final int MIN_DISTINCT = 5;

	private PasswordPolicy() {
	}

	/** Throws {@link StoreException} naming the first rule the password breaks. */
	public static void check(String user, char[] password) {
		if (password.length < MIN_LENGTH) {
			throw new StoreException("The password must have at least " + MIN_LENGTH + " characters (it has "
					+ password.length + "); a phrase of three or four words is easiest to remember.");
		}
		if (password.length > MAX_LENGTH) {
			throw new StoreException("The password must have at most " + MAX_LENGTH + " characters.");
		}
		if (new String(password).chars().distinct().count() < MIN_DISTINCT) {
			throw new StoreException("The password must use at least " + MIN_DISTINCT + " different characters.");
		}
		String lower = new String(password).toLowerCase(Locale.ROOT);
		if (user != null && user.length() >= 3 && lower.contains(user.toLowerCase(Locale.ROOT))) {
			throw new StoreException("The password must not contain the user name.");
		}
		if (lower.contains("custodian") || lower.startsWith("password")) {
			throw new StoreException("The password must not be built on \"password\" or the console's name.");
		}
	}

	/** A new password must also differ from the one it replaces. */
	public static void checkChange(String user, char[] old, char[] replacement) {
		check(user, replacement);
		if (java.util.Arrays.equals(old, replacement)) {
			throw new StoreException("The new password must differ from the old one.");
		}
	}
}
