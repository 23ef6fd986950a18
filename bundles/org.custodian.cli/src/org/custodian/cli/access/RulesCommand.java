package org.custodian.cli.access;

import java.util.List;
import java.util.Map;

import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.audit.core.rules.RuleRunReport;
import org.custodian.audit.core.rules.RuleSettings;
import org.custodian.audit.core.rules.RuleSettingsText;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code rules settings|set|run}: the detection rules' settings, stored in the database for every console, and a
 * run of the rules for a scheduler. A change is written to the console trail.
 */
public final class RulesCommand implements CliCommand {

	@Override
	public String name() {
		return "rules";
	}

	@Override
	public String help() {
		return """
				  rules settings        the detection rules' settings as name=value lines, and the rules
				  rules set NAME=VALUE ...
				                        changes settings (e.g. workStart=07:30 disabled=family,out-of-hours-bulk);
				                        written to the console trail; then run the rules again from the start
				  rules run [--from-start]
				                        checks the events not yet checked (or all of them) and prints the new alerts
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String what = args.required("settings, set or run");
		return switch (what) {
		case "settings" -> {
			args.end("rules settings");
			yield context -> {
				RuleEngine engine = engine(context);
				for (Map.Entry<String, String> e : RuleSettingsText.values(engine.settings()).entrySet()) {
					context.out().println(e.getKey() + "=" + e.getValue());
				}
				RuleEngine.rules().forEach(r -> context.out().println("# " + r.id() + ": " + r.description()));
				return Cli.OK;
			};
		}
		case "set" -> {
			List<String> changes = args.rest();
			if (changes.isEmpty()) {
				throw new UsageException("rules set needs at least one NAME=VALUE");
			}
			yield context -> {
				RuleEngine engine = engine(context);
				RuleSettings changed;
				try {
					changed = RuleSettingsText.with(engine.settings(), changes);
				} catch (IllegalArgumentException e) {
					throw new UsageException(e.getMessage());
				}
				engine.saveSettings(changed);
				RuleRunReport r = engine.runFromStart(new NullProgressMonitor());
				context.out().printf("settings saved; rules re-run over %d events: %d new alerts%n", r.eventsChecked(),
						r.alertsRaised());
				if (r.alertsExplained() > 0) {
					context.out().printf("%d open alerts the feeds now explain: marked EXPLAINED%n", r.alertsExplained());
				}
				return Cli.OK;
			};
		}
		case "run" -> {
			boolean all = args.flag("--from-start");
			args.end("rules run");
			yield context -> {
				RuleEngine engine = engine(context);
				RuleRunReport r = all ? engine.runFromStart(new NullProgressMonitor()) : engine.run(new NullProgressMonitor());
				context.out().printf("%d events checked, %d new alerts%n", r.eventsChecked(), r.alertsRaised());
				r.raisedByRule().forEach((rule, n) -> context.out().printf("  %s: %d%n", rule, n));
				if (r.alertsExplained() > 0) {
					context.out().printf("%d open alerts the feeds now explain: marked EXPLAINED%n", r.alertsExplained());
				}
				return Cli.OK;
			};
		}
		default -> throw new UsageException("rules takes settings, set or run, not " + what);
		};
	}

	private static RuleEngine engine(org.custodian.cli.CliContext context) {
		context.store();
		return context.service(AccessReview.class).rules();
	}
}
