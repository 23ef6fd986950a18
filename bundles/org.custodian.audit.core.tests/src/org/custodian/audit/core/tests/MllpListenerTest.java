package org.custodian.audit.core.tests;

import static org.custodian.audit.core.tests.Hl7Messages.adt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.custodian.audit.core.feeds.hl7.Hl7Feed;
import org.custodian.audit.core.receive.MllpListener;
import org.custodian.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.uhn.hl7v2.llp.HL7Reader;
import ca.uhn.hl7v2.llp.HL7Writer;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;

/**
 * The live feed over a real MLLP socket on 127.0.0.1: each message is answered before the next is read, a
 * refused one gets its AR or AE, a sender that breaks the framing loses only its own connection, and TLS works
 * with the trust's key store.
 */
class MllpListenerTest {
	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
	private static final char[] PASSWORD = "changeit-mllp".toCharArray();
	@TempDir
	Path dir;
	private Store store;
	private MllpListener listener;
	private final List<String> log = new CopyOnWriteArrayList<>();

	@BeforeEach
	void open() throws Exception {
		store = Stores.created(dir);
	}

	@AfterEach
	void close() throws Exception {
		if (listener != null) {
			listener.close();
		}
		store.close();
	}

	@Test
	void everyMessageIsAnsweredInOrderAndABrokenSenderLosesOnlyItsConnection() throws Exception {
		listener = new MllpListener(new Hl7Feed(store, null), LOOPBACK, 0, null, null, log::add);
		listener.start();
		try (Socket s = new Socket(LOOPBACK, listener.port())) {
			s.setSoTimeout(10_000);
			MinLowerLayerProtocol llp = new MinLowerLayerProtocol();
			HL7Writer out = llp.getWriter(s.getOutputStream());
			HL7Reader in = llp.getReader(s.getInputStream());
			out.writeMessage(adt("A04", "LIVE1", "P0000021", "9434765900", "WILSON", "5 Abbey Lane"));
			assertTrue(in.getMessage().contains("MSA|AA|LIVE1"));
			out.writeMessage(adt("A04", "LIVE2", "P0000022", "9434765919", "WILSON", "5 Abbey Lane").replace("ADT^A04", "ADT^A17"));
			String refused = in.getMessage();
			assertTrue(refused.contains("MSA|AR|LIVE2") && refused.contains("ERR|"), refused);
			out.writeMessage(adt("A08", "LIVE3", "P0000021", "9434765900", "WILSON", "9 Abbey Lane"));
			assertTrue(in.getMessage().contains("MSA|AA|LIVE3"));
		}
		assertEquals("9 Abbey Lane, Hillsborough, Sheffield", store.patients().find("P0000021").orElseThrow().address());

		// a sender that starts a message and never ends its frame: that connection is closed, the listener goes on
		try (Socket s = new Socket(LOOPBACK, listener.port())) {
			s.setSoTimeout(10_000);
			OutputStream raw = s.getOutputStream();
			raw.write(("\u000BMSH|^~\\&|PAS|RXX|||20260302||ADT^A04|RAW1|P|2.4\rPID|1||P1").getBytes(StandardCharsets.US_ASCII));
			raw.flush();
			s.shutdownOutput();
			InputStream in = s.getInputStream();
			assertEquals(-1, readUntilEnd(in), "the connection that broke the framing is closed");
		}
		try (Socket s = new Socket(LOOPBACK, listener.port())) {
			s.setSoTimeout(10_000);
			MinLowerLayerProtocol llp = new MinLowerLayerProtocol();
			llp.getWriter(s.getOutputStream()).writeMessage(adt("A04", "LIVE4", "P0000023", "9434765927", "EVANS", "7 Abbey Lane"));
			assertTrue(llp.getReader(s.getInputStream()).getMessage().contains("MSA|AA|LIVE4"));
		}
		assertEquals(3, listener.accepted());
		assertEquals(1, listener.refused());
		assertTrue(log.stream().anyMatch(l -> l.contains("LIVE2") && l.contains("AR")), log.toString());
		assertTrue(log.stream().anyMatch(l -> l.contains("framing")), log.toString());
	}

	@Test
	void tlsWithTheTrustsKeyStore() throws Exception {
		Path keystore = TestKeyStore.create(dir, PASSWORD.clone());
		listener = new MllpListener(new Hl7Feed(store, null), LOOPBACK, 0, keystore, PASSWORD.clone(), log::add);
		listener.start();
		try (SSLSocket s = (SSLSocket) trusting(keystore).getSocketFactory().createSocket(LOOPBACK, listener.port())) {
			s.setSoTimeout(10_000);
			s.startHandshake();
			MinLowerLayerProtocol llp = new MinLowerLayerProtocol();
			llp.getWriter(s.getOutputStream()).writeMessage(adt("A04", "TLS1", "P0000031", "9434765935", "HUGHES", "8 Abbey Lane"));
			String ack = llp.getReader(s.getInputStream()).getMessage();
			assertTrue(ack.contains("MSA|AA|TLS1"), ack);
		}
		assertTrue(store.patients().find("P0000031^^^RXX").isPresent(), log.toString());
	}

	private static int readUntilEnd(InputStream in) throws Exception {
		int b;
		do {
			b = in.read();
		} while (b >= 0);
		return b;
	}

	private static SSLContext trusting(Path keystore) throws Exception {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
			keys.load(in, PASSWORD);
		}
		TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		tmf.init(keys);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, tmf.getTrustManagers(), null);
		return tls;
	}
}
