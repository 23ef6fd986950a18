package org.custodian.audit.core.receive;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The connections of one of the console's listeners (syslog, MLLP): an accept loop that gives each connection a
 * thread of its own, and a close that lets every connection finish what it is reading before its socket goes.
 */
final class Connections {
	/** Reads one connection until it ends; the socket is closed when it returns. */
	interface Reader {
		void read(Socket socket, String peer) throws Exception;
	}

	private final String name;
	private final Consumer<String> log;
	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
	private final Set<Thread> readers = ConcurrentHashMap.newKeySet();

	Connections(String name, Consumer<String> log) {
		this.name = name;
		this.log = log;
	}

	/** Accepts connections while {@code running} holds (the server socket's close ends the wait). */
	void acceptAll(ServerSocket server, BooleanSupplier running, Reader reader) {
		while (running.getAsBoolean()) {
			Socket socket;
			try {
				socket = server.accept();
			} catch (IOException e) {
				if (running.getAsBoolean()) {
					log.accept(name + ": accepting a connection failed: " + e.getMessage());
				}
				continue;
			}
			sockets.add(socket);
			String peer = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
			Thread thread = Thread.ofPlatform().name(name + "-" + peer).unstarted(() -> serve(socket, peer, running, reader));
			readers.add(thread);
			thread.start();
		}
	}

	private void serve(Socket socket, String peer, BooleanSupplier running, Reader reader) {
		log.accept(name + ": " + peer + " connected");
		try {
			reader.read(socket, peer);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			if (running.getAsBoolean()) {
				log.accept(name + ": " + peer + " failed: " + e.getMessage());
			}
		} finally {
			sockets.remove(socket);
			closeQuietly(socket);
			readers.remove(Thread.currentThread());
			log.accept(name + ": " + peer + " closed");
		}
	}

	/**
	 * Ends every connection: first each reader may go on reading what its sender sent, up to {@code drainMs}
	 * (closing a socket, or half-closing it, would drop what has arrived and is not read yet), then the sockets
	 * are closed.
	 */
	void closeAll(long drainMs) throws InterruptedException {
		for (Thread reader : readers) {
			reader.join(drainMs);
		}
		for (Socket s : sockets) {
			closeQuietly(s);
		}
		for (Thread reader : readers) {
			reader.join(drainMs);
		}
	}

	private static void closeQuietly(Socket s) {
		try {
			s.close();
		} catch (IOException e) {
			// closing anyway
		}
	}
}
