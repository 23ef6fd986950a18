package org.custodian.audit.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.AuditRecordReader;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;
import org.custodian.store.AccessEvent;
import org.custodian.store.QuarantinedRecord;

/**
 * Reads a vendor's CSV audit report through a {@link CsvColumnMapping}, one row at a time
 * ({@link CsvTable}, which also reads the dates in the forms exports write). A row with a bad value is
 * quarantined naming its line and column; a file without the required columns is refused as a whole, naming
 * the columns it does have.
 */
public final class CsvAuditReader implements AuditRecordReader {
	public static final String FORMAT = "CSV";
	private static final List<String> ACTIONS = List.of("C", "R", "U", "D", "E");
	private static final List<Integer> OUTCOMES = List.of(0, 4, 8, 12);

	private final CountingInputStream counted;
	private final CsvTable table;
	private final Iterator<CsvRow> rows;
	private final CsvColumnMapping mapping;
	private final String sourceName;
	private final long totalBytes;
	private boolean ended;

	/**
	 * @throws IOException if the header cannot be read or lacks a required column (the message says which)
	 */
	public CsvAuditReader(InputStream in, String sourceName, long totalBytes, CsvColumnMapping mapping)
			throws IOException {
		this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
		this.mapping = Objects.requireNonNull(mapping, "mapping");
		this.totalBytes = totalBytes;
		this.counted = new CountingInputStream(in);
		try {
			this.table = CsvTable.read(new BufferedInputStream(counted), sourceName, CsvColumnMapping.REQUIRED,
					mapping.columns());
		} catch (RecordException e) {
			in.close();
			throw new IOException(e.getMessage()
					+ (mapping.name() == null ? " (give a saved column mapping with --mapping)" : ""), e);
		}
		this.rows = table.iterator();
	}

	public static CsvAuditReader open(Path file, CsvColumnMapping mapping) throws IOException {
		return new CsvAuditReader(Files.newInputStream(file), file.getFileName().toString(), Files.size(file), mapping);
	}

	@Override
	public AuditRecord next() throws IOException {
		if (ended) {
			return null;
		}
		CsvRow row;
		try {
			if (!rows.hasNext()) {
				ended = true;
				return null;
			}
			row = rows.next();
		} catch (RecordException e) {
			// the CSV syntax cannot be followed past here (an unclosed quote)
			ended = true;
			return quarantine(e, null);
		}
		try {
			return new AuditRecord.Event(event(row), "line " + row.line());
		} catch (RecordException e) {
			return quarantine(e, excerpt(row));
		}
	}

	private AccessEvent event(CsvRow row) {
		Instant time = row.instant("time", mapping.zone());
		if (time == null) {
			throw row.error("time", "is empty");
		}
		String action = row.get("action");
		if (action != null) {
			action = action.toUpperCase(Locale.ROOT);
			if (!ACTIONS.contains(action)) {
				throw row.error("action", "\"" + row.get("action") + "\" is not one of C, R, U, D, E");
			}
		}
		int outcome = row.integer("outcome", 0);
		if (!OUTCOMES.contains(outcome)) {
			throw row.error("outcome", "\"" + outcome + "\" is not one of 0, 4, 8, 12");
		}
		return new AccessEvent(time, row.required("event"), action, outcome, row.get("event_type"), row.get("user_id"),
				row.get("user_name"), row.get("host"), row.get("patient_id"), row.get("patient_name"),
				row.get("study_uid"), row.get("source"), row.get("detail"));
	}

	private AuditRecord quarantine(RecordException e, String excerpt) {
		String column = e.column() == null ? null : mapping.columns().getOrDefault(e.column(), e.column());
		String position = "line " + e.line() + (column != null ? ", column " + column : "");
		return new AuditRecord.Quarantined(new QuarantinedRecord(sourceName, position,
				"Line " + e.line() + " cannot be read: " + (column != null ? column + " " : "") + e.reason()
						+ (e.reason().endsWith(".") ? "" : "."),
				excerpt));
	}

	/** The row's mapped fields as read, to recognise it by. */
	private static String excerpt(CsvRow row) {
		StringBuilder s = new StringBuilder();
		for (String field : CsvColumnMapping.FIELDS) {
			String value;
			try {
				value = row.get(field);
			} catch (RecordException e) {
				value = "(not UTF-8)";
			}
			if (value != null) {
				s.append(s.isEmpty() ? "" : ", ").append(field).append('=').append(value);
			}
		}
		return s.toString();
	}

	@Override
	public long bytesRead() {
		return counted.count();
	}

	@Override
	public long totalBytes() {
		return totalBytes;
	}

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public void close() throws IOException {
		table.close();
	}
}
