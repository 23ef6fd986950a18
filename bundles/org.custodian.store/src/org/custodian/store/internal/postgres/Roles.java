package org.custodian.store.internal.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.custodian.model.ConsoleRole;
import org.custodian.store.Permission;
import org.custodian.store.StoreException;

/**
 * Console users as the server's login roles, and their GRANTs, which follow the {@link Permission} table: whoever
 * connects as a console user with another SQL client can read and change no more than the console lets them.
 * <ul>
 * <li>every role reads the schema version and the entity tables (the registers, the console's users), reads and
 * adds to the console's trail and the settings (sign-in counts, the rules' settings);</li>
 * <li>roles that may change something change the entity tables; read-only roles only read;</li>
 * <li>{@link Permission#VIEW_ACCESS} reads the patients' tables (access events, alerts, patients, feeds),
 * {@link Permission#CHANGE_ACCESS} writes them: a role without it gets "permission denied" from the server.</li>
 * </ul>
 * Role names are the console's user names in lower case (PostgreSQL folds unquoted names so).
 */
final class Roles {
	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	/** Every table with a patient in it: what VIEW_ACCESS reads and CHANGE_ACCESS writes. */
	static final Set<String> PATIENT_TABLES = Set.of("access_event", "import_run", "quarantine", "care_relationship",
			"flagged_patient", "alert", "patient", "patient_link", "patient_movement");
	/** Tables only administrators change: a role changing them would change its own rights. */
	static final Set<String> ADMINISTRATORS_TABLES = Set.of("user_trust", "M_CONSOLE_USER");
	/** What every console user reads and adds to. */
	static final Set<String> SHARED_TABLES = Set.of("setting", "console_trail");

	private Roles() {
	}

	/** The role of a console user name. */
	static String name(String user) {
		String name = user == null ? "" : user.trim().toLowerCase(Locale.ROOT);
		if (!NAME.matcher(name).matches()) {
			throw new StoreException("A user of a PostgreSQL store is a letter followed by letters, digits or"
					+ " underscores (at most 63), not \"" + user + "\".");
		}
		return name;
	}

	/** Creates the login role with its password, hashed (SCRAM) before it leaves this computer. */
	static void create(PostgresDatabase db, String role, char[] password, ConsoleRole consoleRole) {
		try (Connection c = db.writableConnection()) {
			try (Statement s = c.createStatement()) {
				// only an administrator makes further roles; nobody inherits the owner's rights
				s.execute("CREATE ROLE " + role + " LOGIN NOINHERIT"
						+ (consoleRole == ConsoleRole.ADMINISTRATOR ? " CREATEROLE" : ""));
			}
			c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(role, password, "scram-sha-256");
			grant(c, db.where().database(), role, consoleRole, true);
			c.commit();
		} catch (SQLException e) {
			if ("42710".equals(e.getSQLState())) {
				throw new StoreException("The server has a role " + role + " already (roles are the server's, not one"
						+ " database's): choose another user name.", e);
			}
			throw PostgresFailures.of("The user " + role + " could not be created", e);
		}
	}

	static void setPassword(PostgresDatabase db, String role, char[] password) {
		try (Connection c = db.writableConnection()) {
			c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(role, password, "scram-sha-256");
			c.commit();
		} catch (SQLException e) {
			throw PostgresFailures.of("The password could not be changed", e);
		}
	}

	/** Grants the role what its console role may, and lets it sign in only while the account is enabled. */
	static void grant(PostgresDatabase db, String role, ConsoleRole consoleRole, boolean enabled) {
		try (Connection c = db.writableConnection()) {
			grant(c, db.where().database(), role, consoleRole, enabled);
			c.commit();
		} catch (SQLException e) {
			throw PostgresFailures.of("The grants of " + role + " could not be brought up to date", e);
		}
	}

	private static void grant(Connection c, String database, String role, ConsoleRole consoleRole, boolean enabled)
			throws SQLException {
		boolean readOnly = Permission.readOnly(consoleRole);
		List<String> tables = tables(c);
		try (Statement s = c.createStatement()) {
			if (!exists(c, role)) {
				// a console user moved from a Derby database (migrate-store): Derby's password hashes cannot move,
				// so the role has none and cannot sign in until an administrator gives it one
				s.execute("CREATE ROLE " + role + " NOINHERIT");
			}
			s.execute("ALTER ROLE " + role + (enabled ? " LOGIN" : " NOLOGIN"));
			// the server's administrator may have closed the database to PUBLIC: the store's roles may connect
			s.execute("GRANT CONNECT" + (readOnly ? "" : ", TEMPORARY") + " ON DATABASE " + database + " TO " + role);
			s.execute("GRANT USAGE ON SCHEMA " + PostgresDatabase.SCHEMA + " TO " + role);
			s.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + PostgresDatabase.SCHEMA + " FROM " + role);
			s.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA " + PostgresDatabase.SCHEMA + " FROM " + role);
			for (String table : tables) {
				String privileges = privileges(table, consoleRole, readOnly);
				if (privileges != null) {
					s.execute("GRANT " + privileges + " ON " + PostgresDatabase.SCHEMA + "." + quote(table) + " TO "
							+ role);
				}
			}
			if (!readOnly) {
				s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + PostgresDatabase.SCHEMA + " TO " + role);
			}
			String months = PostgresDatabase.SCHEMA + ".access_event_month(timestamp)";
			if (Permission.CHANGE_ACCESS.grantedTo(consoleRole) && !readOnly) {
				s.execute("GRANT EXECUTE ON FUNCTION " + months + " TO " + role);
			} else {
				s.execute("REVOKE ALL ON FUNCTION " + months + " FROM " + role);
			}
		}
	}

	/** What a console role may do with a table, as a GRANT's privilege list, or null for nothing. */
	static String privileges(String table, ConsoleRole role, boolean readOnly) {
		if (table.equals("schema_version")) {
			return "SELECT";
		}
		if (SHARED_TABLES.contains(table)) {
			return "SELECT, INSERT, UPDATE";
		}
		if (ADMINISTRATORS_TABLES.contains(table)) {
			// who works for which trust, and the console users' roles: what the grants and row security follow
			return role == ConsoleRole.ADMINISTRATOR ? "SELECT, INSERT, UPDATE, DELETE" : "SELECT";
		}
		if (PATIENT_TABLES.contains(table)) {
			if (Permission.CHANGE_ACCESS.grantedTo(role) && !readOnly) {
				return "SELECT, INSERT, UPDATE, DELETE";
			}
			return Permission.VIEW_ACCESS.grantedTo(role) ? "SELECT" : null;
		}
		return readOnly ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
	}

	/** The store's tables (not the months of the access events, which are reached through their parent). */
	private static List<String> tables(Connection c) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_catalog.pg_class c JOIN"
				+ " pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')"
				+ " AND NOT c.relispartition")) {
			ps.setString(1, PostgresDatabase.SCHEMA);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
		}
		return tables;
	}

	static boolean exists(Connection c, String role) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
			ps.setString(1, role);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next();
			}
		}
	}

	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}
}
