package org.custodian.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Hands out connections to the open database. Callers close what they get.
 * Connections come with auto-commit off: every unit of work commits or rolls back itself.
 */
@FunctionalInterface
public interface ConnectionSource {
	Connection connection() throws SQLException;
}
