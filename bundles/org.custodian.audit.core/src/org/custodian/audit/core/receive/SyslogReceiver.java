package org.custodian.audit.core.receive;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;


import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.read.SyslogAuditReader;
import org.custodian.audit.core.read.SyslogDecoder;
import org.custodian.store.AccessEventStore;
import org.custodian.store.ImportRun;

/**
 * Receives IHE ATNA audit messages live and writes them to the database through the same
 * {@link AuditLogImporter} as file imports, as one import run for the receiver's life: TLS (RFC 5425) or plain
 * TCP, octet-counted or newline-framed (decided per connection by its first bytes, {@link SyslogAuditReader}),
 * and optionally UDP (RFC 5426, one message per datagram).
 * <p>
 * Connections put records on a bounded queue (a full queue slows the senders down rather than growing);
 * one writer thread commits them in batches of at most {@link ReceiverConfig#batchSize()} events, and at
 * least every {@link ReceiverConfig#batchWindow()} while events wait, so the database is never far behind.
 * {@link #close()} stops listening, lets open connections finish what they sent, commits the rest and ends
 * the run.
 */
public final class SyslogReceiver implements AutoCloseable {
	private static final int QUEUE = 10_000;
	private static final int MAX_DATAGRAM = 65_535;
	private static final long POLL_MS = 50;
	/** How long {@link #close()} lets open connections deliver what is on the wire. */
	private static final long DRAIN_MS = 2_000;

	private final ReceiverConfig config;
	private final AuditLogImporter importer;
	private final Consumer<String> log;
	private final BlockingQueue<AuditRecord> queue = new ArrayBlockingQueue<>(QUEUE);
	private final Connections connections;
	private final AtomicLong received = new AtomicLong();
	private final AtomicLong datagrams = new AtomicLong();
	private volatile boolean running;
	private volatile boolean stopWriter;
	private ServerSocket server;
	private DatagramSocket udp;
	private Thread acceptor;
	private Thread udpReader;
	private Thread writer;
	private volatile AuditLogImporter.Run run;
	private volatile ImportReport report;
	/** Runs the detection rules over what is new; called on the writer thread (see {@link #afterCommit}). */
	private final Runnable rules;
	private long rulesRan;
	/** The shortest time between two rule runs while messages keep arriving. */
	static final long RULES_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

	/**
	 * @param store where events go
	 * @param log   receives one line per connection opened or closed, and per problem
	 */
	public SyslogReceiver(AccessEventStore store, ReceiverConfig config, Consumer<String> log) {
		this(store, config, log, () -> {
		});
	}

	/**
	 * @param rules runs the detection rules over the events stored since their last run: called on the writer
	 *              thread after a commit, at most every few seconds while messages keep coming, and once more
	 *              when the receiver closes, so live events raise alerts as imported files do
	 */
	public SyslogReceiver(AccessEventStore store, ReceiverConfig config, Consumer<String> log, Runnable rules) {
		this.config = Objects.requireNonNull(config, "config");
		this.importer = new AuditLogImporter(store, config.batchSize());
		this.log = Objects.requireNonNull(log, "log");
		this.rules = Objects.requireNonNull(rules, "rules");
		this.connections = new Connections("syslog", log);
	}

	/**
	 * Opens the ports and starts receiving.
	 *
	 * @throws IOException if a port cannot be opened or the key store cannot be read (the message says which)
	 */
	public synchronized void start() throws IOException {
		if (running) {
			throw new IllegalStateException("the receiver is running");
		}
		try {
			if (config.tcpPort() >= 0) {
				server = config.tls() ? tlsServer() : new ServerSocket();
				server.setReuseAddress(true);
				server.bind(new InetSocketAddress(config.bind(), config.tcpPort()));
			}
			if (config.udpPort() >= 0) {
				udp = new DatagramSocket(new InetSocketAddress(config.bind(), config.udpPort()));
			}
		} catch (IOException e) {
			closeQuietly();
			throw e;
		}
		run = importer.begin("syslog receiver", location(), SyslogAuditReader.FORMAT);
		running = true;
		writer = Thread.ofPlatform().name("syslog-writer").start(this::write);
		if (server != null) {
			acceptor = Thread.ofPlatform().name("syslog-tcp").start(this::accept);
		}
		if (udp != null) {
			udpReader = Thread.ofPlatform().name("syslog-udp").start(this::receiveDatagrams);
		}
	}

	/** The TCP port listened on (the free one chosen for port 0), or -1. */
	public int tcpPort() {
		return server == null ? -1 : server.getLocalPort();
	}

	/** The UDP port listened on, or -1. */
	public int udpPort() {
		return udp == null ? -1 : udp.getLocalPort();
	}

