package org.custodian.audit.core.rules;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rule settings as the words a user types and reads: {@code name=value} pairs over the stored text, so the
 * command line and the trail need no change when a setting is added. Every change is checked by reading it back
 * as {@link RuleSettings}, which refuses a bad value in words.
 */
public final class RuleSettingsText {
	private RuleSettingsText() {
	}

	/** Every setting, name to value, sorted by name. */
	public static Map<String, String> values(RuleSettings settings) {
		Map<String, String> result = new TreeMap<>();
		Properties p = load(settings.write());
		p.stringPropertyNames().forEach(k -> result.put(k, p.getProperty(k)));
		return result;
	}

	/**
	 * The settings with these {@code name=value} changes applied.
	 *
	 * @throws IllegalArgumentException for an unknown name, a pair without '=', or a value the settings refuse
	 */
	public static RuleSettings with(RuleSettings settings, Iterable<String> changes) {
		Properties p = load(settings.write());
		for (String change : changes) {
			int eq = change.indexOf('=');
			if (eq < 1) {
				throw new IllegalArgumentException("write a setting as name=value, not " + change);
			}
			String name = change.substring(0, eq).strip();
			if (!p.containsKey(name)) {
				throw new IllegalArgumentException("there is no rule setting " + name + "; the settings are "
						+ String.join(", ", new TreeSet<>(p.stringPropertyNames())));
			}
			p.setProperty(name, change.substring(eq + 1).strip());
		}
		try {
			return RuleSettings.read(store(p));
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("the rule settings were not changed: " + e.getMessage(), e);
		}
	}

	/** What differs between two stored texts, as "name: old -> new; ..." (or "no change"). */
	public static String changes(String before, String after) {
		Properties a = load(before);
		Properties b = load(after);
		StringBuilder out = new StringBuilder();
		for (String name : new TreeSet<>(b.stringPropertyNames())) {
			String old = a.getProperty(name);
			String now = b.getProperty(name);
			if (!now.equals(old)) {
				out.append(out.isEmpty() ? "" : "; ").append(name).append(": ").append(old).append(" -> ").append(now);
			}
		}
		return out.isEmpty() ? "no change" : out.toString();
	}

	private static Properties load(String text) {
		return SettingText.load(text);
	}

	private static String store(Properties p) {
		return SettingText.store(p);
	}
}
