package org.custodian.supplier.ui;

import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.supplier.core.Assurance;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Suppliers & records > Assurance: the DSPT status, its publication and the day it lapses (in the 90/60/30-day
 * bands), ISO 27001 and Cyber Essentials Plus of the trust itself, every provider, every sub-processor and every
 * agreement's receiver, with what is short and what cannot be true (a publication in the future, an agreement
 * without a receiver). Each is edited in its own register's form. (R6, DSPT A4.a.)
 */
public class AssurancePart extends RegisterView {
	private EntityGrid<Assurance.Status> parties;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = frame(parent, "supplier.everyone", 1);
		Ui.button(bar, "supplier.everyone.refresh", "Refresh", this::load);
		parties = new EntityGrid<>(root, "supplier.everyone", "Assurance of everyone we depend on", List.of(
				Column.of("Organisation", (Assurance.Status s) -> s.party().name() == null ? "(no receiver named)"
						: s.party().name(), 220),
				Column.of("Kind", s -> s.party().kind().label() + (s.party().of() == null ? "" : " (" + s.party().of() + ")"),
						260),
				Column.of("DSPT", Assurance.Status::dspt, 150),
				Column.of("Published", Assurance.Status::published, 90),
				Column.of("Expires", Assurance.Status::expires, 90),
				Column.of("Band", s -> s.dsptBand() == null ? null : s.dsptBand().label(), 180),
				Column.of("ISO 27001 expires", Assurance.Status::iso27001, 120),
				Column.of("Cyber Essentials Plus expires", Assurance.Status::cyberEssentialsPlus, 170),
				Column.of("Short of", s -> String.join(" ", Assurance.shortfalls(s)), 360),
				Column.of("Cannot be true", s -> String.join(" ", s.problems()), 360)),
				"Record the trust's own assurance (Agreements > Our own assurance) and the providers'.");
		org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(parties.control());
		load();
	}

	@Override
	protected void show(Registers r) {
		List<Assurance.Status> all = Assurance.status(r.trust(), r.today());
		parties.setRows(all);
		long short_ = all.stream().filter(s -> !Assurance.shortfalls(s).isEmpty()).count();
		long lapsing = all.stream().filter(s -> s.dsptCurrent() && s.dsptBand() != null
				&& s.dsptBand() != org.custodian.supplier.core.ExpiryAlerts.Band.LATER).count();
		status.setText(all.size() + " organisations: " + short_ + " without a current DSPT of Standards met, " + lapsing
				+ " lapsing within 90 days.");
	}

	@Focus
	void focus() {
		parties.table().setFocus();
	}
}
