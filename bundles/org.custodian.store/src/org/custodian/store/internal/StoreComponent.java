package org.custodian.store.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.custodian.model.ModelPackage;
import org.custodian.store.AccessEventStore;
import org.custodian.store.AlertStore;
import org.custodian.store.ConsoleTrail;
import org.custodian.store.PatientRegistry;
import org.custodian.store.ReferenceStore;
import org.custodian.store.ConnectionSource;
import org.custodian.store.ConsoleUsers;
import org.custodian.store.DatabaseMaintenance;
import org.custodian.store.Principal;
import org.custodian.store.internal.security.DerbyConsoleUsers;
import org.custodian.store.internal.security.Maintenance;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.EntityStore;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.postgres.PostgresDatabase;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.custodian.store.internal.review.DerbyAlertStore;
import org.custodian.store.internal.review.DerbyConsoleTrail;
import org.custodian.store.internal.review.DerbyPatientRegistry;
import org.custodian.store.internal.review.DerbyReferenceStore;
import org.custodian.store.internal.migrations.MigrationRunner;

/**
 * The {@link Store} service (Declarative Services, OSGI-INF/store.xml). One database at a time; opening
 * applies the numbered migrations and then brings the model-derived tables up to date with the EMF model.
 */
public final class StoreComponent implements Store {

	private Database database;
	private AccessEventStore events;
	private EntityStore entities;
	private ReferenceStore references;
	private PatientRegistry patients;
	private DerbyAlertStore alerts;
	private ConsoleTrail trail;
	private Principal principal;
	private ConsoleUsers users;
	private DatabaseMaintenance maintenance;
	private final Clock clock;

	public StoreComponent() {
		this(Clock.systemUTC());
	}

	/** For tests: lock-outs and backup names follow this clock. */
	public StoreComponent(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean exists(Path directory) {
		return DerbyDatabase.exists(directory);
	}

	@Override
	public boolean exists(DatabaseConfig config) {
		if (config.postgres() != null) {
			return PostgresDatabase.exists(config);
		}
		return config.server() != null || DerbyDatabase.exists(config.directory());
	}

	@Override
	public synchronized void create(DatabaseConfig config) {
		closeQuietly();
		org.custodian.store.PasswordPolicy.check(config.user(), config.password());
		attach(config.postgres() != null ? PostgresDatabase.create(config) : DerbyDatabase.create(config), config);
	}

	@Override
	public synchronized void open(DatabaseConfig config) {
		closeQuietly();
		attach(config.postgres() != null ? PostgresDatabase.open(config, clock) : DerbyDatabase.open(config, clock),
				config);
	}

	@Override
	public synchronized void restore(Path backup, DatabaseConfig config) {
		closeQuietly();
		if (config.postgres() != null) {
			throw new StoreException("A PostgreSQL store is restored on its server, with the server's own tools.");
		}
		attach(DerbyDatabase.restore(backup, config), config);
	}

	/**
	 * Brings the schema up to date, then decides who signed in: the role comes from the console's users, and a
	 * role that may only look gets read-only connections from here on. The trail always writes (it records what
	 * such roles look at).
	 */
	private void attach(Database db, DatabaseConfig config) {
		try {
			new MigrationRunner(db).migrate();
			EntityStore entityStore = new EntityStore(db, ModelPackage.eINSTANCE);
			entityStore.ensureSchema();
			boolean owner = db.ownedBySignedInUser();
			if (owner) {
				db.prepareForUsers(config.bootPassword());
			}
			ConnectionSource writable = db::writableConnection;
			ConsoleTrail consoleTrail = new DerbyConsoleTrail(writable, new DerbyAlertStore(writable),
					this::principal);
			DerbyConsoleUsers consoleUsers = new DerbyConsoleUsers(db, entityStore, consoleTrail, this::principal,
					clock);
			Principal signedIn = consoleUsers.signIn(db.user(), owner);
			if (owner) {
				consoleUsers.grantAll(db.user());
			}
			db.readOnly(signedIn.readOnly());
			this.principal = signedIn;
			this.users = consoleUsers;
			this.maintenance = new Maintenance(db, consoleTrail, this::principal, clock);
			this.entities = entityStore;
			DerbyPatientRegistry patientRegistry = new DerbyPatientRegistry(db, new DerbyAlertStore(db), this::principal);
			if (owner || signedIn.may(org.custodian.store.Permission.CHANGE_ACCESS)) {
				// events keyed under an older policy get their keys; roles that may not touch them leave it to those
				// that may (the database would refuse them)
				new DerbyPatientRegistry(writable, new DerbyAlertStore(writable), this::principal).rekeyPending();
			}
			this.patients = patientRegistry;
			this.events = new DerbyAccessEventStore(db, patientRegistry);
			this.references = new DerbyReferenceStore(db, patientRegistry);
			this.alerts = new DerbyAlertStore(db, patientRegistry);
			this.trail = consoleTrail;
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
	public synchronized PatientRegistry patients() {
		require();
		return patients;
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

	@Override
	public synchronized Principal principal() {
		require();
		return principal;
	}

	@Override
	public synchronized ConsoleUsers users() {
		require();
		return users;
	}

	@Override
	public synchronized DatabaseMaintenance maintenance() {
		require();
		return maintenance;
	}

	@Override
	public synchronized org.custodian.store.DatabaseServer serve(org.custodian.store.DatabaseServer.Settings settings) {
		Database db = require();
		principal.require(org.custodian.store.Permission.MAINTAIN_DATABASE);
		if (db.remote()) {
			throw new StoreException("This console uses a served database; serve it from the computer that holds it.");
		}
		org.custodian.store.DatabaseServer server = org.custodian.store.internal.derby.DerbyNetworkServer
				.start(settings, db.directory());
		trail.append(principal.user(), "database served", server.location(),
				settings.peerAuthentication() ? "TLS with client certificates" : "TLS");
		return server;
	}

	private Database require() {
		if (database == null) {
			throw new StoreException("No database is open: sign in first.");
		}
		return database;
	}

	@Override
	public synchronized void close() {
		if (database != null) {
			Database db = database;
			database = null;
			events = null;
			entities = null;
			references = null;
			alerts = null;
			trail = null;
			principal = null;
			users = null;
			maintenance = null;
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
