package org.custodian.product.tests;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * One product archive as a trust receives it (.tar.gz or .zip): every entry's name under the root folder, its Unix
 * mode where the archive has one, and the bytes of the entries a test reads (everything but the plugin jars, and
 * those jars whose manifests the tests check).
 */
final class ProductArchive {

	/** An entry; {@code mode} is -1 in a zip, {@code bytes} null where not kept. */
	record Entry(String name, boolean directory, int mode, byte[] bytes) {

		String text() {
			if (bytes == null) {
				throw new IllegalStateException(name + " was not read");
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/** Plugin jars kept whole: the launcher and SWT with their fragments, whose manifests are read. */
	private static final Pattern KEPT_JAR = Pattern.compile(
			"plugins/org\\.eclipse\\.(swt|equinox\\.launcher)(\\.[^/_]+)*_[^/]+\\.jar");

	final Path file;
	/** The folder every entry lies in ("custodian"), or null when they do not share one. */
	final String rootFolder;
	/** By name relative to {@link #rootFolder}, directories ending in '/'. */
	final Map<String, Entry> entries;

	private ProductArchive(Path file, String rootFolder, Map<String, Entry> entries) {
		this.file = file;
		this.rootFolder = rootFolder;
		this.entries = Collections.unmodifiableMap(entries);
	}

	static ProductArchive read(Path file) throws IOException {
		Map<String, Entry> raw = new TreeMap<>();
		String name = file.getFileName().toString();
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			if (name.endsWith(".tar.gz")) {
				try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in))) {
					TarArchiveEntry e;
					while ((e = tar.getNextEntry()) != null) {
						String n = normal(e.getName(), e.isDirectory());
						raw.put(n, new Entry(n, e.isDirectory(), e.getMode(), keep(n) ? tar.readAllBytes() : null));
					}
				}
			} else if (name.endsWith(".zip")) {
				try (ZipInputStream zip = new ZipInputStream(in)) {
					ZipEntry e;
					while ((e = zip.getNextEntry()) != null) {
						String n = normal(e.getName(), e.isDirectory());
						raw.put(n, new Entry(n, e.isDirectory(), -1, keep(n) ? zip.readAllBytes() : null));
					}
				}
			} else {
				throw new IOException("not a product archive: " + file);
			}
		}
		String root = null;
		for (String n : raw.keySet()) {
			String first = n.contains("/") ? n.substring(0, n.indexOf('/')) : n;
			if (root == null) {
				root = first;
			} else if (!root.equals(first)) {
				root = null;
				break;
			}
		}
		Map<String, Entry> relative = new TreeMap<>();
		for (Entry e : raw.values()) {
			String n = root == null ? e.name() : e.name().substring(Math.min(root.length() + 1, e.name().length()));
			if (!n.isEmpty()) {
				relative.put(n, new Entry(n, e.directory(), e.mode(), e.bytes()));
			}
		}
		// an archive need not list folders: every file's folders are entries too
		for (String n : List.copyOf(relative.keySet())) {
			for (int slash = n.indexOf('/'); slash >= 0 && slash < n.length() - 1; slash = n.indexOf('/', slash + 1)) {
				relative.putIfAbsent(n.substring(0, slash + 1), new Entry(n.substring(0, slash + 1), true, -1, null));
			}
		}
		return new ProductArchive(file, root, relative);
	}

	private static String normal(String name, boolean directory) {
		String n = name.replace('\\', '/');
		while (n.startsWith("./")) {
			n = n.substring(2);
		}
		if (directory && !n.endsWith("/")) {
			n += "/";
		}
		return n;
	}

	/** Everything but the plugin jars (bundles' content is upstream's), and the jars {@link #KEPT_JAR} names. */
	private static boolean keep(String name) {
		String relative = name.contains("/") ? name.substring(name.indexOf('/') + 1) : name;
		return !(relative.startsWith("plugins/") && relative.endsWith(".jar")) || KEPT_JAR.matcher(relative).matches();
	}

	Entry entry(String name) {
		return entries.get(name);
	}

	/** The entry, or a test failure naming what is missing. */
	Entry require(String name) {
		Entry e = entries.get(name);
		if (e == null) {
			throw new AssertionError(this + " has no " + name);
		}
		return e;
	}

	/** The names (relative to the root folder) that match the whole of {@code regex}. */
	List<String> names(String regex) {
		Pattern p = Pattern.compile(regex);
		return entries.keySet().stream().filter(n -> p.matcher(n).matches()).toList();
	}

	/** The manifest of a jar entry or of a folder entry (a bundle installed as a folder). */
	Manifest manifest(String name) throws IOException {
		if (name.endsWith("/")) {
			Entry mf = require(name + "META-INF/MANIFEST.MF");
			return new Manifest(new ByteArrayInputStream(mf.bytes()));
		}
		try (ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(require(name).bytes()))) {
			ZipEntry e;
			while ((e = jar.getNextEntry()) != null) {
				if (e.getName().equals("META-INF/MANIFEST.MF")) {
					return new Manifest(jar);
				}
			}
		}
		throw new IOException(name + " has no META-INF/MANIFEST.MF");
	}

	/** The names of the entries inside a jar entry. */
	List<String> jarContent(String name) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(require(name).bytes()))) {
			ZipEntry e;
			while ((e = jar.getNextEntry()) != null) {
				names.add(e.getName());
			}
		}
		return names;
	}

	/** An entry's text, gunzipped when its name ends in .gz. */
	String text(String name) throws IOException {
		Entry e = require(name);
		if (name.endsWith(".gz")) {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(e.bytes()))) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return e.text();
	}

	@Override
	public String toString() {
		return file.getFileName().toString();
	}
}
