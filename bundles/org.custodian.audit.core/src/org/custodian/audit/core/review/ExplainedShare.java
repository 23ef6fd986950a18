package org.custodian.audit.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.custodian.audit.core.rules.CareLookup;
import org.custodian.audit.core.rules.Directory;
import org.custodian.audit.core.rules.PatientAccess;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.model.Staff;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.store.StoredEvent;
import org.custodian.store.Trusts;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * How many of the people's accesses to patients the RIS feed explains (ordered, reported, MDT list,
 * teleradiology, their department), per department of the member of staff: the measure of how much of the
 * trail the guardian need not look at. Accesses by a user the staff directory does not know are counted apart
 * (system traffic and unknown accounts), never as a person's.
 */
public final class ExplainedShare {
	/** Department of accesses whose user is no member of staff (machines, unknown accounts). */
	public static final String NOT_STAFF = "(not a member of staff)";
	private static final int PAGE = 2_000;

	/** One department's counts. */
	public record Row(String department, long accesses, long explained) {
		public double share() {
			return accesses == 0 ? 0 : (double) explained / accesses;
		}
	}

	private final Store store;

	public ExplainedShare(Store store) {
		store.require(Permission.VIEW_ACCESS);
		this.store = store;
	}

	/** Per department, alphabetically, then the accesses of users who are not staff. */
	public List<Row> measure(EventFilter filter, IProgressMonitor monitor) {
		Directory directory = new Directory(Trusts.find(store), new RuleEngine(store).settings().zone());
		Map<String, long[]> counts = new TreeMap<>();
		long[] notStaff = new long[2];
		CareLookup care = CareLookup.of(store);
		SubMonitor progress = SubMonitor.convert(monitor, "Measuring the accesses the RIS explains",
				IProgressMonitor.UNKNOWN);
		StoredEvent last = null;
		while (!progress.isCanceled()) {
			List<StoredEvent> page = store.events().pageAfter(filter, EventOrder.NEWEST_FIRST, last, 0, PAGE);
			for (StoredEvent se : page) {
				if (!PatientAccess.is(se.event()) || se.patientKey() == null) {
					continue;
				}
				Optional<Staff> staff = directory.staff(se.event().userId());
				if (staff.isEmpty()) {
					notStaff[0]++;
					continue;
				}
				String department = staff.get().getDepartment() == null ? "(no department)" : staff.get().getDepartment();
				long[] c = counts.computeIfAbsent(department, d -> new long[2]);
				c[0]++;
				if (care.explain(se, directory).isPresent()) {
					c[1]++;
				}
			}
			progress.setWorkRemaining(100).worked(1);
			if (page.size() < PAGE) {
				break;
			}
			last = page.get(page.size() - 1);
		}
		List<Row> rows = new ArrayList<>();
		counts.forEach((d, c) -> rows.add(new Row(d, c[0], c[1])));
		rows.add(new Row(NOT_STAFF, notStaff[0], 0));
		return rows;
	}

	/** The people's accesses together (every row but {@link #NOT_STAFF}). */
	public static Row total(List<Row> rows) {
		long accesses = 0;
		long explained = 0;
		for (Row r : rows) {
			if (!NOT_STAFF.equals(r.department())) {
				accesses += r.accesses();
				explained += r.explained();
			}
		}
		return new Row("all staff", accesses, explained);
	}
}
