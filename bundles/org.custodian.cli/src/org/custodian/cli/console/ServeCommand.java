package org.custodian.cli.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.cli.UsageException;
import org.custodian.store.DatabaseServer;
import org.custodian.store.Permission;

/**
 * {@code serve --address A --port N --keystore FILE [--peer-authentication]}: shares the database with other
 * consoles through Derby's network server over TLS, until SIGTERM (or Ctrl+C), then stops the server and shuts the
 * database down cleanly.
 */
public final class ServeCommand implements CliCommand {
	private static final long SHUTDOWN_SECONDS = 30;

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public String help() {
		return """
				  serve --address A --port N --keystore FILE [--peer-authentication]
				                        share the database with other consoles over TLS until stopped (SIGTERM);
				                        they sign in with //A:N/FOLDER (printed). Key store password in
				                        CUSTODIAN_KEYSTORE_PASSWORD; --peer-authentication accepts only consoles
				                        with a certificate the server trusts (administrators only)
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String address = args.option("--address").orElseThrow(() -> new UsageException("serve needs --address A"));
		int port = args.number("--port", 1).orElseThrow(() -> new UsageException("serve needs --port N"));
		Path keystore = args.option("--keystore").map(Path::of)
				.orElseThrow(() -> new UsageException("serve needs --keystore FILE (PKCS12 or JKS): TLS is not optional"));
		boolean peer = args.flag("--peer-authentication");
		args.end("serve");
		if (port > 65535) {
			throw new UsageException("ports are numbered up to 65535");
		}
		if (!Files.isReadable(keystore)) {
			throw new UsageException("cannot read the key store " + keystore);
		}
		return context -> run(context, new DatabaseServer.Settings(address, port, keystore, null, peer));
	}

	private static int run(CliContext context, DatabaseServer.Settings given) throws InterruptedException {
		String p = context.env().get("CUSTODIAN_KEYSTORE_PASSWORD");
		if (p == null) {
			throw new UsageException("set CUSTODIAN_KEYSTORE_PASSWORD to the key store's password");
		}
		var store = context.store();
		store.require(Permission.MAINTAIN_DATABASE);
		char[] password = p.toCharArray();
		DatabaseServer server;
		try {
			server = store.serve(new DatabaseServer.Settings(given.host(), given.port(), given.keyStore(), password,
					given.peerAuthentication()));
		} finally {
			Arrays.fill(password, '\0');
		}
		context.out().println(server.location());
		context.err().println("serving " + server.location() + " over TLS; stop with SIGTERM");
		CountDownLatch stop = new CountDownLatch(1);
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			stop.countDown();
			try {
				stopped.await(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "custodian-serve-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			stop.await();
		} finally {
			server.close();
			stopped.countDown();
		}
		return Cli.OK;
	}
}
