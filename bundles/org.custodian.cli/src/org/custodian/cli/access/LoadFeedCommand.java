package org.custodian.cli.access;

import java.nio.file.Path;

import org.custodian.audit.core.feeds.FeedReport;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.RecordException;

/**
 * {@code load-care}, {@code load-flags}, {@code load-workstations}: the reference feeds the access rules read,
 * from CSV. After a feed changes, the rules run again over every event (a care relationship can explain, or a flag
 * can raise, alerts on events imported before).
 */
public final class LoadFeedCommand implements CliCommand {
	/** Which feed. */
	public enum Feed {
		CARE("load-care", "the RIS/worklist care feed: patient_id, accession, referrer, reporting_radiologist,\n"
				+ "                        department, mdt_list, teleradiology, study_date"),
		FLAGS("load-flags", "the flagged-patient (VIP) list, replaced whole: patient_id, category, reason"),
		WORKSTATIONS("load-workstations", "the workstation register: address, name, location, department"),
		PATIENTS("load-patients", "the PAS/MPI demographics export: patient_id (CX, ~ between several),\n"
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

	public LoadFeedCommand(Feed feed) {
		this.feed = feed;
	}

	@Override
	public String name() {
		return feed.command;
	}

	@Override
	public String help() {
		return "  " + String.format("%-22s", feed.command + " FILE") + feed.text + "\n";
	}

	@Override
	public Action parse(CliArgs args) {
		Path file = args.path("FILE");
		args.end(name());
		return context -> {
			context.store();
			AccessReview review = context.service(AccessReview.class);
			FeedReport report;
			try {
				report = switch (feed) {
				case CARE -> review.feeds().loadCare(file);
				case FLAGS -> review.feeds().loadFlags(file);
				case WORKSTATIONS -> review.feeds().loadWorkstations(file);
				case PATIENTS -> review.feeds().loadPatients(file);
				};
			} catch (RecordException e) {
				context.err().println("custodian-cli: " + e.getMessage());
				return Cli.FAILED;
			}
			context.out().printf("%s: read %d, added %d, refused %d%n", report.source(), report.read(), report.added(),
					report.problems().size());
			for (RecordException p : report.problems()) {
				context.err().println("  refused: " + p.getMessage());
			}
			var rerun = review.rules().runFromStart(new org.eclipse.core.runtime.NullProgressMonitor());
			context.out().printf("rules re-run over %d events: %d new alerts%n", rerun.eventsChecked(), rerun.alertsRaised());
			return report.problems().isEmpty() ? Cli.OK : Cli.WARNINGS;
		};
	}
}
