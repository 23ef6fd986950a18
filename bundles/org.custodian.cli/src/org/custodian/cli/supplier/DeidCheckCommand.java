package org.custodian.cli.supplier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.cli.UsageException;
import org.custodian.dicom.DicomDeidentifier;
import org.custodian.dicom.IdentifyingAttribute;
import org.custodian.supplier.core.Deidentification;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code deid-check DIR}: every file under DIR that still carries a direct or indirect identifier (S3), one CSV row
 * per attribute; never the value itself.
 */
public final class DeidCheckCommand implements CliCommand {

	@Override
	public String name() {
		return "deid-check";
	}

	@Override
	public String help() {
		return """
				  deid-check DIR [--pseudonyms]
				                        every file that still carries a direct or indirect identifier (S3) as CSV:
				                        file, attribute, keyword, direct/indirect, reason (never the value);
				                        --pseudonyms opens the database so that the trust's pseudonyms are allowed;
				                        recorded for the start page's S3 when the database exists; exit 1 when
				                        anything identifies a patient or a file cannot be read
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		boolean pseudonyms = args.flag("--pseudonyms");
		Path dir = args.path("DIR");
		args.end(name());
		if (!Files.isDirectory(dir)) {
			throw new UsageException(dir + " is not a folder");
		}
		return context -> {
			Set<String> allowed = Set.of();
			if (pseudonyms) {
				context.store();
				allowed = Deidentification.pseudonyms(context.service(SupplierService.class).trust());
			}
			List<Deidentification.FileFinding> findings = Deidentification.check(
					context.service(DicomDeidentifier.class), dir, allowed, new NullProgressMonitor());
			CsvWriter csv = context.csv();
			csv.row("file", "attribute", "keyword", "kind", "reason");
			for (Deidentification.FileFinding f : findings) {
				String file = dir.relativize(f.file()).toString();
				if (f.error() != null) {
					csv.row(file, "", "", "", "cannot be read: " + f.error());
				}
				for (IdentifyingAttribute a : f.attributes()) {
					csv.row(file, a.path(), a.keyword(), a.kind(), a.reason());
				}
			}
			context.out().flush();
			if (context.databaseExists()) {
				// recorded for S3 on the start page, as the console's Teaching copies view does
				context.store();
				SupplierService supplier = context.service(SupplierService.class);
				org.custodian.model.Trust trust = supplier.trust();
				Deidentification.record(trust, dir.toString(), Deidentification.fileCount(dir), findings,
						new java.util.Date());
				supplier.save(trust);
			}
			return findings.isEmpty() ? Cli.OK : Cli.WARNINGS;
		};
	}
}
