package org.custodian.app.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

/** How values read in every grid and report: dates as ISO days, times in the console's zone, enums in words. */
public final class Formats {
	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** What a date field accepts, said the same way wherever one is refused. */
	public static final String DAY_HINT = "Dates are written dd/mm/yyyy or yyyy-mm-dd, for example 31/03/2026.";
	// STRICT with uuuu: the lenient default would quietly turn 31/02/2026 into 28/02/2026
	private static final java.util.List<DateTimeFormatter> DAY_INPUT = java.util.stream.Stream
			.of("uuuu-MM-dd", "d/M/uuuu", "d.M.uuuu", "d-M-uuuu")
			.map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

	private Formats() {
	}

	/**
	 * A day as users type it: as UK users write it (31/03/2026, 31/3/2026, 31.03.2026, 31-03-2026) or as ISO
	 * (2026-03-31). Never month first: 03/04/2026 is the 3rd of April.
	 *
	 * @throws java.time.format.DateTimeParseException when the text is neither, or names a day that does not exist
	 */
	public static LocalDate parseDay(String text) {
		String t = text.strip();
		for (DateTimeFormatter f : DAY_INPUT) {
			try {
				return LocalDate.parse(t, f);
			} catch (java.time.format.DateTimeParseException e) {
				// try the next way of writing it
			}
		}
		throw new java.time.format.DateTimeParseException(DAY_HINT, t, 0);
	}

	public static String display(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Date d) {
			return DAY.format(d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
		}
		if (value instanceof LocalDate d) {
			return DAY.format(d);
		}
		if (value instanceof Instant i) {
			return TIME.format(i.atZone(ZoneId.systemDefault()));
		}
		if (value instanceof Enumerator e) {
			return words(e.getName());
		}
		if (value instanceof Boolean b) {
			return b ? "yes" : "no";
		}
		if (value instanceof Collection<?> c) {
			return c.stream().map(Formats::display).collect(Collectors.joining(", "));
		}
		return value.toString();
	}

	/** Abbreviations that stay in capitals when a constant is put into words. */
	private static final java.util.Set<String> ACRONYMS = java.util.Set.of("PACS", "DR", "VNA", "DPIA", "DSPT", "RIS",
			"CD", "USB", "IT", "IG", "NHS", "MDT");

	/** AIR_CONDITIONING_FAILURE -> "Air conditioning failure", PACS_VENDOR -> "PACS vendor". */
	public static String words(String constant) {
		StringBuilder out = new StringBuilder();
		for (String token : constant.split("_")) {
			if (token.isEmpty()) {
				continue;
			}
			String word = ACRONYMS.contains(token) ? token
					: out.length() == 0 ? token.charAt(0) + token.substring(1).toLowerCase() : token.toLowerCase();
			out.append(out.length() == 0 ? "" : " ").append(word);
		}
		return out.toString();
	}
}
