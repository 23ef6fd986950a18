package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.custodian.app.ui.Formats;
import org.junit.jupiter.api.Test;

/** Date fields read days as UK users type them, and as ISO, and refuse days that do not exist. */
class FormatsTest {

	@Test
	void readsTheDayFirstAsUkUsersWriteItAndIso() {
		LocalDate fourthOfMarch = LocalDate.of(2026, 3, 4);
		for (String typed : new String[] { "04/03/2026", "4/3/2026", " 04/03/2026 ", "04.03.2026", "04-03-2026",
				"2026-03-04" }) {
			assertEquals(fourthOfMarch, Formats.parseDay(typed), typed);
		}
	}

	@Test
	void refusesDaysThatDoNotExistAndMonthFirstDatesRatherThanGuessing() {
		for (String typed : new String[] { "31/02/2026", "29/02/2027", "03/13/2026", "2026-02-30", "tomorrow", "",
				"12/31/2026" }) {
			DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> Formats.parseDay(typed),
					typed);
			assertTrue(e.getMessage().contains("dd/mm/yyyy"), e.getMessage());
		}
		assertEquals(LocalDate.of(2028, 2, 29), Formats.parseDay("29/02/2028"));
	}
}
