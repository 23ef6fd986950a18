package org.custodian.cli.console;

import java.util.Arrays;
import java.util.Locale;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.cli.UsageException;
import org.custodian.model.ConsoleRole;
import org.custodian.model.ConsoleUser;
import org.custodian.store.Permission;

/** {@code users list|add|disable|enable}: the console's users and their roles (administrators only). */
public final class UsersCommand implements CliCommand {

	@Override
	public String name() {
		return "users";
	}

	@Override
	public String help() {
		return """
				  users list            the console's users with their roles, as CSV
				  users add NAME --role ROLE [--staff NUMBER]
				                        a new user; ROLE is caldicott_guardian, it_security_lead, ig_manager,
				                        line_manager (needs --staff), auditor or administrator; the new user's
				                        password from CUSTODIAN_NEW_PASSWORD or the next line of standard input
				  users disable NAME | users enable NAME
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String what = args.required("list, add, disable or enable");
		return switch (what) {
		case "list" -> {
			args.end("users list");
			yield context -> {
				CsvWriter csv = context.csv();
				csv.row("user", "role", "staff_number", "enabled");
				for (ConsoleUser u : context.store().users().list()) {
					csv.row(u.getUsername(), Permission.roleName(u.getRole()),
							u.getStaff() == null ? "" : u.getStaff().getStaffNumber(), String.valueOf(u.isEnabled()));
				}
				return Cli.OK;
			};
		}
		case "add" -> {
			String user = args.required("the new user's name");
			ConsoleRole role = role(args.option("--role").orElseThrow(() -> new UsageException("users add needs --role")));
			String staff = args.option("--staff").orElse(null);
			args.end("users add");
			yield context -> {
				var store = context.store();
				// checked before asking for the password, so that a refused caller is told at once
				store.require(Permission.MANAGE_USERS);
				char[] password = context.secret("CUSTODIAN_NEW_PASSWORD", "the new user's password");
				try {
					store.users().create(user, password, role, staff);
				} finally {
					Arrays.fill(password, '\0');
				}
				context.err().println("created " + user + " (" + Permission.roleName(role) + ")");
				return Cli.OK;
			};
		}
		case "disable", "enable" -> {
			String user = args.required("the user's name");
			args.end("users " + what);
			yield context -> {
				context.store().users().setEnabled(user, what.equals("enable"));
				context.err().println(user + " " + what + "d");
				return Cli.OK;
			};
		}
		default -> throw new UsageException("users takes list, add, disable or enable, not " + what);
		};
	}

	static ConsoleRole role(String text) {
		ConsoleRole role = ConsoleRole.get(text.toUpperCase(Locale.ROOT).replace('-', '_'));
		if (role == null) {
			throw new UsageException("unknown role " + text + "; roles: caldicott_guardian, it_security_lead, ig_manager,"
					+ " line_manager, auditor, administrator");
		}
		return role;
	}
}
