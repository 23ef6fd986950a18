package org.custodian.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Row counts of every table in a backup beside those of the database it was taken from.
 *
 * @param tables every table of either side, by name
 */
public record BackupVerification(Path backup, List<TableCount> tables) {

	/** One table's rows in the database and in the backup; -1 where the table is missing. */
	public record TableCount(String table, long database, long backup) {
		public boolean same() {
			return database == backup;
		}
	}

	public List<TableCount> differences() {
		return tables.stream().filter(t -> !t.same()).toList();
	}

	public boolean identical() {
		return differences().isEmpty();
	}
}
