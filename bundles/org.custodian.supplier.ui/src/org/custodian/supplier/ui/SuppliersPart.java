package org.custodian.supplier.ui;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.model.Contract;
import org.custodian.model.ModelPackage;
import org.custodian.model.Provider;

import org.custodian.store.Store;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Suppliers & records: providers with their assurance, and their contracts. (REQUIREMENTS R2, R6.) */
public class SuppliersPart {

	@Inject
	private Store store;
	@Inject
	private UISynchronize ui;

	private EntityGrid<Provider> providers;
	private EntityGrid<Contract> contracts;

	@PostConstruct
	void create(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		providers = new EntityGrid<>(sash, "supplier.providers", "Providers", List.of(
				Column.of("Provider", Provider::getName, 240),
				Column.of("Kind", Provider::getKind, 140),
				Column.of("Contracts", p -> p.getContracts().size(), 80),
				Column.of("Sub-processors", p -> p.getSubProcessors().size(), 110),
				Column.of("DSPT", p -> p.getAssurance() == null ? null : p.getAssurance().getDsptStatus(), 160),
				Column.of("DSPT date", p -> p.getAssurance() == null ? null : p.getAssurance().getDsptDate(), 100),
				Column.of("ISO 27001 expires",
						p -> p.getAssurance() == null ? null : p.getAssurance().getIso27001Expiry(), 130)),
				"No providers recorded yet. PACS vendors, teleradiology, cloud backup and media couriers are held "
						+ "to their contracts here; start the console with --demo to see an example trust.");
		contracts = new EntityGrid<>(sash, "supplier.contracts", "Contracts", List.of(
				Column.of("Reference", Contract::getReference, 140),
				Column.of("Provider", c -> c.eContainer() instanceof Provider p ? p.getName() : null, 220),
				Column.of("Start", Contract::getStart, 100),
				Column.of("End", Contract::getEnd, 100),
				Column.of("Notice (days)", Contract::getNoticeDays, 100),
				Column.of("Retention guarantee (years)", Contract::getRetentionGuaranteeYears, 200),
				Column.of("Image display (s)", Contract::getImageDisplaySeconds, 120)),
				"No contracts recorded yet.");
		sash.setWeights(50, 50);
		load();
	}

	private record Registers(List<Provider> providers, List<Contract> contracts) {
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		Background.load("Loading providers", () -> {
			List<Provider> all = store.entities().loadAll(ModelPackage.Literals.PROVIDER);
			return new Registers(all, all.stream().flatMap(p -> p.getContracts().stream()).toList());
		}, ui, r -> {
			if (!providers.table().isDisposed()) {
				providers.setRows(r.providers());
				contracts.setRows(r.contracts());
			}
		}, e -> providers.setEmptyAction("Could not read the providers: " + e.getMessage(), null, null));
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (providers != null) {
			load();
		}
	}
}
