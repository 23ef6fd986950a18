package org.custodian.bench.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the CSV that custodian-cli and the generator write (RFC 4180: quotes, doubled quotes, CRLF). */
final class Csv {
	private Csv() {
	}

	/** Rows as maps from the header's names to values; empty fields are empty strings. */
	static List<Map<String, String>> read(String text) {
		List<List<String>> rows = rows(text);
		List<Map<String, String>> result = new ArrayList<>();
		if (rows.isEmpty()) {
			return result;
		}
		List<String> header = rows.get(0);
		for (List<String> r : rows.subList(1, rows.size())) {
			if (r.size() == 1 && r.get(0).isEmpty()) {
				continue;
			}
			Map<String, String> m = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				m.put(header.get(i), i < r.size() ? r.get(i) : "");
			}
			result.add(m);
		}
		return result;
	}

	private static List<List<String>> rows(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
