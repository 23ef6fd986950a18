package org.custodian.supplier.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.Links;
import org.custodian.app.ui.Perspectives;
import org.custodian.model.Contract;
import org.custodian.model.Identified;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.SubProcessor;
import org.custodian.supplier.core.ContractChecks;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.SupplierEntries;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Suppliers & records > Providers: providers with their receiving nodes and assurance, their contracts (each checked
 * against the retention the archive needs and the display time) and their sub-processors, recorded, changed and
 * removed (after confirmation) in forms; the provider-change checklist opens the Backup &amp; DR perspective's
 * migration campaign. (R2, R3, R6, A4.)
 */
public class ProvidersPart extends RegisterView {
	@Inject
	private MApplication app;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;

	private EntityGrid<Provider> providers;
	private EntityGrid<Contract> contracts;
	private EntityGrid<SubProcessor> subProcessors;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = frame(parent, "supplier", 1);
		Ui.button(bar, "supplier.refresh", "Refresh", this::load);
		SashForm left = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
		providers = new EntityGrid<>(section(left), "supplier.providers", "Providers", List.of(
				Column.of("Provider", Provider::getName, 220),
				Column.of("Kind", Provider::getKind, 120),
				Column.of("Receiving nodes", p -> String.join("; ", p.getReceivingNodes()), 160),
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
				() -> selected(contracts, Registers::contracts).ifPresent(c -> confirmRemoval("contract",
						"Remove contract " + c.getReference() + "? Its service levels and checks go with it.", c)));
		subProcessors = new EntityGrid<>(section(left), "supplier.subprocessors", "Sub-processors", List.of(
				Column.of("Sub-processor", SubProcessor::getName, 220),
				Column.of("Of provider", s -> s.eContainer() instanceof Provider p ? p.getName() : null, 200),
				Column.of("Country", SubProcessor::getCountry, 110),
				Column.of("Service", SubProcessor::getService, 260),
				Column.of("DSPT", s -> s.getAssurance() == null ? null : s.getAssurance().getDsptStatus(), 150),
				Column.of("DSPT date", s -> s.getAssurance() == null ? null : Dates.day(s.getAssurance().getDsptDate()),
						90)),
				"No sub-processors recorded: select a provider above and press New sub-processor.");
		buttons(subProcessors, new String[][] { { "supplier.subprocessor.new", "New &sub-processor..." },
				{ "supplier.subprocessor.edit", "Edit sub-processor..." },
				{ "supplier.subprocessor.remove", "Remove sub-processor..." } },
				() -> ofProvider("sub-processor").ifPresent(p -> editSubProcessor(p, null)),
				() -> selected(subProcessors, Registers::subProcessors)
						.ifPresent(x -> editSubProcessor((Provider) x.eContainer(), x)),
				() -> selected(subProcessors, Registers::subProcessors).ifPresent(x -> confirmRemoval("sub-processor",
						"Remove the sub-processor " + x.getName() + "?", x)));
		left.setWeights(36, 38, 26);
		load();
	}

	@Override
	protected void show(Registers r) {
		providers.setRows(r.providers());
		contracts.setRows(r.contracts());
		subProcessors.setRows(r.subProcessors());
		status.setText(r.providers().size() + " providers, " + r.findings().size() + " contract shortfalls; the archive"
				+ " needs " + ContractChecks.need(r.trust()).years() + " years of retention ("
				+ ContractChecks.need(r.trust()).reasoning() + ").");
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
	 * @return false, with the reason in the message line, when that perspective is not installed or not allowed
	 */
	public boolean openMigrationCampaign(String provider) {
		if (!Perspectives.show(Links.RECOVERY_PERSPECTIVE, app, models, parts)) {
			say("The Backup & DR perspective, which runs the migration campaign, is not available to this role.");
			return false;
		}
		events.post(Links.MIGRATION_CAMPAIGN, provider);
		return true;
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

	private void removeProvider() {
		Optional<Provider> chosen = selected(providers, Registers::providers);
		if (chosen.isPresent() && MessageDialog.openConfirm(root.getShell(), "Remove provider",
				SupplierEntries.removalConsequences(current.trust(), chosen.get()))) {
			remove(chosen.get().getId());
		}
	}

	private void confirmRemoval(String what, String question, Identified entry) {
		if (MessageDialog.openConfirm(root.getShell(), "Remove " + what, question)) {
			remove(entry.getId());
		}
	}

	/** Removes the provider, contract or sub-processor of that id (the forms ask first); agreements stay, unlinked. */
	public Job remove(String id) {
		return changes.save("Removing from the supplier registers", t -> {
			for (Provider p : List.copyOf(t.getProviders())) {
				if (id.equals(p.getId())) {
					SupplierEntries.remove(t, p);
					return "Provider " + p.getName() + " removed.";
				}
				for (Contract c : List.copyOf(p.getContracts())) {
					if (id.equals(c.getId())) {
						p.getContracts().remove(c);
						return "Contract " + c.getReference() + " removed.";
					}
				}
				for (SubProcessor s : List.copyOf(p.getSubProcessors())) {
					if (id.equals(s.getId())) {
						p.getSubProcessors().remove(s);
						return "Sub-processor " + s.getName() + " removed.";
					}
				}
			}
			throw new IllegalArgumentException("the entry is no longer recorded");
		});
	}

	@Focus
	void focus() {
		providers.table().setFocus();
	}
}
