package org.custodian.cli.dr;

import java.util.Locale;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dr.core.RecoveryTargets;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;

/**
 * {@code dr-verdict}: the operator's verdict on a test run, given by the signed-in user, so that a scheduled
 * {@code verify-dr --plan} can be judged without the console. A Pass the evidence does not support needs
 * --justification, which is kept with the run; the verdict goes on the console trail.
 */
public final class DrVerdictCommand implements CliCommand {

    @Override
    public String name() {
        return "dr-verdict";
    }

    @Override
    public String help() {
        return """
                  dr-verdict PLAN RUN --verdict pass|fail [--justification TEXT] [--notes TEXT]
                                        the signed-in user's verdict on a test run of the plan (RUN: its id,
                                        the start of it, or last); a pass of a run with errors, that verified
                                        nothing or missed a target is refused without --justification
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String verdictText = args.option("--verdict").orElseThrow(
                () -> new UsageException("dr-verdict needs --verdict pass or --verdict fail"));
        Verdict verdict = switch (verdictText.toLowerCase(Locale.ROOT)) {
        case "pass" -> Verdict.PASS;
        case "fail" -> Verdict.FAIL;
        default -> throw new UsageException("--verdict is pass or fail, not " + verdictText);
        };
        String justification = args.option("--justification").orElse(null);
        String notes = args.option("--notes").orElse(null);
        String planName = args.required("PLAN");
        String runRef = args.required("RUN");
        args.end(name());
        return context -> {
            DrPlan plan = Plans.find(context, planName);
            TestRun run = context.service(RecoveryVerification.class).recordVerdict(plan, runRef, verdict, notes,
                    justification);
            context.err().println("dr-verdict: " + RecoveryTargets.verdict(run) + " recorded for run " + run.getId()
                    + " of the plan '" + plan.getName() + "' (" + run.getResult() + ") by " + run.getOperatorUser()
                    + "; a second person signs it off with dr-sign-off");
            return Cli.OK;
        };
    }
}
