package org.custodian.report.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One record of a {@link CsvTable}, read by column name. Values are trimmed; an empty cell is null. The typed
 * getters accept what exports from HR, RIS and PACS systems actually write and throw a {@link RecordException}
 * naming the line and column otherwise.
 */
public final class CsvRow {
	// STRICT: the default resolver quietly turns 31/02 into 28/02, which would put a wrong date into evidence
	private static final List<DateTimeFormatter> DATES = strict(List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
			DateTimeFormatter.ofPattern("dd-MM-uuuu"), DateTimeFormatter.ofPattern("uuuuMMdd"),
			DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.UK), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK)));
	private static final List<DateTimeFormatter> DATE_TIMES = strict(List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
			DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]"),
			DateTimeFormatter.ofPattern("uuuuMMddHHmmss")));

	/**
	 * Longest cell read: far beyond any name, note or identifier an export holds, and within what the database
	 * keeps in one text column (32,672), so one broken cell is refused with its line rather than failing the
	 * save of every good record read with it.
	 */
	public static final int MAX_CELL = 32_000;

	private final String source;
	private final long line;
	private final List<String> values;
	private final Map<String, Integer> index;

	CsvRow(String source, long line, List<String> values, Map<String, Integer> index) {
		this.source = source;
		this.line = line;
		this.values = values;
		this.index = index;
	}

	public String source() {
		return source;
	}

	/** The line the record starts on (the header is line 1). */
	public long line() {
		return line;
	}

	/** True when the table has the column. */
	public boolean has(String column) {
		return index.containsKey(CsvTable.key(column));
	}

	/** The trimmed value, or null when the cell is empty or the column absent. */
	public String get(String column) {
		Integer i = index.get(CsvTable.key(column));
		if (i == null || i >= values.size()) {
			return null;
		}
		String v = values.get(i).strip();
		if (v.length() > MAX_CELL) {
			throw error(column, "is " + String.format("%,d", v.length()) + " characters long; a cell holds at most "
					+ String.format("%,d", MAX_CELL));
		}
		if (v.indexOf('\uFFFD') >= 0) {
			throw error(column, "is not UTF-8 text (save the file as CSV UTF-8)");
		}
		return v.isEmpty() ? null : v;
	}

	/** The value, which must be there. */
	public String required(String column) {
		String v = get(column);
		if (v == null) {
			throw error(column, "is empty");
		}
		return v;
	}

	/** A date in one of the formats exports use (2026-03-31, 31/03/2026, 20260331, 31-Mar-2026), or null. */
	public LocalDate date(String column) {
		String v = get(column);
		if (v == null) {
			return null;
		}
		for (DateTimeFormatter f : DATES) {
			try {
				return LocalDate.parse(v, f);
			} catch (DateTimeParseException e) {
				// next format
			}
		}
		// a date-time where a date is expected: take its date
		Instant instant = tryInstant(v, ZoneId.systemDefault());
		if (instant != null) {
			return LocalDate.ofInstant(instant, ZoneId.systemDefault());
		}
		throw error(column, "\"" + v + "\" is not a date (write YYYY-MM-DD or DD/MM/YYYY)");
	}

	public LocalDate requiredDate(String column) {
		required(column);
		return date(column);
	}

	/** A point in time: ISO with offset, or a local date-time read in the given zone; null when empty. */
	public Instant instant(String column, ZoneId zone) {
		String v = get(column);
		if (v == null) {
			return null;
		}
		Instant instant = tryInstant(v, zone);
		if (instant == null) {
			throw error(column, "\"" + v + "\" is not a date and time (write YYYY-MM-DDTHH:MM:SS)");
		}
		return instant;
	}

	private static Instant tryInstant(String v, ZoneId zone) {
		try {
			return OffsetDateTime.parse(v).toInstant();
		} catch (DateTimeParseException e) {
			// local forms below
		}
		for (DateTimeFormatter f : DATE_TIMES) {
			try {
				return LocalDateTime.parse(v, f).atZone(zone).toInstant();
			} catch (DateTimeParseException e) {
				// next format
			}
		}
		return null;
	}

	/** A whole number, or the default when empty. */
	public int integer(String column, int ifEmpty) {
		String v = get(column);
		if (v == null) {
			return ifEmpty;
		}
		try {
			return Integer.parseInt(v);
		} catch (NumberFormatException e) {
			throw error(column, "\"" + v + "\" is not a whole number");
		}
	}

	/** yes/no, y/n, true/false, 1/0 (any case); the default when empty. */
	public boolean bool(String column, boolean ifEmpty) {
		String v = get(column);
		if (v == null) {
			return ifEmpty;
		}
		return switch (v.toLowerCase(Locale.ROOT)) {
		case "yes", "y", "true", "t", "1" -> true;
		case "no", "n", "false", "f", "0" -> false;
		default -> throw error(column, "\"" + v + "\" is not yes or no");
		};
	}

	/** One of the enum's literals, matched ignoring case, spaces and hyphens; the default when empty. */
	public <E extends Enum<E>> E choice(String column, Class<E> type, E ifEmpty) {
		String v = get(column);
		if (v == null) {
			return ifEmpty;
		}
		String wanted = v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(wanted)) {
				return e;
			}
		}
		StringBuilder allowed = new StringBuilder();
		for (E e : type.getEnumConstants()) {
			allowed.append(allowed.isEmpty() ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
		}
		throw error(column, "\"" + v + "\" is not one of " + allowed);
	}

	private static List<DateTimeFormatter> strict(List<DateTimeFormatter> formats) {
		return formats.stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
	}

	/** An error about this record's column, for the caller to throw or quarantine. */
	public RecordException error(String column, String reason) {
		return new RecordException(source, line, column, reason);
	}
}
