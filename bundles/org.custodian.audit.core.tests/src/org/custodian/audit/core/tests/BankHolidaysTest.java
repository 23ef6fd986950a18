package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.custodian.audit.core.rules.BankHolidays;
import org.custodian.audit.core.rules.RuleSettings;
import org.custodian.audit.core.rules.RuleSettingsText;
import org.junit.jupiter.api.Test;

/**
 * The bank holidays of England and Wales against the dates the government published for 2020 to 2027,
 * substitute days and proclaimed changes among them, and the rule settings that make them out of hours.
 */
class BankHolidaysTest {
	private static Set<LocalDate> dates(String... iso) {
		return Set.copyOf(Stream.of(iso).map(LocalDate::parse).toList());
	}

	@Test
	void thePublishedDates() {
		assertEquals(dates("2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
				"2020-12-25", "2020-12-28"), BankHolidays.of(2020), "VE Day moved the early May holiday; Boxing Day on a Saturday");
		assertEquals(dates("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
				"2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"), BankHolidays.of(2022),
				"New Year on a Saturday, the Platinum Jubilee, the State Funeral, Christmas on a Sunday");
		assertEquals(dates("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
				"2023-08-28", "2023-12-25", "2023-12-26"), BankHolidays.of(2023), "the Coronation");
		assertEquals(dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
				"2025-12-25", "2025-12-26"), BankHolidays.of(2025));
		assertEquals(dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
				"2026-12-25", "2026-12-28"), BankHolidays.of(2026));
		assertEquals(dates("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
				"2027-12-27", "2027-12-28"), BankHolidays.of(2027), "Christmas on a Saturday");
	}

	@Test
	void aBankHolidayIsOutOfHoursAllDayUnlessTheTrustSaysOtherwise() {
		RuleSettings d = RuleSettings.defaults();
		assertTrue(d.dayOff(LocalDate.of(2026, 8, 31)), "the summer bank holiday");
		assertFalse(d.dayOff(LocalDate.of(2026, 9, 1)), "the Tuesday after it");
		assertTrue(d.dayOff(LocalDate.of(2026, 9, 5)), "a Saturday");

		RuleSettings none = RuleSettingsText.with(d, List.of("bankHolidays=none", "extraHolidays=2026-12-24"));
		assertFalse(none.dayOff(LocalDate.of(2026, 8, 31)));
		assertTrue(none.dayOff(LocalDate.of(2026, 12, 24)), "the trust's own closure");
		assertEquals("2026-12-24", RuleSettingsText.values(none).get("extraHolidays"));

		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
				() -> RuleSettingsText.with(d, List.of("extraHolidays=24/12/2026")));
		assertTrue(bad.getMessage().contains("YYYY-MM-DD"), bad.getMessage());
		assertThrows(IllegalArgumentException.class, () -> RuleSettingsText.with(d, List.of("bankHolidays=scotland")));
	}
}
