package org.custodian.audit.core.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.BatchResult;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The importer alone in a plain JVM, as {@link KillDuringImportTest} starts it (and kills it): opens the
 * encrypted database, imports one file with the real {@link AuditLogImporter} and {@link DerbyAccessEventStore},
 * and announces each batch on standard output before and after its transaction, so that the test can kill the
 * process at a chosen point: {@code BEGIN n} just before batch n is sent to Derby, {@code DONE n} when it is
 * committed, {@code FINISHED imported duplicates quarantined} at the end.
 *
 * <p>Arguments: database folder, audit file, batch size. Secrets come from the environment, as for the command
 * line: {@code CUSTODIAN_BOOT_PASSWORD} and {@code CUSTODIAN_PASSWORD}.
 */
public final class ImportProcess {
	static final String USER = "auditor";

	private ImportProcess() {
	}

	public static void main(String[] args) {
		Path folder = Path.of(args[0]);
		Path file = Path.of(args[1]);
		int batch = Integer.parseInt(args[2]);
		DerbyDatabase db = DerbyDatabase.open(new DatabaseConfig(folder, USER,
				System.getenv("CUSTODIAN_PASSWORD").toCharArray(), System.getenv("CUSTODIAN_BOOT_PASSWORD").toCharArray()));
		ImportReport r = new AuditLogImporter(new Announcing(new DerbyAccessEventStore(db)), batch).importFile(file,
				new NullProgressMonitor());
		System.out.println("FINISHED " + r.imported() + " " + r.duplicates() + " " + r.quarantined());
		System.out.flush();
		db.close();
	}

	/** The real store, saying on standard output when each batch goes in and when it is committed. */
	static final class Announcing implements AccessEventStore {
		private final AccessEventStore real;
		private int batches;

		Announcing(AccessEventStore real) {
			this.real = real;
		}

		@Override
		public BatchResult commitBatch(long importId, List<AccessEvent> events, List<QuarantinedRecord> quarantined,
				String position) {
			int n = ++batches;
			System.out.println("BEGIN " + n);
			System.out.flush();
			BatchResult result = real.commitBatch(importId, events, quarantined, position);
			System.out.println("DONE " + n + " " + result.inserted() + " " + result.duplicates());
			System.out.flush();
			return result;
		}

		@Override
		public long beginImport(String source, String format) {
			return real.beginImport(source, format);
		}

		@Override
		public void finishImport(long importId, String status) {
			real.finishImport(importId, status);
		}

		@Override
		public ImportRun importRun(long importId) {
			return real.importRun(importId);
		}

		@Override
		public List<QuarantinedRecord> quarantine(long importId) {
			return real.quarantine(importId);
		}

		@Override
		public long count(EventFilter filter) {
			return real.count(filter);
		}

		@Override
		public List<StoredEvent> pageAfter(EventFilter filter, EventOrder order, StoredEvent last, long skip, int limit) {
			return real.pageAfter(filter, order, last, skip, limit);
		}

		@Override
		public List<StoredEvent> after(long id, int limit) {
			return real.after(id, limit);
		}

		@Override
		public List<StoredEvent> byIds(List<Long> ids) {
			return real.byIds(ids);
		}

		@Override
		public Map<String, Long> countsByUser(Instant from, Instant to) {
			return real.countsByUser(from, to);
		}

		@Override
		public Map<LocalDate, Long> countsByDay(EventFilter filter) {
			return real.countsByDay(filter);
		}
	}
}
