package org.custodian.cli.dr;

import java.time.Duration;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
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
                                        C-ECHO to NODE (AET@host:port or a registered node's name; a
                                        registered DICOMweb node is asked by a QIDO-RS query with its
                                        credentials): success and round-trip time as CSV; exit 2 if it does
                                        not answer
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String ae = Nodes.callingAe(args);
        Duration timeout = Nodes.timeout(args, 10);
        String node = Nodes.argument(args.required("NODE"), "NODE");
        args.end(name());
        return context -> {
            // a registered node is asked by its own method, so a DICOMweb node's URL and credentials are checked
            org.custodian.dicom.ArchiveEndpoint remote = Endpoints.resolve(context, new Endpoints.Spec("node", node,
                    null, null, null, null, null), null);
            EchoResult r = context.service(RecoveryVerification.class).echo(remote, ae, timeout);
            CsvWriter csv = context.csv();
            csv.row("node", "success", "round_trip_ms", "message");
            csv.row(remote.dimse() != null ? remote.dimse().toString() : String.valueOf(remote.webUrl()),
                    Boolean.toString(r.success()), Long.toString(r.roundTrip().toMillis()), r.message());
            if (!r.success()) {
                context.err().println("custodian-cli: " + r.message());
            }
            return r.success() ? Cli.OK : Cli.FAILED;
        };
    }
}
