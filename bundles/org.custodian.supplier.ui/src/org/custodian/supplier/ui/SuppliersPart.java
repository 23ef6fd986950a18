package org.custodian.supplier.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.Links;
import org.custodian.app.ui.Perspectives;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.Identified;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.SubProcessor;
import org.custodian.model.Trust;
import org.custodian.store.Store;
import org.custodian.supplier.core.AssuranceComparison;
import org.custodian.supplier.core.ContractChecks;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.ExpiryAlerts;
import org.custodian.supplier.core.SupplierEntries;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
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
 * 90/60/30 days, and a receiver's assurance side by side with our own, weaker points flagged. Every register is
 * recorded, changed and removed (after confirmation) in forms; the provider-change checklist opens the Backup &amp;
 * DR perspective's migration campaign. (REQUIREMENTS R2, R3, R6, A4.)
 */
public class SuppliersPart {

	@Inject
	private Store store;
	@Inject
	private SupplierService supplier;
	@Inject
	private UISynchronize ui;
	@Inject
	private IEventBroker events;
	@Inject
	private MApplication app;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;

	private Composite root;
	private Label status;
	/** What the last action did or why it was refused; apart from {@link #status}, which each reload rewrites. */
	private Label message;
	private Combo agreementChoice;
	private EntityGrid<Provider> providers;
	private EntityGrid<Contract> contracts;
	private EntityGrid<SubProcessor> subProcessors;
	private EntityGrid<DataSharingAgreement> agreements;
	private EntityGrid<ExpiryAlerts.Alert> alerts;
	private EntityGrid<AssuranceComparison.Point> comparison;
	private Registers current;
	private TrustChanges changes;

	/** What the part shows, read off the UI thread. */
	record Registers(Trust trust, LocalDate today, List<ContractChecks.Finding> findings, List<ExpiryAlerts.Alert> alerts) {
		List<Provider> providers() {
			return trust.getProviders();
		}

		List<Contract> contracts() {
			return trust.getProviders().stream().flatMap(p -> p.getContracts().stream()).toList();
		}

