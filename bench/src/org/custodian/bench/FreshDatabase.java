package org.custodian.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import org.custodian.store.AccessEventStore;
import org.custodian.store.ConnectionSource;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.custodian.store.internal.migrations.MigrationRunner;

/**
 * A new encrypted database made exactly as the console makes one at first sign-in (DerbyDatabase: AES-256
 * dataEncryption, NATIVE authentication, schema CUSTODIAN) with the real migrations, so ACCESS_EVENT has its
 * primary key, the unique content-hash index and the three newest-first indexes while rows go in. Every
 * measurement gets its own, so none inherits another's table or page cache. Closing shuts it down and
 * deletes its folder (a 200,000-event database is a few hundred megabytes).
 */
final class FreshDatabase implements ConnectionSource, AutoCloseable {
	private final Path folder;
	private final DerbyDatabase db;

	FreshDatabase(Path parent, String name) {
		folder = parent.resolve(name);
		delete(folder);
		db = DerbyDatabase.create(new DatabaseConfig(folder, "bench", "bench password".toCharArray(),
				"bench boot password 2026".toCharArray()));
		new MigrationRunner(db).migrate();
	}

	@Override
	public Connection connection() throws SQLException {
		return db.connection();
	}

	AccessEventStore events() {
		return new DerbyAccessEventStore(db);
	}

	/** Bytes the database takes on disk (all of it encrypted). */
	long sizeOnDisk() {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		} catch (IOException e) {
			return -1;
		}
	}

	@Override
	public void close() {
		db.close();
		delete(folder);
	}

	static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
