package org.custodian.cli.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.ImportReport;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.cli.UsageException;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code import FILE...}: audit logs into the database, with counts and each quarantined record. */
public final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String help() {
		return """
				  import FILE...        import audit logs (DICOM PS3.15 / RFC 3881 XML); prints imported,
				                        duplicate and quarantined counts per file, and each quarantined record
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		List<String> files = args.rest();
		if (files.isEmpty()) {
			throw new UsageException("import needs at least one FILE");
		}
		return context -> run(context, files);
	}

	private static int run(CliContext context, List<String> files) {
		AuditImportService importer = context.service(AuditImportService.class);
		context.store();
		int result = Cli.OK;
		for (String name : files) {
			Path file = Path.of(name);
			if (!Files.isReadable(file)) {
				context.err().println("custodian-cli: cannot read " + file);
				result = Cli.FAILED;
				continue;
			}
			try {
				ImportReport r = importer.importFile(file, new NullProgressMonitor());
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
