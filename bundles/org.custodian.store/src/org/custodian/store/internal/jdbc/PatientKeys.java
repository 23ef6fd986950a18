package org.custodian.store.internal.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A patient key as the key columns hold it (128 characters). A key longer than that (an identifier of hundreds
 * of characters, which PS3.15 allows) is stored as its SHA-256, so it still names exactly one patient and is
 * found by the same key; a key cut short could name another patient.
 */
public final class PatientKeys {
	public static final int WIDTH = 128;

	private PatientKeys() {
	}

	/** The key as stored; null stays null. */
	public static String stored(String key) {
		if (key == null || key.length() <= WIDTH) {
			return key;
		}
		try {
			byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "SHA256:" + HexFormat.of().formatHex(sha);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
