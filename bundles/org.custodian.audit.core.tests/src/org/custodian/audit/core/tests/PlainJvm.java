package org.custodian.audit.core.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.report.csv.CsvTable;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A command for a separate, plain JVM (no OSGi) that runs one of this fragment's classes on the importer's
 * jars, as the benchmark does: the class path is made of the bundles the test runtime itself loaded them from
 * (reactor bundles are folders whose classes are in target/classes), and the class files of the main class
 * are copied out of the fragment into a folder of their own.
 */
final class PlainJvm {
	/** Bundles the importer needs outside OSGi: the bundles of these classes, plus Derby's fragments. */
	private static final List<String> CLASSES = List.of("org.custodian.audit.core.AuditLogImporter",
			"org.custodian.store.AccessEvent", "org.custodian.report.csv.CsvTable", "org.custodian.model.Trust",
			"org.apache.derby.jdbc.EmbeddedDriver", "org.eclipse.core.runtime.IProgressMonitor",
			"com.google.gson.stream.JsonReader",
			"org.apache.commons.csv.CSVParser", "org.apache.commons.codec.language.DoubleMetaphone");

	private PlainJvm() {
	}

	/**
	 * @param main        the class with the main method (in this fragment)
	 * @param nested      simple names of its nested classes that it uses ("Outer$Inner")
	 * @param scratch     a folder for the copied class files
	 * @param arguments   the main method's arguments
	 */
	static List<String> command(Class<?> main, List<String> nested, Path scratch, String... arguments)
			throws IOException {
		Path classes = Files.createDirectories(scratch.resolve("classes"));
		Path pkg = Files.createDirectories(classes.resolve(main.getPackageName().replace('.', '/')));
		List<String> names = new ArrayList<>();
		names.add(main.getSimpleName());
		names.addAll(nested);
		for (String name : names) {
			try (InputStream in = main.getResourceAsStream(name + ".class")) {
				if (in == null) {
					throw new IOException("class file " + name + ".class not found beside " + main.getName());
				}
				Files.write(pkg.resolve(name + ".class"), in.readAllBytes());
			}
		}
		Set<String> path = new LinkedHashSet<>();
		path.add(classes.toString());
		Bundle importer = FrameworkUtil.getBundle(AuditLogImporter.class);
		for (String name : CLASSES) {
			Class<?> c = load(name);
			Bundle b = FrameworkUtil.getBundle(c);
			if (b == null) {
				throw new IOException(name + " is not in a bundle of the test runtime");
			}
			path.add(location(b));
		}
		// the framework's own jar (org.eclipse.osgi), which equinox.common's progress monitors need for tracing
		try {
			path.add(Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
		} catch (java.net.URISyntaxException | RuntimeException e) {
			throw new IOException("the OSGi framework's jar cannot be found", e);
		}
		for (Bundle b : importer.getBundleContext().getBundles()) {
			String host = b.getHeaders().get("Fragment-Host");
			if (host != null && host.strip().startsWith("derby")) {
				path.add(location(b));
			}
		}
		String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
				"java").toString());
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", String.join(File.pathSeparator, path),
				"-Dderby.stream.error.file=" + scratch.resolve("derby.log"), main.getName()));
		command.addAll(List.of(arguments));
		return command;
	}

	/**
	 * The class, through this fragment's loader (its host's, audit.core's) or the report bundle's (which alone sees
	 * commons-csv).
	 */
	private static Class<?> load(String name) throws IOException {
		for (ClassLoader loader : List.of(PlainJvm.class.getClassLoader(), CsvTable.class.getClassLoader())) {
			try {
				return Class.forName(name, false, loader);
			} catch (ClassNotFoundException e) {
				// try the next
			}
		}
		throw new IOException(name + " cannot be loaded in the test runtime");
	}

	/** The jar or class folder a bundle was installed from. */
	private static String location(Bundle b) throws IOException {
		String location = b.getLocation();
		int at = location.indexOf("file:");
		if (at < 0) {
			throw new IOException("bundle " + b.getSymbolicName() + " has no file location: " + location);
		}
		String text = location.substring(at + "file:".length());
		Path file = Path.of(text);
		if (!file.isAbsolute()) {
			// relative locations are relative to the framework's install area
			String area = System.getProperty("osgi.install.area", "");
			Path base = area.startsWith("file:") ? Path.of(URI.create(area.replace(" ", "%20"))) : Path.of("");
			file = base.resolve(text).normalize();
		}
		if (!Files.exists(file)) {
			throw new IOException("bundle " + b.getSymbolicName() + " is not at " + file + " (location " + location + ")");
		}
		Path classes = file.resolve("target/classes");
		if (Files.isDirectory(file) && Files.isDirectory(classes)) {
			return classes.toString();
		}
		return file.toString();
	}
}
