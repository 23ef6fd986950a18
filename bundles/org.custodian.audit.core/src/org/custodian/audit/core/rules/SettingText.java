package org.custodian.audit.core.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Properties;

/** A setting the store keeps as one text, written as Java properties (the rule settings, the location list). */
final class SettingText {
	private SettingText() {
	}

	static Properties load(String text) {
		Properties p = new Properties();
		try {
			p.load(new StringReader(text == null ? "" : text));
		} catch (IOException e) {
			throw new IllegalStateException("a StringReader does not fail", e);
		}
		return p;
	}

	static String store(Properties p) {
		StringWriter out = new StringWriter();
		try {
			p.store(out, null);
		} catch (IOException e) {
			throw new IllegalStateException("a StringWriter does not fail", e);
		}
		return out.toString();
	}
}
