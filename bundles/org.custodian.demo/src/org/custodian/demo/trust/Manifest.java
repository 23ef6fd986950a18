package org.custodian.demo.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a generation wrote: each file with its count and what it holds, and the figures worth knowing. */
public final class Manifest {
	private final Map<String, Long> counts = new LinkedHashMap<>();
	private final StringBuilder text = new StringBuilder();

	void file(String name, long count, String description) {
		counts.put(name, count);
		text.append(String.format("%-28s %10d  %s%n", name, count, description));
	}

	void figure(String name, long value) {
		counts.put(name, value);
		text.append(String.format("  %-26s %10d%n", name, value));
	}

	/** The counts by file name (and figure name), in the order written. */
	public Map<String, Long> counts() {
		return counts;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	void write(Path file, String head) throws IOException {
		Files.writeString(file, head + "\n\n" + text, StandardCharsets.UTF_8);
	}
}
