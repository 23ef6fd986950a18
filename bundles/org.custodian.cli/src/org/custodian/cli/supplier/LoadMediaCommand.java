package org.custodian.cli.supplier;

import java.nio.file.Path;
import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.model.Trust;
import org.custodian.report.csv.RecordException;
import org.custodian.supplier.core.MediaImport;
import org.custodian.supplier.core.SupplierService;

/** {@code load-media FILE}: adds the media office's register of CDs and other removable media, from CSV. */
public final class LoadMediaCommand implements CliCommand {

	@Override
	public String name() {
		return "load-media";
	}

	@Override
	public String help() {
		return """
				  load-media FILE       adds the removable-media register: direction, transfer_date, patient_id,
				                        study_instance_uids, encrypted, sender, recipient[, exception,
				                        password_channel, incident_reference]; refused rows are named
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		Path file = args.path("FILE");
		args.end(name());
		return context -> {
			context.store();
			SupplierService supplier = context.service(SupplierService.class);
			Trust trust = supplier.trust();
			int[] added = new int[1];
			List<RecordException> problems = MediaImport.read(trust, file, added);
			supplier.save(trust);
			context.out().printf("%s: added %d, refused %d%n", file.getFileName(), added[0], problems.size());
			problems.forEach(p -> context.err().println("  refused: " + p.getMessage()));
			return problems.isEmpty() ? Cli.OK : Cli.WARNINGS;
		};
	}
}
