package org.custodian.bench.detection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Detection quality on a generated trust, through the built product's real loaders and command line (the
 * figures of docs/DETECTION.md): {@code ./dev bench detection [--accesses N] [--seed S] [--work DIR]}.
 * <p>
 * The generator writes a trust's feeds (ESR staff export, accounts, leavers, workstations, PAS demographics, RIS
 * orders and results, the VIP list, a month of PACS audit trail with system traffic) and the truth of every
 * inappropriate access it planted. They are loaded as a trust would load them, the trail imported (which runs
 * the rules), and the alert queue scored: recall per planted kind, false alerts per 10,000 ordinary accesses,
 * and the share of staff's accesses the RIS explains. The baseline, measured in the same run, is the rule a
 * trust starts with: one alert for every access the RIS does not explain.
 */
public final class DetectionBench {
	private DetectionBench() {
	}

	public static void main(String[] args) throws Exception {
		long accesses = 200_000;
		long seed = 13;
		Path work = null;
		boolean feedSpeed = true;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--no-feed-speed" -> feedSpeed = false;
			case "--accesses" -> accesses = Long.parseLong(args[++i]);
			case "--seed" -> seed = Long.parseLong(args[++i]);
			case "--work" -> work = Path.of(args[++i]);
			default -> {
				System.err.println("bench detection: unknown option " + args[i]
						+ "; options: --accesses N --seed S --work DIR --no-feed-speed");
				System.exit(2);
			}
			}
		}
		Path product = Path.of(System.getProperty("bench.product"));
		if (work == null) {
			work = Files.createTempDirectory("custodian-detection");
		}
		Files.createDirectories(work);
		CliRunner cli = new CliRunner(product, work);
		Path feeds = work.resolve("feeds");
		long started = System.nanoTime();
		cli.plain("generate-trust", feeds.toString(), "--accesses", Long.toString(accesses), "--seed", Long.toString(seed));
		List<String> loaded = load(cli, feeds);
		String alertsCsv = cli.on("alerts");
		String explainedCsv = cli.on("explained");
		double minutes = (System.nanoTime() - started) / 6e10;

		List<Scoring.Plant> plants = Scoring.plants(Files.readString(feeds.resolve("truth.csv"), StandardCharsets.UTF_8));
		Map<String, String> crosswalk = Scoring.crosswalk(Files.readString(feeds.resolve("patients.csv"),
				StandardCharsets.UTF_8));
		Scoring.Result r = Scoring.score(plants, Scoring.alerts(alertsCsv, crosswalk));
		long staffAccesses = 0;
		long explained = 0;
		long notStaff = 0;
		List<String> departments = new ArrayList<>();
		for (Map<String, String> row : Csv.read(explainedCsv)) {
			String d = row.get("department");
			long n = Long.parseLong(row.get("accesses"));
			long e = Long.parseLong(row.get("explained"));
			if (d.equals("all staff")) {
				staffAccesses = n;
				explained = e;
			} else if (d.startsWith("(not a member")) {
				notStaff = n;
			} else {
				departments.add(String.format("| %s | %,d | %,d | %.1f %% |", d, n, e, n == 0 ? 0 : 100.0 * e / n));
			}
		}
		long ordinary = Math.max(1, staffAccesses - r.plantedEvents());
		long unexplained = staffAccesses - explained;

		StringBuilder md = new StringBuilder();
		md.append(String.format("## Detection on a generated trust (seed %d, %,d accesses requested)%n%n", seed, accesses));
		md.append("Loaded with: ").append(String.join(", ", loaded)).append(String.format(". Whole run %.1f min.%n%n", minutes));
		md.append("| Planted kind | Plants | Found | Recall |\n|---|---:|---:|---:|\n");
		r.byKind().forEach((kind, c) -> md.append(String.format("| %s | %d | %d | %s |%n", kind, c[0], c[1],
				c[0] == 0 ? "-" : String.format("%.0f %%", 100.0 * c[1] / c[0]))));
		md.append(String.format("| **all** | %d | %d | %.0f %% |%n%n", r.plants(), r.found(),
				r.plants() == 0 ? 0 : 100.0 * r.found() / r.plants()));
		md.append(String.format("Alerts: %,d, of which %,d match no plant: **%.2f false alerts per 10,000 ordinary"
				+ " accesses** (%,d staff accesses to patients, %,d of them planted; %,d accesses by users who are not"
				+ " staff).%n%n", r.alerts(), r.falseAlerts(), 1e4 * r.falseAlerts() / ordinary, staffAccesses,
				r.plantedEvents(), notStaff));
		md.append("False alerts by rule: ").append(r.falseByRule().isEmpty() ? "none" : r.falseByRule().toString())
				.append("\n\n");
		md.append(String.format("Explained by the RIS feed: **%.1f %%** of staff's accesses (%,d of %,d); %.1f %% of"
				+ " their ordinary ones (%,d, the planted ones left out: none of them has a care relationship).%n%n",
				staffAccesses == 0 ? 0 : 100.0 * explained / staffAccesses, explained, staffAccesses,
				100.0 * explained / ordinary, ordinary));
		md.append("| Department | Accesses | Explained | Share |\n|---|---:|---:|---:|\n");
		departments.forEach(d -> md.append(d).append('\n'));
		md.append(String.format("%nBaseline in the same run, one alert for every unexplained access: %.1f alerts per"
				+ " 10,000 ordinary accesses; the rules raise %.3f of that.%n", 1e4 * unexplained / ordinary,
				unexplained == 0 ? 0 : (double) r.falseAlerts() / unexplained));
		if (feedSpeed) {
			md.append("\nThe feeds' load, HL7 files against the CSV exports of the same content, each into a fresh"
					+ " database, in this run:\n\n").append(FeedSpeed.measure(product, work, feeds));
		}
		System.out.print(md);
	}

	/** Loads the feeds as a trust would, through the CLI, and says which it used. */
	private static List<String> load(CliRunner cli, Path feeds) throws Exception {
		List<String> used = new ArrayList<>();
		// the ESR export as ESR writes it: the staff import reads its column names itself
		cli.on("load-staff", feeds.resolve("esr_staff_export.csv").toString());
		used.add("ESR staff export (load-staff)");
		cli.on("load-accounts", feeds.resolve("accounts.csv").toString());
		cli.on("load-leavers", feeds.resolve("leavers.csv").toString());
		cli.on("load-workstations", feeds.resolve("workstations.csv").toString());
		// which department each PAS and RIS location code belongs to: the RIS codes its clinics, the PAS its wards
		cli.on("load-locations", feeds.resolve("locations.csv").toString());
		used.add("the location list (load-locations)");
		// the PAS and the RIS as their interfaces send them: HL7 v2 files; the MDT lists beside them in CSV
		cli.on("load-patients", feeds.resolve("pas_adt.hl7").toString());
		cli.on("load-patients", feeds.resolve("pas_stays.hl7").toString());
		cli.on("load-care", feeds.resolve("ris.hl7").toString());
		cli.on("load-care", feeds.resolve("mdt_lists.csv").toString());
		used.add("HL7 v2 ADT from the PAS (load-patients: registrations, and the admissions and discharges that say"
				+ " which ward a patient is on), ORM/ORU from the RIS and the MDT lists (load-care)");
		cli.on("load-flags", feeds.resolve("flags.csv").toString());
		cli.on("load-media", feeds.resolve("media_register.csv").toString());
		used.add("media register (load-media)");
		cli.on("import", feeds.resolve("pacs_audit.xml").toString());
		used.add("PACS audit trail (import)");
		return used;
	}
}
