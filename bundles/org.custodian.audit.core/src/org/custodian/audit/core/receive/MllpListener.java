package org.custodian.audit.core.receive;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.custodian.audit.core.feeds.hl7.Hl7Feed;

import ca.uhn.hl7v2.llp.HL7Reader;
import ca.uhn.hl7v2.llp.HL7Writer;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;

/**
 * The live HL7 v2 feed: an MLLP listener (HAPI's framing) that hands each message to {@link Hl7Feed} and sends
 * back its acknowledgement before reading the next, so a PAS or RIS interface engine sends in order and resends
 * what was not acknowledged. TLS when a key store is given. Each connection has its own thread; a sender that
 * breaks the framing loses its connection (the engine reconnects), never the listener.
 */
public final class MllpListener implements AutoCloseable {
	private static final long JOIN_MS = 2_000;

	private final Hl7Feed feed;
	private final InetAddress bind;
	private final int port;
	private final Path keystore;
	private final char[] password;
	private final Consumer<String> log;
	private final Connections connections;
	private final AtomicLong accepted = new AtomicLong();
	private final AtomicLong refused = new AtomicLong();
	private volatile boolean running;
	private ServerSocket server;
	private Thread acceptor;

	/**
	 * @param port     the port, 0 for any free one
	 * @param keystore the listener's TLS key and certificate (PKCS12 or JKS), or null for plain MLLP
	 * @param password the key store's password, wiped once read
	 */
	public MllpListener(Hl7Feed feed, InetAddress bind, int port, Path keystore, char[] password, Consumer<String> log) {
		this.feed = Objects.requireNonNull(feed, "feed");
		this.bind = Objects.requireNonNull(bind, "bind");
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
		}
		this.port = port;
		this.keystore = keystore;
		this.password = password;
		this.log = log;
		this.connections = new Connections("mllp", log);
	}

	/** Listens. @throws IOException when the port cannot be opened or the key store not read (the message says which) */
	public synchronized void start() throws IOException {
		if (running) {
			throw new IllegalStateException("the listener is running");
		}
		ServerSocket s = keystore != null ? TlsServerSockets.create(keystore, password) : new ServerSocket();
		try {
			s.setReuseAddress(true);
			s.bind(new InetSocketAddress(bind, port));
		} catch (IOException e) {
			s.close();
			throw new IOException("cannot listen on " + bind.getHostAddress() + " port " + port + ": " + e.getMessage(), e);
		}
		server = s;
		running = true;
		acceptor = Thread.ofPlatform().name("mllp-accept").start(this::accept);
	}

	/** The port listened on (the free one chosen for port 0). */
	public int port() {
		return server == null ? -1 : server.getLocalPort();
	}

	/** Messages answered AA. */
	public long accepted() {
		return accepted.get();
	}

	/** Messages answered AE or AR. */
	public long refused() {
		return refused.get();
	}

	private void accept() {
		connections.acceptAll(server, () -> running, this::serve);
	}

	/** Answers each message before reading the next (Connections logs, and closes the socket after). */
	private void serve(Socket socket, String peer) throws IOException {
		MinLowerLayerProtocol llp = new MinLowerLayerProtocol();
		try {
			HL7Reader in = llp.getReader(socket.getInputStream());
			HL7Writer out = llp.getWriter(socket.getOutputStream());
			for (String message = in.getMessage(); message != null && running; message = in.getMessage()) {
				Hl7Feed.Outcome o = feed.accept(message);
				if (o.accepted()) {
					accepted.incrementAndGet();
					o.warnings().forEach(w -> log.accept("mllp: " + peer + " " + o.event() + " " + o.controlId() + " accepted, but " + w));
				} else {
					refused.incrementAndGet();
					log.accept("mllp: " + peer + " " + (o.event() == null ? "message" : o.event()) + " "
							+ (o.controlId() == null ? "" : o.controlId() + " ") + "answered " + o.code() + ": "
							+ (o.field() == null ? "" : o.field() + " ") + o.problem());
				}
				out.writeMessage(o.ack());
			}
		} catch (LLPException e) {
			log.accept("mllp: " + peer + " broke the MLLP framing (" + e.getMessage() + "); connection closed");
		} catch (SocketException e) {
			if (running) {
				log.accept("mllp: " + peer + " failed: " + e.getMessage());
			}
		}
	}

	/** Stops listening and closes every connection (a message being recorded is finished and answered first). */
	@Override
	public void close() throws InterruptedException {
		synchronized (this) {
			if (!running) {
				return;
			}
			running = false;
		}
		try {
			server.close();
		} catch (IOException e) {
			// closing anyway
		}
		acceptor.join(JOIN_MS);
		connections.closeAll(JOIN_MS);
	}
}
