package org.custodian.bench.detection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long the PAS's and the RIS's feeds take to load from their HL7 v2 files, against the same patients and
 * orders loaded from the CSV exports the generator writes beside them, each into a database of its own, in the
 * same run. Whole commands are timed (a JVM start included), as a scheduler runs them.
 */
final class FeedSpeed {
	private FeedSpeed() {
	}

	/** The figures as a Markdown table. */
	static String measure(Path product, Path work, Path feeds) throws IOException, InterruptedException {
		CliRunner hl7 = new CliRunner(product, Files.createDirectories(work.resolve("speed-hl7")));
		CliRunner csv = new CliRunner(product, Files.createDirectories(work.resolve("speed-csv")));
		// both databases exist before the clock starts: creating one is not a feed's cost
		hl7.on("identifiers");
		csv.on("identifiers");
		double adt = seconds(() -> hl7.on("load-patients", feeds.resolve("pas_adt.hl7").toString()));
		double patients = seconds(() -> csv.on("load-patients", feeds.resolve("patients.csv").toString()));
		double ris = seconds(() -> hl7.on("load-care", feeds.resolve("ris.hl7").toString()));
		double care = seconds(() -> csv.on("load-care", feeds.resolve("care.csv").toString()));
		long adtMessages = messages(feeds.resolve("pas_adt.hl7"));
		long risMessages = messages(feeds.resolve("ris.hl7"));
		long patientRows = lines(feeds.resolve("patients.csv")) - 1;
		long careRows = lines(feeds.resolve("care.csv")) - 1;
		return String.format("""
				| Feed | HL7 v2 | s | per s | CSV baseline (same content) | s | per s | HL7 / CSV time |
				|---|---:|---:|---:|---:|---:|---:|---:|
				| PAS demographics | %,d ADT | %.1f | %,.0f | %,d rows | %.1f | %,.0f | %.2f |
				| RIS care relationships | %,d ORM/ORU | %.1f | %,.0f | %,d rows | %.1f | %,.0f | %.2f |
				""", adtMessages, adt, adtMessages / adt, patientRows, patients, patientRows / patients, adt / patients,
				risMessages, ris, risMessages / ris, careRows, care, careRows / care, ris / care);
	}

	interface Step {
		void run() throws IOException, InterruptedException;
	}

	private static double seconds(Step step) throws IOException, InterruptedException {
		long start = System.nanoTime();
		step.run();
		return (System.nanoTime() - start) / 1e9;
	}

	private static long messages(Path hl7) throws IOException {
		try (var lines = Files.lines(hl7, java.nio.charset.StandardCharsets.ISO_8859_1)) {
			return lines.filter(l -> l.startsWith("MSH|")).count();
		}
	}

	private static long lines(Path csv) throws IOException {
		try (var lines = Files.lines(csv, java.nio.charset.StandardCharsets.UTF_8)) {
			return lines.count();
		}
	}
}
