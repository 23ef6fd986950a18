package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.receive.ReceiverConfig;
import org.custodian.audit.core.receive.SyslogReceiver;
import org.custodian.store.EventFilter;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live receiver on 127.0.0.1 with free ports, fed by senders in the test over plain TCP (both framings),
 * UDP and TLS with a key store made for the test, writing to a real encrypted Derby database.
 */
class SyslogReceiverTest {
	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
	private static final char[] PASSWORD = "receiver test".toCharArray();

	@TempDir
	Path dir;
	private TestDatabase db;
	private SyslogReceiver receiver;
	private final List<String> log = new CopyOnWriteArrayList<>();

	@BeforeEach
	void open() {
		db = new TestDatabase(dir);
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (receiver != null) {
			receiver.close();
		}
		db.shutdown();
	}

	private static byte[] message(int n) {
		return Syslog.audit(AuditXml.viewing(Instant.parse("2026-03-01T08:00:00Z").plusSeconds(n).toString(), "user" + n,
				"PAT" + n, null, "1.2.826.0.1." + n).xml());
	}

	private SyslogReceiver start(Path keystore, int udpPort, int batch, Duration window) throws IOException {
		receiver = new SyslogReceiver(db.events, new ReceiverConfig(LOOPBACK, 0, keystore,
				keystore == null ? null : PASSWORD.clone(), udpPort, batch, window, ZoneId.of("UTC")), log::add);
		receiver.start();
		return receiver;
	}

	/** Waits (boundedly) until the count reaches the wanted value. */
	private static void await(LongSupplier count, long wanted) throws InterruptedException {
		for (int i = 0; i < 400 && count.getAsLong() < wanted; i++) {
			Thread.sleep(50);
		}
		assertEquals(wanted, count.getAsLong());
	}

	private void send(Socket socket, byte[] bytes) throws IOException {
		try (socket) {
			OutputStream out = socket.getOutputStream();
			out.write(bytes);
			out.flush();
		}
	}

	@Test
	void tcpInBothFramingsAndUdpLandInOneRunWithBadFramesQuarantined() throws Exception {
		start(null, 0, 2, ReceiverConfig.DEFAULT_WINDOW);
		Socket counted = new Socket(LOOPBACK, receiver.tcpPort());
		int localPort = counted.getLocalPort();
		send(counted, Syslog.octetCounted(message(1), Syslog.message("ACCESS", "-", false, "hello"), message(2),
				message(3)));
		send(new Socket(LOOPBACK, receiver.tcpPort()), Syslog.lines(message(4), message(5)));
		try (DatagramSocket udp = new DatagramSocket()) {
			byte[] m = message(6);
			udp.send(new DatagramPacket(m, m.length, new InetSocketAddress(LOOPBACK, receiver.udpPort())));
		}
		await(receiver::received, 7);
		receiver.close();

		ImportReport report = receiver.report();
		assertEquals(ImportRun.COMPLETED, report.status());
		assertEquals(6, report.imported(), report + " " + log);
		assertEquals(1, report.quarantined());
		assertEquals(6, db.events.count(EventFilter.ALL));
		assertEquals(1, db.events.count(new EventFilter("PAT6", null, null, null)), "the datagram's event");
		QuarantinedRecord q = db.events.quarantine(report.importId()).get(0);
		assertEquals("syslog from 127.0.0.1:" + localPort, q.source());
		assertEquals("frame 2 at byte " + Syslog.frame(message(1)).length, q.position());
		assertTrue(q.reason().contains("MSGID \"ACCESS\""), q.reason());
		ImportRun run = db.events.importRun(report.importId());
		assertEquals("syslog", run.format());
		assertTrue(run.source().startsWith("syslog on 127.0.0.1 TCP port "), run.source());
		assertTrue(log.stream().anyMatch(l -> l.endsWith(localPort + " connected")), log.toString());
	}

	@Test
	void eventsAreStoredWithinTheBatchWindowWhileTheSenderStaysConnected() throws Exception {
		start(null, -1, 1000, Duration.ofMillis(100));
		try (Socket sender = new Socket(LOOPBACK, receiver.tcpPort())) {
			sender.getOutputStream().write(Syslog.frame(message(1)));
			sender.getOutputStream().flush();
			// far fewer than a batch: only the window commits it
			await(() -> db.events.count(EventFilter.ALL), 1);
			sender.getOutputStream().write(Syslog.frame(message(2)));
			sender.getOutputStream().flush();
			await(() -> db.events.count(EventFilter.ALL), 2);
		}
	}

	@Test
	void tlsWithTheUsersKeyStoreAndMessagesSentAgainAreDuplicates() throws Exception {
		Path keystore = TestKeyStore.create(dir, PASSWORD);
		start(keystore, -1, 100, Duration.ofMillis(200));
		assertTrue(String.valueOf(receiver.report()).equals("null"));
		SSLContext client = trusting(keystore);
		for (int round = 0; round < 2; round++) {
			SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket(LOOPBACK, receiver.tcpPort());
			socket.startHandshake();
			assertTrue(socket.getSession().getProtocol().matches("TLSv1\\.[23]"), socket.getSession().getProtocol());
			send(socket, Syslog.octetCounted(message(1), message(2)));
			await(receiver::received, 2L * (round + 1));
		}
		receiver.close();
		ImportReport report = receiver.report();
		assertEquals(2, report.imported());
		assertEquals(2, report.duplicates(), "the same messages again add nothing: " + report + " " + log);
		assertEquals(2, db.events.count(EventFilter.ALL));
		assertTrue(db.events.importRun(report.importId()).source().contains("TLS port"));

		// a sender that does not speak TLS gets nothing in
		receiver = null;
		start(keystore, -1, 100, Duration.ofMillis(200));
		send(new Socket(LOOPBACK, receiver.tcpPort()), Syslog.frame(message(3)));
		receiver.close();
		assertEquals(0, receiver.report().imported());
		assertEquals(2, db.events.count(EventFilter.ALL));
	}

	private static SSLContext trusting(Path keystore) throws Exception {
		KeyStore keys;
		try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
			keys = KeyStore.getInstance("PKCS12");
			keys.load(in, PASSWORD);
		}
		TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		tmf.init(keys);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, tmf.getTrustManagers(), null);
		return tls;
	}
}
