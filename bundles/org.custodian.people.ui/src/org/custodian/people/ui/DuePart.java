package org.custodian.people.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.people.core.Directory;
import org.custodian.people.core.TrainingCompliance;
import org.custodian.people.core.TrainingCompliance.Due;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** People > Overdue and due soon: who must (re)do which course, by when, with their line manager. (G3.) */
public class DuePart extends PeopleView {
	private EntityGrid<Due> due;

	@PostConstruct
	void create(Composite parent) {
		frame(parent, "people.due");
		due = new EntityGrid<>(parent, "people.due", "Overdue and due soon",
				List.of(Column.of("Status", d -> d.overdue() ? "overdue" : "due soon", 90),
						Column.of("Due", Due::due, 100), Column.of("Staff no.", d -> d.staff().getStaffNumber(), 90),
						Column.of("Name", d -> Directory.name(d.staff()), 180),
						Column.of("Course", d -> d.course().getTitle(), 220),
						Column.of("Line manager", d -> Directory.name(d.staff().getLineManager()), 160)),
				"Nobody is overdue or due soon.");
		due.control().setLayoutData(fill());
		load();
	}

	@Override
	protected void load() {
		read("Training due", () -> {
			List<Due> d = new ArrayList<>();
			new TrainingCompliance(people.trust()).on(LocalDate.now(people.clock())).forEach(g -> {
				d.addAll(g.overdue());
				d.addAll(g.dueSoon());
			});
			return d;
		}, rows -> {
			due.setRows(rows);
			long overdue = rows.stream().filter(Due::overdue).count();
			status.setText(overdue + " overdue, " + (rows.size() - overdue) + " due soon.");
		});
	}

	@Focus
	void focus() {
		due.table().setFocus();
	}
}
