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

/**
 * {@code users list|add|disable|enable|trust}: the console's users, their roles and, in an imaging network's
 * PostgreSQL store, the trust each works for (administrators only).
 */
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
				  users password NAME   a new password for NAME (from CUSTODIAN_NEW_PASSWORD or the next line of
				                        standard input): one who forgot theirs, or moved from a Derby database
				  users trust NAME CODE the trust NAME works for in a network's PostgreSQL store (its ODS code), or
				                        * for the network: the server then shows them that trust's patients only
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String what = args.required("list, add, disable, enable, password or trust");
		return switch (what) {
		case "list" -> {
			args.end("users list");
			yield context -> {
				CsvWriter csv = context.csv();
				csv.row("user", "role", "staff_number", "enabled", "trust");
				var users = context.store().users();
				for (ConsoleUser u : users.list()) {
					csv.row(u.getUsername(), Permission.roleName(u.getRole()),
							u.getStaff() == null ? "" : u.getStaff().getStaffNumber(), String.valueOf(u.isEnabled()),
							users.trustOf(u.getUsername()));
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
		case "password" -> {
			String user = args.required("the user's name");
			args.end("users password");
			yield context -> {
				var store = context.store();
				store.require(Permission.MANAGE_USERS);
				char[] password = context.secret("CUSTODIAN_NEW_PASSWORD", "the user's new password");
				try {
					store.users().resetPassword(user, password);
				} finally {
					Arrays.fill(password, '\0');
				}
				context.err().println("a new password for " + user);
				return Cli.OK;
			};
		}
		case "trust" -> {
			String user = args.required("the user's name");
			String trust = args.required("the trust's code, or * for the network");
			args.end("users trust");
			yield context -> {
				context.store().users().assignTrust(user, trust);
				context.err().println(user + " works for " + (trust.equals("*") ? "the network" : trust));
				return Cli.OK;
			};
		}
		default -> throw new UsageException("users takes list, add, disable, enable, password or trust, not " + what);
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
