package org.custodian.cli.access;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.custodian.audit.core.feeds.FeedReport;
import org.custodian.audit.core.feeds.hl7.Hl7Feed;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.report.csv.RecordException;

/**
 * {@code load-patients}, {@code load-care}, {@code load-flags}, {@code load-workstations}, {@code load-locations}: the reference feeds the
 * access rules read, from CSV, and for the PAS and RIS feeds from files of HL7 v2 messages too. After a feed changes, the rules run again over every event (a care relationship can explain, or a flag
 * can raise, alerts on events imported before).
 */
public final class LoadFeedCommand implements CliCommand {
	/** Which feed. */
	public enum Feed {
		CARE("load-care", "the RIS/worklist care feed: HL7 v2 ORM^O01, OMI^O23 and ORU^R01 messages, or CSV\n"
				+ "                        with patient_id, accession, referrer, reporting_radiologist,\n"
				+ "                        department, mdt_list, teleradiology, study_date"),
		FLAGS("load-flags", "the flagged-patient (VIP) list, replaced whole: patient_id, category, reason"),
		WORKSTATIONS("load-workstations", "the workstation register: address, name, location, department"),
		LOCATIONS("load-locations", "the trust's location list, replaced whole: location (a PAS/RIS PV1-3\n"
				+ "                        code: a ward, a clinic), department (as ESR names it)"),
		PATIENTS("load-patients", "the PAS/MPI demographics: HL7 v2 ADT A01, A04, A08, A28, A31 and A40\n"
				+ "                        (merge) messages, with A01, A02 and A03 also where the patient is (the\n"
				+ "                        PV1-3 ward), or CSV with patient_id (CX, ~ between several),\n"
				+ "                        nhs_number, family_name, given_name, birth_date, sex, address, postcode,\n"
				+ "                        phone, next_of_kin, next_of_kin_phone, next_of_kin_address");

		final String command;
		final String text;

		Feed(String command, String text) {
			this.command = command;
			this.text = text;
		}
	}

	private final Feed feed;

	private static Charset charset(String name) {
		try {
			return Charset.forName(name);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--charset: " + name + " is not a character set this Java knows (UTF-8, ISO-8859-1,"
					+ " windows-1252...)");
		}
	}

	public LoadFeedCommand(Feed feed) {
		this.feed = feed;
	}

	@Override
	public String name() {
		return feed.command;
	}

	@Override
	public String help() {
		String usage = "  " + String.format("%-22s", feed.command + " FILE") + feed.text + "\n";
		if (feed == Feed.CARE || feed == Feed.PATIENTS) {
			usage += "                        A file that starts with MSH is read as HL7 v2, each message on its own\n"
					+ "                        (--charset NAME if not UTF-8"
					+ (feed == Feed.CARE ? "; --performing-department NAME, Radiology\n"
							+ "                        unless given, performs every order" : "")
					+ ")\n";
		}
		return usage;
	}

	@Override
	public Action parse(CliArgs args) {
		boolean hl7Capable = feed == Feed.CARE || feed == Feed.PATIENTS;
		Charset charset = hl7Capable ? args.option("--charset").map(LoadFeedCommand::charset).orElse(StandardCharsets.UTF_8)
				: StandardCharsets.UTF_8;
		String performing = feed == Feed.CARE
				? args.option("--performing-department").orElse(Hl7Feed.DEFAULT_PERFORMING_DEPARTMENT)
				: null;
		Path file = args.path("FILE");
		args.end(name());
		return context -> {
			context.store();
			AccessReview review = context.service(AccessReview.class);
			FeedReport report;
			try {
				report = switch (feed) {
				case CARE -> review.feeds().loadCare(file, charset, performing);
				case FLAGS -> review.feeds().loadFlags(file);
				case WORKSTATIONS -> review.feeds().loadWorkstations(file);
				case LOCATIONS -> review.feeds().loadLocations(file);
				case PATIENTS -> review.feeds().loadPatients(file, charset);
				};
			} catch (RecordException e) {
				context.err().println("custodian-cli: " + e.getMessage());
				return Cli.FAILED;
			}
			context.out().printf("%s: read %d, added %d, refused %d%n", report.source(), report.read(), report.added(),
					report.problems().stream().filter(p -> !p.reason().startsWith("accepted")).count());
			for (RecordException p : report.problems()) {
				context.err().println(p.reason().startsWith("accepted") ? "  " + p.getMessage() : "  refused: " + p.getMessage());
			}
			var rerun = review.rules().runFromStart(new org.eclipse.core.runtime.NullProgressMonitor());
			context.out().printf("rules re-run over %d events: %d new alerts%n", rerun.eventsChecked(), rerun.alertsRaised());
			if (rerun.alertsExplained() > 0) {
				context.out().printf("%d open alerts the feeds now explain: marked EXPLAINED%n", rerun.alertsExplained());
			}
			return report.problems().isEmpty() ? Cli.OK : Cli.WARNINGS;
		};
	}
}
