package org.custodian.store.internal.entity;

/**
 * The few things about SQL that differ between databases, for the generic entity mapping. Everything else the
 * mapper writes is standard SQL (delimited identifiers, INSERT/UPDATE/DELETE/SELECT with IN lists, CREATE TABLE
 * with a PRIMARY KEY) read and written through plain JDBC. To put another JDBC database in Derby's place,
 * implement this next to {@link DerbyDialect} and hand it to the entity store.
 */
interface SqlDialect {

	/** The column type spelling for a kind of column, as used in CREATE TABLE and ADD COLUMN. */
	String typeName(ColumnType type);

	/** The longest string a {@link ColumnType#STRING} column holds, in characters. */
	int maxStringLength();

	/**
	 * A delimited (quoted) identifier. The mapper quotes every table and column name so that attribute names
	 * that are reserved words somewhere (END, START, TRIGGER, EXCEPTION...) need no special cases.
	 */
	String quote(String identifier);

	/** The statement that adds one column to an existing table. */
	String addColumn(String quotedTable, String quotedColumn, String typeName);

	/** The statement that creates a (non-unique) index. */
	String createIndex(String quotedIndex, String quotedTable, String quotedColumns);
}
