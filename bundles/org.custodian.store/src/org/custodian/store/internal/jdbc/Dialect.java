package org.custodian.store.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which database a connection talks to. Almost all of the store's SQL is the same on both; the few places that
 * differ (migrations, the entity mapping's column types, bulk loading, users and grants) ask this.
 */
public enum Dialect {
	/** The embedded, encrypted Apache Derby: one trust's console database, the default. */
	DERBY,
	/** A PostgreSQL server: the shared store of an imaging network. */
	POSTGRESQL;

	/** The dialect of the database behind the connection, from the driver's product name (no round trip). */
	public static Dialect of(Connection c) throws SQLException {
		String product = c.getMetaData().getDatabaseProductName();
		return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL
				: DERBY;
	}

	/**
	 * A table or other unquoted name as the database's catalog holds it: Derby folds unquoted names to upper case,
	 * PostgreSQL to lower case.
	 */
	public String catalogName(String unquoted) {
		return this == POSTGRESQL ? unquoted.toLowerCase(java.util.Locale.ROOT)
				: unquoted.toUpperCase(java.util.Locale.ROOT);
	}
}
