package org.custodian.supplier.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.Provider;
import org.custodian.model.SubProcessor;
import org.custodian.model.Trust;
import org.custodian.store.Store;
import org.custodian.supplier.core.AssuranceComparison;
import org.custodian.supplier.core.ContractChecks;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.ExpiryAlerts;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Suppliers & records: providers with their sub-processors and contracts (each contract checked against the
 * retention the archive needs and the display time), data-sharing agreements, the expiry and review alerts at
 * 90/60/30 days, and a receiver's assurance side by side with our own, weaker points flagged. (REQUIREMENTS R2,
 * R3, R6, A4.)
 */
public class SuppliersPart {

	@Inject
	private Store store;
	@Inject
	private SupplierService supplier;
	@Inject
	private UISynchronize ui;

	private Composite root;
	private Label status;
	private Combo agreementChoice;
	private EntityGrid<Provider> providers;
	private EntityGrid<Contract> contracts;
	private EntityGrid<SubProcessor> subProcessors;
	private EntityGrid<DataSharingAgreement> agreements;
	private EntityGrid<ExpiryAlerts.Alert> alerts;
	private EntityGrid<AssuranceComparison.Point> comparison;
	private Registers current;

	/** What the part shows, read off the UI thread. */
	record Registers(Trust trust, LocalDate today, List<ContractChecks.Finding> findings, List<ExpiryAlerts.Alert> alerts) {
		List<Provider> providers() {
			return trust.getProviders();
		}

		List<Contract> contracts() {
			return trust.getProviders().stream().flatMap(p -> p.getContracts().stream()).toList();
		}

		String checks(Contract c) {
			return findings.stream().filter(f -> f.contract() == c).map(ContractChecks.Finding::problem)
					.collect(Collectors.joining("; "));
		}

