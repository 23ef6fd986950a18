package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custodian.cli.Cli;
import org.custodian.testing.PostgresServer;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code custodian-cli migrate-store --to postgresql://...}: a Derby database made through the command line moves
 * into a PostgreSQL store with every table equal, the users sign in there from the same command line, and the
 * Derby database still opens as before.
 */
class MigrateStoreCliTest {
	@TempDir
	Path dir;

	private static Map<String, String> env(String... more) {
		Map<String, String> env = new HashMap<>(Map.of("CUSTODIAN_USER", TestDatabases.USER, "CUSTODIAN_PASSWORD",
				TestDatabases.PASSWORD, "CUSTODIAN_BOOT_PASSWORD", TestDatabases.BOOT));
		for (int i = 0; i < more.length; i += 2) {
			env.put(more[i], more[i + 1]);
		}
		return env;
	}

	private static void ok(CliRun r) {
		assertEquals(Cli.OK, r.code(), r.out() + r.err());
	}

	@Test
	void aDerbyDatabaseMovesToPostgresqlWithEveryTableEqualAndStillOpens() throws Exception {
		Path derby = dir.resolve("db");
		Path staff = Files.writeString(dir.resolve("staff.csv"), """
				staff_number,given_name,family_name,group,employment,start_date,end_date,line_manager
				E1,Ann,Archer,Radiology,permanent,2020-01-01,,
				E2,Bob,Baker,Radiology,permanent,2020-01-01,,E1
				""", StandardCharsets.UTF_8);
		ok(CliRun.run(env(), CliRun.on(derby, "--create", "load-staff", staff.toString())));
		ok(CliRun.run(env("CUSTODIAN_NEW_PASSWORD", "a pass phrase for roles"),
				CliRun.on(derby, "users", "add", "igman", "--role", "ig_manager")));

		PostgresServer server = PostgresServer.shared();
		String database = server.newDatabase(TestDatabases.USER, TestDatabases.PASSWORD.toCharArray());
		String to = server.location(database) + "?sslmode=disable";
		CliRun moved = CliRun.run(env(), CliRun.on(derby, "migrate-store", "--to", to));
		ok(moved);
		List<String> lines = moved.lines();
		assertEquals("table,derby_rows,postgresql_rows,derby_hash,postgresql_hash,equal", lines.get(0));
		assertTrue(lines.size() > 10, moved.out());
		assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",yes")), moved.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("M_STAFF,2,2,")), moved.out());
		assertTrue(moved.err().contains("every count and content equal"), moved.err());

		// again: nothing is copied twice and everything is still equal
		ok(CliRun.run(env(), CliRun.on(derby, "migrate-store", "--to", to)));

		CliRun users = CliRun.run(env(), new String[] { "--db", to, "users", "list" });
		ok(users);
		assertTrue(users.out().contains("igman,IG manager"), users.out());
		ok(CliRun.run(env("CUSTODIAN_NEW_PASSWORD", "a new phrase after the move"),
				new String[] { "--db", to, "users", "password", "igman" }));
		// the IG manager signs in to the PostgreSQL store with the new password, and is refused what only an
		// administrator may
		CliRun refused = CliRun.run(env("CUSTODIAN_USER", "igman", "CUSTODIAN_PASSWORD", "a new phrase after the move",
				"CUSTODIAN_NEW_PASSWORD", "another phrase entirely"), new String[] { "--db", to, "users", "password",
						"guardian" });
		assertEquals(Cli.FAILED, refused.code(), refused.out() + refused.err());
		assertTrue(refused.err().contains("may not create console users"), refused.err());

		// the Derby database is as it was and still opens
		CliRun derbyUsers = CliRun.run(env(), CliRun.on(derby, "users", "list"));
		ok(derbyUsers);
		assertTrue(derbyUsers.out().contains("igman"), derbyUsers.out());
	}
}
