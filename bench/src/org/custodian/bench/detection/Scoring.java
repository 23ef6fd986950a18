package org.custodian.bench.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.custodian.store.IdentifierPolicy;

/**
 * Scores the alert queue against the generator's truth. A planted access is found when an alert of a rule
 * made for its kind names the same user and (when the rule names one) the same patient, within the kind's
 * window of the planted time. Every alert that finds no plant is a false alert: the generator's ordinary
 * traffic is, by construction, appropriate.
 */
final class Scoring {
	/** The rules that exist for each planted kind. */
	static final Map<String, Set<String>> RULES = new LinkedHashMap<>();
	static {
		RULES.put("self-access", Set.of("self-access"));
		RULES.put("family", Set.of("family"));
		RULES.put("neighbour", Set.of("neighbour", "family"));
		RULES.put("co-worker", Set.of("co-worker"));
		RULES.put("flagged-patient", Set.of("flagged-patient"));
		RULES.put("after-leaving", Set.of("after-leaving"));
		// a night of browsing unrelated patients is also the browsing rule's (nothing in the RIS for any of them)
		RULES.put("out-of-hours", Set.of("out-of-hours", "no-care-relationship"));
		RULES.put("volume", Set.of("volume", "no-care-relationship"));
		RULES.put("shared-account", Set.of("shared-account"));
		RULES.put("failed-logins", Set.of("failed-logins"));
		RULES.put("export-no-register", Set.of("unencrypted-export"));
		RULES.put("break-glass", Set.of("break-glass"));
		RULES.put("name-query", Set.of("query-by-name"));
	}
	/** Kinds whose alert may come a day from the planted time (the pattern rules judge periods). */
	private static final Set<String> PERIOD_KINDS = Set.of("out-of-hours", "volume");
	/** Kinds about an account, not a patient: their alert may name any of the patients involved, or none. */
	private static final Set<String> ACCOUNT_KINDS = Set.of("out-of-hours", "shared-account", "failed-logins");

	record Plant(String kind, String user, String patientKey, Instant time, int events) {
	}

	record Alert(String rule, String severity, String user, String patientKey, Instant time) {
	}

	/** Per kind: plants and plants found; and the alerts no plant explains, per rule. */
	record Result(Map<String, int[]> byKind, Map<String, Integer> falseByRule, int alerts, int falseAlerts,
			int plantedEvents) {
		int plants() {
			return byKind.values().stream().mapToInt(c -> c[0]).sum();
		}

		int found() {
			return byKind.values().stream().mapToInt(c -> c[1]).sum();
		}
	}

	static List<Plant> plants(String truthCsv) {
		List<Plant> result = new ArrayList<>();
		for (Map<String, String> r : Csv.read(truthCsv)) {
			result.add(new Plant(r.get("kind"), lower(r.get("user")), blank(r.get("patient_key")),
					Instant.parse(r.get("time")), r.get("events").isEmpty() ? 1 : Integer.parseInt(r.get("events"))));
		}
		return result;
	}

	/**
	 * The alerts, each patient as the truth names it: by hospital number, also when the trail (and so the alert)
	 * named the patient by NHS number ({@code nhsToLocal}, from the PAS export: the crosswalk the console uses).
	 */
	static List<Alert> alerts(String alertsCsv, Map<String, String> nhsToLocal) {
		List<Alert> result = new ArrayList<>();
		for (Map<String, String> r : Csv.read(alertsCsv)) {
			String patient = blank(r.get("patient"));
			String key = patient == null ? null : IdentifierPolicy.DEFAULT.key(patient);
			if (key != null && key.startsWith(IdentifierPolicy.NHS_PREFIX)) {
				key = nhsToLocal.getOrDefault(key.substring(IdentifierPolicy.NHS_PREFIX.length()), key);
			}
			result.add(new Alert(r.get("rule"), r.get("severity"), lower(r.get("user")), key,
					Instant.parse(r.get("time"))));
		}
		return result;
	}

	/** NHS number to hospital number, from the PAS export's patient_id and nhs_number columns. */
	static Map<String, String> crosswalk(String patientsCsv) {
		Map<String, String> result = new java.util.HashMap<>();
		for (Map<String, String> r : Csv.read(patientsCsv)) {
			String local = IdentifierPolicy.DEFAULT.key(r.get("patient_id"));
			String nhs = r.get("nhs_number");
			if (local != null && nhs != null && !nhs.isBlank()) {
				result.put(nhs.replace(" ", ""), local);
			}
		}
		return result;
	}

	static Result score(List<Plant> plants, List<Alert> alerts) {
		Map<String, int[]> byKind = new LinkedHashMap<>();
		RULES.keySet().forEach(k -> byKind.put(k, new int[2]));
		Set<Alert> explained = new HashSet<>();
		int plantedEvents = 0;
		for (Plant p : plants) {
			int[] c = byKind.computeIfAbsent(p.kind(), k -> new int[2]);
			c[0]++;
			plantedEvents += p.events();
			boolean found = false;
			for (Alert a : alerts) {
				if (matches(p, a)) {
					explained.add(a);
					found = true;
				}
			}
			if (found) {
				c[1]++;
			}
		}
		Map<String, Integer> falseByRule = new TreeMap<>();
		int falseAlerts = 0;
		for (Alert a : alerts) {
			if (!explained.contains(a)) {
				falseByRule.merge(a.rule(), 1, Integer::sum);
				falseAlerts++;
			}
		}
		return new Result(byKind, falseByRule, alerts.size(), falseAlerts, plantedEvents);
	}

	private static boolean matches(Plant p, Alert a) {
		Set<String> rules = RULES.getOrDefault(p.kind(), Set.of());
		if (!rules.contains(a.rule()) || p.user() == null || !p.user().equals(a.user())) {
			return false;
		}
		if (!ACCOUNT_KINDS.contains(p.kind()) && p.patientKey() != null && a.patientKey() != null
				&& !p.patientKey().equals(a.patientKey())) {
			return false;
		}
		Duration window = PERIOD_KINDS.contains(p.kind()) ? Duration.ofHours(24) : Duration.ofHours(1);
		return Duration.between(p.time(), a.time()).abs().compareTo(window) <= 0;
	}

	private static String lower(String s) {
		return s == null || s.isEmpty() ? null : s.toLowerCase(Locale.ROOT);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