		List<SubProcessor> subProcessors() {
			return trust.getProviders().stream().flatMap(p -> p.getSubProcessors().stream()).toList();
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
		Ui.button(bar, "supplier.own", "&Our own assurance...", this::editOwnAssurance);
		Ui.button(bar, "supplier.refresh", "Refresh", this::load);
		status = WidgetIds.tag(new Label(root, SWT.WRAP), "supplier.status");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
		message = WidgetIds.tag(new Label(root, SWT.WRAP), "supplier.message");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(message);

		SashForm columns = new SashForm(root, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
		SashForm left = new SashForm(columns, SWT.VERTICAL);
		SashForm right = new SashForm(columns, SWT.VERTICAL);
		changes = new TrustChanges(supplier, events, ui, this::say, "Not saved");
		providers = new EntityGrid<>(section(left), "supplier.providers", "Providers", List.of(
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
						+ "to their contracts here: record one with New provider, or start the console with --demo "
						+ "to see an example trust.");
		buttons(providers, new String[][] { { "supplier.provider.new", "New &provider..." },
				{ "supplier.provider.edit", "Edit provider..." }, { "supplier.provider.remove", "Remove provider..." },
				{ "supplier.checklist", "Provider &change checklist..." } },
				() -> editProvider(null), () -> selected(providers, Registers::providers).ifPresent(this::editProvider),
				this::removeProvider, this::checklist);
		contracts = new EntityGrid<>(section(left), "supplier.contracts", "Contracts", List.of(
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
				"No contracts recorded yet: select a provider above and press New contract.");
		buttons(contracts, new String[][] { { "supplier.contract.new", "New con&tract..." },
				{ "supplier.contract.edit", "Edit contract..." }, { "supplier.contract.remove", "Remove contract..." } },
				() -> ofProvider("contract").ifPresent(p -> editContract(p, null)),
				() -> selected(contracts, Registers::contracts).ifPresent(c -> editContract((Provider) c.eContainer(), c)),
				() -> selected(contracts, Registers::contracts).ifPresent(c -> confirmRemoval("contract", c.getReference(),
						"Remove contract " + c.getReference() + "? Its service levels and checks go with it.", c)));
		subProcessors = new EntityGrid<>(section(left), "supplier.subprocessors", "Sub-processors", List.of(
				Column.of("Sub-processor", SubProcessor::getName, 220),
				Column.of("Of provider", s -> s.eContainer() instanceof Provider p ? p.getName() : null, 200),
				Column.of("Country", SubProcessor::getCountry, 110),
				Column.of("Service", SubProcessor::getService, 260)),
				"No sub-processors recorded: select a provider above and press New sub-processor.");
		buttons(subProcessors, new String[][] { { "supplier.subprocessor.new", "New &sub-processor..." },
				{ "supplier.subprocessor.edit", "Edit sub-processor..." },
				{ "supplier.subprocessor.remove", "Remove sub-processor..." } },
				() -> ofProvider("sub-processor").ifPresent(p -> editSubProcessor(p, null)),
				() -> selected(subProcessors, Registers::subProcessors)
						.ifPresent(x -> editSubProcessor((Provider) x.eContainer(), x)),
				() -> selected(subProcessors, Registers::subProcessors).ifPresent(x -> confirmRemoval("sub-processor",
						x.getName(), "Remove the sub-processor " + x.getName() + "?", x)));
		agreements = new EntityGrid<>(section(right), "supplier.agreements", "Data-sharing agreements", List.of(
				Column.of("Agreement", DataSharingAgreement::getTitle, 220),
				Column.of("Receiver", DataSharingAgreement::getPartnerName, 180),
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
				() -> selected(agreements, r -> r.trust().getDataSharingAgreements()).ifPresent(a -> confirmRemoval(
						"agreement", a.getTitle(), "Remove the data-sharing agreement " + a.getTitle()
								+ "? Its receiver's assurance goes with it; keep it instead if it has only lapsed.", a)));
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
		Optional<Provider> chosen = selected(providers, Registers::providers);
		if (chosen.isEmpty()) {
			return;
		}
		Provider p = chosen.get();
		MessageDialog dialog = new MessageDialog(root.getShell(), "Changing from " + p.getName(), null,
				String.join("\n", ContractChecks.providerChangeChecklist(p).stream().map(s -> "- " + s).toList()),
				MessageDialog.INFORMATION, 0, "Open the &migration campaign", "Close");
		if (dialog.open() == 0) {
			openMigrationCampaign(p.getName());
		}
	}

	/**
	 * Switches to the Backup &amp; DR perspective and opens its migration campaign for the outgoing provider.
	 *
	 * @return false, with the reason in the status line, when that perspective is not installed or not allowed
	 */
	public boolean openMigrationCampaign(String provider) {
		if (!Perspectives.show(Links.RECOVERY_PERSPECTIVE, app, models, parts)) {
			say("The Backup & DR perspective, which runs the migration campaign, is not available to this role.");
			return false;
		}
		events.post(Links.MIGRATION_CAMPAIGN, provider);
		return true;
	}

	// ---- the registers' forms

	private static Composite section(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(c);
		return c;
	}

	/** A row of buttons under a grid: {id, label} pairs with their actions, in order. */
	private static void buttons(EntityGrid<?> grid, String[][] labels, Runnable... actions) {
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
		Composite bar = new Composite(grid.control().getParent(), SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(labels.length).margins(4, 0).applyTo(bar);
		for (int i = 0; i < labels.length; i++) {
			Ui.button(bar, labels[i][0], labels[i][1], actions[i]);
		}
	}

	/** The entry selected in a grid, or empty with a hint in the status line. */
	private <T> Optional<T> selected(EntityGrid<T> grid, Function<Registers, List<T>> rows) {
		if (current == null) {
			return Optional.empty();
		}
		List<T> shown = rows.apply(current);
		Optional<T> hit = GridTools.selectedRows(grid.table()).stream().filter(i -> i < shown.size()).map(shown::get)
				.findFirst();
		if (hit.isEmpty()) {
			say("Select a row of " + grid.table().getData(WidgetIds.KEY).toString().replace("supplier.", "the ")
					+ " first.");
		}
		return hit;
	}

	/** The provider a new contract or sub-processor belongs to: the one selected, or the only one. */
	private Optional<Provider> ofProvider(String what) {
		if (current != null && current.providers().size() == 1) {
			return Optional.of(current.providers().get(0));
		}
		if (current != null && GridTools.selectedRows(providers.table()).isEmpty()) {
			say("Select the provider of the new " + what + " in the providers grid first.");
			return Optional.empty();
		}
		return selected(providers, Registers::providers);
	}

	private void form(String title, String id, List<FieldsDialog.Field> fields, java.util.function.Consumer<Map<String,
			String>> check, java.util.function.Consumer<Map<String, String>> save) {
		FieldsDialog d = new FieldsDialog(root.getShell(), title, id, fields).check(check);
		if (d.open() == Window.OK) {
			save.accept(d.values());
		}
	}

	private void editProvider(Provider p) {
		form(p == null ? "New provider" : "Provider " + p.getName(), "supplier.provider.form", SupplierForms.provider(p),
				v -> SupplierForms.applyProvider(current.trust(), p == null ? ModelFactory.eINSTANCE.createProvider()
						: EcoreUtil.copy(p), v),
				v -> saveProvider(p == null ? null : p.getId(), v));
	}

	/** Records a provider (id null) or changes the provider of that id; a refusal says what is missing. */
	public Job saveProvider(String id, Map<String, String> v) {
		return changes.save("Saving the provider", t -> {
			Provider p = id == null ? ModelFactory.eINSTANCE.createProvider() : find(t.getProviders(), id, "provider");
			if (id == null) {
				t.getProviders().add(p);
			}
			SupplierForms.applyProvider(t, p, v);
			return "Provider " + p.getName() + " saved.";
		});
	}

	private void editContract(Provider of, Contract c) {
		form(c == null ? "New contract with " + of.getName() : "Contract " + c.getReference(), "supplier.contract.form",
				SupplierForms.contract(c),
				v -> SupplierForms.applyContract(c == null ? ModelFactory.eINSTANCE.createContract() : EcoreUtil.copy(c), v),
				v -> saveContract(of.getId(), c == null ? null : c.getId(), v));
	}

	/** Records a contract of the provider (id null) or changes the contract of that id. */
	public Job saveContract(String providerId, String id, Map<String, String> v) {
		return changes.save("Saving the contract", t -> {
			Provider p = find(t.getProviders(), providerId, "provider");
			Contract c = id == null ? ModelFactory.eINSTANCE.createContract() : find(p.getContracts(), id, "contract");
			SupplierForms.applyContract(c, v);
			if (id == null) {
				p.getContracts().add(c);
			}
			return "Contract " + c.getReference() + " with " + p.getName() + " saved.";
		});
	}

	private void editSubProcessor(Provider of, SubProcessor s) {
		form(s == null ? "New sub-processor of " + of.getName() : "Sub-processor " + s.getName(),
				"supplier.subprocessor.form", SupplierForms.subProcessor(s),
				v -> SupplierForms.applySubProcessor(ModelFactory.eINSTANCE.createSubProcessor(), v),
				v -> saveSubProcessor(of.getId(), s == null ? null : s.getId(), v));
	}

	/** Records a sub-processor of the provider (id null) or changes the one of that id. */
	public Job saveSubProcessor(String providerId, String id, Map<String, String> v) {
		return changes.save("Saving the sub-processor", t -> {
			Provider p = find(t.getProviders(), providerId, "provider");
			SubProcessor s = id == null ? ModelFactory.eINSTANCE.createSubProcessor()
					: find(p.getSubProcessors(), id, "sub-processor");
			SupplierForms.applySubProcessor(s, v);
			if (id == null) {
				p.getSubProcessors().add(s);
			}
			return "Sub-processor " + s.getName() + " of " + p.getName() + " saved.";
		});
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

	private void removeProvider() {
		Optional<Provider> chosen = selected(providers, Registers::providers);
		if (chosen.isPresent() && MessageDialog.openConfirm(root.getShell(), "Remove provider",
				SupplierEntries.removalConsequences(current.trust(), chosen.get()))) {
			remove(chosen.get().getId());
		}
	}

	private void confirmRemoval(String what, String name, String question, Identified entry) {
		if (MessageDialog.openConfirm(root.getShell(), "Remove " + what, question)) {
			remove(entry.getId());
		}
	}

	/**
	 * Removes the provider, contract, sub-processor or agreement of that id (the forms ask first); a provider's
	 * agreements stay, unlinked.
	 */
	public Job remove(String id) {
		return changes.save("Removing from the supplier registers", t -> {
			for (Provider p : List.copyOf(t.getProviders())) {
				if (id.equals(p.getId())) {
					SupplierEntries.remove(t, p);
					return "Provider " + p.getName() + " removed.";
				}
				for (Identified child : List.<Identified>copyOf(p.getContracts())) {
					if (id.equals(child.getId())) {
						p.getContracts().remove(child);
						return "Contract " + ((Contract) child).getReference() + " removed.";
					}
				}
				for (Identified child : List.<Identified>copyOf(p.getSubProcessors())) {
					if (id.equals(child.getId())) {
						p.getSubProcessors().remove(child);
						return "Sub-processor " + ((SubProcessor) child).getName() + " removed.";
					}
				}
			}
			DataSharingAgreement a = find(t.getDataSharingAgreements(), id, "entry");
			t.getDataSharingAgreements().remove(a);
			return "Data-sharing agreement " + a.getTitle() + " removed.";
		});
	}

	private static <T extends Identified> T find(List<T> in, String id, String what) {
		return in.stream().filter(x -> id.equals(x.getId())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the " + what + " is no longer recorded"));
	}

	private void say(String text) {
		if (!message.isDisposed()) {
			message.setText(text);
			root.layout(true, true);
		}
	}

	/** What the last action did or why it was refused; for tests. */
	public String messageText() {
		return message.getText();
	}

	/** The registers shown; for tests. */
	public Trust trustShown() {
		return current == null ? null : current.trust();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (providers != null) {
			load();
		}
	}
}
