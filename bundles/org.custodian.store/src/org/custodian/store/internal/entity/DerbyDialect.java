package org.custodian.store.internal.entity;

/**
 * Apache Derby's spelling of the entity mapping's SQL. The only Derby-specific choices of the mapper are here.
 */
final class DerbyDialect implements SqlDialect {

	/**
	 * Derby's longest VARCHAR. Strings are VARCHAR rather than CLOB because Derby cannot compare, sort or index
	 * CLOBs, and services look entities up by string columns (a staff number, a patient id). Derby stores a
	 * VARCHAR at its actual length, so the generous maximum costs nothing for short values; case notes and
	 * findings still get 32k characters.
	 */
	static final int MAX_VARCHAR = 32672;

	@Override
	public String typeName(ColumnType type) {
		return switch (type) {
		case ID -> "VARCHAR(" + ColumnType.MAX_ID_LENGTH + ")";
		case NAME -> "VARCHAR(" + ColumnType.MAX_NAME_LENGTH + ")";
		case STRING -> "VARCHAR(" + MAX_VARCHAR + ")";
		case INTEGER -> "INTEGER";
		case BIGINT -> "BIGINT";
		case SMALLINT -> "SMALLINT";
		case DOUBLE -> "DOUBLE";
		case REAL -> "REAL";
		case BOOLEAN -> "BOOLEAN"; // Derby 10.7 and later
		case TIMESTAMP -> "TIMESTAMP";
		};
	}

	@Override
	public int maxStringLength() {
		return MAX_VARCHAR;
	}

	@Override
	public String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	@Override
	public String addColumn(String quotedTable, String quotedColumn, String typeName) {
		return "ALTER TABLE " + quotedTable + " ADD COLUMN " + quotedColumn + " " + typeName;
	}

	@Override
	public String createIndex(String quotedIndex, String quotedTable, String quotedColumns) {
		return "CREATE INDEX " + quotedIndex + " ON " + quotedTable + " (" + quotedColumns + ")";
	}
}
