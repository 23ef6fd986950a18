package org.custodian.store.internal.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.custodian.store.BackupVerification;
import org.custodian.store.ConsoleTrail;
import org.custodian.store.DatabaseMaintenance;
import org.custodian.store.Permission;
import org.custodian.store.Principal;
import org.custodian.store.internal.Database;

/** {@link DatabaseMaintenance} on the open Derby database. */
public final class Maintenance implements DatabaseMaintenance {
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
			.withZone(ZoneOffset.UTC);

	private final Database db;
	private final ConsoleTrail trail;
	private final Supplier<Principal> principal;
	private final Clock clock;

	public Maintenance(Database db, ConsoleTrail trail, Supplier<Principal> principal, Clock clock) {
		this.db = db;
		this.trail = trail;
		this.principal = principal;
		this.clock = clock;
	}

	@Override
	public Path backup(Path folder) {
		Principal me = principal.get();
		me.require(Permission.BACK_UP);
		// a folder per backup, named by its time, so that backups never overwrite one another
		Path target = folder.resolve("custodian-" + STAMP.format(clock.instant()));
		// written first, so that the backup holds the entry for itself and verifies equal to the database
		trail.append(me.user(), "database backed up", target.toString(), "");
		try {
			return db.backup(target);
		} catch (RuntimeException e) {
			trail.append(me.user(), "backup failed", target.toString(), e.getMessage());
			throw e;
		}
	}

	@Override
	public BackupVerification verify(Path backup, char[] bootPassword) {
		Principal me = principal.get();
		me.require(Permission.BACK_UP);
		// a new name each time: a user who is not the owner cannot shut the scratch copy down, so Derby may keep it
		// booted (its files removed) until the console stops
		Path scratch = backup.toAbsolutePath().resolveSibling(backup.getFileName() + "-verify-"
				+ java.util.UUID.randomUUID().toString().substring(0, 8));
		Map<String, Long> copy = db.backupTableCounts(backup, scratch, bootPassword);
		Map<String, Long> source = db.tableCounts();
		List<BackupVerification.TableCount> tables = new ArrayList<>();
		TreeSet<String> names = new TreeSet<>(source.keySet());
		names.addAll(copy.keySet());
		for (String t : names) {
			tables.add(new BackupVerification.TableCount(t, source.getOrDefault(t, -1L), copy.getOrDefault(t, -1L)));
		}
		BackupVerification result = new BackupVerification(backup, tables);
		trail.append(me.user(), "backup verified", backup.toString(), result.identical() ? "identical row counts"
				: result.differences().size() + " tables differ");
		return result;
	}

	@Override
	public void changeBootPassword(char[] current, char[] replacement) {
		Principal me = principal.get();
		me.require(Permission.MAINTAIN_DATABASE);
		db.changeBootPassword(current, replacement);
		trail.append(me.user(), "boot password changed", db.directory().getFileName().toString(),
				"database re-encrypted with a new key");
	}

	@Override
	public List<org.custodian.store.MovedTable> moveTo(org.custodian.store.DatabaseConfig target,
			java.util.function.Consumer<String> progress) {
		Principal me = principal.get();
		me.require(Permission.MAINTAIN_DATABASE);
		if (db.dialect() != org.custodian.store.internal.jdbc.Dialect.DERBY || db.remote()) {
			throw new org.custodian.store.StoreException("A store is moved from the Derby database it is in, on the"
					+ " computer that holds it.");
		}
		if (target.postgres() == null) {
			throw new org.custodian.store.StoreException("A store moves to PostgreSQL: postgresql://host:port/database.");
		}
		return new StoreMove(db, target, progress).run(me.user());
	}
}
