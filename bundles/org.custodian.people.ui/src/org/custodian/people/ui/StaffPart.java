package org.custodian.people.ui;

import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Composite;
import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.model.ModelPackage;
import org.custodian.model.Staff;
import org.custodian.store.Store;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** People: the staff directory with groups, employment type and dates. (REQUIREMENTS G1, G3.) */
public class StaffPart {

	@Inject
	private Store store;
	@Inject
	private UISynchronize ui;

	private EntityGrid<Staff> staff;

	@PostConstruct
	void create(Composite parent) {
		staff = new EntityGrid<>(parent, "people.staff", "Staff", List.of(
				Column.of("Staff no.", Staff::getStaffNumber, 90),
				Column.of("Family name", Staff::getFamilyName, 130),
				Column.of("Given name", Staff::getGivenName, 120),
				Column.of("Group", s -> s.getGroup() == null ? null : s.getGroup().getName(), 170),
				Column.of("Job title", Staff::getJobTitle, 200),
				Column.of("Department", Staff::getDepartment, 140),
				Column.of("Employment", Staff::getEmployment, 100),
				Column.of("Started", Staff::getStartDate, 100),
				Column.of("Left", Staff::getEndDate, 100),
				Column.of("Line manager", s -> s.getLineManager() == null ? null
						: s.getLineManager().getGivenName() + " " + s.getLineManager().getFamilyName(), 160)),
				"No staff yet. The staff directory (including agency and temporary staff) comes from HR; start "
						+ "the console with --demo to see an example trust.");
		load();
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		Background.load("Loading staff", () -> {
			List<Staff> all = new java.util.ArrayList<>(store.entities().<Staff>loadAll(ModelPackage.Literals.STAFF));
			all.sort(Comparator.comparing(Staff::getFamilyName, Comparator.nullsLast(String::compareTo))
					.thenComparing(Staff::getGivenName, Comparator.nullsLast(String::compareTo)));
			return all;
		}, ui, rows -> {
			if (!staff.table().isDisposed()) {
				staff.setRows(rows);
			}
		}, e -> staff.setEmptyAction("Could not read the staff directory: " + e.getMessage(), null, null));
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (staff != null) {
			load();
		}
	}
}
