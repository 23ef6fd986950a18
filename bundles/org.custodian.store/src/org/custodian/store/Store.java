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
	 * True when the config names a Custodian store that exists: a Derby folder that holds one, a served Derby
	 * database (told only by opening it), or a PostgreSQL database that holds a store (asked of the server, signed in
	 * with the config's credentials).
	 */
	default boolean exists(DatabaseConfig config) {
		return config.server() != null || config.postgres() != null || exists(config.directory());
	}

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

	/** One patient whatever identifier a source uses: the identifier policy, keys and the crosswalk. */
	PatientRegistry patients();

	/** The alert queue and the rules' settings. */
	AlertStore alerts();

	/** The console's own hash-chained trail. */
	ConsoleTrail trail();

	/** Who is signed in and in which role. */
	Principal principal();

	/**
	 * The one check every service entry point makes: throws {@link AccessDeniedException}, saying who may, unless
	 * the signed-in user's role holds the permission.
	 */
	default void require(Permission permission) {
		principal().require(permission);
	}

	/** The console's users and their roles. */
	ConsoleUsers users();

	/** Backup, backup verification, boot password. */
	DatabaseMaintenance maintenance();

	/**
	 * Makes a new database in the config's folder from a backup made by {@link DatabaseMaintenance#backup} and
	 * leaves it open, signed in as the config's user (a user of the backup, with the boot password it was made
	 * with).
	 */
	void restore(Path backup, DatabaseConfig config);

	/**
	 * Serves the open database to other consoles through Derby's network server with TLS, until the returned
	 * server is closed. Needs {@link Permission#MAINTAIN_DATABASE}.
	 */
	DatabaseServer serve(DatabaseServer.Settings settings);

	/** Shuts the database down; safe to call when closed. */
	void close();
}
