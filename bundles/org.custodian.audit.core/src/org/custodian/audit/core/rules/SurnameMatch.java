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
 * with the commonest surnames of England and Wales that alone raised an alert a minute on ordinary work. Equal
 * codes are not enough either (HALL and HILL, PARKER and BARKER): the spellings must be close as well. The
 * test SurnameMatchTest measures both on the commonest surnames and on known variants.
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
		// a sound alone is too coarse: Double Metaphone drops vowels (HALL and HILL, WHITE and WOOD are one code)
		// and reads B for P (BARKER and PARKER). A variant is spelt close too: same first letter, and at most a
		// third of its letters changed (at least one), a swap of two letters counting as one change.
		if (x.charAt(0) != y.charAt(0) || edits(x, y) > Math.max(1, Math.min(x.length(), y.length()) / 3)) {
			return false;
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

	/** Edit distance with adjacent swaps (optimal string alignment): KHAN and KAHN are one change apart. */
	static int edits(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
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
