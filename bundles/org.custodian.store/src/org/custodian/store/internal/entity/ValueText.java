package org.custodian.store.internal.entity;

import java.time.Instant;
import java.util.Date;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The text form of one value of a many-valued attribute in M_VALUE.VAL. One table holds the values of every
 * many-valued attribute whatever its type, so values are stored as text: EMF's own conversion, except that
 * enums are stored by literal name (as in typed columns) and dates as UTC ISO-8601 instants (EMF's date format
 * depends on the JVM's time zone).
 */
final class ValueText {

	private ValueText() {
	}

	static String toText(EDataType type, Object value) {
		if (value == null) {
			return null;
		} else if (type instanceof EEnum) {
			return ((Enumerator) value).getName();
		} else if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		return EcoreUtil.convertToString(type, value);
	}

	static Object fromText(EDataType type, String text) {
		if (text == null) {
			return null;
		} else if (type instanceof EEnum e) {
			return AttributeCodec.enumValue(e, text);
		} else if (type.getInstanceClass() == Date.class) {
			return Date.from(Instant.parse(text));
		}
		return EcoreUtil.createFromString(type, text);
	}
}
