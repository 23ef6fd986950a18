package org.custodian.cli.access;

import java.nio.file.Path;
import java.util.Locale;

import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.review.Investigations;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.report.csv.CsvWriter;
import org.custodian.cli.UsageException;
import org.custodian.model.CaseNote;
import org.custodian.model.CaseOutcome;
import org.custodian.model.Investigation;

/**
 * {@code cases list|show|close|case-pack}: the guardian's investigations without the console. Closing asks for
 * the same as the Cases view: an outcome, the Caldicott principle and the findings, none of them defaulted.
 */
public final class CasesCommand implements CliCommand {

	@Override
	public String name() {
		return "cases";
	}

	@Override
	public String help() {
		return """
				  cases list            the investigations as CSV: reference, title, status, owner, user, patient,
				                        opened, outcome
				  cases show REF        one case with its alerts, evidence and notes
				  cases open --alert ID [--alert ID ...] [--title TEXT]
				                        opens a case from alerts (ids as `alerts` lists them), owned by you
				  cases open --user USER [--title TEXT]
				                        opens one case from every open alert about the user
				  cases decide REF --reportable yes|no --reason TEXT
				                        records whether the breach is reportable (the 72-hour clock)
				  cases close REF --outcome substantiated|partially_substantiated|unsubstantiated|unfounded
				        --principle 1-8 --findings TEXT
				                        closes a case whose reportability was decided; it cannot change after
				  cases case-pack REF FILE.pdf
				                        writes the guardian's case pack
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String what = args.required("list, show, open, decide, close or case-pack");
		return switch (what) {
		case "list" -> {
			args.end("cases list");
			yield CasesCommand::list;
		}
		case "show" -> {
			String ref = args.required("the case reference");
			args.end("cases show");
			yield context -> show(context, ref);
		}
		case "open" -> {
			java.util.List<Long> alerts = new java.util.ArrayList<>();
			for (var id = args.option("--alert"); id.isPresent(); id = args.option("--alert")) {
				try {
					alerts.add(Long.parseLong(id.get()));
				} catch (NumberFormatException e) {
					throw new UsageException("--alert takes an alert id, not " + id.get());
				}
			}
			String user = args.option("--user").orElse(null);
			if (alerts.isEmpty() == (user == null)) {
				throw new UsageException("cases open needs --alert ID (one or more) or --user USER");
			}
			String title = args.option("--title").orElse(null);
			args.end("cases open");
			if (user != null) {
				yield context -> {
					Investigation c;
					try {
						c = review(context).investigations().openForUser(user, title, context.store().user());
					} catch (IllegalArgumentException e) {
						context.err().println("custodian-cli: " + e.getMessage());
						return Cli.FAILED;
					}
					context.out().println(c.getReference());
					return Cli.OK;
				};
			}
			yield context -> {
				Investigation c = review(context).investigations().open(title == null ? "Alerts " + alerts : title,
						alerts, context.store().user());
				context.out().println(c.getReference());
				return Cli.OK;
			};
		}
		case "decide" -> {
			String ref = args.required("the case reference");
			String reportable = args.option("--reportable")
					.orElseThrow(() -> new UsageException("cases decide needs --reportable yes|no"));
			if (!reportable.equals("yes") && !reportable.equals("no")) {
				throw new UsageException("--reportable is yes or no, not " + reportable);
			}
			String reason = args.option("--reason").orElseThrow(() -> new UsageException("cases decide needs --reason"));
			args.end("cases decide");
			yield context -> {
				review(context).investigations().decideReportability(ref, reportable.equals("yes"), reason);
				context.out().println(ref + ": reportability recorded");
				return Cli.OK;
			};
		}
		case "close" -> {
			String ref = args.required("the case reference");
			CaseOutcome outcome = args.option("--outcome").map(CasesCommand::outcome)
					.orElseThrow(() -> new UsageException("cases close needs --outcome (no outcome is assumed)"));
			int principle = args.number("--principle", 1)
					.orElseThrow(() -> new UsageException("cases close needs --principle 1-8 (the Caldicott principle)"));
			String findings = args.option("--findings")
					.orElseThrow(() -> new UsageException("cases close needs --findings TEXT"));
			args.end("cases close");
			yield context -> {
				Investigation c = review(context).investigations().close(ref, outcome, principle, findings);
				context.out().println(c.getReference() + " closed: " + c.getOutcome().getLiteral().toLowerCase(Locale.ROOT));
				return Cli.OK;
			};
		}
		case "case-pack" -> {
			String ref = args.required("the case reference");
			Path pdf = args.path("FILE.pdf");
			args.end("cases case-pack");
			yield context -> {
				AccessReview review = review(context);
				review.casePack().write(find(review.investigations(), ref), pdf);
				context.out().println("case pack of " + ref + " written to " + pdf);
				return Cli.OK;
			};
		}
		default -> throw new UsageException("cases takes list, show, open, decide, close or case-pack, not " + what);
		};
	}

	private static AccessReview review(CliContext context) {
		context.store();
		return context.service(AccessReview.class);
	}

	private static Investigation find(Investigations cases, String ref) {
		return cases.find(ref).orElseThrow(() -> new UsageException("there is no case " + ref));
	}

	private static CaseOutcome outcome(String text) {
		CaseOutcome o = CaseOutcome.get(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
		if (o == null || o == CaseOutcome.NONE) {
			throw new UsageException("--outcome is substantiated, partially_substantiated, unsubstantiated or unfounded,"
					+ " not " + text);
		}
		return o;
	}

	private static int list(CliContext context) {
		CsvWriter csv = context.csv();
		csv.row("reference", "title", "status", "owner", "user", "patient", "opened", "outcome");
		for (Investigation c : review(context).investigations().all()) {
			csv.row(c.getReference(), c.getTitle(), String.valueOf(c.getStatus()), c.getOwner(), c.getSubjectUserId(),
					c.getPatientId(), c.getOpened() == null ? null : c.getOpened().toInstant().toString(),
					c.getOutcome() == null ? null : String.valueOf(c.getOutcome()));
		}
		return context.out().checkError() ? Cli.FAILED : Cli.OK;
	}

	private static int show(CliContext context, String ref) {
		AccessReview review = review(context);
		Investigation c = find(review.investigations(), ref);
		var out = context.out();
		out.println(c.getReference() + ": " + c.getTitle());
		out.println("status: " + c.getStatus() + ", owner: " + c.getOwner() + ", outcome: " + c.getOutcome());
		out.println("user: " + c.getSubjectUserId() + ", patient: " + c.getPatientId());
		review.investigations().alerts(ref).forEach(a -> out.println("alert " + a.id() + " " + a.rule() + " "
				+ a.severity() + ": " + a.reason()));
		out.println("evidence events: " + c.getEvidenceEventIds());
		for (CaseNote n : c.getNotes()) {
			out.println("note by " + n.getAuthor() + ": " + n.getText());
		}
		return Cli.OK;
	}
}
