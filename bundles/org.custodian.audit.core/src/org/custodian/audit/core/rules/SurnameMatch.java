package org.custodian.audit.core.rules;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Whether two surnames are the same name: equal once spelt alike (case, accents, apostrophes, hyphens and spaces
 * ignored, Mac/Mc read alike: O'Neill and ONEILL, MacDonald and McDonald), or equal in sound (a primary or
 * alternate Double Metaphone code equal: Smith and Smyth, Thompson and Thomson, Reid and Reed).
 * <p>
 * Codes must be equal, never "close": a sound of slack made HOLMES (HLMS) and WILLIAMS (ALMS) one family, and
 * with the commonest surnames of England and Wales that alone raised an alert a minute on ordinary work.
 */
public final class SurnameMatch {
	/** Long enough that THOMPSON and THOMSON keep their last sounds (the default 4 cuts both). */
	private static final int CODE_LENGTH = 8;
	private final DoubleMetaphone metaphone = new DoubleMetaphone();

	public SurnameMatch() {
		metaphone.setMaxCodeLen(CODE_LENGTH);
	}

	/** True when the surnames are one name, by spelling or by sound. */
	public boolean same(String a, String b) {
		String x = spelling(a);
		String y = spelling(b);
		if (x.isEmpty() || y.isEmpty()) {
			return false;
		}
		if (x.equals(y)) {
			return true;
		}
		String[] codesX = { metaphone.doubleMetaphone(x), metaphone.doubleMetaphone(x, true) };
		String[] codesY = { metaphone.doubleMetaphone(y), metaphone.doubleMetaphone(y, true) };
		for (String cx : codesX) {
			for (String cy : codesY) {
				if (!cx.isEmpty() && cx.equals(cy)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Upper case letters only, accents removed, MAC read as MC. */
	static String spelling(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String letters = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
		// Thompson and Thomson, Simpson and Simson, Sampson and Samson: the P is not said
		String spoken = letters.replace("MPS", "MS");
		return spoken.startsWith("MAC") ? "MC" + spoken.substring(3) : spoken;
	}
}
