package org.custodian.store.internal.entity;

/**
 * The kinds of column the mapper creates. The SQL spelling of each is the dialect's business
 * ({@link SqlDialect#typeName}); everything else in the mapper talks in these kinds.
 */
enum ColumnType {
	/** An object id: ID, CONTAINER_ID, reference columns. UUIDs are 36 characters; imported ids may be longer. */
	ID,
	/** A short name: an enum literal name, a feature or class name. */
	NAME,
	/** Any string attribute, and every value of M_VALUE. */
	STRING,
	INTEGER,
	BIGINT,
	SMALLINT,
	DOUBLE,
	REAL,
	BOOLEAN,
	/** A point in time, always written and read in UTC so that clock changes cannot shift it. */
	TIMESTAMP;

	/** Longest id the ID columns hold: save refuses longer ids with a clear message instead of an SQL error. */
	static final int MAX_ID_LENGTH = 64;
	/** Longest enum literal, class or feature name. */
	static final int MAX_NAME_LENGTH = 128;
}
