package org.custodian.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The product archives as a trust receives them, one per platform: the platform's own SWT and launcher fragments
 * and no other platform's, the start scripts of its OS with the same Java options as the other OS's, the ini, the
 * OSGi configuration, the version p2 installed (the p2 repository's product) and no folder of the build machine.
 *
 * <p>Reads what releng/org.custodian.product built (system property custodian.product.target, set by the pom).
 */
class ProductArchivesTest {

	/** The products' platforms: os, ws and arch as p2 and the archive names spell them. */
	enum Platform {
		LINUX("linux", "gtk", "x86_64", "tar.gz", "so"), WINDOWS("win32", "win32", "x86_64", "zip", "dll");

		final String os;
		final String ws;
		final String arch;
		final String format;
		final String nativeLibrary;

		Platform(String os, String ws, String arch, String format, String nativeLibrary) {
			this.os = os;
			this.ws = ws;
			this.arch = arch;
			this.format = format;
			this.nativeLibrary = nativeLibrary;
		}

		/** The suffix of the platform's fragments: gtk.linux.x86_64, win32.win32.x86_64. */
		String fragmentSuffix() {
			return ws + "." + os + "." + arch;
		}

		String archiveName() {
			return "org.custodian.product-" + os + "." + ws + "." + arch + "." + format;
		}

		Platform other() {
			return this == LINUX ? WINDOWS : LINUX;
		}
	}

	private static final String PRODUCT_ID = "org.custodian.product";
	private static final String REQUIRED_JAVA = "-Dosgi.requiredJavaVersion=21";
	private static final Path TARGET = Path.of(required("custodian.product.target"));
	private static final Map<Platform, ProductArchive> ARCHIVES = new EnumMap<>(Platform.class);

	private static String required(String property) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("system property " + property + " is not set (the pom sets it)");
		}
		return value;
	}

	static synchronized ProductArchive archive(Platform p) {
		return ARCHIVES.computeIfAbsent(p, platform -> {
			Path file = TARGET.resolve("products").resolve(platform.archiveName());
			assertTrue(Files.isRegularFile(file), "the product build made no " + file);
			try {
				return ProductArchive.read(file);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void everythingIsInOneCustodianFolder(Platform p) {
		ProductArchive a = archive(p);
		assertEquals("custodian", a.rootFolder, a + ": every entry in the folder custodian/");
		assertTrue(a.entries.size() > 100, a + " holds only " + a.entries.size() + " entries");
		assertFalse(a.names("plugins/[^/]+").isEmpty(), a + " has no plugins");
		assertFalse(a.names("features/[^/]+/?").isEmpty(), a + " has no features");
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void swtIsItsOwnPlatformsOnly(Platform p) throws IOException {
		ProductArchive a = archive(p);
		String own = "org.eclipse.swt." + p.fragmentSuffix();
		assertEquals(Set.of(own), fragments(a, "org\\.eclipse\\.swt"), a + ": SWT's platform fragments");
		assertTrue(a.names("plugins/org\\.eclipse\\.swt\\." + Pattern.quote(p.other().fragmentSuffix()) + "_.*").isEmpty(),
				a + " holds the " + p.other() + " SWT");

		String host = one(a, "plugins/org\\.eclipse\\.swt_[^/]+\\.jar");
		String fragment = one(a, "plugins/" + Pattern.quote(own) + "_[^/]+\\.jar");
		Attributes m = a.manifest(fragment).getMainAttributes();
		assertEquals(own, symbolicName(m), fragment);
		assertPlatformFilter(p, m, fragment);
		assertHostAdmits(a, m, "org.eclipse.swt", host, fragment);
		// the natives of its own platform: libswt-*.so in the Linux fragment, swt-*.dll in the Windows one
		String natives = p == Platform.LINUX ? "libswt-[^/]+\\.so" : "swt-[^/]+\\.dll";
		assertTrue(a.jarContent(fragment).stream().anyMatch(n -> n.matches(natives)),
				fragment + " holds no " + natives);
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void launcherIsItsOwnPlatformsOnly(Platform p) throws IOException {
		ProductArchive a = archive(p);
		String own = "org.eclipse.equinox.launcher." + p.fragmentSuffix();
		assertEquals(Set.of(own), fragments(a, "org\\.eclipse\\.equinox\\.launcher"), a + ": the launcher's fragments");

		String launcher = one(a, "plugins/org\\.eclipse\\.equinox\\.launcher_[^/]+\\.jar");
		assertEquals("org.eclipse.equinox.launcher.Main", a.manifest(launcher).getMainAttributes().getValue("Main-Class"),
				launcher);
		// the fragment is installed as a folder, its native library beside its manifest
		String fragment = one(a, "plugins/" + Pattern.quote(own) + "_[^/]+/");
		assertFalse(a.names(Pattern.quote(fragment) + "eclipse_[0-9]+\\." + p.nativeLibrary).isEmpty(),
				fragment + " holds no eclipse_*." + p.nativeLibrary);
		Attributes m = a.manifest(fragment).getMainAttributes();
		assertEquals(own, symbolicName(m), fragment);
		assertPlatformFilter(p, m, fragment);
		assertHostAdmits(a, m, "org.eclipse.equinox.launcher", launcher, fragment);
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void startScriptsAreThoseOfItsOwnOs(Platform p) {
		ProductArchive a = archive(p);
		List<String> shell = a.names("(custodian|custodian-cli|launcher\\.sh)");
		List<String> cmd = a.names("[^/]+\\.(cmd|bat)");
		if (p == Platform.LINUX) {
			assertEquals(List.of("custodian", "custodian-cli", "launcher.sh"), shell, a + ": shell scripts");
			assertEquals(List.of(), cmd, a + ": Windows scripts");
			for (String script : shell) {
				ProductArchive.Entry e = a.require(script);
				assertEquals(0755, e.mode() & 0777, a + ": " + script + " is not rwxr-xr-x");
				assertTrue(e.text().startsWith("#!/bin/sh\n"), script + " is not a sh script");
			}
			assertTrue(a.require("launcher.sh").text().contains("/plugins/org.eclipse.equinox.launcher_"),
					"launcher.sh does not look for the Equinox launcher");
		} else {
			assertEquals(List.of("custodian-cli.cmd", "custodian.cmd", "launcher.cmd"), cmd, a + ": Windows scripts");
			assertEquals(List.of(), shell, a + ": shell scripts");
			for (String script : cmd) {
				String text = a.require(script).text();
				assertFalse(text.replace("\r\n", "").contains("\n"), script + " has a line not ended by CRLF");
				assertTrue(text.startsWith("@echo off\r\n"), script + " does not start with @echo off");
			}
			assertTrue(a.require("launcher.cmd").text().contains("\\plugins\\org.eclipse.equinox.launcher_"),
					"launcher.cmd does not look for the Equinox launcher");
		}
		String ext = p == Platform.LINUX ? "" : ".cmd";
		String console = a.require("custodian" + ext).text();
		String cli = a.require("custodian-cli" + ext).text();
		for (String option : List.of(REQUIRED_JAVA, "-jar", "-install", "-configuration")) {
			assertTrue(options(console).contains(option.replaceFirst("=.*", "")), "custodian" + ext + " lacks " + option);
			assertTrue(options(cli).contains(option.replaceFirst("=.*", "")), "custodian-cli" + ext + " lacks " + option);
		}
		assertTrue(console.contains(REQUIRED_JAVA) && cli.contains(REQUIRED_JAVA), "the scripts require Java 21");
		assertTrue(console.contains("-clearPersistedState"), "custodian" + ext + " does not clear the persisted state");
		assertTrue(cli.contains("-application org.custodian.cli.app"), "custodian-cli" + ext + " does not run the CLI");
		a.require("logging.properties");
	}

	/** The Windows scripts are the Linux ones: the same options, Java's and Equinox's. */
	@Test
	void windowsScriptsPassTheLinuxScriptsOptions() {
		ProductArchive linux = archive(Platform.LINUX);
		ProductArchive windows = archive(Platform.WINDOWS);
		for (String script : List.of("custodian", "custodian-cli")) {
			Set<String> sh = options(linux.require(script).text());
			Set<String> cmd = options(windows.require(script + ".cmd").text());
			assertTrue(sh.size() >= 10, script + ": only " + sh);
			assertEquals(sh, cmd, script + ".cmd's options against " + script + "'s");
		}
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void iniRequiresJava21(Platform p) throws IOException {
		ProductArchive a = archive(p);
		assertEquals(List.of("eclipse.ini"), a.names("[^/]+\\.ini"), a + ": the launcher's ini");
		List<String> lines = a.text("eclipse.ini").lines().map(String::strip).toList();
		int vmargs = lines.indexOf("-vmargs");
		assertTrue(vmargs >= 0, "eclipse.ini has no -vmargs");
		assertTrue(lines.subList(vmargs + 1, lines.size()).contains(REQUIRED_JAVA),
				"eclipse.ini does not pass " + REQUIRED_JAVA + " to Java: " + lines);
		assertTrue(lines.subList(0, vmargs).contains("-clearPersistedState"), "eclipse.ini: " + lines);
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void configurationStartsTheProductFromItsOwnBundles(Platform p) throws IOException {
		ProductArchive a = archive(p);
		Properties config = new Properties();
		config.load(new ByteArrayInputStream(a.require("configuration/config.ini").bytes()));
		assertEquals("org.custodian.app.product", config.getProperty("eclipse.product"), "config.ini");
		assertEquals("org.eclipse.e4.ui.workbench.swt.E4Application", config.getProperty("eclipse.application"),
				"config.ini");
		String framework = config.getProperty("osgi.framework", "");
		assertTrue(framework.startsWith("file:plugins/org.eclipse.osgi_"), "config.ini osgi.framework=" + framework);
		assertNotNull(a.entry(framework.substring("file:".length())), a + " lacks the framework " + framework);
		assertTrue(config.getProperty("osgi.bundles", "").contains("org.eclipse.equinox.simpleconfigurator"),
				"config.ini does not start the simple configurator");

		// bundles.info: id,version,location,start level,started
		List<String> bundles = a.text("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info").lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
		assertTrue(bundles.size() > 100, "bundles.info lists " + bundles.size() + " bundles");
		Set<String> ids = new TreeSet<>();
		for (String line : bundles) {
			String[] f = line.split(",");
			assertEquals(5, f.length, "bundles.info: " + line);
			ids.add(f[0]);
			String location = f[2];
			assertTrue(a.entry(location) != null || a.entry(location + "/") != null,
					a + " lacks " + location + " that bundles.info starts");
		}
		for (String own : List.of("org.eclipse.swt." + p.fragmentSuffix(),
				"org.eclipse.equinox.launcher." + p.fragmentSuffix(), "org.custodian.app", "org.custodian.cli")) {
			assertTrue(ids.contains(own), "bundles.info does not list " + own);
		}
		for (String other : List.of("org.eclipse.swt." + p.other().fragmentSuffix(),
				"org.eclipse.equinox.launcher." + p.other().fragmentSuffix())) {
			assertFalse(ids.contains(other), "bundles.info lists " + other);
		}
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void versionIsTheRepositorysProduct(Platform p) throws Exception {
		ProductArchive a = archive(p);
		Document profile = profile(a);
		String version = productVersion(profile);
		String base = required("custodian.version").replace("-SNAPSHOT", "");
		assertTrue(version.matches(Pattern.quote(base) + "\\.[0-9]{12}"),
				a + ": the product's version " + version + " is not " + base + " with a build qualifier");
		assertEquals(repositoryProductVersion(), version, a + ": the installed product against the p2 repository's");

		Map<String, String> properties = profileProperties(profile);
		String environments = properties.getOrDefault("org.eclipse.equinox.p2.environments", "");
		for (String env : List.of("osgi.os=" + p.os, "osgi.ws=" + p.ws, "osgi.arch=" + p.arch)) {
			assertTrue(List.of(environments.split(",")).contains(env), a + ": profile environments " + environments);
		}
		// the features that say what the product is, at the product's version
		for (String feature : List.of("org.custodian.platform.feature", "org.custodian.access.feature",
				"org.custodian.cli.feature", "org.custodian.demo.feature")) {
			assertEquals(version, unitVersion(profile, feature + ".feature.group"), a + ": " + feature);
		}
	}

	@Test
	void bothArchivesAreOneVersion() throws Exception {
		assertEquals(productVersion(profile(archive(Platform.LINUX))), productVersion(profile(archive(Platform.WINDOWS))));
	}

	/**
	 * Nothing in the product names a folder of the build machine: not the local Maven repository, not the JDK, not
	 * the checkout. The one exception is the product's own build folder, which the p2 profile records as the
	 * installation's and which p2 replaces by the folder the product runs from, because the profile roams.
	 */
	@ParameterizedTest
	@EnumSource(Platform.class)
	void namesNoFolderOfTheBuildMachine(Platform p) throws Exception {
		ProductArchive a = archive(p);
		Map<String, String> properties = profileProperties(profile(a));
		assertEquals("true", properties.get("org.eclipse.equinox.p2.roaming"), a + ": the p2 profile does not roam");
		String installedAt = properties.getOrDefault("org.eclipse.equinox.p2.installFolder", "");
		String buildFolder = "/products/" + PRODUCT_ID + "/" + p.os + "/" + p.ws + "/" + p.arch + "/custodian";
		assertTrue(installedAt.replace('\\', '/').endsWith(buildFolder),
				a + ": the p2 profile's installation folder is not the build's product folder: " + installedAt);

		Set<String> forbidden = new LinkedHashSet<>();
		for (String folder : List.of(required("custodian.build.localRepository"), System.getProperty("java.home"),
				required("custodian.build.root"))) {
			String f = Path.of(folder).toAbsolutePath().normalize().toString();
			forbidden.add(f);
			forbidden.add(URLEncoder.encode(f, StandardCharsets.UTF_8)); // %2F
			forbidden.add(URLEncoder.encode(f, StandardCharsets.UTF_8).replace("%", "%25")); // %252F, as p2 keys
		}
		List<String> read = new ArrayList<>();
		List<String> found = new ArrayList<>();
		for (ProductArchive.Entry e : a.entries.values()) {
			if (e.directory() || e.bytes() == null || e.name().matches(".*\\.(jar|so|dll|png|gif|ico)")) {
				continue;
			}
			String text = a.text(e.name()).replace(installedAt, "(the product folder)");
			read.add(e.name());
			for (String f : forbidden) {
				if (text.contains(f)) {
					found.add(e.name() + " names " + f);
				}
			}
		}
		assertTrue(read.contains("configuration/config.ini") && read.stream().anyMatch(n -> n.endsWith(".profile.gz")),
				"the files read: " + read);
		assertEquals(List.of(), found, a + ": folders of the build machine");
	}

	// --- helpers

	/** The ids of a bundle's platform fragments in the archive: org.eclipse.swt.gtk.linux.x86_64 and the like. */
	private static Set<String> fragments(ProductArchive a, String hostRegex) {
		Pattern p = Pattern.compile("plugins/(" + hostRegex + "\\.[a-z0-9]+\\.[a-z0-9]+\\.[a-z0-9_]+)_[^/]+(\\.jar|/)");
		Set<String> ids = new TreeSet<>();
		for (String n : a.entries.keySet()) {
			Matcher m = p.matcher(n);
			if (m.matches()) {
				ids.add(m.group(1));
			}
		}
		return ids;
	}

	private static String one(ProductArchive a, String regex) {
		List<String> names = a.names(regex);
		assertEquals(1, names.size(), a + ": entries matching " + regex + ": " + names);
		return names.get(0);
	}

	private static String symbolicName(Attributes m) {
		return m.getValue("Bundle-SymbolicName").split(";")[0].strip();
	}

	private static void assertPlatformFilter(Platform p, Attributes m, String bundle) {
		String filter = m.getValue("Eclipse-PlatformFilter");
		assertNotNull(filter, bundle + " has no Eclipse-PlatformFilter");
		String compact = filter.replace(" ", "");
		for (String clause : List.of("(osgi.os=" + p.os + ")", "(osgi.ws=" + p.ws + ")", "(osgi.arch=" + p.arch + ")")) {
			assertTrue(compact.contains(clause), bundle + ": Eclipse-PlatformFilter " + filter);
		}
	}

	/** The fragment's Fragment-Host names {@code hostId} in a version range that admits the host in the archive. */
	private static void assertHostAdmits(ProductArchive a, Attributes fragment, String hostId, String hostEntry,
			String fragmentEntry) throws IOException {
		String header = fragment.getValue("Fragment-Host");
		assertNotNull(header, fragmentEntry + " is no fragment");
		String[] parts = header.split(";");
		assertEquals(hostId, parts[0].strip(), fragmentEntry + ": Fragment-Host " + header);
		Matcher range = Pattern.compile("bundle-version\\s*=\\s*\"([^\"]+)\"").matcher(header);
		assertTrue(range.find(), fragmentEntry + ": Fragment-Host has no bundle-version: " + header);
		OsgiVersion host = OsgiVersion.parse(a.manifest(hostEntry).getMainAttributes().getValue("Bundle-Version"));
		assertTrue(host.in(range.group(1)),
				fragmentEntry + " is hosted by " + hostId + " " + range.group(1) + ", but the archive holds " + host);
	}

	/** The options a start script passes (Java's -D names and Equinox's), comment lines left out. */
	private static Set<String> options(String script) {
		Set<String> options = new TreeSet<>();
		Matcher m = Pattern.compile("(?:^|[\\s\"])(-[A-Za-z][\\w.]*)").matcher("");
		for (String line : script.lines().toList()) {
			String l = line.strip();
			if (l.startsWith("#") || l.regionMatches(true, 0, "rem ", 0, 4) || l.startsWith("@rem ")) {
				continue;
			}
			m.reset(l);
			while (m.find()) {
				options.add(m.group(1));
			}
		}
		return options;
	}

	/** The p2 profile's newest state in the archive (p2 keeps one file per change, named by its time). */
	private static Document profile(ProductArchive a) throws Exception {
		List<String> states = a.names("p2/org\\.eclipse\\.equinox\\.p2\\.engine/profileRegistry/[^/]+\\.profile/[0-9]+\\.profile\\.gz");
		assertFalse(states.isEmpty(), a + " has no p2 profile");
		String newest = states.stream().max((x, y) -> Long.compare(time(x), time(y))).orElseThrow();
		return xml(new ByteArrayInputStream(a.text(newest).getBytes(StandardCharsets.UTF_8)));
	}

	private static long time(String profileState) {
		String file = profileState.substring(profileState.lastIndexOf('/') + 1);
		return Long.parseLong(file.substring(0, file.indexOf('.')));
	}

	private static String productVersion(Document doc) {
		return unitVersion(doc, PRODUCT_ID);
	}

	private static String unitVersion(Document doc, String id) {
		NodeList units = doc.getElementsByTagName("unit");
		String version = null;
		for (int i = 0; i < units.getLength(); i++) {
			Element u = (Element) units.item(i);
			if (id.equals(u.getAttribute("id"))) {
				if (version != null) {
					fail("two units " + id + ": " + version + " and " + u.getAttribute("version"));
				}
				version = u.getAttribute("version");
			}
		}
		assertNotNull(version, "no unit " + id);
		return version;
	}

	/** The properties of the profile itself (not of its units). */
	private static Map<String, String> profileProperties(Document profile) {
		Map<String, String> map = new HashMap<>();
		Element root = profile.getDocumentElement();
		for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals("properties")) {
				NodeList props = e.getElementsByTagName("property");
				for (int i = 0; i < props.getLength(); i++) {
					Element prop = (Element) props.item(i);
					map.put(prop.getAttribute("name"), prop.getAttribute("value"));
				}
			}
		}
		return map;
	}

	/** The version of the product in the p2 repository the build published (target/repository/content.jar). */
	private static String repositoryProductVersion() throws Exception {
		Path content = TARGET.resolve("repository/content.jar");
		assertTrue(Files.isRegularFile(content), "the build made no p2 repository: " + content);
		try (ZipInputStream jar = new ZipInputStream(Files.newInputStream(content))) {
			ZipEntry e;
			while ((e = jar.getNextEntry()) != null) {
				if (e.getName().equals("content.xml")) {
					return productVersion(xml(jar));
				}
			}
		}
		throw new AssertionError(content + " holds no content.xml");
	}

	private static Document xml(InputStream in) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		// p2's files name no DTD or schema; nothing outside the archive is read
		f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return f.newDocumentBuilder().parse(new InputStream() { // parse() closes its stream; the zip stays open
			@Override
			public int read() throws IOException {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				return in.read(b, off, len);
			}
		});
	}
}
