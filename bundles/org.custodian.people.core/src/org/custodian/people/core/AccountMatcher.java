package org.custodian.people.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.Staff;
import org.custodian.model.Trust;

/**
 * Links accounts to staff (G2: log-ins are personal). In order:
 * <ol>
 * <li>exact: the user name or the account's employee number is a staff number;</li>
 * <li>near miss: the account's display name, or a user name built from a name (jsmith, john.smith, smithj), names
 * exactly one member of staff whose family name is the same or sounds the same (Double Metaphone) and whose given
 * name or initial agrees. The person is suggested, not linked: the account waits in the review queue;</li>
 * <li>anything else waits in the review queue unmatched, with the candidates, if several, in its note.</li>
 * </ol>
 * Decisions a reviewer took (confirmed owner, no owner) are never overwritten.
 */
public final class AccountMatcher {
	private static final DoubleMetaphone PHONETIC = new DoubleMetaphone();

	private final Directory directory;
	private final List<Staff> staff;

	public AccountMatcher(Trust trust) {
		this.directory = new Directory(trust);
		this.staff = trust.getStaff();
	}

	/** Matches every account of the trust that no reviewer decided; returns how many are linked exactly. */
	public int matchAll(Trust trust) {
		int exact = 0;
		for (Account a : trust.getAccounts()) {
			if (a.getMatch() == AccountMatch.CONFIRMED || a.getMatch() == AccountMatch.NO_OWNER) {
				continue;
			}
			match(a);
			if (a.getMatch() == AccountMatch.EXACT) {
				exact++;
			}
		}
		return exact;
	}

	void match(Account a) {
		a.setSuggestedOwner(null);
		Staff exact = directory.staff(a.getUsername());
		String how = "user name";
		if (exact == null && a.getEmployeeNumber() != null) {
			exact = directory.staff(a.getEmployeeNumber());
			how = "employee number";
		}
		if (exact != null) {
			a.setOwner(exact);
			a.setMatch(AccountMatch.EXACT);
			a.setMatchNote(how + " is the staff number " + exact.getStaffNumber());
			return;
		}
		a.setOwner(null);
		List<Staff> candidates = candidates(a);
		if (candidates.size() == 1) {
			Staff s = candidates.get(0);
			a.setSuggestedOwner(s);
			a.setMatch(AccountMatch.NEAR_MISS);
			a.setMatchNote("\"" + describe(a) + "\" is close to " + Directory.name(s) + " (" + s.getStaffNumber() + ")");
		} else {
			a.setMatch(AccountMatch.UNMATCHED);
			if (candidates.isEmpty()) {
				a.setMatchNote(a.isShared() ? "shared account: no personal owner"
						: "no member of staff matches \"" + describe(a) + "\"");
			} else {
				List<String> names = candidates.stream().map(s -> Directory.name(s) + " (" + s.getStaffNumber() + ")")
						.toList();
				a.setMatchNote(candidates.size() + " members of staff match \"" + describe(a) + "\": "
						+ String.join(", ", names));
			}
		}
	}

	/** A reviewer's decision: {@code owner} owns the account (null: it has no personal owner). */
	public static void decide(Account a, Staff owner, String reviewer) {
		a.setOwner(owner);
		a.setSuggestedOwner(null);
		a.setMatch(owner == null ? AccountMatch.NO_OWNER : AccountMatch.CONFIRMED);
		a.setMatchNote((owner == null ? "no personal owner" : "owner confirmed") + " by " + reviewer);
	}

	private static String describe(Account a) {
		return a.getDisplayName() != null ? a.getDisplayName() : a.getUsername();
	}

	private List<Staff> candidates(Account a) {
		List<Staff> found = new ArrayList<>();
		if (a.isShared()) {
			return found;
		}
		List<String[]> names = new ArrayList<>();
		if (a.getDisplayName() != null) {
			names.addAll(namesFromDisplay(a.getDisplayName()));
		}
		for (Staff s : staff) {
			String family = norm(s.getFamilyName());
			String given = norm(s.getGivenName());
			if (family.isEmpty()) {
				continue;
			}
			boolean hit = false;
			for (String[] n : names) {
				if (sameFamily(n[1], family) && sameGiven(n[0], given)) {
					hit = true;
				}
			}
			if (!hit && a.getUsername() != null && fromUsername(norm(a.getUsername()), given, family)) {
				hit = true;
			}
			if (hit) {
				found.add(s);
			}
		}
		return found;
	}

	/** "Smith, John", "SMITH John", "John Smith", "Dr John Smith": (given, family) readings. */
	private static List<String[]> namesFromDisplay(String display) {
		List<String[]> readings = new ArrayList<>();
		String d = display.replaceAll("(?i)^(dr|mr|mrs|ms|miss|prof)\\.?\\s+", "").strip();
		int comma = d.indexOf(',');
		if (comma > 0) {
			readings.add(new String[] { norm(d.substring(comma + 1)), norm(d.substring(0, comma)) });
			return readings;
		}
		String[] words = d.split("\\s+");
		if (words.length >= 2) {
			readings.add(new String[] { norm(words[0]), norm(words[words.length - 1]) });
			readings.add(new String[] { norm(words[words.length - 1]), norm(words[0]) });
		}
		return readings;
	}

	private static boolean sameFamily(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		return a.equals(b) || PHONETIC.isDoubleMetaphoneEqual(a, b) && Math.abs(a.length() - b.length()) <= 2;
	}

	private static boolean sameGiven(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b)
				|| PHONETIC.isDoubleMetaphoneEqual(a, b) && a.charAt(0) == b.charAt(0);
	}

	/** jsmith, john.smith, johnsmith, smithj, smith.j, with a trailing number or not (jsmith2). */
	private static boolean fromUsername(String user, String given, String family) {
		String u = user.replaceAll("\\d+$", "");
		if (given.isEmpty() || u.length() < 3) {
			return false;
		}
		char i = given.charAt(0);
		return u.equals(i + family) || u.equals(given + family) || u.equals(family + i) || u.equals(family + given);
	}

	/** Lower case letters only, accents and punctuation dropped: "O'Brien-Smyth" is "obriensmyth". */
	static String norm(String s) {
		if (s == null) {
			return "";
		}
		String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}
}
