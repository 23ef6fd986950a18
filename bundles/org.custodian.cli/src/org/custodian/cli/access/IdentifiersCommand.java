package org.custodian.cli.access;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.store.IdentifierPolicy;
import org.custodian.store.PatientRegistry;

/**
 * {@code identifiers}: shows, or sets, which assigning authorities are the trust's hospital number and which are
 * other organisations'. Setting them rekeys every stored identifier, so events imported before match the new
 * policy; the change is written to the console trail.
 */
public final class IdentifiersCommand implements CliCommand {

	@Override
	public String name() {
		return "identifiers";
	}

	@Override
	public String help() {
		return """
				  identifiers [--local A,B] [--foreign C,D]
				                        shows or sets the assigning authorities of the trust's hospital number
				                        (namespace ids or OIDs) and of other organisations; the NHS number is
				                        known by its OID. Setting them rekeys what is stored
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		Optional<Set<String>> local = args.option("--local").map(IdentifiersCommand::names);
		Optional<Set<String>> foreign = args.option("--foreign").map(IdentifiersCommand::names);
		args.end(name());
		return context -> {
			PatientRegistry patients = context.store().patients();
			if (local.isPresent() || foreign.isPresent()) {
				IdentifierPolicy old = patients.policy();
				IdentifierPolicy policy = new IdentifierPolicy(local.orElse(old.localAuthorities()),
						foreign.orElse(old.foreignAuthorities()));
				long changed = patients.setPolicy(policy);
				context.store().trail().append(context.store().user(), "change identifier policy", "patients",
						describe(old) + " -> " + describe(policy));
				context.out().printf("rekeyed %d stored identifiers%n", changed);
			}
			IdentifierPolicy p = patients.policy();
			context.out().println(describe(p));
			return Cli.OK;
		};
	}

	private static String describe(IdentifierPolicy p) {
		return "hospital number: " + (p.localAuthorities().isEmpty() ? "any authority but the NHS number's"
				: String.join(", ", p.localAuthorities())) + "; other organisations: "
				+ (p.foreignAuthorities().isEmpty() ? "none" : String.join(", ", p.foreignAuthorities()));
	}

	private static Set<String> names(String csv) {
		return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}
}
