package org.custodian.cli.dr;

import java.time.Instant;
import java.util.Date;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.core.RecoveryTargets;
import org.custodian.model.DrPlan;

/** {@code dr-status}: every DR plan with its last test, last success and next due date; exit 1 if any is overdue. */
public final class DrStatusCommand implements CliCommand {

    @Override
    public String name() {
        return "dr-status";
    }

    @Override
    public String help() {
        return """
                  dr-status             every DR plan with its last test and result, last successful test and
                                        next due date as CSV; exit 1 if a test is overdue
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        args.end(name());
        return context -> {
            Instant now = Instant.now();
            var csv = context.csv();
            csv.row("plan", "scenario", "rpo_target_min", "rto_target_min", "test_every_days", "last_test", "last_result",
                    "last_success", "next_due", "status");
            boolean overdue = false;
            for (DrPlan p : Plans.all(context)) {
                PlanStatus s = PlanStatus.of(p, now);
                overdue |= s.overdue();
                csv.row(p.getName(), p.getScenario() == null ? "" : p.getScenario().getName(),
                        Integer.toString(p.getRpoMinutes()), Integer.toString(p.getRtoMinutes()),
                        Integer.toString(p.getTestFrequencyDays()),
                        s.lastRun() == null ? "" : iso(s.lastRun().getStarted()),
                        s.lastRun() == null ? "never tested" : RecoveryTargets.result(s.lastRun()),
                        s.lastSuccessDate().map(DrStatusCommand::iso).orElse(""),
                        s.nextDue() == null ? "" : s.nextDue().toString(),
                        s.nextDue() == null ? "no frequency" : s.overdue() ? "OVERDUE" : "in date");
            }
            return overdue ? Cli.WARNINGS : Cli.OK;
        };
    }

    private static String iso(Date d) {
        return d.toInstant().toString();
    }
}
