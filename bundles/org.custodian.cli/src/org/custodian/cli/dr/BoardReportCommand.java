package org.custodian.cli.dr;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dr.core.BoardReport;
import org.custodian.model.DrPlan;
import org.custodian.model.ModelPackage;
import org.custodian.model.Trust;
import org.custodian.store.Permission;

/** {@code board-report}: the board's DR report as a PDF, the one the console writes, for a scheduled job. */
public final class BoardReportCommand implements CliCommand {

    @Override
    public String name() {
        return "board-report";
    }

    @Override
    public String help() {
        return """
                  board-report FILE.pdf every DR plan's targets against what its tests achieved, due dates, open
                                        actions, verdicts and sign-offs, written as a PDF
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        Path file = args.path("FILE.pdf");
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new UsageException("board-report writes a PDF: give a file name ending .pdf, not " + file);
        }
        args.end(name());
        return context -> {
            context.store().require(Permission.VIEW_RECOVERY);
            List<DrPlan> plans = Plans.all(context);
            List<Trust> trusts = context.store().entities().loadAll(ModelPackage.Literals.TRUST);
            int pages = BoardReport.write(plans, trusts.isEmpty() ? null : trusts.get(0).getName(), Instant.now(),
                    ZoneId.systemDefault(), file);
            context.err().println("board-report: " + plans.size() + " DR plans, " + pages + " pages written to " + file);
            return Cli.OK;
        };
    }
}
