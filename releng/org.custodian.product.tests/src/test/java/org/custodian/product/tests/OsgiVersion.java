package org.custodian.product.tests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An OSGi version (major.minor.micro.qualifier) and version ranges as manifests write them. */
record OsgiVersion(int major, int minor, int micro, String qualifier) implements Comparable<OsgiVersion> {

	private static final Pattern RANGE = Pattern.compile("\\s*([\\[(])\\s*([^,\\s]+)\\s*,\\s*([^\\])\\s]+)\\s*([\\])])\\s*");

	static OsgiVersion parse(String text) {
		String[] parts = text.trim().split("\\.", 4);
		return new OsgiVersion(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
				parts.length > 2 ? Integer.parseInt(parts[2]) : 0, parts.length > 3 ? parts[3] : "");
	}

	/** Whether this version lies in {@code range}: "[1.7.0,1.8.0)", or "1.7.0" meaning 1.7.0 and above. */
	boolean in(String range) {
		Matcher m = RANGE.matcher(range);
		if (!m.matches()) {
			return compareTo(parse(range)) >= 0;
		}
		int low = compareTo(parse(m.group(2)));
		int high = compareTo(parse(m.group(3)));
		return (m.group(1).equals("[") ? low >= 0 : low > 0) && (m.group(4).equals("]") ? high <= 0 : high < 0);
	}

	@Override
	public int compareTo(OsgiVersion o) {
		int c = Integer.compare(major, o.major);
		if (c == 0) {
			c = Integer.compare(minor, o.minor);
		}
		if (c == 0) {
			c = Integer.compare(micro, o.micro);
		}
		return c != 0 ? c : qualifier.compareTo(o.qualifier);
	}

	@Override
	public String toString() {
		return major + "." + minor + "." + micro + (qualifier.isEmpty() ? "" : "." + qualifier);
	}
}
