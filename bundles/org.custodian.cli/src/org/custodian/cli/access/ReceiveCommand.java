package org.custodian.cli.access;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.ZoneId;

import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.receive.ReceiverConfig;
import org.custodian.audit.core.receive.SyslogReceiver;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.cli.UsageException;
import org.custodian.store.ImportRun;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code receive --port N [--tls --keystore FILE] [--udp PORT] [--bind ADDRESS]}: the syslog receiver as a
 * long-running service, until SIGTERM (or Ctrl+C), which stores what was received and ends the run cleanly.
 */
public final class ReceiveCommand implements CliCommand {
	@Override
	public String name() {
		return "receive";
	}

	@Override
	public String help() {
		return """
				  receive --port N [--tls --keystore FILE] [--udp PORT] [--bind ADDRESS] [--plain-on-network]
				                        receive IHE ATNA audit messages over syslog until stopped (SIGTERM):
				                        TLS (key store password in CUSTODIAN_KEYSTORE_PASSWORD) or plain TCP on
				                        port N, octet-counted or one per line, and UDP if --udp is given; stored
				                        in small batches as one import run, the detection rules running over
				                        what arrives. --port 0 (or --udp 0) picks a free port. TLS listens on
				                        every interface unless --bind says otherwise; plain TCP and UDP listen on
				                        127.0.0.1 only, unless --plain-on-network (a closed network segment)
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		int port = args.number("--port", 0).orElseThrow(() -> new UsageException("receive needs --port N"));
		int udp = args.number("--udp", 0).orElse(-1);
		boolean tls = args.flag("--tls");
		Path keystore = args.option("--keystore").map(Path::of).orElse(null);
		boolean plainOnNetwork = args.flag("--plain-on-network");
		// audit messages name patients: unencrypted, they stay on this computer unless the user says otherwise
		String bind = args.option("--bind").orElse(tls && udp < 0 ? "0.0.0.0" : "127.0.0.1");
		args.end("receive");
		if (port > 65535 || udp > 65535) {
			throw new UsageException("ports are numbered up to 65535");
		}
		Listening.checkKeystore(tls, keystore);
		InetAddress address = Listening.address(bind);
		if (!address.isLoopbackAddress() && (!tls || udp >= 0) && !plainOnNetwork) {
			throw new UsageException("audit messages name patients: plain TCP and UDP listen on 127.0.0.1 only. Use --tls"
					+ " --keystore FILE without --udp to listen on " + bind + ", or --plain-on-network on a closed"
					+ " network segment");
		}
		return context -> run(context, address, port, keystore, udp);
	}

	private static int run(CliContext context, InetAddress bind, int port, Path keystore, int udp) throws Exception {
		char[] password = Listening.keystorePassword(context, keystore);
		ReceiverConfig config = new ReceiverConfig(bind, port, keystore, password, udp, ReceiverConfig.DEFAULT_BATCH,
				ReceiverConfig.DEFAULT_WINDOW, ZoneId.systemDefault());
		AccessReview review = context.service(AccessReview.class);
		SyslogReceiver receiver = new SyslogReceiver(context.store().events(), config, context.err()::println,
				() -> review.rules().run(new NullProgressMonitor()));
		receiver.start();
		context.err().println("receiving syslog on " + bind.getHostAddress() + (keystore != null ? " TLS" : " TCP")
				+ " port " + receiver.tcpPort() + (receiver.udpPort() >= 0 ? ", UDP port " + receiver.udpPort() : "")
				+ "; stop with SIGTERM");
		Listening.untilStopped("receive", receiver::close);
		ImportReport r = receiver.report();
		if (r == null) {
			context.err().println("custodian-cli: the received events could not all be stored; see the messages above");
			return Cli.FAILED;
		}
		context.out().printf("received: imported %d, duplicates %d, quarantined %d (%s)%n", r.imported(), r.duplicates(),
				r.quarantined(), r.status().toLowerCase());
		return ImportRun.COMPLETED.equals(r.status()) ? (r.quarantined() > 0 ? Cli.WARNINGS : Cli.OK) : Cli.FAILED;
	}
}
