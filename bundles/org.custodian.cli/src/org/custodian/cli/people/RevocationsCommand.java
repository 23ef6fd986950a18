package org.custodian.cli.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.report.csv.CsvWriter;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessAfterEndDate;
import org.custodian.people.core.Directory;
import org.custodian.people.core.PeopleService;
import org.custodian.people.core.Revocations;

/** {@code revocations [--at DAY]}: per leaver, whether their accounts were disabled by the deadline, as CSV. */
public final class RevocationsCommand implements CliCommand {

	@Override
	public String name() {
		return "revocations";
	}

	@Override
	public String help() {
		return """
				  revocations [--at YYYY-MM-DD]
				                        per leaver as CSV: end date, deadline, account disabled, deadline met,
				                        accesses after the end date; exit 1 on a breach or such an access
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		LocalDate at = args.date("--at").orElse(null);
		args.end(name());
		return context -> run(context, at);
	}

	private static int run(CliContext context, LocalDate at) {
		PeopleService people = context.service(PeopleService.class);
		context.store();
		// a day given: judged as at the end of it
		Instant now = at == null ? people.clock().instant()
				: at.plusDays(1).atStartOfDay(people.clock().getZone()).toInstant().minusSeconds(1);
		Trust trust = people.trust();
		Map<Staff, Long> accesses = new HashMap<>();
		for (AccessAfterEndDate.Finding f : people.accessAfterEndDate(trust)) {
			accesses.merge(f.staff(), f.events(), Long::sum);
		}
		CsvWriter csv = context.csv();
		csv.row("staff_number", "name", "end_date", "deadline", "accounts", "account_disabled", "deadline_met",
				"status", "smartcard_removed", "position_removed", "accesses_after_end_date");
		boolean trouble = false;
		List<Revocations.Leaver> leavers = Revocations.check(trust, now, people.clock().getZone());
		for (Revocations.Leaver l : leavers) {
			long after = accesses.getOrDefault(l.staff(), 0L);
			String met = switch (l.status()) {
			case MET -> "yes";
			case LATE, MISSING -> "no";
			default -> "";
			};
			csv.row(l.staff().getStaffNumber(), Directory.name(l.staff()), l.endDate().toString(),
					l.deadline().toString(), String.valueOf(l.accounts().size()),
					l.disabledAt() == null ? "" : l.disabledAt().atZone(people.clock().getZone()).toLocalDateTime().toString(),
					met, l.status().name().toLowerCase(), str(l.smartcardRemoved()), str(l.positionRemoved()),
					String.valueOf(after));
			trouble |= l.status().breach() || after > 0;
		}
		context.out().flush();
		if (context.out().checkError()) {
			return Cli.FAILED;
		}
		return trouble ? Cli.WARNINGS : Cli.OK;
	}

	private static String str(Object o) {
		return o == null ? "" : o.toString();
	}
}
