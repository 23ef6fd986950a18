package org.custodian.store.internal;

import java.nio.file.Path;

import org.custodian.model.ModelPackage;
import org.custodian.store.AccessEventStore;
import org.custodian.store.AlertStore;
import org.custodian.store.ConsoleTrail;
import org.custodian.store.ReferenceStore;
import org.custodian.store.ConnectionSource;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.EntityStore;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.custodian.store.internal.review.DerbyAlertStore;
import org.custodian.store.internal.review.DerbyConsoleTrail;
import org.custodian.store.internal.review.DerbyReferenceStore;
import org.custodian.store.internal.migrations.MigrationRunner;

/**
 * The {@link Store} service (Declarative Services, OSGI-INF/store.xml). One database at a time; opening
 * applies the numbered migrations and then brings the model-derived tables up to date with the EMF model.
 */
public final class StoreComponent implements Store {

	private DerbyDatabase database;
	private AccessEventStore events;
	private EntityStore entities;
	private ReferenceStore references;
	private DerbyAlertStore alerts;
	private ConsoleTrail trail;

	@Override
	public boolean exists(Path directory) {
		return DerbyDatabase.exists(directory);
	}

	@Override
	public synchronized void create(DatabaseConfig config) {
		closeQuietly();
		attach(DerbyDatabase.create(config));
	}

	@Override
	public synchronized void open(DatabaseConfig config) {
		closeQuietly();
		attach(DerbyDatabase.open(config));
	}

	private void attach(DerbyDatabase db) {
		try {
			new MigrationRunner(db).migrate();
			EntityStore entityStore = new EntityStore(db, ModelPackage.eINSTANCE);
			entityStore.ensureSchema();
			this.entities = entityStore;
			this.events = new DerbyAccessEventStore(db);
			this.references = new DerbyReferenceStore(db);
			this.alerts = new DerbyAlertStore(db);
			this.trail = new DerbyConsoleTrail(db, alerts);
			this.database = db;
		} catch (RuntimeException e) {
			db.close();
			throw e;
		}
	}

	@Override
	public synchronized boolean isOpen() {
		return database != null;
	}

	@Override
	public synchronized Path location() {
		return require().directory();
	}

	@Override
	public synchronized String user() {
		return require().user();
	}

	@Override
	public synchronized ConnectionSource connections() {
		return require();
	}

	@Override
	public synchronized AccessEventStore events() {
		require();
		return events;
	}

	@Override
	public synchronized EntityStore entities() {
		require();
		return entities;
	}

	@Override
	public synchronized ReferenceStore references() {
		require();
		return references;
	}

	@Override
	public synchronized AlertStore alerts() {
		require();
		return alerts;
	}

	@Override
	public synchronized ConsoleTrail trail() {
		require();
		return trail;
	}

	private DerbyDatabase require() {
		if (database == null) {
			throw new StoreException("No database is open: sign in first.");
		}
		return database;
	}

	@Override
	public synchronized void close() {
		if (database != null) {
			DerbyDatabase db = database;
			database = null;
			events = null;
			entities = null;
			references = null;
			alerts = null;
			trail = null;
			db.close();
		}
	}

	private void closeQuietly() {
		try {
			close();
		} catch (StoreException e) {
			// the old database is going away anyway; the new one is what matters now
		}
	}

	/** DS deactivation: shut the database down so its files are consistent. */
	public void deactivate() {
		closeQuietly();
	}
}
