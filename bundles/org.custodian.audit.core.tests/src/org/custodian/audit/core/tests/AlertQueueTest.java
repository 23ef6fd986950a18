package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.custodian.audit.core.review.AlertQueue;
import org.custodian.audit.core.review.TrailReview;
import org.custodian.model.ConsoleRole;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.NewAlert;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert queue and the trail as the UI reaches them, through the Access service and never the store: each
 * call is refused to a role that may not make it, and a dismissal is on the console trail.
 */
class AlertQueueTest {
	private static final String PASSWORD = "a long enough pass phrase";
	@TempDir
	Path dir;
	private Store store;

	@AfterEach
	void close() {
		if (store != null) {
			store.close();
		}
	}

	private void signIn(String user) {
		store.close();
		store.open(DatabaseConfig.at(dir.resolve("db").toString(), user, PASSWORD.toCharArray(),
				TestDatabases.BOOT.toCharArray()));
	}

	@Test
	void eachRoleMayDoWhatItsPermissionsSayAndADismissalIsOnTheTrail() throws Exception {
		store = Stores.created(dir);
		store.users().create("auditor", PASSWORD.toCharArray(), ConsoleRole.AUDITOR, null);
		store.users().create("itlead", PASSWORD.toCharArray(), ConsoleRole.IT_SECURITY_LEAD, null);
		store.users().create("cg", PASSWORD.toCharArray(), ConsoleRole.CALDICOTT_GUARDIAN, null);
		store.alerts().raise(List.of(new NewAlert("after-hours", "MEDIUM", "jsmith", "P0002061",
				Instant.parse("2026-03-01T02:00:00Z"), 1, "looked at 02:00", "k1")));

		signIn("auditor");
		AlertQueue queue = new AlertQueue(store);
		assertEquals(1, queue.count(AlertFilter.ALL), "an auditor sees the queue");
		long id = queue.list(AlertFilter.ALL, 0, 10).get(0).id();
		assertThrows(StoreException.class, () -> queue.dismiss(List.of(id)), "an auditor cannot work on it");

		signIn("itlead");
		AlertQueue notTheirs = new AlertQueue(store);
		assertThrows(StoreException.class, () -> notTheirs.count(AlertFilter.ALL), "the IT lead sees no patient");
		assertThrows(StoreException.class, () -> new TrailReview(store).auditLogUsed(10));
		assertTrue(new TrailReview(store).verify().intact(), "but may check the console's own trail");

		signIn("cg");
		new AlertQueue(store).dismiss(List.of(id));
		assertEquals(Alert.DISMISSED, new AlertQueue(store).list(AlertFilter.ALL, 0, 10).get(0).status());
		assertTrue(new TrailReview(store).newest(5).stream()
				.anyMatch(e -> e.action().equals("dismiss alerts") && e.user().equals("cg")), "the trail says who");
	}
}
