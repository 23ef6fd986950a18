package org.custodian.cli.dr;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.MigrationCampaign;
import org.custodian.dr.core.Severity;

/**
 * {@code verify-migration}: a PACS migration (provider change) checked like a DR copy, the old PACS against the
 * new over a date range; the last row says whether the sign-off gate is open (nothing of the old PACS missing).
 */
public final class VerifyMigrationCommand implements CliCommand {

    @Override
    public String name() {
        return "verify-migration";
    }

    @Override
    public String help() {
        return """
                  verify-migration --old NODE --new NODE --from YYYY-MM-DD --to YYYY-MM-DD [--aet AET]
                            [--timeout SECONDS]
                                        compares the studies of the old and the new PACS; the sign-off gate
                                        stays closed (exit 2) while a study is missing or incomplete on the new
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String oldNode = Nodes.argument(args.option("--old").orElseThrow(() -> new UsageException(
                "verify-migration needs --old NODE")), "--old");
        String newNode = Nodes.argument(args.option("--new").orElseThrow(() -> new UsageException(
                "verify-migration needs --new NODE")), "--new");
        LocalDate from = args.date("--from").orElseThrow(() -> new UsageException("verify-migration needs --from YYYY-MM-DD"));
        LocalDate to = args.date("--to").orElseThrow(() -> new UsageException("verify-migration needs --to YYYY-MM-DD"));
        if (to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        String ae = Nodes.callingAe(args);
        Duration timeout = Nodes.timeout(args, 120);
        args.end(name());
        return context -> {
            DicomNetwork network = context.service(DicomNetwork.class);
            DicomNode oldPacs = Nodes.resolve(context, oldNode);
            DicomNode newPacs = Nodes.resolve(context, newNode);
            List<Finding> findings = MigrationCampaign.check(network, oldPacs, newPacs, ae, from, to, timeout);
            // an unreachable PACS is also said on the error stream, where a scheduler's mail picks it up
            findings.stream().filter(f -> f.severity() == Severity.FAILURE && "inventory".equals(f.check()))
                    .forEach(f -> context.err().println("custodian-cli: " + f.detail()));
            var csv = context.csv();
            Nodes.header(csv);
            Nodes.print(csv, findings);
            return Findings.exitCode(findings);
        };
    }
}
