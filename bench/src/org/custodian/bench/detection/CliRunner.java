package org.custodian.bench.detection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built product's custodian-cli as a trust's scheduler would, one process per command, with the
 * passwords in the environment. Output goes to files beside the database, so a run can be looked at afterwards.
 */
final class CliRunner {
	private static final long LIMIT_MINUTES = 60;
	private final Path cli;
	private final Path db;
	private final Path logs;
	private boolean created;

	CliRunner(Path product, Path work) throws IOException {
		this.cli = product.resolve("custodian-cli");
		if (!Files.isExecutable(cli)) {
			throw new IOException("no custodian-cli in " + product + "; run ./dev build first");
		}
		this.db = work.resolve("db");
		this.logs = Files.createDirectories(work.resolve("logs"));
	}

	/** Runs a command that needs no database (help, generate-trust); returns its standard output. */
	String plain(String... args) throws IOException, InterruptedException {
		return exec(false, List.of(args));
	}

	/** Runs a command on the bench's database (created by the first one); returns its standard output. */
	String on(String... args) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of("--db", db.toString()));
		if (!created) {
			all.add("--create");
			created = true;
		}
		all.addAll(List.of(args));
		return exec(true, all);
	}

	private String exec(boolean secrets, List<String> args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(cli.toString());
		command.addAll(args);
		String name = String.join("_", args.subList(0, Math.min(args.size(), secrets ? 4 : 1))).replaceAll("[^A-Za-z0-9_.-]",
				"_");
		Path out = logs.resolve(name + ".out");
		Path err = logs.resolve(name + ".err");
		ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		if (secrets) {
			pb.environment().put("CUSTODIAN_BOOT_PASSWORD", "detection bench boot secret");
			pb.environment().put("CUSTODIAN_PASSWORD", "detection bench secret 1");
			pb.environment().put("CUSTODIAN_USER", "guardian");
		}
		long start = System.nanoTime();
		Process p = pb.start();
		if (!p.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new IOException(String.join(" ", args) + " did not finish within " + LIMIT_MINUTES + " minutes");
		}
		System.err.printf("bench: %s -> exit %d in %.1f s%n", String.join(" ", args.subList(secrets ? 2 : 0,
				Math.min(args.size(), (secrets ? 2 : 0) + 3))), p.exitValue(), (System.nanoTime() - start) / 1e9);
		if (p.exitValue() == 2) {
			throw new IOException(String.join(" ", args) + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
		}
		return Files.readString(out, StandardCharsets.UTF_8);
	}
}
