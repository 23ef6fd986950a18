package org.custodian.cli.dr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.RecoveryVerification;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code verify-dr}: inventories of a primary and a DR node compared over a date range (missing and extra
 * studies listed), RPO achieved, and a sample of studies retrieved from both and compared object by object.
 */
public final class VerifyDrCommand implements CliCommand {

    @Override
    public String name() {
        return "verify-dr";
    }

    @Override
    public String help() {
        return """
                  verify-dr --primary NODE --dr NODE --from YYYY-MM-DD --to YYYY-MM-DD [--sample N]
                            [--aet AET] [--timeout SECONDS] [--work DIR]
                                        compares the studies of both nodes in the date range and retrieves N
                                        of them from both to compare every object; CSV of findings
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String primary = Nodes.argument(args.option("--primary").orElseThrow(() -> new UsageException(
                "verify-dr needs --primary NODE")), "--primary");
        String dr = Nodes.argument(args.option("--dr").orElseThrow(() -> new UsageException(
                "verify-dr needs --dr NODE")), "--dr");
        LocalDate from = args.date("--from").orElseThrow(() -> new UsageException("verify-dr needs --from YYYY-MM-DD"));
        LocalDate to = args.date("--to").orElseThrow(() -> new UsageException("verify-dr needs --to YYYY-MM-DD"));
        if (to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        int sample = args.number("--sample", 0).orElse(0);
        String ae = Nodes.callingAe(args);
        Duration timeout = Nodes.timeout(args, 60);
        Path work = args.option("--work").map(Path::of).orElse(null);
        args.end(name());
        return context -> {
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("custodian-verify-dr");
            try {
                DrCheck check = new DrCheck(Nodes.resolve(context, primary), Nodes.resolve(context, dr), ae, from, to,
                        sample, System.nanoTime(), timeout, dir, 0, 0);
                DrReport report = context.service(RecoveryVerification.class).verify(check, new NullProgressMonitor());
                var csv = context.csv();
                Nodes.header(csv);
                Nodes.print(csv, report.findings());
                context.err().println("verify-dr: " + report.result() + " in " + report.duration().toSeconds() + " s");
                return Findings.exitCode(report.findings());
            } finally {
                if (work == null) {
                    Folders.delete(dir);
                }
            }
        };
    }
}
