package org.custodian.store;

/**
 * One table of a store moved to another database ({@link DatabaseMaintenance#moveTo}): its rows on both sides and
 * whether their content is the same (a hash over every row's values, whatever their order).
 */
public record MovedTable(String table, long sourceRows, long targetRows, String sourceHash, String targetHash) {

	public boolean identical() {
		return sourceRows == targetRows && sourceHash.equals(targetHash);
	}
}
