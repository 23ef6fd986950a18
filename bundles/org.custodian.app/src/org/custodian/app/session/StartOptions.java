package org.custodian.app.session;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How the console was started: where its data lives and whether the demo trust should be seeded. Read once
 * from the command line and system properties by {@link LifeCycle}.
 *
 * @param home           the user's Custodian folder (system property custodian.home, default ~/.custodian)
 * @param seedDemo       true when started with --demo (or -Dcustodian.demo=true)
 */
public record StartOptions(Path home, boolean seedDemo) {

	public Path defaultDatabase() {
		return home.resolve("db");
	}

	public static StartOptions from(String[] applicationArgs) {
		List<String> args = applicationArgs == null ? List.of() : Arrays.asList(applicationArgs);
		String home = System.getProperty("custodian.home");
		Path homePath = home != null && !home.isBlank() ? Path.of(home)
				: Path.of(System.getProperty("user.home"), ".custodian");
		boolean demo = args.contains("--demo") || Boolean.getBoolean("custodian.demo");
		return new StartOptions(homePath.toAbsolutePath(), demo);
	}
}
