package org.custodian.supplier.ui;

import java.util.List;
import java.util.Map;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.ModelFactory;
import org.custodian.supplier.core.AssuranceComparison;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.ExpiryAlerts;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * Suppliers & records > Agreements: data-sharing agreements with their receiver and receiving nodes (which the
 * transfers in the trail are matched to), the expiry and review alerts at 90/60/30 days, and a receiver's assurance
 * side by side with our own, weaker points flagged. (R2, R5, R6, G6.)
 */
public class AgreementsPart extends RegisterView {
	private Combo agreementChoice;
	private EntityGrid<DataSharingAgreement> agreements;
	private EntityGrid<ExpiryAlerts.Alert> alerts;
	private EntityGrid<AssuranceComparison.Point> comparison;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = frame(parent, "supplier.agreements", 4);
		new Label(bar, SWT.NONE).setText("Compare the receiver of");
		agreementChoice = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), "supplier.agreement");
		GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(agreementChoice);
		agreementChoice.addListener(SWT.Selection, e -> showComparison());
		Ui.button(bar, "supplier.own", "&Our own assurance...", this::editOwnAssurance);
		Ui.button(bar, "supplier.agreements.refresh", "Refresh", this::load);
		SashForm right = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
		agreements = new EntityGrid<>(section(right), "supplier.agreements", "Data-sharing agreements", List.of(
				Column.of("Agreement", DataSharingAgreement::getTitle, 220),
				Column.of("Receiver", DataSharingAgreement::getPartnerName, 180),
				Column.of("Receiving nodes", a -> String.join("; ", a.getReceivingNodes()), 160),
				Column.of("Purpose", DataSharingAgreement::getPurpose, 200),
				Column.of("Legal basis", DataSharingAgreement::getLegalBasis, 200),
				Column.of("Data flows", DataSharingAgreement::getDataFlows, 220),
				Column.of("Review date", a -> Dates.day(a.getReviewDate()), 90),
				Column.of("DPIA", DataSharingAgreement::getDpiaStatus, 100),
				Column.of("Weaker points (R6)", a -> current == null ? null : current.weaker(a), 120)),
				"No data-sharing agreements recorded yet: record one with New agreement.");
		buttons(agreements, new String[][] { { "supplier.agreement.new", "New &agreement..." },
				{ "supplier.agreement.edit", "Edit agreement..." }, { "supplier.agreement.remove", "Remove agreement..." } },
				() -> editAgreement(null),
				() -> selected(agreements, r -> r.trust().getDataSharingAgreements()).ifPresent(this::editAgreement),
				() -> selected(agreements, r -> r.trust().getDataSharingAgreements()).ifPresent(this::removeAgreement));
		alerts = new EntityGrid<>(right, "supplier.alerts", "Expiry and review alerts (90/60/30 days)", List.of(
				Column.of("Band", (ExpiryAlerts.Alert a) -> a.band().label(), 110),
				Column.of("Date", ExpiryAlerts.Alert::date, 90),
				Column.of("What", ExpiryAlerts.Alert::kind, 140),
				Column.of("Alert", ExpiryAlerts.Alert::message, 520)),
				"Nothing expires or is due for review within 90 days.");
		comparison = new EntityGrid<>(right, "supplier.assurance", "Assurance: receiver against our own", List.of(
				Column.of("Point", AssuranceComparison.Point::name, 170),
				Column.of("Ours", AssuranceComparison.Point::ours, 150),
				Column.of("Receiver", AssuranceComparison.Point::theirs, 150),
				Column.of("Receiver weaker", p -> p.weaker() ? "WEAKER" : "", 110),
				Column.of("Why", AssuranceComparison.Point::weakness, 420)),
				"Choose an agreement above to compare its receiver's assurance with ours.");
		right.setWeights(34, 36, 30);
		load();
	}

	@Override
	protected void show(Registers r) {
		agreements.setRows(r.trust().getDataSharingAgreements());
		alerts.setRows(r.alerts());
		String chosen = agreementChoice.getText();
		agreementChoice.removeAll();
		r.trust().getDataSharingAgreements().forEach(a -> agreementChoice.add(label(a)));
		int again = agreementChoice.indexOf(chosen);
		agreementChoice.select(again >= 0 ? again : 0);
		showComparison();
		long expired = r.alerts().stream().filter(a -> a.band() == ExpiryAlerts.Band.EXPIRED).count();
		status.setText(r.trust().getDataSharingAgreements().size() + " agreements; " + r.alerts().size() + " alerts ("
				+ expired + " expired).");
	}

	private static String label(DataSharingAgreement a) {
		return a.getTitle() + " (" + (a.getPartnerName() == null ? "no receiver" : a.getPartnerName()) + ")";
	}

	private void showComparison() {
		comparison.setRows(comparisonShown());
	}

	/** The points of the comparison on screen; for tests. */
	public List<AssuranceComparison.Point> comparisonShown() {
		if (current == null) {
			return List.of();
		}
		int i = agreementChoice.getSelectionIndex();
		List<DataSharingAgreement> all = current.trust().getDataSharingAgreements();
		return i < 0 || i >= all.size() ? List.of()
				: AssuranceComparison.compare(current.trust().getOwnAssurance(), all.get(i).getReceiverAssurance(),
						current.today());
	}

	private void editAgreement(DataSharingAgreement a) {
		if (current == null) {
			return;
		}
		form(a == null ? "New data-sharing agreement" : "Agreement " + a.getTitle(), "supplier.agreement.form",
				SupplierForms.agreement(current.trust(), a),
				v -> SupplierForms.applyAgreement(current.trust(), ModelFactory.eINSTANCE.createDataSharingAgreement(), v),
				v -> saveAgreement(a == null ? null : a.getId(), v));
	}

	/** Records a data-sharing agreement (id null) or changes the agreement of that id. */
	public Job saveAgreement(String id, Map<String, String> v) {
		return changes.save("Saving the data-sharing agreement", t -> {
			DataSharingAgreement a = id == null ? ModelFactory.eINSTANCE.createDataSharingAgreement()
					: find(t.getDataSharingAgreements(), id, "agreement");
			SupplierForms.applyAgreement(t, a, v);
			if (id == null) {
				t.getDataSharingAgreements().add(a);
			}
			return "Data-sharing agreement " + a.getTitle() + " saved.";
		});
	}

	private void removeAgreement(DataSharingAgreement a) {
		if (MessageDialog.openConfirm(root.getShell(), "Remove agreement", "Remove the data-sharing agreement "
				+ a.getTitle() + "? Its receiver's assurance goes with it; keep it instead if it has only lapsed.")) {
			String id = a.getId();
			changes.save("Removing the agreement", t -> {
				DataSharingAgreement gone = find(t.getDataSharingAgreements(), id, "agreement");
				t.getDataSharingAgreements().remove(gone);
				return "Data-sharing agreement " + gone.getTitle() + " removed.";
			});
		}
	}

	private void editOwnAssurance() {
		if (current == null) {
			return;
		}
		form("Our own assurance (" + current.trust().getName() + ")", "supplier.own.form",
				SupplierForms.assurance(current.trust().getOwnAssurance()), SupplierForms::assuranceOf,
				this::saveOwnAssurance);
	}

	/** Records the trust's own assurance, against which every receiver is compared. */
	public Job saveOwnAssurance(Map<String, String> v) {
		return changes.save("Saving our own assurance", t -> {
			t.setOwnAssurance(SupplierForms.assuranceOf(v));
			return "Our own assurance saved; receivers are compared with it.";
		});
	}

	@Focus
	void focus() {
		agreements.table().setFocus();
	}
}
