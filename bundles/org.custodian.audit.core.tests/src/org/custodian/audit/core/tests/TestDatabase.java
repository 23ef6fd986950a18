package org.custodian.audit.core.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.custodian.store.AccessEventStore;
import org.custodian.store.ConnectionSource;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.custodian.store.internal.migrations.MigrationRunner;

/**
 * A real, encrypted, embedded Derby database in a test's folder, opened the way the console opens one, with
 * the access-event tables made by the real migrations, and the event store on it.
 */
final class TestDatabase implements ConnectionSource {
	private final DerbyDatabase db;
	final AccessEventStore events;

	TestDatabase(Path folder) {
		this(folder, true);
	}

	/** Creates the database in {@code folder/db}, or opens the one there (create false). */
	TestDatabase(Path folder, boolean create) {
		DatabaseConfig config = new DatabaseConfig(folder.resolve("db"), "auditor", "audit tests password".toCharArray(),
				"audit core tests boot password".toCharArray());
		db = create ? DerbyDatabase.create(config) : DerbyDatabase.open(config);
		new MigrationRunner(db).migrate();
		events = new DerbyAccessEventStore(this);
	}

	@Override
	public Connection connection() throws SQLException {
		return db.connection();
	}

	/** Shuts the database down so the next test starts from a clean engine. */
	void shutdown() {
		db.close();
	}
}
