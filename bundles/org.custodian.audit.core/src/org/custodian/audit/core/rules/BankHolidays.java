package org.custodian.audit.core.rules;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales, worked out for any year by the rules that set them (the Banking and
 * Financial Dealings Act 1971 and the royal proclamations that follow it): New Year's Day, Good Friday, Easter
 * Monday, the early May and spring bank holidays (first and last Monday of May), the summer bank holiday (last
 * Monday of August), Christmas Day and Boxing Day, each moved to the next weekday when it falls at a weekend.
 * The one-off changes proclaimed since 2012 are listed; a trust adds a future one as a rule setting
 * ({@code extraHolidays}) until a release knows it. A bank holiday is out of hours all day, like a weekend.
 */
public final class BankHolidays {
	/** Proclaimed changes: a date moved (from, to) or added (null, to). */
	private static final LocalDate[][] CHANGES = {
			{ LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4) }, { null, LocalDate.of(2012, 6, 5) }, // Diamond Jubilee
			{ LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8) }, // VE Day 75
			{ LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2) }, { null, LocalDate.of(2022, 6, 3) }, // Platinum Jubilee
			{ null, LocalDate.of(2022, 9, 19) }, // the State Funeral of Queen Elizabeth II
			{ null, LocalDate.of(2023, 5, 8) }, // the Coronation of King Charles III
	};
	private static final Map<Integer, Set<LocalDate>> BY_YEAR = new HashMap<>();

	private BankHolidays() {
	}

	/** True when the date is a bank holiday in England and Wales. */
	public static boolean isHoliday(LocalDate date) {
		Set<LocalDate> year;
		synchronized (BY_YEAR) {
			year = BY_YEAR.computeIfAbsent(date.getYear(), BankHolidays::of);
		}
		return year.contains(date);
	}

	/** The bank holidays of one year, in order. */
	public static Set<LocalDate> of(int year) {
		TreeSet<LocalDate> days = new TreeSet<>();
		days.add(weekday(LocalDate.of(year, 1, 1)));
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(MONDAY)));
		days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(MONDAY)));
		days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(MONDAY)));
		LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
		DayOfWeek c = christmas.getDayOfWeek();
		if (c == SATURDAY) {
			days.add(christmas.plusDays(2)); // Monday for Christmas, Tuesday for Boxing Day
			days.add(christmas.plusDays(3));
		} else if (c == SUNDAY) {
			days.add(christmas.plusDays(1)); // Boxing Day on Monday, Christmas on Tuesday
			days.add(christmas.plusDays(2));
		} else {
			days.add(christmas);
			days.add(weekday(christmas.plusDays(1)));
		}
		for (LocalDate[] change : CHANGES) {
			if (change[1].getYear() == year) {
				if (change[0] != null) {
					days.remove(change[0]);
				}
				days.add(change[1]);
			}
		}
		return days;
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	private static LocalDate weekday(LocalDate d) {
		return switch (d.getDayOfWeek()) {
		case SATURDAY -> d.plusDays(2);
		case SUNDAY -> d.plusDays(1);
		default -> d;
		};
	}
}
