package org.custodian.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Options anywhere on the line ("--name value" or a flag); the remaining words in order. */
public final class CliArgs {
	private final List<String> words;

	public CliArgs(List<String> argv) {
		this.words = new ArrayList<>(argv);
	}

	/** Removes and returns the value of {@code --name value}. */
	public Optional<String> option(String name) {
		int i = words.indexOf(name);
		if (i < 0) {
			return Optional.empty();
		}
		if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
			throw new UsageException(name + " needs a value");
		}
		String value = words.get(i + 1);
		words.remove(i + 1);
		words.remove(i);
		return Optional.of(value);
	}

	/** A date option written YYYY-MM-DD. */
	public Optional<LocalDate> date(String name) {
		Optional<String> text = option(name);
		try {
			return text.map(LocalDate::parse);
		} catch (DateTimeParseException e) {
			throw new UsageException(name + ": dates are written YYYY-MM-DD, not " + e.getParsedString());
		}
	}

	/** A whole-number option with a lower bound. */
	public Optional<Integer> number(String name, int min) {
		Optional<String> text = option(name);
		try {
			Optional<Integer> n = text.map(Integer::valueOf);
			if (n.isPresent() && n.get() < min) {
				throw new UsageException(name + " must be at least " + min + ", not " + n.get());
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException(name + " needs a whole number, not " + text.orElse(""));
		}
	}

	public boolean flag(String name) {
		return words.remove(name);
	}

	/** The next word, or null. */
	public String next() {
		return words.isEmpty() ? null : words.remove(0);
	}

	/** The next word, which must be there. */
	public String required(String what) {
		String word = words.isEmpty() || words.get(0).startsWith("--") ? null : words.remove(0);
		if (word == null) {
			throw new UsageException("missing " + what);
		}
		return word;
	}

	/** The next word as a path, which must be there. */
	public Path path(String what) {
		return Path.of(required(what));
	}

	/** The remaining words; an unknown option left among them is a usage error. */
	public List<String> rest() {
		for (String w : words) {
			if (w.startsWith("--")) {
				throw new UsageException("unknown option " + w);
			}
		}
		return List.copyOf(words);
	}

	/** Asserts that nothing is left. */
	public void end(String command) {
		List<String> left = rest();
		if (!left.isEmpty()) {
			throw new UsageException(command + " takes no argument " + left.get(0));
		}
	}
}
