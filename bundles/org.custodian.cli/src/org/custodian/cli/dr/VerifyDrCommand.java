package org.custodian.cli.dr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.Readiness;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;
import org.custodian.model.VerificationLevel;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code verify-dr}: a DR node verified against its primary at a level (inventory, object counts, object presence,
 * a sample retrieved and compared, or every object), each node reached by its own method (C-GET, C-MOVE, DICOMweb),
 * after a readiness check that is printed and kept with the run; for a registered plan, recorded as one of its
 * test runs, so that a scheduled check is evidence like a manual one. {@code --readiness} makes the readiness
 * check alone.
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
                            [--level inventory|count|presence|sample|full] [--associations N]
                            [--readiness] [--plan NAME] [--aet AET] [--timeout SECONDS] [--work DIR]
                """ + Endpoints.HELP + """
                                        compares the studies of both nodes in the date range at the level
                                        (default: the plan's, else sample): counts, every object looked
                                        for on DR, N studies (default 5) or all retrieved from both and
                                        compared object by object; CSV of findings, the readiness check
                                        first (--readiness: only that, exit 0 when ready, 2 when not).
                                        With --plan, the plan's nodes, level and targets are used (unless
                                        given) and the result is recorded as a test run of the plan. A
                                        full run keeps its progress in --work DIR and resumes there. A
                                        range in which the primary holds no study, or a run that
                                        retrieved nothing, is UNVERIFIED (exit 1), never a success
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String planName = args.option("--plan").orElse(null);
        Endpoints.Spec primary = Endpoints.parse(args, "primary");
        Endpoints.Spec dr = Endpoints.parse(args, "dr");
        if (planName == null && !primary.given()) {
            throw new UsageException("verify-dr needs --primary NODE (or --plan NAME)");
        }
        if (planName == null && !dr.given()) {
            throw new UsageException("verify-dr needs --dr NODE (or --plan NAME)");
        }
        LocalDate from = args.date("--from").orElseThrow(() -> new UsageException("verify-dr needs --from YYYY-MM-DD"));
        LocalDate to = args.date("--to").orElseThrow(() -> new UsageException("verify-dr needs --to YYYY-MM-DD"));
        if (to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        Integer sampleOption = args.number("--sample", 0).orElse(null);
        VerificationLevel level = args.option("--level").map(VerifyDrCommand::level).orElse(null);
        int associations = args.number("--associations", 1).orElse(1);
        if (associations > 32) {
            throw new UsageException("--associations must be 1 to 32");
        }
        boolean readinessOnly = args.flag("--readiness");
        String ae = Nodes.callingAe(args);
        Duration timeout = Nodes.timeout(args, 60);
        Path work = args.option("--work").map(Path::of).orElse(null);
        args.end(name());
        return context -> {
            DrPlan plan = planName == null ? null : Plans.find(context, planName);
            ArchiveEndpoint primaryNode = Endpoints.resolve(context, primary, plan == null ? null : plan.getPrimary());
            ArchiveEndpoint drNode = Endpoints.resolve(context, dr, plan == null ? null : plan.getDr());
            VerificationLevel l = level != null ? level
                    : plan != null && plan.getVerificationLevel() != null ? plan.getVerificationLevel()
                            : sampleOption != null && sampleOption == 0 ? VerificationLevel.INVENTORY
                                    : VerificationLevel.SAMPLE;
            int sample = sampleOption != null ? sampleOption
                    : plan != null && plan.getSampleSize() > 0 ? plan.getSampleSize() : DrCheck.DEFAULT_SAMPLE;
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("custodian-verify-dr");
            try {
                DrCheck check = new DrCheck(primaryNode, drNode, ae, from, to, l, sample, System.nanoTime(), timeout,
                        dir, plan == null ? 0 : plan.getRpoMinutes(), plan == null ? 0 : plan.getRtoMinutes(),
                        associations);
                RecoveryVerification verification = context.service(RecoveryVerification.class);
                var csv = context.csv();
                Nodes.header(csv);
                if (readinessOnly) {
                    Readiness.Report ready = verification.readiness(check);
                    Nodes.print(csv, ready.findings());
                    context.err().println("verify-dr: " + (ready.ready() ? "ready" : "NOT READY") + " ("
                            + primaryNode.describe() + "; " + drNode.describe() + ")");
                    return ready.ready() ? 0 : 2;
                }
                DrReport report = verification.verify(check, new NullProgressMonitor());
                Nodes.print(csv, report.readiness());
                Nodes.print(csv, report.findings());
                context.err().println("verify-dr: " + report.result() + " at level " + l + " in "
                        + report.duration().toSeconds() + " s (" + drNode.describe() + ")");
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

    private static VerificationLevel level(String text) {
        try {
            return VerificationLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--level must be inventory, count, presence, sample or full, not '" + text + "'");
        }
    }
}
