package org.custodian.cli.dr;

import java.util.Arrays;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;

/**
 * {@code dr-sign-off}: the second person's sign-off of a judged test run. The signer proves who they are with
 * their own console password (from CUSTODIAN_SIGNOFF_PASSWORD, or the next line of standard input, never the
 * command line), must hold a role that records DR tests and must not be the operator; the sign-off goes on the
 * console trail under their name.
 */
public final class DrSignOffCommand implements CliCommand {

    @Override
    public String name() {
        return "dr-sign-off";
    }

    @Override
    public String help() {
        return """
                  dr-sign-off PLAN RUN --signer USER
                                        the second person's sign-off of a judged test run; USER's own password
                                        from CUSTODIAN_SIGNOFF_PASSWORD or the next line of standard input
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String signer = args.option("--signer").orElseThrow(
                () -> new org.custodian.cli.UsageException("dr-sign-off needs --signer USER (the second person)"));
        String planName = args.required("PLAN");
        String runRef = args.required("RUN");
        args.end(name());
        return context -> {
            DrPlan plan = Plans.find(context, planName); // opens the database: its secrets come first on stdin
            char[] password = context.secret("CUSTODIAN_SIGNOFF_PASSWORD", "the signer's password");
            TestRun run;
            try {
                run = context.service(RecoveryVerification.class).signOff(plan, runRef, signer, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            context.err().println("dr-sign-off: run " + run.getId() + " of the plan '" + plan.getName()
                    + "' signed off by " + TestRuns.signer(run) + "; recorded on the console trail");
            return Cli.OK;
        };
    }
}
