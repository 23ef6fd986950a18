package org.custodian.supplier.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.custodian.dicom.DicomObjectReader;
import org.custodian.model.Trust;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.supplier.core.Deidentification;
import org.custodian.supplier.core.Labelling;
import org.custodian.supplier.core.RetentionInventory;
import org.custodian.supplier.core.RetentionOutcome;
import org.custodian.supplier.core.RetentionScan;
import org.custodian.supplier.core.SupplierData;
import org.custodian.supplier.core.SupplierService;
import org.custodian.dicom.DicomDeidentifier;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The {@link SupplierService} component (OSGI-INF/org.custodian.supplier.core.xml), working on the database the
 * {@link Store} service has open at the time of the call, in the machine's zone.
 */
public final class SupplierComponent implements SupplierService {
	private volatile Store store;
	private volatile DicomObjectReader reader;
	private volatile DicomDeidentifier deidentifier;
	private final Clock clock;

	public SupplierComponent() {
		this(Clock.systemDefaultZone());
	}

	/** For tests: a fixed day and zone. */
	public SupplierComponent(Clock clock) {
		this.clock = clock;
	}

	public void bindStore(Store s) {
		store = s;
	}

	public void unbindStore(Store s) {
		if (store == s) {
			store = null;
		}
	}

	public void bindReader(DicomObjectReader r) {
		reader = r;
	}

	public void unbindReader(DicomObjectReader r) {
		if (reader == r) {
			reader = null;
		}
	}

	public void bindDeidentifier(DicomDeidentifier d) {
		deidentifier = d;
	}

	public void unbindDeidentifier(DicomDeidentifier d) {
		if (deidentifier == d) {
			deidentifier = null;
		}
	}

	private Store store() {
		Store current = store;
		if (current == null) {
			throw new IllegalStateException("The database service is not available.");
		}
		return current;
	}

	@Override
	public Clock clock() {
		return clock;
	}

	/** Synchronized: the parts load at once when the perspective opens, and the first adds the standard schedule. */
	@Override
	public synchronized Trust trust() {
		store().require(Permission.VIEW_RECORDS);
		return SupplierData.load(store().entities());
	}

	@Override
	public synchronized void save(Trust trust) {
		store().require(Permission.CHANGE_RECORDS);
		store().entities().save(trust);
	}

	@Override
	public synchronized RetentionScan.Report scanFolder(Path dir, String source, boolean backupCopy,
			IProgressMonitor monitor) throws IOException {
		Trust trust = trust();
		RetentionScan.Report report = RetentionScan.scan(dir, reader, trust, monitor);
		RetentionScan.record(trust, report.studies(), source, backupCopy, Date.from(clock.instant()));
		save(trust);
		return report;
	}

	@Override
	public synchronized RetentionScan.Report scanInventory(Path csv, boolean backupCopy) throws IOException {
		Trust trust = trust();
		RetentionScan.Report report = RetentionInventory.read(csv, trust);
		RetentionScan.record(trust, report.studies(), csv.getFileName().toString(), backupCopy,
				Date.from(clock.instant()));
		save(trust);
		return report;
	}

	@Override
	public synchronized Labelling.Report checkLabels(Path dir, String source, IProgressMonitor monitor)
			throws IOException {
		store().require(Permission.CHANGE_RECORDS);
		Labelling.Report report = Labelling.check(dir, source, reader, clock.instant(), monitor);
		Trust trust = trust();
		Labelling.record(trust, report.check());
		save(trust);
		store().trail().append(store().user(), "check labels", source, report.check().getGaps().size()
				+ " of " + report.check().getStudies() + " studies lack a label");
		return report;
	}

	@Override
	public synchronized List<RetentionOutcome> recompute() {
		Trust trust = trust();
		List<RetentionOutcome> outcomes = RetentionScan.recompute(trust, Date.from(clock.instant()));
		save(trust);
		return outcomes;
	}

	@Override
	public Deidentification deidentification() {
		return new Deidentification(reader, deidentifier, this);
	}
}
