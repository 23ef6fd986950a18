package org.custodian.audit.core.read;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.custodian.model.AuditCsvMapping;
import org.custodian.model.ModelFactory;

/**
 * Which column of a vendor's CSV audit report holds each access-event field, and the zone of its local times.
 * Fields not mapped are looked up under their own names (matched ignoring case, spaces, hyphens and
 * underscores), so a report whose headers already say "Time", "Event", "User ID" needs no mapping at all.
 * Saved per source as an {@link AuditCsvMapping} ({@link CsvMappings}).
 *
 * @param name    the mapping's name (the source it is for), or null for the built-in names
 * @param columns our field -> their column header
 * @param zone    the zone of times written without an offset
 */
public record CsvColumnMapping(String name, Map<String, String> columns, ZoneId zone) {
	/** The fields, as {@code field=Their column} names them. */
	public static final List<String> FIELDS = List.of("time", "event", "action", "outcome", "event_type", "user_id",
			"user_name", "host", "patient_id", "patient_name", "study_uid", "source", "detail");
	/** What every report must give. */
	public static final List<String> REQUIRED = List.of("time", "event");

	public CsvColumnMapping {
		Objects.requireNonNull(zone, "zone");
		columns = Map.copyOf(columns);
		for (String field : columns.keySet()) {
			if (!FIELDS.contains(field)) {
				throw new IllegalArgumentException("unknown field \"" + field + "\"; the fields are " + String.join(", ", FIELDS));
			}
		}
	}

	/** No mapping: the report's headers are our field names; local times are in this computer's zone. */
	public static CsvColumnMapping builtIn() {
		return new CsvColumnMapping(null, Map.of(), AuditReaders.TRUST_ZONE);
	}

	/**
	 * A mapping from {@code field=Their column} entries.
	 *
	 * @param zone the zone id, or null or blank for this computer's zone
	 * @throws IllegalArgumentException naming the entry, field or zone that is wrong
	 */
	public static CsvColumnMapping parse(String name, List<String> entries, String zone) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (String entry : entries) {
			int eq = entry.indexOf('=');
			if (eq <= 0 || eq == entry.length() - 1) {
				throw new IllegalArgumentException("\"" + entry + "\" is not field=Their column");
			}
			String field = entry.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
			columns.put(field, entry.substring(eq + 1).strip());
		}
		ZoneId id;
		try {
			id = zone == null || zone.isBlank() ? AuditReaders.TRUST_ZONE : ZoneId.of(zone.strip());
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("\"" + zone + "\" is not a time zone (write e.g. Europe/London)");
		}
		return new CsvColumnMapping(name, columns, id);
	}

	public static CsvColumnMapping of(AuditCsvMapping saved) {
		return parse(saved.getName(), saved.getColumns(), saved.getTimeZone());
	}

	/** The mapping as a model object to save (a new one; {@link CsvMappings#save} keeps the stored id). */
	AuditCsvMapping toModel() {
		AuditCsvMapping m = ModelFactory.eINSTANCE.createAuditCsvMapping();
		m.setName(name);
		columns.forEach((field, column) -> m.getColumns().add(field + "=" + column));
		m.setTimeZone(zone.getId());
		return m;
	}
}
