package org.custodian.people.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.custodian.model.Trust;
import org.custodian.people.core.AccessAfterEndDate;
import org.custodian.people.core.AccountImport;
import org.custodian.people.core.AccountMatcher;
import org.custodian.people.core.ChangeImport;
import org.custodian.people.core.ImportReport;
import org.custodian.people.core.EsrColumns;
import org.custodian.people.core.PeopleData;
import org.custodian.people.core.PeopleService;
import org.custodian.people.core.PolicyAcknowledgements;
import org.custodian.people.core.TrainingNeeds;
import org.custodian.people.core.StaffImport;
import org.custodian.people.core.TrainingImport;
import org.custodian.store.Permission;
import org.custodian.store.Principal;
import org.custodian.store.Store;

/**
 * The {@link PeopleService} component (OSGI-INF/org.custodian.people.core.xml), working on the database the
 * {@link Store} service has open at the time of the call, in the machine's zone.
 */
public final class PeopleComponent implements PeopleService {
	private volatile Store store;
	private final Clock clock;

	public PeopleComponent() {
		this(Clock.systemDefaultZone());
	}

	/** For tests: a fixed day and zone. */
	public PeopleComponent(Clock clock) {
		this.clock = clock;
	}

	public void bindStore(Store store) {
		this.store = store;
	}

	public void unbindStore(Store store) {
		if (this.store == store) {
			this.store = null;
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

	private interface Reading {
		ImportReport read(Trust trust) throws IOException;
	}

	/** Load, read, re-match accounts (new staff may own unmatched accounts), save: one transaction. */
	private synchronized ImportReport importInto(Reading reading) throws IOException {
		store().require(Permission.CHANGE_STAFF);
		Trust trust = trust();
		ImportReport report = reading.read(trust);
		new AccountMatcher(trust).matchAll(trust);
		store().entities().save(trust);
		return report;
	}

	@Override
	public ImportReport importStaff(Path file) throws IOException {
		return importInto(t -> StaffImport.read(t, file));
	}

	@Override
	public List<String> staffColumns() {
		return List.copyOf(PeopleData.settings(trust()).getStaffColumns());
	}

	@Override
	public synchronized List<String> saveStaffColumns(List<String> entries) {
		store().require(Permission.CHANGE_STAFF);
		List<String> checked = entries.stream().map(EsrColumns::entry).toList();
		Trust trust = trust();
		List<String> saved = PeopleData.settings(trust).getStaffColumns();
		for (String e : checked) {
			String field = e.substring(0, e.indexOf('=') + 1);
			saved.removeIf(old -> old.startsWith(field));
			saved.add(e);
		}
		store().entities().save(trust);
		store().trail().append(store().user(), "change staff columns", null, String.join("; ", checked));
		return List.copyOf(saved);
	}

	@Override
	public ImportReport importCourses(Path file) throws IOException {
		return importInto(t -> TrainingImport.readCourses(t, file));
	}

	@Override
	public ImportReport importTraining(Path file) throws IOException {
		return importInto(t -> TrainingImport.readRecords(t, file));
	}

	@Override
	public ImportReport importAccounts(Path file, String ldifSystem) throws IOException {
		return importInto(t -> AccountImport.read(t, file, ldifSystem, clock.getZone(), clock.instant()));
	}

	@Override
	public ImportReport importChanges(Path file) throws IOException {
		return importInto(t -> ChangeImport.read(t, file, LocalDate.now(clock)));
	}

	@Override
	public ImportReport importAcknowledgements(Path file) throws IOException {
		return importInto(t -> PolicyAcknowledgements.read(t, file, clock.getZone()));
	}

	@Override
	public ImportReport importTrainingNeeds(Path file) throws IOException {
		return importInto(t -> TrainingNeeds.readAnalysis(t, file, LocalDate.now(clock)));
	}

	@Override
	public ImportReport importCourseEvaluations(Path file) throws IOException {
		return importInto(t -> TrainingNeeds.readEvaluations(t, file, LocalDate.now(clock)));
	}

	@Override
	public Trust trust() {
		Store current = store();
		current.require(Permission.VIEW_OWN_STAFF);
		Trust trust = PeopleData.load(current.entities());
		PeopleData.settings(trust);
		Principal me = current.principal();
		if (!me.may(Permission.VIEW_STAFF)) {
			// a line manager sees the staff they manage and nobody else; their role cannot save, so the trust
			// handed out may safely lack the others
			trust.getStaff().removeIf(s -> s.getLineManager() == null || me.staffId() == null
					|| !me.staffId().equals(s.getLineManager().getId()));
		}
		return trust;
	}

	@Override
	public synchronized void save(Trust trust) {
		store().require(Permission.CHANGE_STAFF);
		store().entities().save(trust);
	}

	@Override
	public List<AccessAfterEndDate.Finding> accessAfterEndDate(Trust trust) {
		Store current = store();
		current.require(Permission.VIEW_OWN_STAFF);
		List<AccessAfterEndDate.Finding> found = AccessAfterEndDate.find(trust, current.events(), clock.getZone());
		if (!current.principal().may(Permission.VIEW_ACCESS)) {
			// counts only: the accesses themselves name patients, which only the roles of the access perspective see
			found = found.stream().map(f -> new AccessAfterEndDate.Finding(f.staff(), f.account(), f.after(),
					f.events(), List.of())).toList();
		}
		return found;
	}
}
