package org.custodian.cli.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.read.AuditFormat;
import org.custodian.audit.core.read.CsvColumnMapping;
import org.custodian.audit.core.read.CsvMappings;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.cli.UsageException;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code import [--format F] [--mapping NAME [--map FIELD=COLUMN]... [--zone ZONE]] FILE...}: audit trails of any
 * format into the database, with counts and each quarantined record.
 */
public final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String help() {
		return """
				  import [--format dicom|syslog|fhir|csv] [--mapping NAME [--map FIELD=COLUMN]... [--zone ZONE]] FILE...
				                        import audit trails: DICOM PS3.15 / RFC 3881 XML, IHE ATNA syslog (one
				                        message per line or octet-counted), FHIR AuditEvent JSON (resource,
				                        Bundle or NDJSON), or a vendor's CSV report; the format is told from the
				                        content unless given. A CSV report is read through the column mapping
				                        saved as NAME; --map entries (time, event, action, outcome, event_type,
				                        user_id, user_name, host, patient_id, patient_name, study_uid, source,
				                        detail) and --zone (of times without offset) save or replace it first.
				                        Prints imported, duplicate and quarantined counts per file, and each
				                        quarantined record with its position
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		AuditFormat format;
		try {
			format = args.option("--format").map(AuditFormat::named).orElse(null);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		String mappingName = args.option("--mapping").orElse(null);
		List<String> entries = new ArrayList<>();
		for (Optional<String> entry = args.option("--map"); entry.isPresent(); entry = args.option("--map")) {
			entries.add(entry.get());
		}
		String zone = args.option("--zone").orElse(null);
		CsvColumnMapping toSave = null;
		if (!entries.isEmpty() || zone != null) {
			if (mappingName == null) {
				throw new UsageException("--map and --zone save a column mapping: give its name with --mapping NAME");
			}
			try {
				toSave = CsvColumnMapping.parse(mappingName, entries, zone);
			} catch (IllegalArgumentException e) {
				throw new UsageException("--map: " + e.getMessage());
			}
		}
		if (mappingName != null && format == null) {
			format = AuditFormat.CSV;
		} else if (mappingName != null && format != AuditFormat.CSV) {
			throw new UsageException("--mapping is for CSV reports, not --format " + format.name().toLowerCase());
		}
		List<String> files = args.rest();
		if (files.isEmpty() && toSave == null) {
			throw new UsageException("import needs at least one FILE");
		}
		AuditFormat chosen = format;
		CsvColumnMapping saving = toSave;
		return context -> run(context, files, chosen, mappingName, saving);
	}

	private static int run(CliContext context, List<String> files, AuditFormat format, String mapping,
			CsvColumnMapping toSave) {
		AuditImportService importer = context.service(AuditImportService.class);
		context.store();
		if (toSave != null) {
			new CsvMappings(context.store().entities()).save(toSave);
			context.err().println("saved column mapping " + toSave.name() + ": "
					+ toSave.columns().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
							.collect(java.util.stream.Collectors.joining(", "))
					+ " (times without offset in " + toSave.zone() + ")");
		}
		int result = Cli.OK;
		for (String name : files) {
			Path file = Path.of(name);
			if (!Files.isReadable(file)) {
				context.err().println("custodian-cli: cannot read " + file);
				result = Cli.FAILED;
				continue;
			}
			try {
				ImportReport r = importer.importFile(file, format, mapping, new NullProgressMonitor());
				context.out().printf("%s: imported %d, duplicates %d, quarantined %d (%s)%n", file, r.imported(),
						r.duplicates(), r.quarantined(), r.status().toLowerCase());
				for (QuarantinedRecord q : r.firstProblems()) {
					context.err().printf("  quarantined: %s %s: %s%n", q.source(), q.position(), q.reason());
				}
				if (!ImportRun.COMPLETED.equals(r.status())) {
					result = Cli.FAILED;
				} else if (r.quarantined() > 0 && result == Cli.OK) {
					result = Cli.WARNINGS;
				}
			} catch (RuntimeException e) {
				context.err().println("custodian-cli: " + file + ": " + e.getMessage());
				result = Cli.FAILED;
			}
		}
		return result;
	}
}