	/** Records received so far (events and quarantined ones), committed or not. */
	public long received() {
		return received.get();
	}

	/** Events stored so far. */
	public long imported() {
		AuditLogImporter.Run r = run;
		return r == null ? 0 : r.imported();
	}

	/** The run's outcome once closed; null while running. */
	public ImportReport report() {
		return report;
	}

	/** Stops listening, lets open connections deliver what they sent, stores everything received, ends the run. */
	@Override
	public void close() throws InterruptedException {
		synchronized (this) {
			if (!running) {
				return;
			}
			running = false;
		}
		closeQuietly();
		join(acceptor, DRAIN_MS);
		join(udpReader, DRAIN_MS);
		connections.closeAll(DRAIN_MS);
		// not an interrupt: Derby must never see one in the middle of a commit
		stopWriter = true;
		writer.join();
	}

	private String location() {
		StringBuilder s = new StringBuilder("syslog on ").append(config.bind().getHostAddress());
		if (server != null) {
			s.append(config.tls() ? " TLS port " : " TCP port ").append(tcpPort());
		}
		if (udp != null) {
			s.append(server != null ? " and" : "").append(" UDP port ").append(udpPort());
		}
		return s.toString();
	}

	private ServerSocket tlsServer() throws IOException {
		return TlsServerSockets.create(config.keystore(), config.keystorePassword());
	}

	private void accept() {
		connections.acceptAll(server, () -> running, this::readConnection);
	}

	/** One connection's messages into the queue (Connections logs, and closes the socket after). */
	private void readConnection(Socket socket, String peer) throws IOException, InterruptedException {
		try (InputStream in = socket.getInputStream();
				SyslogAuditReader reader = new SyslogAuditReader(in, "syslog from " + peer, -1, config.zone())) {
			for (AuditRecord r = reader.next(); r != null; r = reader.next()) {
				enqueue(r);
			}
		}
	}

	private void receiveDatagrams() {
		SyslogDecoder decoder = new SyslogDecoder("syslog over UDP", config.zone());
		byte[] buffer = new byte[MAX_DATAGRAM];
		while (running) {
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				udp.receive(packet);
				byte[] message = Arrays.copyOfRange(buffer, packet.getOffset(), packet.getOffset() + packet.getLength());
				List<AuditRecord> records = decoder.decodeDatagram(message, datagrams.incrementAndGet());
				for (AuditRecord r : records) {
					enqueue(r);
				}
			} catch (IOException e) {
				if (running) {
					log.accept("syslog: receiving a datagram failed: " + e.getMessage());
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void enqueue(AuditRecord r) throws InterruptedException {
		queue.put(r);
		received.incrementAndGet();
	}

	/** The one thread that commits: a batch when it is full or its oldest record has waited the window. */
	private void write() {
		AuditLogImporter.Run current = run;
		long windowNanos = config.batchWindow().toNanos();
		long oldest = 0;
		boolean stopping = false;
		while (true) {
			stopping |= stopWriter;
			AuditRecord r = null;
			try {
				r = stopping ? queue.poll() : queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				stopping = true;
			}
			if (r != null) {
				if (current.pending() == 0) {
					oldest = System.nanoTime();
				}
				current.add(r);
			}
			boolean due = current.pending() > 0
					&& (current.pending() >= config.batchSize() || System.nanoTime() - oldest >= windowNanos);
			if (due || (stopping && r == null)) {
				try {
					current.commit();
					afterCommit(stopping);
				} catch (RuntimeException e) {
					// the batch stays pending and is tried again; the database may come back
					log.accept("syslog: storing received events failed: " + e.getMessage());
					if (stopping) {
						current.fail(e);
						return;
					}
					sleep();
				}
			}
			if (stopping && r == null && current.pending() == 0) {
				report = current.finish(ImportRun.COMPLETED);
				afterCommit(true);
				return;
			}
		}
	}

	/** Runs the rules when they are due (or always when stopping); a failure is told, never stops receiving. */
	private void afterCommit(boolean force) {
		long now = System.nanoTime();
		if (!force && rulesRan != 0 && now - rulesRan < RULES_EVERY_NANOS) {
			return;
		}
		rulesRan = now;
		try {
			rules.run();
		} catch (RuntimeException e) {
			log.accept("syslog: the detection rules could not run over the received events: " + e.getMessage());
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL_MS * 10);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void closeQuietly() {
		if (server != null) {
			try {
				server.close();
			} catch (IOException e) {
				// closing: nothing to add
			}
		}
		if (udp != null) {
			udp.close();
		}
	}

	private static void join(Thread t, long millis) throws InterruptedException {
		if (t != null) {
			t.join(millis);
		}
	}
}
