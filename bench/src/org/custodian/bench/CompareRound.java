package org.custodian.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * One timed import or raw insert, called by {@link CompareBench} through the class loader of one version of the
 * store and importer, so that both versions are measured in one process, alternately, under the same load.
 */
public final class CompareRound {
	private CompareRound() {
	}

	/** Seconds for {@code AuditLogImporter.importFile} of the file into a new encrypted database. */
	public static double importFile(String file, String work, String name) {
		try (FreshDatabase db = new FreshDatabase(Path.of(work), name)) {
			return Imports.importFile(db.events(), Path.of(file)).seconds();
		}
	}

	/** Seconds for the raw JDBC baseline: the trail's rows, built and hashed first, into a new database. */
	public static double raw(int events, long seed, String work, String name) throws SQLException {
		List<RawInsert.Row> rows = RawInsert.rows(new SyntheticTrail(events, seed));
		try (FreshDatabase db = new FreshDatabase(Path.of(work), name)) {
			return RawInsert.insert(db, rows) / 1e9;
		}
	}
}
