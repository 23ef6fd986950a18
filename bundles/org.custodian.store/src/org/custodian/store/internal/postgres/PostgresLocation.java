package org.custodian.store.internal.postgres;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.custodian.store.StoreException;

/**
 * Where a PostgreSQL store is: {@code postgresql://host:port/database}, and how to reach it. The connection is
 * TLS with the server's certificate checked against the trusted root and its name against the host
 * ({@code sslmode=verify-full}); pgjdbc refuses the server otherwise. The root certificate is pgjdbc's default
 * (~/.postgresql/root.crt) unless the location names one ({@code ?sslrootcert=/path/root.crt}). Only a server on
 * this computer (127.0.0.1, ::1, localhost) may be reached without TLS, and only when the location says
 * {@code ?sslmode=disable}: that traffic never leaves the machine.
 */
public record PostgresLocation(String host, int port, String database, Map<String, String> options) {
	private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "[::1]", "localhost");
	private static final Set<String> OPTIONS = Set.of("sslmode", "sslrootcert");
	/** pgjdbc's driver, made once: DriverManager is unreliable inside OSGi. */
	private static final java.sql.Driver DRIVER = new org.postgresql.Driver();

	public static PostgresLocation parse(String location) {
		URI uri;
		try {
			uri = new URI(location.trim());
		} catch (java.net.URISyntaxException e) {
			throw new StoreException("A PostgreSQL store is written postgresql://host:port/database, not " + location
					+ ".", e);
		}
		String path = uri.getPath() == null ? "" : uri.getPath();
		if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1
				|| !path.matches("/[A-Za-z_][A-Za-z0-9_]{0,62}")) {
			throw new StoreException("A PostgreSQL store is written postgresql://host:port/database, not " + location
					+ ".");
		}
		Map<String, String> options = new LinkedHashMap<>();
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				int eq = pair.indexOf('=');
				String name = eq < 0 ? pair : pair.substring(0, eq);
				if (!OPTIONS.contains(name)) {
					throw new StoreException("A PostgreSQL store's location takes only " + OPTIONS + ", not " + name
							+ ".");
				}
				options.put(name, eq < 0 ? "" : pair.substring(eq + 1));
			}
		}
		String mode = options.getOrDefault("sslmode", "verify-full");
		if (!mode.equals("verify-full") && !(mode.equals("disable") && LOOPBACK.contains(uri.getHost()))) {
			throw new StoreException("Custodian reaches a PostgreSQL server only over TLS with its certificate and host"
					+ " name checked (sslmode=verify-full), not sslmode=" + mode + "; only a server on this computer may"
					+ " be reached without TLS (sslmode=disable).");
		}
		return new PostgresLocation(uri.getHost(), uri.getPort(), path.substring(1), Map.copyOf(options));
	}

	/** Whether the connection is TLS with the server's certificate and name checked. */
	public boolean verified() {
		return !"disable".equals(options.get("sslmode"));
	}

	String jdbcUrl() {
		return "jdbc:postgresql://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":"
				+ port + "/" + database;
	}

	/**
	 * A new connection as {@code role}, searching {@code schema} first when given.
	 *
	 * @throws SQLException as pgjdbc reports it (a wrong password is 28P01); {@link PostgresFailures} words it
	 */
	Connection connect(String role, char[] password, String schema) throws SQLException {
		Properties p = new Properties();
		p.setProperty("user", role);
		p.setProperty("password", new String(password));
		p.setProperty("sslmode", options.getOrDefault("sslmode", "verify-full"));
		if (options.containsKey("sslrootcert")) {
			p.setProperty("sslrootcert", options.get("sslrootcert"));
		}
		if (schema != null) {
			p.setProperty("currentSchema", schema);
		}
		p.setProperty("ApplicationName", "Custodian");
		p.setProperty("connectTimeout", "10");
		p.setProperty("loginTimeout", "20");
		p.setProperty("tcpKeepAlive", "true");
		// one INSERT of many rows for a JDBC batch: the alerts' and feeds' batches in a round trip
		p.setProperty("reWriteBatchedInserts", "true");
		Connection c = DRIVER.connect(jdbcUrl(), p);
		if (c == null) {
			throw new SQLException("The PostgreSQL driver did not accept " + jdbcUrl(), "08001");
		}
		return c;
	}

	/** The location as the console writes it (no secret is part of it). */
	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder("postgresql://").append(host).append(':').append(port).append('/')
				.append(database);
		String sep = "?";
		for (Map.Entry<String, String> o : options.entrySet()) {
			sb.append(sep).append(o.getKey()).append('=').append(o.getValue());
			sep = "&";
		}
		return sb.toString();
	}

	/** A short name for the database, for role names: letters, digits and underscores, lower case. */
	String shortName() {
		String name = database.toLowerCase(Locale.ROOT);
		return name.length() <= 30 ? name : name.substring(0, 30);
	}
}
