package org.custodian.audit.core.tests;

import java.nio.file.Path;
import java.util.List;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.BatchResult;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.ForwardingAccessEventStore;
import org.custodian.store.QuarantinedRecord;
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
	static final class Announcing extends ForwardingAccessEventStore {
		private int batches;

		Announcing(AccessEventStore real) {
			super(real);
		}

		@Override
		public BatchResult commitBatch(long importId, List<AccessEvent> events, List<QuarantinedRecord> quarantined,
				String position) {
			int n = ++batches;
			System.out.println("BEGIN " + n);
			System.out.flush();
			BatchResult result = delegate().commitBatch(importId, events, quarantined, position);
			System.out.println("DONE " + n + " " + result.inserted() + " " + result.duplicates());
			System.out.flush();
			return result;
		}
	}
}
