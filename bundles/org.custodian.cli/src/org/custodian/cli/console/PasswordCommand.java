package org.custodian.cli.console;

import java.util.Arrays;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;

/**
 * {@code password}: changes the signed-in user's own password; {@code boot-password}: re-encrypts the database
 * under a new boot password (administrators only; no other console may have the database open).
 */
public final class PasswordCommand implements CliCommand {
	private final boolean boot;

	public PasswordCommand(boolean boot) {
		this.boot = boot;
	}

	@Override
	public String name() {
		return boot ? "boot-password" : "password";
	}

	@Override
	public String help() {
		return boot ? """
				  boot-password         re-encrypt the database under a new boot password, from
				                        CUSTODIAN_NEW_BOOT_PASSWORD or the next line of standard input
				""" : """
				  password              change your own password to the one in CUSTODIAN_NEW_PASSWORD or the next
				                        line of standard input
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		args.end(name());
		return context -> {
			var store = context.store();
			if (boot) {
				store.require(org.custodian.store.Permission.MAINTAIN_DATABASE);
				char[] current = context.bootPassword();
				char[] replacement = context.secret("CUSTODIAN_NEW_BOOT_PASSWORD", "the new boot password");
				try {
					store.maintenance().changeBootPassword(current, replacement);
				} finally {
					Arrays.fill(current, '\0');
					Arrays.fill(replacement, '\0');
				}
				context.err().println("the database is re-encrypted: from now on it opens with the new boot password only");
			} else {
				char[] current = context.password();
				char[] replacement = context.secret("CUSTODIAN_NEW_PASSWORD", "the new password");
				try {
					store.users().changeOwnPassword(current, replacement);
				} finally {
					Arrays.fill(current, '\0');
					Arrays.fill(replacement, '\0');
				}
				context.err().println("password changed for " + store.user());
			}
			return Cli.OK;
		};
	}
}
