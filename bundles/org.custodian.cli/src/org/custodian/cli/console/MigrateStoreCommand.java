package org.custodian.cli.console;

import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.cli.UsageException;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.MovedTable;

/**
 * {@code migrate-store --to postgresql://HOST:PORT/DB [--target-user NAME]}: copies the Derby database (--db) into
 * a PostgreSQL store, table by table, leaving the Derby database as it was; run again, it goes on where it stopped.
 * Prints each table's rows and content hash on both sides as CSV, and fails unless every one is equal. The target's
 * owner signs in with --target-user (else the same user) and CUSTODIAN_TARGET_PASSWORD (else the same password);
 * the boot password becomes the trust's key there.
 */
public final class MigrateStoreCommand implements CliCommand {

	@Override
	public String name() {
		return "migrate-store";
	}

	@Override
	public String help() {
		return """
				  migrate-store --to postgresql://HOST:PORT/DB [--target-user NAME]
				                        copy this Derby database into a PostgreSQL store (resumable; the Derby
				                        database is left as it was); prints every table's counts and content hashes
				                        on both sides and fails unless all are equal. The target's password in
				                        CUSTODIAN_TARGET_PASSWORD (else this one); administrators only
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String to = args.option("--to").orElseThrow(() -> new UsageException(
				"migrate-store needs --to postgresql://HOST:PORT/DB"));
		String targetUser = args.option("--target-user").orElse(null);
		args.end("migrate-store");
		if (!DatabaseConfig.isPostgres(to)) {
			throw new UsageException("a store moves to PostgreSQL: --to postgresql://HOST:PORT/DB, not " + to);
		}
		return context -> run(context, to, targetUser);
	}

	private static int run(CliContext context, String to, String targetUser) {
		var store = context.store();
		String password = context.env().get("CUSTODIAN_TARGET_PASSWORD");
		DatabaseConfig target = DatabaseConfig.at(to, targetUser == null ? store.user() : targetUser,
				password == null ? context.password() : password.toCharArray(), context.bootPassword());
		List<MovedTable> moved;
		try {
			moved = store.maintenance().moveTo(target, message -> context.err().println(message));
		} finally {
			target.wipe();
		}
		var csv = context.csv();
		csv.row("table", "derby_rows", "postgresql_rows", "derby_hash", "postgresql_hash", "equal");
		int differ = 0;
		for (MovedTable t : moved) {
			csv.row(t.table(), Long.toString(t.sourceRows()), Long.toString(t.targetRows()), t.sourceHash(),
					t.targetHash(), t.identical() ? "yes" : "no");
			differ += t.identical() ? 0 : 1;
		}
		context.err().println(differ == 0 ? "moved " + moved.size() + " tables to " + to + ": every count and content"
				+ " equal; sign in with " + to : differ + " tables differ: run migrate-store again");
		return differ == 0 ? Cli.OK : Cli.FAILED;
	}
}
