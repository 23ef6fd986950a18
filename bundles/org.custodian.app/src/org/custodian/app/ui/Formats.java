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

	private Formats() {
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