		long weaker(DataSharingAgreement a) {
			return AssuranceComparison.weaknesses(trust.getOwnAssurance(), a.getReceiverAssurance(), today).size();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Compare the receiver of");
		agreementChoice = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), "supplier.agreement");
		GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(agreementChoice);
		agreementChoice.addListener(SWT.Selection, e -> showComparison());
		Ui.button(bar, "supplier.checklist", "Provider change checklist...", this::checklist);
		Ui.button(bar, "supplier.refresh", "Refresh", this::load);
		status = WidgetIds.tag(new Label(root, SWT.WRAP), "supplier.status");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);

		SashForm columns = new SashForm(root, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
		SashForm left = new SashForm(columns, SWT.VERTICAL);
		SashForm right = new SashForm(columns, SWT.VERTICAL);
		providers = new EntityGrid<>(left, "supplier.providers", "Providers", List.of(
				Column.of("Provider", Provider::getName, 220),
				Column.of("Kind", Provider::getKind, 120),
				Column.of("Contracts", p -> p.getContracts().size(), 70),
				Column.of("Sub-processors", p -> p.getSubProcessors().size(), 100),
				Column.of("DSPT", p -> p.getAssurance() == null ? null : p.getAssurance().getDsptStatus(), 150),
				Column.of("DSPT date", p -> p.getAssurance() == null ? null : Dates.day(p.getAssurance().getDsptDate()), 90),
				Column.of("ISO 27001 expires",
						p -> p.getAssurance() == null ? null : Dates.day(p.getAssurance().getIso27001Expiry()), 120),
				Column.of("Cyber Essentials Plus expires",
						p -> p.getAssurance() == null ? null : Dates.day(p.getAssurance().getCyberEssentialsPlusExpiry()), 170),
				Column.of("Last pen test",
						p -> p.getAssurance() == null ? null : Dates.day(p.getAssurance().getLastPenTest()), 100)),
				"No providers recorded yet. PACS vendors, teleradiology, cloud backup and media couriers are held "
						+ "to their contracts here; start the console with --demo to see an example trust.");
		contracts = new EntityGrid<>(left, "supplier.contracts", "Contracts", List.of(
				Column.of("Reference", Contract::getReference, 110),
				Column.of("Provider", c -> c.eContainer() instanceof Provider p ? p.getName() : null, 200),
				Column.of("Start", c -> Dates.day(c.getStart()), 90),
				Column.of("End", c -> Dates.day(c.getEnd()), 90),
				Column.of("Notice (days)", Contract::getNoticeDays, 90),
				Column.of("Renewal", Contract::getRenewalTerms, 160),
				Column.of("Retention guarantee (years)", Contract::getRetentionGuaranteeYears, 170),
				Column.of("Image display (s)", Contract::getImageDisplaySeconds, 110),
				Column.of("Service levels", c -> c.getServiceLevels().stream()
						.map(s -> s.getName() + " " + s.getTarget() + (s.getUnit() == null ? "" : " " + s.getUnit()))
						.collect(Collectors.joining("; ")), 260),
				Column.of("Exit / data return", c -> Ui.str(c.getExitClause()) + " / " + Ui.str(c.getDataReturnClause()), 260),
				Column.of("Checks", c -> current == null ? null : current.checks(c), 420)),
				"No contracts recorded yet.");
		subProcessors = new EntityGrid<>(left, "supplier.subprocessors", "Sub-processors", List.of(
				Column.of("Sub-processor", SubProcessor::getName, 220),
				Column.of("Of provider", s -> s.eContainer() instanceof Provider p ? p.getName() : null, 200),
				Column.of("Country", SubProcessor::getCountry, 110),
				Column.of("Service", SubProcessor::getService, 260)),
				"No sub-processors recorded.");
		agreements = new EntityGrid<>(right, "supplier.agreements", "Data-sharing agreements", List.of(
				Column.of("Agreement", DataSharingAgreement::getTitle, 220),
				Column.of("Receiver", DataSharingAgreement::getPartnerName, 180),
				Column.of("Purpose", DataSharingAgreement::getPurpose, 200),
				Column.of("Legal basis", DataSharingAgreement::getLegalBasis, 200),
				Column.of("Data flows", DataSharingAgreement::getDataFlows, 220),
				Column.of("Review date", a -> Dates.day(a.getReviewDate()), 90),
				Column.of("DPIA", DataSharingAgreement::getDpiaStatus, 100),
				Column.of("Weaker points (R6)", a -> current == null ? null : current.weaker(a), 120)),
				"No data-sharing agreements recorded yet.");
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
		left.setWeights(34, 40, 26);
		right.setWeights(30, 38, 32);
		load();
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		Background.load("Loading providers and agreements", () -> {
			Trust trust = supplier.trust();
			LocalDate today = supplier.today();
			return new Registers(trust, today, ContractChecks.check(trust), ExpiryAlerts.find(trust, today, 90));
		}, ui, this::show, e -> providers.setEmptyAction("Could not read the providers: " + e.getMessage(), null, null));
	}

	private void show(Registers r) {
		if (root.isDisposed()) {
			return;
		}
		current = r;
		providers.setRows(r.providers());
		contracts.setRows(r.contracts());
		subProcessors.setRows(r.providers().stream().flatMap(p -> p.getSubProcessors().stream()).toList());
		agreements.setRows(r.trust().getDataSharingAgreements());
		alerts.setRows(r.alerts());
		String chosen = agreementChoice.getText();
		agreementChoice.removeAll();
		r.trust().getDataSharingAgreements().forEach(a -> agreementChoice.add(label(a)));
		int again = agreementChoice.indexOf(chosen);
		agreementChoice.select(again >= 0 ? again : 0);
		showComparison();
		long expired = r.alerts().stream().filter(a -> a.band() == ExpiryAlerts.Band.EXPIRED).count();
		status.setText(r.alerts().size() + " alerts (" + expired + " expired); " + r.findings().size()
				+ " contract shortfalls; the archive needs " + ContractChecks.need(r.trust()).years()
				+ " years of retention (" + ContractChecks.need(r.trust()).reasoning() + ").");
		root.layout(true, true);
	}

	private static String label(DataSharingAgreement a) {
		return a.getTitle() + " (" + a.getPartnerName() + ")";
	}

	private void showComparison() {
		if (current == null) {
			return;
		}
		int i = agreementChoice.getSelectionIndex();
		List<DataSharingAgreement> all = current.trust().getDataSharingAgreements();
		if (i < 0 || i >= all.size()) {
			comparison.setRows(List.of());
			return;
		}
		comparison.setRows(AssuranceComparison.compare(current.trust().getOwnAssurance(),
				all.get(i).getReceiverAssurance(), current.today()));
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

	private void checklist() {
		if (current == null) {
			return;
		}
		List<Integer> rows = GridTools.selectedRows(providers.table());
		List<Provider> chosen = new ArrayList<>();
		rows.stream().filter(i -> i < current.providers().size()).forEach(i -> chosen.add(current.providers().get(i)));
		if (chosen.isEmpty()) {
			status.setText("Select a provider first.");
			return;
		}
		Provider p = chosen.get(0);
		MessageDialog.openInformation(root.getShell(), "Changing from " + p.getName(), String.join("\n",
				ContractChecks.providerChangeChecklist(p).stream().map(s -> "- " + s).toList()));
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (providers != null) {
			load();
		}
	}
}
