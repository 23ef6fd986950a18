package org.custodian.cli.supplier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.report.csv.CsvWriter;
import org.custodian.cli.UsageException;
import org.custodian.cli.dr.Nodes;
import org.custodian.model.LabelGap;
import org.custodian.supplier.core.Labelling;
import org.custodian.supplier.core.RetentionScan;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code label-check DIR|NODE}: S2, the studies whose objects lack the patient's ID or name, the study date or time,
 * or the institution, as CSV; the check is recorded for the start page. For a NODE, the studies of the date range
 * are retrieved into a scratch folder first, as for the retention scan.
 */
public final class LabelCheckCommand implements CliCommand {

	@Override
	public String name() {
		return "label-check";
	}

	@Override
	public String help() {
		return """
				  label-check DIR|NODE [--from YYYY-MM-DD --to YYYY-MM-DD] [--aet AET] [--timeout SECONDS]
				                        the studies whose objects lack patient ID, patient name, study date, study
				                        time or institution (S2), as CSV; recorded for the start page; exit 1 when
				                        any study lacks a label or a file could not be read
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		LocalDate from = args.date("--from").orElse(null);
		LocalDate to = args.date("--to").orElse(null);
		String ae = Nodes.callingAe(args);
		Duration timeout = Nodes.timeout(args, 120);
		String target = args.required("DIR or NODE");
		args.end(name());
		Path dir = Path.of(target);
		if (Files.isDirectory(dir)) {
			return context -> check(context, dir, dir.toString());
		}
		if (!Nodes.isAddress(target) && (target.contains("/") || target.contains("\\"))) {
			throw new UsageException(target + " is not a folder");
		}
		Nodes.argument(target, "NODE");
		if (from == null || to == null) {
			throw new UsageException("checking a node needs --from and --to (the study dates to retrieve)");
		}
		return context -> NodeStudies.retrieveAndRead(context, target, ae, from, to, timeout, "custodian-label-check",
				(folder, source) -> check(context, folder, source));
	}

	private static int check(CliContext context, Path dir, String source) throws Exception {
		context.store();
		Labelling.Report report = context.service(SupplierService.class).checkLabels(dir, source,
				new NullProgressMonitor());
		CsvWriter csv = context.csv();
		csv.row("study_instance_uid", "patient_id", "missing", "objects");
		for (LabelGap g : report.check().getGaps()) {
			csv.row(g.getStudyInstanceUid(), g.getPatientId() == null ? "" : g.getPatientId(),
					String.join("; ", g.getMissing()), Integer.toString(g.getObjects()));
		}
		for (RetentionScan.Unreadable u : report.unreadable()) {
			context.err().println("custodian-cli: " + u.file() + ": " + u.reason());
		}
		context.err().println("label-check: " + report.check().getObjects() + " objects of " + report.check().getStudies()
				+ " studies read; " + report.check().getGaps().size() + " studies lack a label");
		context.out().flush();
		return report.check().getGaps().isEmpty() && report.unreadable().isEmpty() ? Cli.OK : Cli.WARNINGS;
	}
}
