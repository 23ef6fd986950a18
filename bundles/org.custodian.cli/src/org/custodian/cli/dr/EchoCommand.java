package org.custodian.cli.dr;

import java.time.Duration;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.EchoResult;
import org.custodian.dr.core.RecoveryVerification;

/** {@code echo NODE}: C-ECHO with the round-trip time. */
public final class EchoCommand implements CliCommand {

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public String help() {
        return """
                  echo NODE [--aet AET] [--timeout SECONDS]
                                        C-ECHO to NODE (AET@host:port or a registered node's name): success
                                        and round-trip time as CSV; exit 2 if it does not answer
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String ae = Nodes.callingAe(args);
        Duration timeout = Nodes.timeout(args, 10);
        String node = Nodes.argument(args.required("NODE"), "NODE");
        args.end(name());
        return context -> {
            DicomNode remote = Nodes.resolve(context, node);
            EchoResult r = context.service(RecoveryVerification.class).echo(remote, ae, timeout);
            CsvWriter csv = context.csv();
            csv.row("node", "success", "round_trip_ms", "message");
            csv.row(remote.toString(), Boolean.toString(r.success()), Long.toString(r.roundTrip().toMillis()),
                    r.message());
            if (!r.success()) {
                context.err().println("custodian-cli: " + r.message());
            }
            return r.success() ? Cli.OK : Cli.FAILED;
        };
    }
}
