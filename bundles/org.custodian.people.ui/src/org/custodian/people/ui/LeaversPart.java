package org.custodian.people.ui;

import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessAfterEndDate;
import org.custodian.people.core.Directory;
import org.custodian.people.core.PeopleData;
import org.custodian.people.core.Revocations;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import jakarta.annotation.PostConstruct;

/**
 * People > Leavers: each leaver's accounts against the trust's deadline, and the accounts used after their owner's
 * last day. (G1.)
 */
public class LeaversPart extends PeopleView {
	record View(List<Revocations.Leaver> leavers, List<AccessAfterEndDate.Finding> used, int graceDays) {
	}

	private Spinner graceDays;
	private EntityGrid<Revocations.Leaver> leavers;
	private EntityGrid<AccessAfterEndDate.Finding> used;

	@PostConstruct
	void create(Composite parent) {
		frame(parent, "people.leavers");
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(3, false));
		new Label(bar, SWT.NONE).setText("Accounts are to be disabled by the end of the last working day plus (da&ys)");
		graceDays = WidgetIds.tag(new Spinner(bar, SWT.BORDER), "people.leavers.graceDays");
		graceDays.setValues(0, 0, 365, 0, 1, 7);
		Button save = WidgetIds.tag(new Button(bar, SWT.PUSH), "people.leavers.saveGrace");
		save.setText("Set the trust's deadli&ne");
		save.addListener(SWT.Selection, e -> {
			int days = graceDays.getSelection();
			change("Setting the revocation deadline", t -> {
				Revocations.setGraceDays(t, days);
				return "Leavers' accounts are now due to be disabled by the end of the last working day"
						+ (days == 0 ? "." : " plus " + days + " day(s).");
			});
		});
		leavers = new EntityGrid<>(parent, "people.leavers", "Leavers and revocations",
				List.of(Column.of("Staff no.", l -> l.staff().getStaffNumber(), 90),
						Column.of("Name", l -> Directory.name(l.staff()), 160),
						Column.of("Last day", Revocations.Leaver::endDate, 100),
						Column.of("Deadline", Revocations.Leaver::deadline, 100),
						Column.of("Accounts", l -> l.accounts().size(), 80),
						Column.of("Disabled", Revocations.Leaver::disabledAt, 170),
						Column.of("Smartcard removed", Revocations.Leaver::smartcardRemoved, 130),
						Column.of("Position removed", Revocations.Leaver::positionRemoved, 130),
						Column.of("Status", l -> l.status().breach() ? "BREACH: " + l.status() : l.status(), 140)),
				"No leavers yet: load the HR feed of leavers and movers.");
		leavers.control().setLayoutData(fill());
		used = new EntityGrid<>(parent, "people.alerts", "Access after the end date",
				List.of(Column.of("Staff no.", f -> f.staff().getStaffNumber(), 90),
						Column.of("Name", f -> Directory.name(f.staff()), 160),
						Column.of("Account", f -> f.account().getSystem() + " " + f.account().getUsername(), 160),
						Column.of("Last day", f -> f.staff().getEndDate(), 100),
						Column.of("Accesses", AccessAfterEndDate.Finding::events, 90),
						Column.of("Latest", AccessAfterEndDate.Finding::latest, 180)),
				"No account was used after its owner left.");
		GridData lower = fill();
		lower.heightHint = 180;
		used.control().setLayoutData(lower);
		load();
	}

	@Override
	protected void load() {
		read("Leavers", () -> {
			Trust trust = people.trust();
			return new View(Revocations.check(trust, people.clock().instant(), people.clock().getZone()),
					people.accessAfterEndDate(trust), PeopleData.settings(trust).getRevocationGraceDays());
		}, v -> {
			leavers.setRows(v.leavers());
			used.setRows(v.used());
			graceDays.setSelection(v.graceDays());
			long breaches = v.leavers().stream().filter(l -> l.status().breach()).count();
			status.setText(breaches + " revocation breach(es), " + v.used().size() + " account(s) used after leaving.");
		});
	}

	@Focus
	void focus() {
		leavers.table().setFocus();
	}
}
