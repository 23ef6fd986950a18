package org.custodian.cli.supplier;

import java.time.LocalDate;
import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand.Action;
import org.custodian.report.csv.CsvWriter;
import org.custodian.model.StudyRetention;
import org.custodian.model.Trust;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.RecordsRegister;
import org.custodian.supplier.core.SupplierService;

/**
 * {@code retention due [--at DATE]}: the register's studies due for review (dated, not under a legal hold, not
 * destroyed) as CSV; the destruction register's breaches (destroyed under a hold or before being due) on standard
 * error.
 */
final class RetentionDueCommand {
	static final String HELP = """
			  retention due [--at YYYY-MM-DD]
			                        studies due for review on the day (default today) as CSV, oldest first; any
			                        destruction under a legal hold or before its date on stderr; exit 1 when
			                        something is due or a destruction breached the schedule
			""";

	private RetentionDueCommand() {
	}

	static Action parse(CliArgs args) {
		LocalDate at = args.date("--at").orElse(null);
		args.end("retention due");
		return context -> {
			context.store();
			SupplierService supplier = context.service(SupplierService.class);
			LocalDate day = at != null ? at : supplier.today();
			Trust trust = supplier.trust();
			List<RecordsRegister.Due> due = RecordsRegister.dueForReview(trust, day);
			CsvWriter csv = context.csv();
			csv.row("study_instance_uid", "patient_id", "copy", "study_date", "classes", "due", "source", "reasoning");
			for (RecordsRegister.Due d : due) {
				StudyRetention r = d.study();
				csv.row(r.getStudyInstanceUid(), r.getPatientId(), r.isBackupCopy() ? "backup" : "archive",
						String.valueOf(Dates.day(r.getStudyDate())), String.join(" ", r.getClassCodes()),
						d.due().toString(), r.getSource(), r.getReasoning());
			}
			List<RecordsRegister.Problem> problems = RecordsRegister.check(trust);
			for (RecordsRegister.Problem p : problems) {
				context.err().println("custodian-cli: destruction register: " + p.problem());
			}
			context.out().flush();
			return due.isEmpty() && problems.isEmpty() ? Cli.OK : Cli.WARNINGS;
		};
	}
}
