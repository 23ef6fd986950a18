package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.custodian.audit.core.receive.ReceiverConfig;
import org.custodian.audit.core.receive.SyslogReceiver;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.store.AlertFilter;
import org.custodian.store.Store;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live events raise alerts as imported files do: the syslog receiver runs the detection rules over what it
 * stored, over a real TCP connection on 127.0.0.1, into the console's real Store service.
 */
class ReceiverRulesTest {
	@TempDir
	Path dir;
	private Store store;
	private final List<String> log = new CopyOnWriteArrayList<>();

	@BeforeEach
	void open() throws Exception {
		store = Stores.created(dir);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void messagesReceivedLiveAreCheckedByTheRules() throws Exception {
		InetAddress loopback = InetAddress.getLoopbackAddress();
		SyslogReceiver receiver = new SyslogReceiver(store.events(), new ReceiverConfig(loopback, 0, null, null, -1, 50,
				ReceiverConfig.DEFAULT_WINDOW, ZoneId.of("UTC")), log::add,
				() -> new RuleEngine(store).run(new NullProgressMonitor()));
		receiver.start();
		try (Socket s = new Socket(loopback, receiver.tcpPort())) {
			OutputStream out = s.getOutputStream();
			for (int n = 0; n < 20; n++) {
				// viewings at night with no care relationship recorded: the rules have something to say
				out.write(Syslog.lines(Syslog.audit(AuditXml.viewing(Instant.parse("2026-03-01T02:00:00Z").plusSeconds(60L * n)
						.toString(), "nightowl", "PAT" + n, null, "1.2.826.0.1." + n).xml())));
			}
			out.flush();
		}
		for (int i = 0; i < 200 && receiver.received() < 20; i++) {
			Thread.sleep(50);
		}
		receiver.close();
		assertEquals(20, receiver.report().imported(), log.toString());
		long alerts = store.alerts().list(AlertFilter.ALL, 0, 10_000).size();
		assertTrue(alerts > 0, "the receiver ran the rules over what it stored: " + log);
		assertTrue(store.alerts().list(AlertFilter.ALL, 0, 10_000).stream().allMatch(a -> "nightowl".equals(a.userId())
				|| a.userId() == null), "alerts are about the events received");
	}
}
