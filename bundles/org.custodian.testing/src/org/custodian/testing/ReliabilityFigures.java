package org.custodian.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the reliability tests leave their figures: one Markdown section per test in
 * {@code target/reliability/NAME.md} of the test bundle (the folder the test runtime starts in).
 * {@code ./dev reliability} gathers the sections into docs/RELIABILITY.md; a normal test run leaves them in
 * target/ and nothing reads them.
 */
public final class ReliabilityFigures {
	private ReliabilityFigures() {
	}

	/** The folder, made on first use. */
	public static Path folder() {
		Path dir = Path.of(System.getProperty("custodian.reliability.figures", "target/reliability"));
		try {
			return Files.createDirectories(dir);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes (replaces) the section {@code name}. */
	public static void write(String name, String markdown) {
		try {
			Files.writeString(folder().resolve(name + ".md"), markdown, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
