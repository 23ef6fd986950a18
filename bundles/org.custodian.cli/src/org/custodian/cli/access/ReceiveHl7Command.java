package org.custodian.cli.access;

import java.net.InetAddress;
import java.time.Duration;
import java.nio.file.Path;

import org.custodian.audit.core.feeds.hl7.Hl7Feed;
import org.custodian.audit.core.receive.LateCareRecheck;
import org.custodian.audit.core.receive.MllpListener;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.cli.UsageException;

/**
 * {@code receive-hl7 --port N [--tls --keystore FILE] [--bind ADDRESS] [--performing-department NAME]}: the live
 * PAS and RIS feed as a long-running service (an MLLP listener), until SIGTERM or Ctrl+C. Every message is
 * recorded and acknowledged as it arrives; nothing is held back to be stored at the end.
 */
public final class ReceiveHl7Command implements CliCommand {
	@Override
	public String name() {
		return "receive-hl7";
	}

	@Override
	public String help() {
		return """
				  receive-hl7 --port N [--tls --keystore FILE] [--bind ADDRESS] [--plain-on-network]
				              [--performing-department NAME]
				                        receive the PAS's ADT and the RIS's ORM, OMI and ORU messages over MLLP
				                        until stopped (SIGTERM), each recorded and answered AA, AE or AR as it
				                        arrives: TLS (key store password in CUSTODIAN_KEYSTORE_PASSWORD) or plain.
				                        --port 0 picks a free port. TLS listens on every interface unless --bind
				                        says otherwise; plain MLLP on 127.0.0.1 only, unless --plain-on-network
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		int port = args.number("--port", 0).orElseThrow(() -> new UsageException("receive-hl7 needs --port N"));
		boolean tls = args.flag("--tls");
		Path keystore = args.option("--keystore").map(Path::of).orElse(null);
		boolean plainOnNetwork = args.flag("--plain-on-network");
		String performing = args.option("--performing-department").orElse(Hl7Feed.DEFAULT_PERFORMING_DEPARTMENT);
		// demographics and orders name patients: unencrypted, they stay on this computer unless the user says otherwise
		String bind = args.option("--bind").orElse(tls ? "0.0.0.0" : "127.0.0.1");
		args.end(name());
		if (port > 65535) {
			throw new UsageException("ports are numbered up to 65535");
		}
		Listening.checkKeystore(tls, keystore);
		InetAddress address = Listening.address(bind);
		if (!address.isLoopbackAddress() && !tls && !plainOnNetwork) {
			throw new UsageException("HL7 messages name patients: plain MLLP listens on 127.0.0.1 only. Use --tls"
					+ " --keystore FILE to listen on " + bind + ", or --plain-on-network on a closed network segment");
		}
		return context -> run(context, address, port, keystore, performing);
	}

	private static int run(CliContext context, InetAddress bind, int port, Path keystore, String performing)
			throws Exception {
		char[] password = Listening.keystorePassword(context, keystore);
		MllpListener listener = new MllpListener(new Hl7Feed(context.store(), performing), bind, port, keystore, password,
				context.err()::println);
		listener.start();
		context.err().println("receiving HL7 v2 over MLLP on " + bind.getHostAddress() + (keystore != null ? " TLS" : "")
				+ " port " + listener.port() + "; stop with SIGTERM");
		// a report or an admission that comes after the look takes its alert out of the queue within a minute
		LateCareRecheck recheck = new LateCareRecheck(new RuleEngine(context.store()), listener::accepted,
				Duration.ofMinutes(1), context.err()::println);
		Listening.untilStopped("receive-hl7", () -> {
			listener.close();
			recheck.close();
		});
		context.out().printf("received: accepted %d, refused %d; %d open alerts explained by them%n", listener.accepted(),
				listener.refused(), recheck.explained());
		return listener.refused() > 0 ? Cli.WARNINGS : Cli.OK;
	}
}
