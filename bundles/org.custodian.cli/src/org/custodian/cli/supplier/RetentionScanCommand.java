package org.custodian.cli.supplier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand.Action;
import org.custodian.cli.CliContext;
import org.custodian.report.csv.CsvWriter;
import org.custodian.cli.UsageException;
import org.custodian.cli.dr.Nodes;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.model.ModelFactory;
import org.custodian.model.Trust;
import org.custodian.supplier.core.ClassPeriod;
import org.custodian.supplier.core.RetentionDefaults;
import org.custodian.supplier.core.RetentionInventory;
import org.custodian.supplier.core.RetentionOutcome;
import org.custodian.supplier.core.RetentionScan;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code retention scan DIR|NODE|INVENTORY.csv}: per study, the retention classes assigned, the trigger dates used, the earliest
 * destruction date and the reasoning, as CSV; recorded in the retention register when a database exists. For a
 * NODE, the studies of the date range are retrieved one by one into a scratch folder (deleted afterwards).
 */
final class RetentionScanCommand {
	static final String HELP = """
			  retention scan DIR|NODE|INVENTORY.csv [--backup] [--from YYYY-MM-DD --to YYYY-MM-DD] [--aet AET]
			                        [--timeout SECONDS]
			                        per study as CSV: classes, trigger dates, earliest destruction date and the
			                        reasoning, from the DICOM headers or an inventory export (study_instance_uid,
			                        patient_id, study_date[, birth_date, modality, department, description,
			                        flags]); recorded in the register when the database exists (--backup: a
			                        backup copy), else the standard schedule; exit 1 when a file or line was bad
			""";

	private RetentionScanCommand() {
	}

	static Action parse(CliArgs args) {
		boolean backup = args.flag("--backup");
		LocalDate from = args.date("--from").orElse(null);
		LocalDate to = args.date("--to").orElse(null);
		String ae = Nodes.callingAe(args);
		Duration timeout = Nodes.timeout(args, 120);
		String target = args.required("DIR or NODE");
		args.end("retention scan");
		Path dir = Path.of(target);
		if (Files.isDirectory(dir)) {
			return context -> scan(context, dir, dir.toString(), backup);
		}
		if (Files.isRegularFile(dir) && dir.getFileName().toString().toLowerCase().endsWith(".csv")) {
			return context -> scan(context, dir, dir.getFileName().toString(), backup);
		}
		if (!Nodes.isAddress(target) && (target.contains("/") || target.contains("\\"))) {
			throw new UsageException(target + " is not a folder");
		}
		Nodes.argument(target, "NODE");
		if (from == null || to == null) {
			throw new UsageException("scanning a node needs --from and --to (the study dates to retrieve)");
		}
		return context -> NodeStudies.retrieveAndRead(context, target, ae, from, to, timeout,
				"custodian-retention-scan", (folder, source) -> scan(context, folder, source, backup));
	}

	/** A folder of DICOM files, or an inventory export (a .csv file, see RetentionInventory). */
	private static int scan(CliContext context, Path dir, String source, boolean backup) throws Exception {
		RetentionScan.Report report;
		boolean inventory = Files.isRegularFile(dir);
		if (context.databaseExists() || context.creates()) {
			context.store();
			SupplierService supplier = context.service(SupplierService.class);
			report = inventory ? supplier.scanInventory(dir, backup)
					: supplier.scanFolder(dir, source, backup, new NullProgressMonitor());
		} else {
			context.err().println("custodian-cli: no database: computed with the standard schedule of the records "
					+ "code, and not recorded");
			Trust trust = ModelFactory.eINSTANCE.createTrust();
			RetentionDefaults.ensure(trust);
			report = inventory ? RetentionInventory.read(dir, trust)
					: RetentionScan.scan(dir, context.service(DicomObjectReader.class), trust, new NullProgressMonitor());
		}
		CsvWriter csv = context.csv();
		csv.row("study_instance_uid", "patient_id", "copy", "birth_date", "study_date", "modalities", "classes",
				"trigger_dates", "earliest_destruction", "legal_hold", "reasoning");
		for (RetentionOutcome o : report.studies()) {
			List<String> triggers = new ArrayList<>();
			for (ClassPeriod p : o.periods()) {
				if (p.applies()) {
					triggers.add(p.code() + "=" + (p.triggerDate() == null ? "unknown" : p.triggerDate()));
				}
			}
			csv.row(o.study().studyInstanceUid(), o.study().patientId(), backup ? "backup" : "archive",
					str(o.study().birthDate()), str(o.study().studyDate()), String.join(" ", o.study().modalities()),
					String.join(" ", o.classCodes()), String.join(" ", triggers), str(o.destructionDue()),
					o.hold() == null ? "" : o.hold().getReference(), o.reasoning());
		}
		for (RetentionScan.Unreadable u : report.unreadable()) {
			context.err().println("custodian-cli: " + (inventory ? u.reason() : u.file() + ": " + u.reason()));
		}
		context.out().flush();
		return report.unreadable().isEmpty() ? Cli.OK : Cli.WARNINGS;
	}

	private static String str(Object o) {
		return o == null ? "" : o.toString();
	}
}
