package org.custodian.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.custodian.store.ConnectionSource;
import org.custodian.store.internal.Database;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.migrations.MigrationRunner;
import org.custodian.store.internal.postgres.PostgresDatabase;
import org.custodian.testing.TestDatabases;
import org.custodian.testing.TestDatabases.Backend;

/**
 * A throw-away database opened the way the console opens one (an encrypted Derby, or a new database on the test
 * PostgreSQL server), with the tables made by the real MigrationRunner, for the tests of the stores beneath the
 * Store service.
 */
final class EventDatabase implements ConnectionSource {
	private final Database db;

	EventDatabase(Backend backend, Path dir) {
		var config = TestDatabases.config(backend, dir);
		db = backend == Backend.DERBY ? DerbyDatabase.create(config) : PostgresDatabase.create(config);
	}

	@Override
	public Connection connection() throws SQLException {
		return db.connection();
	}

	void applyEventSchema() {
		new MigrationRunner(db).migrate();
	}

	void shutdown() {
		db.close();
	}
}
