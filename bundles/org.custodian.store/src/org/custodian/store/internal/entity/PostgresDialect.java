package org.custodian.store.internal.entity;

/**
 * PostgreSQL's spelling of the entity mapping's SQL: Derby's but for the floating-point type and the string
 * length. The mapper's quoted names keep the upper case of Derby's tables, so the same model makes the same names.
 */
final class PostgresDialect implements SqlDialect {

	/**
	 * As Derby's longest VARCHAR, so that a value that fits one store fits the other and a store moves whole from
	 * Derby to PostgreSQL; PostgreSQL keeps a VARCHAR at its actual length too.
	 */
	static final int MAX_VARCHAR = DerbyDialect.MAX_VARCHAR;

	private final DerbyDialect derby = new DerbyDialect();

	@Override
	public String typeName(ColumnType type) {
		return type == ColumnType.DOUBLE ? "DOUBLE PRECISION" : derby.typeName(type);
	}

	@Override
	public int maxStringLength() {
		return MAX_VARCHAR;
	}

	@Override
	public String quote(String identifier) {
		return derby.quote(identifier);
	}

	@Override
	public String addColumn(String quotedTable, String quotedColumn, String typeName) {
		return derby.addColumn(quotedTable, quotedColumn, typeName);
	}

	@Override
	public String createIndex(String quotedIndex, String quotedTable, String quotedColumns) {
		return derby.createIndex(quotedIndex, quotedTable, quotedColumns);
	}
}
