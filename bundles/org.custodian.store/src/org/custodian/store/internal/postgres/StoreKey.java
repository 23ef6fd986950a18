package org.custodian.store.internal.postgres;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.custodian.store.StoreException;

/**
 * The trust's key of a PostgreSQL store: derived on the console from the boot password (PBKDF2), never sent to the
 * server. The store keeps only a check value (an HMAC under the key of a fixed text, with the salt), so a wrong
 * boot password is told at sign-in, and nothing stored lets the server's administrator find the key.
 */
final class StoreKey {
	private static final String CHECK = "store.key.check";
	private static final int ITERATIONS = 210_000;

	private StoreKey() {
	}

	/** The key's bytes for a boot password and salt. */
	static byte[] derive(char[] bootPassword, byte[] salt) {
		try {
			SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
			return f.generateSecret(new PBEKeySpec(bootPassword, salt, ITERATIONS, 256)).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2 with HMAC-SHA256 is part of every Java runtime", e);
		}
	}

	private static String checkValue(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal("custodian store key check".getBytes(StandardCharsets.UTF_8)));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}

	/** Refuses a boot password that is not the store's; a store without a check value yet takes any. */
	static void check(PostgresDatabase db, char[] bootPassword) {
		String stored = read(db);
		if (stored == null) {
			return;
		}
		String[] parts = stored.split(" ");
		byte[] salt = HexFormat.of().parseHex(parts[0]);
		if (!java.security.MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.US_ASCII),
				checkValue(derive(bootPassword, salt)).getBytes(StandardCharsets.US_ASCII))) {
			throw new StoreException("The boot password is wrong for the store " + db.location() + ".");
		}
	}

	/** Run by the owner at sign-in: records the check value of the boot password when there is none. */
	static void install(PostgresDatabase db, char[] bootPassword) {
		if (read(db) == null) {
			replace(db, bootPassword);
		}
	}

	/** Records the check value of a (new) boot password under a new salt. */
	static void replace(PostgresDatabase db, char[] bootPassword) {
		byte[] salt = new java.security.SecureRandom().generateSeed(16);
		String value = HexFormat.of().formatHex(salt) + " " + checkValue(derive(bootPassword, salt));
		try (Connection c = db.writableConnection()) {
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO SETTING (NAME, SETTING_VALUE) VALUES (?, ?)"
					+ " ON CONFLICT (NAME) DO UPDATE SET SETTING_VALUE = EXCLUDED.SETTING_VALUE")) {
				ps.setString(1, CHECK);
				ps.setString(2, value);
				ps.executeUpdate();
			}
			c.commit();
		} catch (SQLException e) {
			throw PostgresFailures.of("The store's key check could not be recorded", e);
		}
	}

	private static String read(PostgresDatabase db) {
		try (Connection c = db.writableConnection();
				PreparedStatement ps = c.prepareStatement("SELECT SETTING_VALUE FROM SETTING WHERE NAME = ?")) {
			ps.setString(1, CHECK);
			try (ResultSet rs = ps.executeQuery()) {
				String value = rs.next() ? rs.getString(1) : null;
				c.commit();
				return value;
			}
		} catch (SQLException e) {
			throw PostgresFailures.of("The store's key check could not be read", e);
		}
	}
}
