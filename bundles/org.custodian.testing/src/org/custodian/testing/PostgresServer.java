package org.custodian.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (Debian's {@code postgresql} package) for the tests: a new cluster made by {@code initdb}
 * in a temporary folder, listening on a free port of 127.0.0.1 only, with password (SCRAM) authentication for its
 * superuser. PostgreSQL refuses to run as root, so when the tests run as root the cluster belongs to Debian's
 * unprivileged {@code postgres} system user and every server command runs as that user ({@code runuser}).
 * <p>
 * {@link #shared()} is one server for a whole test run (stopped when the JVM ends); {@link #start} makes one the
 * caller stops with {@link #close()}. Every wait is bounded. A missing package FAILS the test naming it: a database
 * test that skips proves nothing. The benchmark (bench/) starts its server with this class too, so it needs no
 * test framework: failures are AssertionErrors.
 */
public final class PostgresServer implements AutoCloseable {
	/** The database superuser of the test cluster (not the console's administrator). */
	public static final String SUPERUSER = "postgres";
	/** Debian's unprivileged system user that owns the cluster when the tests run as root. */
	static final String SYSTEM_USER = "postgres";
	private static final long START_TIMEOUT_SECONDS = 60;
	private static final long STOP_TIMEOUT_SECONDS = 30;
	/** Every test database's name starts so; {@link #newDatabase} drops those of the previous test. */
	private static final String TEST_PREFIX = "custodian_test_";

	private static PostgresServer shared;
	private static int databases;

	private final Path folder;
	private final Path data;
	private final Path log;
	private final int port;
	private final String superPassword;
	/** pg_ctl's -o: the port, the addresses and the settings it was started with. */
	private String options;
	private final Thread shutdownHook;
	private volatile boolean running = true;

	private PostgresServer(Path folder, int port, String superPassword) {
		this.folder = folder;
		this.data = folder.resolve("data");
		this.log = folder.resolve("server.log");
		this.port = port;
		this.superPassword = superPassword;
		this.shutdownHook = new Thread(this::stop, "stop PostgreSQL on port " + port);
		Runtime.getRuntime().addShutdownHook(shutdownHook);
	}

	/** The one server of this test run, started on first use and stopped when the JVM ends. */
	public static synchronized PostgresServer shared() {
		if (shared == null || !shared.running) {
			try {
				shared = start(Files.createTempDirectory("custodian-pg-"), TEST_SETTINGS);
			} catch (IOException e) {
				return fail("cannot make a folder for the test PostgreSQL server: " + e, e);
			}
		}
		return shared;
	}

	/**
	 * Settings for unit tests: a crash of the test server loses nothing anyone needs, so it does not wait for the
	 * disk. The benchmark starts its server with {@link #DURABLE_SETTINGS} instead.
	 */
	public static final List<String> TEST_SETTINGS = List.of("fsync=off", "synchronous_commit=off",
			"full_page_writes=off", "max_connections=200");
	/** PostgreSQL's defaults for durability (fsync, full pages); more memory than Debian's default for the bench. */
	public static final List<String> DURABLE_SETTINGS = List.of("shared_buffers=512MB", "max_wal_size=4GB",
			"checkpoint_timeout=15min", "max_connections=50");

	/**
	 * Makes a new cluster in {@code folder} (which must be empty or absent, and is given to the system user when
	 * running as root) and starts it on a free port of 127.0.0.1, waiting at most a minute.
	 *
	 * @param settings server settings (name=value) on top of PostgreSQL's defaults
	 */
	public static PostgresServer start(Path folder, List<String> settings) {
		Path bin = binaries();
		String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
		try {
			Files.createDirectories(folder);
			Path passwordFile = folder.resolve("superuser.pw");
			Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
			giveToSystemUser(folder);
			run(folder, bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U", SUPERUSER,
					"--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
			Files.delete(passwordFile);
		} catch (IOException e) {
			return fail("cannot prepare the PostgreSQL cluster in " + folder + ": " + e, e);
		}
		for (int attempt = 1;; attempt++) {
			int port = freePort();
			List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port), "-c",
					"listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + folder));
			for (String s : settings) {
				options.add("-c");
				options.add(s);
			}
			try {
				run(folder, bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-l",
						folder.resolve("server.log").toString(), "-w", "-t", Long.toString(START_TIMEOUT_SECONDS),
						"-o", String.join(" ", options), "start");
				PostgresServer server = new PostgresServer(folder, port, password);
				server.options = String.join(" ", options);
				return server;
			} catch (AssertionError startFailed) {
				// another process may have taken the free port between the probe and the start: try another
				if (attempt == 3) {
					throw new AssertionError(startFailed.getMessage() + "\nserver log:\n" + tail(folder.resolve("server.log")),
							startFailed);
				}
			}
		}
	}

	/** The newest PostgreSQL (15 or later) Debian installed under /usr/lib/postgresql. */
	static Path binaries() {
		Path root = Path.of("/usr/lib/postgresql");
		try (Stream<Path> versions = Files.list(root)) {
			return versions.filter(v -> v.getFileName().toString().matches("\\d+")
					&& Integer.parseInt(v.getFileName().toString()) >= 15 && Files.isExecutable(v.resolve("bin/initdb")))
					.max((a, b) -> Integer.compare(Integer.parseInt(a.getFileName().toString()),
							Integer.parseInt(b.getFileName().toString())))
					.map(v -> v.resolve("bin")).orElseThrow(() -> new IOException("no version 15 or newer"));
		} catch (IOException e) {
			return fail("PostgreSQL 15 or newer is not installed under " + root + " (" + e.getMessage()
					+ "): install the Debian package 'postgresql' (apt-get install postgresql)", e);
		}
	}

	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Hands the folder to the unprivileged system user when the tests run as root (initdb refuses root). */
	private static void giveToSystemUser(Path folder) throws IOException {
		if (!root()) {
			return;
		}
		UserPrincipal owner;
		try {
			owner = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM_USER);
		} catch (IOException e) {
			fail("the tests run as root, and PostgreSQL must run as the system user '" + SYSTEM_USER
					+ "', which does not exist: install the Debian package 'postgresql'", e);
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.toList()) {
				Files.setOwner(p, owner);
			}
		}
	}

	/** Runs a server command (as the system user when root), failing the test on a non-zero exit or a hang. */
	private static void run(Path folder, String... command) {
		List<String> full = new ArrayList<>();
		if (root()) {
			full.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
		}
		full.addAll(List.of(command));
		try {
			Path out = Files.createTempFile("pg-command-", ".out");
			try {
				Process p = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true)
						.redirectOutput(out.toFile()).start();
				if (!p.waitFor(START_TIMEOUT_SECONDS + 30, TimeUnit.SECONDS)) {
					p.destroyForcibly();
					p.waitFor(10, TimeUnit.SECONDS);
					fail(String.join(" ", full) + " did not finish in time\n" + Files.readString(out));
				}
				if (p.exitValue() != 0) {
					fail(String.join(" ", full) + " exited with " + p.exitValue() + "\n" + Files.readString(out));
				}
			} finally {
				Files.deleteIfExists(out);
			}
		} catch (IOException e) {
			fail("could not run " + String.join(" ", full) + ": " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("interrupted while running " + String.join(" ", full), e);
		}
	}

	private static int freePort() {
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		} catch (IOException e) {
			return fail("no free port on 127.0.0.1: " + e, e);
		}
	}

	private static String tail(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		} catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	public int port() {
		return port;
	}

	/** The cluster's data folder (the "no patient data in clear" checks read every file under it). */
	public Path dataDirectory() {
		return data;
	}

	/** The server's log file. */
	public Path log() {
		return log;
	}

	/** The JDBC URL of a database of this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** The console's location of a database of this server, as the sign-in screen and {@code --db} take it. */
	public String location(String database) {
		return "postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** A connection (auto-commit) to a database of this server as the superuser. */
	public Connection superuser(String database) throws SQLException {
		return connect(database, SUPERUSER, superPassword.toCharArray());
	}

	/** A plain JDBC connection as any role, the way another SQL client would connect. */
	public Connection connect(String database, String role, char[] password) throws SQLException {
		Properties p = new Properties();
		p.setProperty("user", role);
		p.setProperty("password", new String(password));
		p.setProperty("sslmode", "disable");
		Connection c = new org.postgresql.Driver().connect(jdbcUrl(database), p);
		if (c == null) {
			throw new SQLException("pgjdbc did not accept " + jdbcUrl(database));
		}
		return c;
	}

	/**
	 * A new empty database owned by a new login role that may create roles (what a network's database
	 * administrator gives Custodian's administrator), after dropping the databases and roles the previous test
	 * made, so that every test starts on an empty server. Returns the database's name.
	 */
	public synchronized String newDatabase(String owner, char[] password) {
		String name = TEST_PREFIX + (++databases);
		try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
			dropEverythingOfTests(s);
			s.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD '" + new String(password).replace("'", "''")
					+ "'");
			s.execute("CREATE DATABASE " + name + " OWNER " + owner);
			// PUBLIC may create nothing in the new database (PostgreSQL 15 no longer lets it create in public)
			s.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
			return name;
		} catch (SQLException e) {
			return fail("could not make a test database on the PostgreSQL server: " + e.getMessage(), e);
		}
	}

	private static void dropEverythingOfTests(Statement s) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + TEST_PREFIX + "%'")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		for (String db : names) {
			s.execute("DROP DATABASE " + db + " WITH (FORCE)");
		}
		List<String> roles = new ArrayList<>();
		try (ResultSet rs = s.executeQuery("SELECT rolname FROM pg_roles WHERE rolname <> '" + SUPERUSER
				+ "' AND rolname NOT LIKE 'pg\\_%'")) {
			while (rs.next()) {
				roles.add(rs.getString(1));
			}
		}
		for (String role : roles) {
			s.execute("DROP ROLE \"" + role.replace("\"", "\"\"") + "\"");
		}
	}

	/** Stops the server (fast shutdown, at most 30 s) and removes its folder. */
	@Override
	public void close() {
		stop();
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		} catch (IllegalStateException shuttingDown) {
			// the hook is running or has run
		}
	}

	private synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		try {
			run(folder, binaries().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t",
					Long.toString(STOP_TIMEOUT_SECONDS), "stop");
		} catch (AssertionError notStopped) {
			System.err.println("the test PostgreSQL server on port " + port + " did not stop: " + notStopped.getMessage());
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			System.err.println("the test PostgreSQL server's folder " + folder + " was not removed: " + e);
		}
	}

	/**
	 * Serves TLS with this certificate and key from now on (copied into the server's folder for its user; the
	 * server reloads them without a restart). The first call turns TLS on.
	 */
	public synchronized void useCertificate(Path certificate, Path key) {
		try {
			Path cert = folder.resolve("server.crt");
			Path k = folder.resolve("server.key");
			Files.copy(certificate, cert, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Files.copy(key, k, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			// PostgreSQL refuses a key others may read
			Files.setPosixFilePermissions(k, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
			if (root()) {
				UserPrincipal owner = folder.getFileSystem().getUserPrincipalLookupService()
						.lookupPrincipalByName(SYSTEM_USER);
				Files.setOwner(cert, owner);
				Files.setOwner(k, owner);
			}
			try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
				s.execute("ALTER SYSTEM SET ssl_cert_file = '" + cert + "'");
				s.execute("ALTER SYSTEM SET ssl_key_file = '" + k + "'");
				s.execute("ALTER SYSTEM SET ssl = on");
				try (ResultSet rs = s.executeQuery("SELECT pg_reload_conf()")) {
					rs.next();
				}
			}
			// the reload is signalled, not awaited: wait (at most 10 s) until a TLS connection shows the certificate
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (System.nanoTime() < deadline) {
				try (Connection c = superuser("postgres"); Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("SHOW ssl")) {
					if (rs.next() && rs.getString(1).equals("on")) {
						Thread.sleep(300);
						return;
					}
				}
				Thread.sleep(100);
			}
			fail("the server did not turn TLS on within 10 s\n" + tail(log));
		} catch (IOException | SQLException e) {
			fail("cannot give the server its certificate: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("interrupted while the server took its certificate");
		}
	}

	/**
	 * Stops the server at once (pg_ctl's immediate shutdown: what a crash or a lost server does to the
	 * connections), keeping its folder for {@link #startAgain}.
	 */
	public synchronized void crash() {
		run(folder, binaries().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "-t",
				Long.toString(STOP_TIMEOUT_SECONDS), "stop");
	}

	/** Starts a crashed server again on its port, waiting at most a minute (it recovers from its WAL first). */
	public synchronized void startAgain() {
		run(folder, binaries().resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t",
				Long.toString(START_TIMEOUT_SECONDS), "-o", options, "start");
	}

	/** Whether the server is still running (pg_ctl status). */
	public boolean running() {
		if (!running) {
			return false;
		}
		try {
			run(folder, binaries().resolve("pg_ctl").toString(), "-D", data.toString(), "status");
			return true;
		} catch (AssertionError stopped) {
			return false;
		}
	}

	private static <T> T fail(String message) {
		throw new AssertionError(message);
	}

	private static <T> T fail(String message, Throwable cause) {
		throw new AssertionError(message, cause);
	}
}
