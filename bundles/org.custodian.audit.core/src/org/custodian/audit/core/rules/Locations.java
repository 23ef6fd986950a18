package org.custodian.audit.core.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The trust's location list: which department each location code of its PAS and RIS belongs to (PV1-3's point of
 * care: a ward "W12", a clinic "BSNQ"). Feeds code their locations; ESR names departments. Without the list a code
 * explains only the staff of a department with that very name. Stored whole as one setting, loaded from the
 * location list CSV ({@code load-locations}).
 */
public record Locations(Map<String, String> departments) {
	public static final String SETTING = "access.locations";

	public Locations {
		Map<String, String> keyed = new TreeMap<>();
		departments.forEach((code, department) -> keyed.put(key(code), department.strip()));
		departments = Map.copyOf(keyed);
	}

	public static Locations none() {
		return new Locations(Map.of());
	}

	/** The department the location belongs to: the list's, else the location itself (a feed that names departments). */
	public String department(String location) {
		if (location == null || location.isBlank()) {
			return null;
		}
		return departments.getOrDefault(key(location), location.strip());
	}

	/** True when the location belongs to the department (by the list, or by name). */
	public boolean inDepartment(String location, String department) {
		String d = department(location);
		return d != null && department != null && d.equalsIgnoreCase(department.strip());
	}

	public int size() {
		return departments.size();
	}

	/** As stored: Java properties text, code=department. */
	public String write() {
		Properties p = new Properties();
		p.putAll(departments);
		return SettingText.store(p);
	}

	public static Locations read(String text) {
		if (text == null || text.isBlank()) {
			return none();
		}
		Properties p = SettingText.load(text);
		Map<String, String> map = new TreeMap<>();
		p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
		return new Locations(map);
	}

	private static String key(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}
}
