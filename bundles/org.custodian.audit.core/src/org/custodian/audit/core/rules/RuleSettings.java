package org.custodian.audit.core.rules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the trust tunes in its detection rules: working hours, thresholds, windows, and which rules are off.
 * Stored as one text setting in the database, so every console sharing it applies the same rules.
 *
 * @param zone                   the trust's time zone, in which working hours are read
 * @param workStart              start of the working day
 * @param workEnd                end of the working day
 * @param workDays               working days; any time on other days is out of hours
 * @param outOfHoursPatients     distinct patients a user may open in one out-of-hours period before it is bulk
 * @param volumeFactor           a day's events above this multiple of the user's own (or the peers') daily mean
 * @param volumeMinimum          ... and at least this many events, before the volume rule fires
 * @param baselineDays           days before the day in question that make the baseline
 * @param failedLogins           failed log-ins by one user within the window that make a burst
 * @param failedLoginMinutes     the burst window
 * @param sharedAccountMinutes   one account used from two workstations within this many minutes
 * @param commonSurnameShare     a surname held by at least this share of the trust's patients is common, and a
 *                               shared common surname with nothing else alike raises nothing (0: every surname)
 * @param bankHolidays           whether the bank holidays of England and Wales are out of hours all day
 * @param extraHolidays          further days out of hours all day (a newly proclaimed bank holiday, a trust's
 *                               own closure)
 * @param disabled               rule ids the trust switched off
 */
public record RuleSettings(ZoneId zone, LocalTime workStart, LocalTime workEnd, Set<DayOfWeek> workDays,
		int outOfHoursPatients, double volumeFactor, int volumeMinimum, int baselineDays, int failedLogins,
		int failedLoginMinutes, int sharedAccountMinutes, double commonSurnameShare, boolean bankHolidays,
		Set<java.time.LocalDate> extraHolidays, Set<String> disabled) {

	public static final String SETTING = "rules.settings";

	public RuleSettings {
		workDays = Set.copyOf(workDays);
		extraHolidays = Set.copyOf(extraHolidays);
		disabled = Set.copyOf(disabled);
		if (!workEnd.isAfter(workStart)) {
			throw new IllegalArgumentException("the working day must end after it starts");
		}
		positive("out-of-hours patients", outOfHoursPatients);
		positive("volume minimum", volumeMinimum);
		positive("baseline days", baselineDays);
		positive("failed log-ins", failedLogins);
		positive("failed log-in minutes", failedLoginMinutes);
		positive("shared account minutes", sharedAccountMinutes);
		if (!(commonSurnameShare >= 0 && commonSurnameShare < 1)) {
			throw new IllegalArgumentException("the common surname share must be from 0 to below 1, not " + commonSurnameShare);
		}
		if (!(volumeFactor > 1)) {
			throw new IllegalArgumentException("the volume factor must be above 1, not " + volumeFactor);
		}
	}

	private static boolean holidays(String value) {
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
		case "england-and-wales" -> true;
		case "none" -> false;
		default -> throw new IllegalArgumentException("bankHolidays is england-and-wales or none, not " + value);
		};
	}

	private static java.time.LocalDate date(String value) {
		try {
			return java.time.LocalDate.parse(value);
		} catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException("extraHolidays takes dates as YYYY-MM-DD, not " + value);
		}
	}

	private static void positive(String what, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(what + " must be at least 1, not " + value);
		}
	}

	/**
	 * NHS defaults: 08:00 to 18:00 on weekdays, London time. A surname is common when one patient in a thousand
	 * has it: in England and Wales that is about the hundred commonest, from Smith (over 1 %) down.
	 */
	public static RuleSettings defaults() {
		return new RuleSettings(ZoneId.of("Europe/London"), LocalTime.of(8, 0), LocalTime.of(18, 0),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 10, 3.0, 50, 30, 5, 10, 5, 0.001, true, Set.of(), Set.of());
	}

	/** True when the whole day is out of hours: not a working day, a bank holiday, or one of the extra days. */
	public boolean dayOff(java.time.LocalDate day) {
		return !workDays.contains(day.getDayOfWeek()) || (bankHolidays && BankHolidays.isHoliday(day))
				|| extraHolidays.contains(day);
	}

	public boolean enabled(String ruleId) {
		return !disabled.contains(ruleId);
	}

	/** As stored: Java properties text. */
	public String write() {
		Properties p = new Properties();
		p.setProperty("zone", zone.getId());
		p.setProperty("workStart", workStart.toString());
		p.setProperty("workEnd", workEnd.toString());
		p.setProperty("workDays", new TreeSet<>(workDays).stream().map(Enum::name).collect(Collectors.joining(",")));
		p.setProperty("outOfHoursPatients", String.valueOf(outOfHoursPatients));
		p.setProperty("volumeFactor", String.valueOf(volumeFactor));
		p.setProperty("volumeMinimum", String.valueOf(volumeMinimum));
		p.setProperty("baselineDays", String.valueOf(baselineDays));
		p.setProperty("failedLogins", String.valueOf(failedLogins));
		p.setProperty("failedLoginMinutes", String.valueOf(failedLoginMinutes));
		p.setProperty("sharedAccountMinutes", String.valueOf(sharedAccountMinutes));
		p.setProperty("commonSurnameShare", String.valueOf(commonSurnameShare));
		p.setProperty("bankHolidays", bankHolidays ? "england-and-wales" : "none");
		p.setProperty("extraHolidays", new TreeSet<>(extraHolidays).stream().map(Object::toString).collect(Collectors.joining(",")));
		p.setProperty("disabled", String.join(",", new TreeSet<>(disabled)));
		return SettingText.store(p);
	}

	/** Reads stored settings; anything missing takes its default. */
	public static RuleSettings read(String text) {
		RuleSettings d = defaults();
		if (text == null || text.isBlank()) {
			return d;
		}
		Properties p = SettingText.load(text);
		Set<DayOfWeek> days = p.containsKey("workDays") ? p.getProperty("workDays").isBlank()
				? Set.of()
				: java.util.Arrays.stream(p.getProperty("workDays").split(",")).map(String::strip)
						.map(DayOfWeek::valueOf).collect(Collectors.toSet())
				: d.workDays();
		Set<java.time.LocalDate> extra = p.getProperty("extraHolidays", "").isBlank() ? Set.of()
				: java.util.Arrays.stream(p.getProperty("extraHolidays").split(",")).map(String::strip)
						.map(RuleSettings::date).collect(Collectors.toSet());
		Set<String> disabled = p.getProperty("disabled", "").isBlank() ? Set.of()
				: java.util.Arrays.stream(p.getProperty("disabled").split(",")).map(String::strip)
						.collect(Collectors.toSet());
		return new RuleSettings(ZoneId.of(p.getProperty("zone", d.zone().getId())),
				LocalTime.parse(p.getProperty("workStart", d.workStart().toString())),
				LocalTime.parse(p.getProperty("workEnd", d.workEnd().toString())), days,
				Integer.parseInt(p.getProperty("outOfHoursPatients", "" + d.outOfHoursPatients())),
				Double.parseDouble(p.getProperty("volumeFactor", "" + d.volumeFactor())),
				Integer.parseInt(p.getProperty("volumeMinimum", "" + d.volumeMinimum())),
				Integer.parseInt(p.getProperty("baselineDays", "" + d.baselineDays())),
				Integer.parseInt(p.getProperty("failedLogins", "" + d.failedLogins())),
				Integer.parseInt(p.getProperty("failedLoginMinutes", "" + d.failedLoginMinutes())),
				Integer.parseInt(p.getProperty("sharedAccountMinutes", "" + d.sharedAccountMinutes())),
				Double.parseDouble(p.getProperty("commonSurnameShare", "" + d.commonSurnameShare())),
				holidays(p.getProperty("bankHolidays", "england-and-wales")), extra, disabled);
	}
}
