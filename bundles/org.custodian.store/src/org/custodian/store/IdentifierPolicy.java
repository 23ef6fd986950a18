package org.custodian.store;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the trust reads patient identifiers into one key per patient: which assigning authorities are its own
 * hospital number, and which belong to other organisations (the other trusts of an imaging network). The NHS
 * number is recognised by its OID wherever it comes from.
 * <p>
 * Keys: a hospital number is its bare ID (so the RIS's {@code P0002061} and the trail's
 * {@code P0002061^^^TRUST} are one patient); an NHS number is {@code NHS:} and its ten digits; another
 * organisation's number is {@code AUTHORITY:ID}. Until the trust names its authorities
 * ({@code localAuthorities} empty), every authority other than the NHS number's is taken for the hospital
 * number, which is right for a trust with one PAS and is the default; once it names them, an authority it did
 * not name is another organisation's, and {@link #isKnown} says so for the import to report.
 *
 * @param localAuthorities   the names (namespace ids or OIDs) of the trust's hospital number, upper case
 * @param foreignAuthorities authorities the trust knows to be other organisations', upper case
 */
public record IdentifierPolicy(Set<String> localAuthorities, Set<String> foreignAuthorities) {
	/** Every authority but the NHS number's is the hospital number. */
	public static final IdentifierPolicy DEFAULT = new IdentifierPolicy(Set.of(), Set.of());
	/** Prefix of an NHS number's key. */
	public static final String NHS_PREFIX = "NHS:";

	public IdentifierPolicy {
		localAuthorities = upper(localAuthorities);
		foreignAuthorities = upper(foreignAuthorities);
	}

	/** The key of a raw identifier as a source wrote it (CX or bare); null when it holds no identifier. */
	public String key(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return key(PatientIdentifier.parse(raw));
		} catch (IllegalArgumentException noId) {
			return null;
		}
	}

	/** The key of an identifier. */
	public String key(PatientIdentifier pid) {
		if (pid.isNhsNumber()) {
			return NHS_PREFIX + pid.id().replace(" ", "");
		}
		if (isLocal(pid)) {
			return pid.id();
		}
		return pid.authorityName().toUpperCase(Locale.ROOT) + ":" + pid.id();
	}

	/** True for the trust's hospital number: no authority, a named local one, or any when none are named. */
	public boolean isLocal(PatientIdentifier pid) {
		if (pid.isNhsNumber()) {
			return false;
		}
		if (pid.hasNoAuthority()) {
			return true;
		}
		if (localAuthorities.isEmpty()) {
			return !named(foreignAuthorities, pid);
		}
		return named(localAuthorities, pid);
	}

	/** False when the trust named its authorities and this identifier's is none of them (nor the NHS number's). */
	public boolean isKnown(PatientIdentifier pid) {
		return pid.isNhsNumber() || pid.hasNoAuthority() || localAuthorities.isEmpty() || named(localAuthorities, pid)
				|| named(foreignAuthorities, pid);
	}

	private static boolean named(Set<String> names, PatientIdentifier pid) {
		return pid.authority() != null && names.contains(pid.authority().toUpperCase(Locale.ROOT))
				|| pid.universalId() != null && names.contains(pid.universalId().toUpperCase(Locale.ROOT));
	}

	private static Set<String> upper(Set<String> names) {
		Set<String> result = new TreeSet<>();
		if (names != null) {
			names.stream().filter(n -> n != null && !n.isBlank()).map(n -> n.strip().toUpperCase(Locale.ROOT))
					.forEach(result::add);
		}
		return Set.copyOf(result);
	}
}
