package org.custodian.cli.dr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dicom.DicomNode;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code verify-dr}: inventories of a primary and a DR node compared over a date range (missing and extra
 * studies listed), RPO achieved, and a sample of studies retrieved from both and compared object by object; for
 * a registered plan, recorded as one of its test runs, so that a scheduled check is evidence like a manual one.
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
                            [--plan NAME] [--aet AET] [--timeout SECONDS] [--work DIR]
                                        compares the studies of both nodes in the date range and retrieves N
                                        of them from both to compare every object; CSV of findings. With
                                        --plan, the plan's nodes and targets are used (unless given) and the
                                        result is recorded as a test run of the plan. A range in
                                        which the primary holds no study, or a run that retrieved
                                        nothing, is UNVERIFIED (exit 1), never a success
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String planName = args.option("--plan").orElse(null);
        String primary = args.option("--primary").map(n -> Nodes.argument(n, "--primary")).orElse(null);
        String dr = args.option("--dr").map(n -> Nodes.argument(n, "--dr")).orElse(null);
        if (planName == null && primary == null) {
            throw new UsageException("verify-dr needs --primary NODE (or --plan NAME)");
        }
        if (planName == null && dr == null) {
            throw new UsageException("verify-dr needs --dr NODE (or --plan NAME)");
        }
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
            DrPlan plan = planName == null ? null : Plans.find(context, planName);
            DicomNode primaryNode = primary != null ? Nodes.resolve(context, primary) : Plans.node(plan.getPrimary(), "primary");
            DicomNode drNode = dr != null ? Nodes.resolve(context, dr) : Plans.node(plan.getDr(), "DR");
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("custodian-verify-dr");
            try {
                DrCheck check = new DrCheck(primaryNode, drNode, ae, from, to, sample, System.nanoTime(), timeout, dir,
                        plan == null ? 0 : plan.getRpoMinutes(), plan == null ? 0 : plan.getRtoMinutes());
                RecoveryVerification verification = context.service(RecoveryVerification.class);
                DrReport report = verification.verify(check, new NullProgressMonitor());
                var csv = context.csv();
                Nodes.header(csv);
                Nodes.print(csv, report.findings());
                context.err().println("verify-dr: " + report.result() + " in " + report.duration().toSeconds() + " s");
                if (report.nothingVerified()) {
                    // a clean run that looked at nothing must not read as a success to whoever reads the log
                    report.findings().stream().filter(f -> Finding.UNVERIFIED.equals(f.check())).forEach(
                            f -> context.err().println("verify-dr: nothing was verified: " + f.detail()));
                }
                if (plan != null) {
                    TestRun run = verification.record(plan, report);
                    context.err().println("verify-dr: recorded as a test run of the plan '" + plan.getName() + "' (run "
                            + run.getId() + "; judge it with dr-verdict)");
                }
                return Findings.exitCode(report.findings());
            } finally {
                if (work == null) {
                    Folders.delete(dir);
                }
            }
        };
    }
}
