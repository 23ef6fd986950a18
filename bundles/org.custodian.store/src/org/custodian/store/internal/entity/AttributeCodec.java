package org.custodian.store.internal.entity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * How the value of a single-valued attribute goes into its typed column and comes back, through standard JDBC.
 * Chosen from the attribute's data type; types without a natural SQL column (custom data types, chars, big
 * numbers, byte arrays) are stored as their EMF string form, which round-trips by definition.
 */
enum AttributeCodec {
	STRING(ColumnType.STRING), INT(ColumnType.INTEGER), LONG(ColumnType.BIGINT), SHORT(ColumnType.SMALLINT),
	BYTE(ColumnType.SMALLINT), DOUBLE(ColumnType.DOUBLE), FLOAT(ColumnType.REAL), BOOLEAN(ColumnType.BOOLEAN),
	DATE(ColumnType.TIMESTAMP),
	/** By literal name, not ordinal: reordering or inserting literals in the model must not change stored data. */
	ENUM(ColumnType.NAME),
	/** EMF's own string conversion of the data type. */
	TEXT(ColumnType.STRING);

	final ColumnType columnType;

	AttributeCodec(ColumnType columnType) {
		this.columnType = columnType;
	}

	static AttributeCodec of(EDataType type) {
		if (type instanceof EEnum) {
			return ENUM;
		}
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			return STRING;
		} else if (c == int.class || c == Integer.class) {
			return INT;
		} else if (c == long.class || c == Long.class) {
			return LONG;
		} else if (c == short.class || c == Short.class) {
			return SHORT;
		} else if (c == byte.class || c == Byte.class) {
			return BYTE;
		} else if (c == double.class || c == Double.class) {
			return DOUBLE;
		} else if (c == float.class || c == Float.class) {
			return FLOAT;
		} else if (c == boolean.class || c == Boolean.class) {
			return BOOLEAN;
		} else if (c == Date.class) {
			return DATE;
		}
		return TEXT;
	}

	/** Binds {@code value} (null for SQL NULL) to parameter {@code index}. Strings are bound as they are. */
	void bind(PreparedStatement ps, int index, EDataType type, Object value) throws SQLException {
		if (value == null) {
			ps.setNull(index, sqlType());
			return;
		}
		switch (this) {
		case STRING -> ps.setString(index, (String) value);
		case INT -> ps.setInt(index, ((Number) value).intValue());
		case LONG -> ps.setLong(index, ((Number) value).longValue());
		case SHORT, BYTE -> ps.setShort(index, ((Number) value).shortValue());
		case DOUBLE -> ps.setDouble(index, ((Number) value).doubleValue());
		case FLOAT -> ps.setFloat(index, ((Number) value).floatValue());
		case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
		case DATE -> ps.setTimestamp(index, new Timestamp(((Date) value).getTime()), utc());
		case ENUM -> ps.setString(index, ((Enumerator) value).getName());
		case TEXT -> ps.setString(index, EcoreUtil.convertToString(type, value));
		}
	}

	/** The string a STRING or TEXT column will hold, to check its length before SQL does; null otherwise. */
	String text(EDataType type, Object value) {
		if (value == null) {
			return null;
		}
		return switch (this) {
		case STRING -> (String) value;
		case TEXT -> EcoreUtil.convertToString(type, value);
		default -> null;
		};
	}

	/**
	 * Reads column {@code index}; null for SQL NULL, and for an enum name the model no longer has (the attribute
	 * then keeps its default rather than failing the whole load).
	 */
	Object read(ResultSet rs, int index, EDataType type) throws SQLException {
		Object value = switch (this) {
		case STRING -> rs.getString(index);
		case INT -> rs.getInt(index);
		case LONG -> rs.getLong(index);
		case SHORT -> rs.getShort(index);
		case BYTE -> (byte) rs.getShort(index);
		case DOUBLE -> rs.getDouble(index);
		case FLOAT -> rs.getFloat(index);
		case BOOLEAN -> rs.getBoolean(index);
		case DATE -> {
			Timestamp t = rs.getTimestamp(index, utc());
			// a java.util.Date, never the Timestamp itself: Timestamp.equals(Date) is always false
			yield t == null ? null : new Date(t.getTime());
		}
		case ENUM -> enumValue((EEnum) type, rs.getString(index));
		case TEXT -> {
			String s = rs.getString(index);
			yield s == null ? null : EcoreUtil.createFromString(type, s);
		}
		};
		return rs.wasNull() ? null : value;
	}

	static Object enumValue(EEnum type, String name) {
		if (name == null) {
			return null;
		}
		EEnumLiteral literal = type.getEEnumLiteral(name);
		if (literal == null) {
			literal = type.getEEnumLiteralByLiteral(name);
		}
		// generated enums want their Java constant; dynamic models get the literal itself
		return literal == null ? null : literal.getInstance();
	}

	private int sqlType() {
		return switch (columnType) {
		case ID, NAME, STRING -> Types.VARCHAR;
		case INTEGER -> Types.INTEGER;
		case BIGINT -> Types.BIGINT;
		case SMALLINT -> Types.SMALLINT;
		case DOUBLE -> Types.DOUBLE;
		case REAL -> Types.REAL;
		case BOOLEAN -> Types.BOOLEAN;
		case TIMESTAMP -> Types.TIMESTAMP;
		};
	}

	/**
	 * TIMESTAMP has no time zone. Converting through the JVM's zone would make the autumn clock change ambiguous
	 * (01:30 happens twice in London) and would shift every value when a console runs in another zone, so the
	 * columns hold UTC. A new Calendar each time because Calendar is not thread-safe.
	 */
	private static Calendar utc() {
		return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
	}
}
