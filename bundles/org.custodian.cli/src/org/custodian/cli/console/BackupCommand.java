package org.custodian.cli.console;

import java.nio.file.Path;
import java.util.Arrays;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.store.BackupVerification;

/**
 * The console's own database: {@code backup DIR} (online), {@code verify-backup BACKUP} (row counts of every table
 * against the database) and {@code restore BACKUP} (into the --db folder, which must not exist yet).
 */
public final class BackupCommand implements CliCommand {
	public enum Kind {
		BACKUP("backup"), VERIFY("verify-backup"), RESTORE("restore");

		final String word;

		Kind(String word) {
			this.word = word;
		}
	}

	private final Kind kind;

	public BackupCommand(Kind kind) {
		this.kind = kind;
	}

	@Override
	public String name() {
		return kind.word;
	}

	@Override
	public String help() {
		return switch (kind) {
		case BACKUP -> """
				  backup DIR            back up the console's database while it is in use, into a new folder in
				                        DIR (printed); encrypted with the current boot password
				""";
		case VERIFY -> """
				  verify-backup BACKUP  count every table's rows in the backup and in the database, as CSV; exit 1
				                        when they differ (boot password of the backup: CUSTODIAN_BACKUP_BOOT_PASSWORD,
				                        else the database's)
				""";
		case RESTORE -> """
				  restore BACKUP        make the --db folder (which must not exist) from the backup, with the
				                        backup's users and boot password
				""";
		};
	}

	@Override
	public Action parse(CliArgs args) {
		Path path = args.path(kind == Kind.BACKUP ? "the folder for backups" : "the backup's folder");
		args.end(kind.word);
		return switch (kind) {
		case BACKUP -> context -> {
			Path copy = context.store().maintenance().backup(path);
			context.out().println(copy);
			return Cli.OK;
		};
		case VERIFY -> context -> {
			var store = context.store();
			char[] boot = context.env().containsKey("CUSTODIAN_BACKUP_BOOT_PASSWORD")
					? context.env().get("CUSTODIAN_BACKUP_BOOT_PASSWORD").toCharArray()
					: context.bootPassword();
			BackupVerification v;
			try {
				v = store.maintenance().verify(path, boot);
			} finally {
				Arrays.fill(boot, '\0');
			}
			CsvWriter csv = context.csv();
			csv.row("table", "database_rows", "backup_rows", "same");
			for (BackupVerification.TableCount t : v.tables()) {
				csv.row(t.table(), String.valueOf(t.database()), String.valueOf(t.backup()), t.same() ? "yes" : "NO");
			}
			context.err().println(v.identical() ? "backup matches the database: " + v.tables().size() + " tables"
					: v.differences().size() + " of " + v.tables().size() + " tables differ");
			return v.identical() ? Cli.OK : Cli.WARNINGS;
		};
		case RESTORE -> context -> {
			var store = context.restore(path);
			context.err().println("restored " + path + " into " + store.location());
			return Cli.OK;
		};
		};
	}
}
