package org.custodian.cli;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application (org.custodian.cli.app) started by the custodian-cli script: looks up the
 * Declarative Services the console also uses and hands over to {@link Cli}. Its return value is the
 * process's exit code.
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		context.applicationRunning();
		return new Cli(new OsgiServices(), System.in, System.out, System.err, Map.copyOf(System.getenv())).run(args);
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
