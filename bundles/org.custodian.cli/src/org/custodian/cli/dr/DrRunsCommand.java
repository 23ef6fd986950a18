package org.custodian.cli.dr;

import java.util.Comparator;
import java.util.Date;
import java.util.stream.Collectors;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.dr.core.RecoveryTargets;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;

/**
 * {@code dr-runs}: the test runs of a plan, newest first, with the ids dr-verdict and dr-sign-off take, what each
 * achieved against the targets (empty where not measured), and its verdict and sign-off.
 */
public final class DrRunsCommand implements CliCommand {

    @Override
    public String name() {
        return "dr-runs";
    }

    @Override
    public String help() {
        return """
                  dr-runs PLAN          the plan's test runs as CSV, newest first: id, result, RPO and RTO
                                        achieved, targets missed, verdict, sign-off and evidence SHA-256
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String planName = args.required("PLAN");
        args.end(name());
        return context -> {
            DrPlan plan = Plans.find(context, planName);
            var csv = context.csv();
            csv.row("run", "started", "operation", "result", "rpo_min", "rto_min", "missed", "errors", "warnings",
                    "verdict", "operator", "justification", "signed_off_by", "signed_off_at", "evidence_sha256");
            for (TestRun r : plan.getRuns().stream().sorted(Comparator.comparing(TestRun::getStarted,
                    Comparator.nullsLast(Comparator.reverseOrder()))).toList()) {
                Integer rpo = RecoveryTargets.rpo(r);
                Integer rto = RecoveryTargets.rto(r);
                csv.row(r.getId(), iso(r.getStarted()), String.valueOf(r.getOperation()), String.valueOf(r.getResult()),
                        rpo == null ? "" : rpo.toString(), rto == null ? "" : rto.toString(),
                        String.join("; ", RecoveryTargets.missed(r)), Integer.toString(r.getErrors().size()),
                        Integer.toString(r.getWarnings().size()), text(RecoveryTargets.verdict(r)),
                        text(TestRuns.operator(r)), text(r.getVerdictJustification()), text(TestRuns.signer(r)),
                        iso(r.getSignedOffAt()),
                        r.getEvidence().stream().map(e -> e.getSha256()).collect(Collectors.joining(" ")));
            }
            return Cli.OK;
        };
    }

    private static String iso(Date d) {
        return d == null ? "" : d.toInstant().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
