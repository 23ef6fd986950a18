package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Store;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The volume rule judges a day against the days the trail holds: a busy day in the first days of a trail has no
 * baseline yet and raises nothing, and a later day is compared with the average of the working days before it,
 * not with a month's total spread over thirty days the trail does not have.
 */
class VolumeRuleTest {
	@TempDir
	Path dir;
	private Store store;

	@BeforeEach
	void open() throws Exception {
		store = Stores.created(dir);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void aBusyDayIsJudgedAgainstTheWorkingDaysTheTrailHolds() throws Exception {
		StringBuilder trail = new StringBuilder(AuditXml.DECLARATION + "\n");
		// Monday 2 March 2026 onwards, 25 accesses a working day; 70 on the second day, too early to judge (one
		// day of trail before it); 70 on the Wednesday of the third week, under three times the 28.8 a working day
		// before it; 120 on its Thursday, over three times the 31.9 before it. Over thirty calendar days the
		// Thursday's average would be 13.8, and the Wednesday a busy day too.
		LocalDate first = LocalDate.of(2026, 3, 2);
		int n = 0;
		for (int d = 0; d < 18; d++) {
			LocalDate day = first.plusDays(d);
			if (day.getDayOfWeek().getValue() > 5) {
				continue;
			}
			int count = d == 1 ? 70 : d == 16 ? 70 : d == 17 ? 120 : 25;
			for (int i = 0; i < count; i++) {
				String time = day.atTime(9, 0).plusMinutes(i * 3L) + ":00Z";
				trail.append(AuditXml.viewing(time, "busy.radiologist", "P" + (n % 40), null, "1.2.826.0.1.9" + n++).xml());
			}
		}
		Path audit = Files.writeString(dir.resolve("busy.xml"), trail, StandardCharsets.UTF_8);
		new AuditLogImporter(store.events()).importFile(audit, new NullProgressMonitor());
		new RuleEngine(store).run(new NullProgressMonitor());

		List<Alert> volume = store.alerts().list(new AlertFilter(null, null, "busy.radiologist", null, "volume"), 0, 50);
		assertEquals(1, volume.size(), "one busy day, the Thursday of the third week: " + volume);
		assertTrue(volume.get(0).reason().contains("made 120 accesses on 2026-03-19"), volume.get(0).reason());
		assertTrue(volume.get(0).reason().contains("working days"), volume.get(0).reason());
	}
}
