package org.custodian.store;

import java.nio.file.Path;

/**
 * The console's database as a service (OSGi Declarative Services; e4 parts @Inject it). Closed until a user
 * signs in: {@link #create} on first run, {@link #open} afterwards.
 */
public interface Store {

	/** True when a Custodian database exists in the folder. */
	boolean exists(Path directory);

	/**
	 * Creates a new encrypted database with the config's user as its administrator, applies every migration
	 * and leaves it open.
	 */
	void create(DatabaseConfig config);

	/** Opens an existing database, applying pending migrations. A wrong password gives a StoreException. */
	void open(DatabaseConfig config);

	boolean isOpen();

	/** The folder of the open database. */
	Path location();

	/** The signed-in user. */
	String user();

	ConnectionSource connections();

	AccessEventStore events();

	EntityStore entities();

	/** The reference feeds the access rules read (care relationships, flagged patients). */
	ReferenceStore references();

	/** The alert queue and the rules' settings. */
	AlertStore alerts();

	/** The console's own hash-chained trail. */
	ConsoleTrail trail();

	/** Shuts the database down; safe to call when closed. */
	void close();
}
