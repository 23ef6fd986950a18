package org.custodian.cli.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.custodian.cli.CliContext;
import org.custodian.cli.UsageException;

/**
 * What the long-running receivers of the command line share ({@code receive}, {@code receive-hl7}): the checks of
 * their TLS and bind options, the key store's password from the environment, and running until SIGTERM (or
 * Ctrl+C) with time to finish what is in hand before the JVM ends.
 */
final class Listening {
	/** How long the shutdown hook waits for the receiver to finish and the database to close. */
	private static final long SHUTDOWN_SECONDS = 30;

	interface Stop {
		void close() throws Exception;
	}

	private Listening() {
	}

	/** Checks that --tls and --keystore come together and that the key store can be read. */
	static void checkKeystore(boolean tls, Path keystore) {
		if (tls != (keystore != null)) {
			throw new UsageException(tls ? "--tls needs --keystore FILE (PKCS12 or JKS)" : "--keystore is used with --tls");
		}
		if (keystore != null && !Files.isReadable(keystore)) {
			throw new UsageException("cannot read the key store " + keystore);
		}
	}

	/** The address to listen on, named by --bind. */
	static InetAddress address(String bind) {
		try {
			return InetAddress.getByName(bind);
		} catch (UnknownHostException e) {
			throw new UsageException("--bind: " + bind + " is not an address of this computer");
		}
	}

	/** The key store's password from CUSTODIAN_KEYSTORE_PASSWORD, or null without a key store. */
	static char[] keystorePassword(CliContext context, Path keystore) {
		if (keystore == null) {
			return null;
		}
		String p = context.env().get("CUSTODIAN_KEYSTORE_PASSWORD");
		if (p == null) {
			throw new UsageException("set CUSTODIAN_KEYSTORE_PASSWORD to the key store's password");
		}
		return p.toCharArray();
	}

	/** Waits for SIGTERM, then closes the receiver, and lets the JVM end only once it has. */
	static void untilStopped(String name, Stop receiver) throws Exception {
		CountDownLatch stop = new CountDownLatch(1);
		CountDownLatch closed = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			stop.countDown();
			try {
				// let the receiver store what it holds, and the database close, before the JVM ends
				closed.await(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "custodian-" + name + "-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			stop.await();
		} finally {
			receiver.close();
			closed.countDown();
		}
	}
}
