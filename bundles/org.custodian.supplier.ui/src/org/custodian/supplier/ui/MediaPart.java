package org.custodian.supplier.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelFactory;
import org.custodian.model.TransferDirection;
import org.custodian.model.Trust;
import org.custodian.store.Store;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.MediaRegister;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The removable-media register (RCR M1-M4, S4): every CD or USB device sent or received, with what each entry still
 * lacks. An export (110106) in the access events without an entry here is raised in the Access perspective's alert
 * queue by its rule "unencrypted-export", which reads this register.
 */
public class MediaPart {

	@Inject
	private Store store;
	@Inject
	private SupplierService supplier;
	@Inject
	private UISynchronize ui;
	@Inject
	private IEventBroker events;

	private Composite root;
	private Label status;
	private EntityGrid<MediaTransfer> register;
	private EntityGrid<MediaRegister.Finding> findings;
	private Trust trust;

	@PostConstruct
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(bar);
		Ui.button(bar, "supplier.media.add", "Add entry...", () -> form(null));
		Ui.button(bar, "supplier.media.edit", "Edit entry...", () -> {
			if (trust != null) {
				GridTools.selectedRows(register.table()).stream().filter(i -> i < trust.getMediaTransfers().size())
						.findFirst().ifPresentOrElse(i -> form(trust.getMediaTransfers().get(i)),
								() -> say("Select an entry first."));
			}
		});
		status = WidgetIds.tag(new Label(root, SWT.WRAP), "supplier.media.status");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		register = new EntityGrid<>(sash, "supplier.media", "Removable media register", List.of(
				Column.of("Date", m -> Dates.day(m.getTransferDate()), 90),
				Column.of("Direction", MediaTransfer::getDirection, 80),
				Column.of("Patient", MediaTransfer::getPatientId, 110),
				Column.of("Studies", m -> m.getStudyInstanceUids().size(), 60),
				Column.of("Encrypted", MediaTransfer::isEncrypted, 75),
				Column.of("Exception", MediaTransfer::getException, 170),
				Column.of("Password sent by", MediaTransfer::getPasswordChannel, 120),
				Column.of("Sender", MediaTransfer::getSender, 200),
				Column.of("Receiver", MediaTransfer::getReceiver, 200),
				Column.of("Imported to PACS", MediaTransfer::isImportedToPacs, 110),
				Column.of("Problem", MediaTransfer::getProblem, 200),
				Column.of("Incident", MediaTransfer::getIncidentReference, 100)),
				"No CDs or USB devices recorded. Every medium sent or received is entered here (M3).");
		findings = new EntityGrid<>(sash, "supplier.media.findings", "What the register entries lack", List.of(
				Column.of("Rule", MediaRegister.Finding::rule, 60),
				Column.of("Problem", MediaRegister.Finding::problem, 800)),
				"Every entry is encrypted or has its permitted reason, and is tracked by sender and receiver.");
		sash.setWeights(65, 35);
		load();
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		Background.load("Loading the media register", supplier::trust, ui, t -> {
			if (root.isDisposed()) {
				return;
			}
			trust = t;
			register.setRows(t.getMediaTransfers());
			findings.setRows(MediaRegister.check(t, LocalDate.now()));
			root.layout(true, true);
		}, e -> say("Could not read the media register: " + e.getMessage()));
	}

	private void say(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			root.layout(true, true);
		}
	}

	private void form(MediaTransfer m) {
		List<String> directions = Arrays.stream(TransferDirection.values()).map(TransferDirection::getName).toList();
		List<String> exceptions = Arrays.stream(MediaException.values()).map(MediaException::getName).toList();
		FieldsDialog d = new FieldsDialog(root.getShell(), m == null ? "New media register entry" : "Media register entry",
				"supplier.media.form", List.of(
						FieldsDialog.Field.choice("Direction", m == null ? "SENT" : m.getDirection().getName(), directions),
						FieldsDialog.Field.text("Date", m == null ? LocalDate.now() : Dates.day(m.getTransferDate())),
						FieldsDialog.Field.text("Patient ID", m == null ? "" : m.getPatientId()),
						FieldsDialog.Field.text("Study UIDs (comma separated)",
								m == null ? "" : String.join(", ", m.getStudyInstanceUids())),
						FieldsDialog.Field.choice("Encrypted", m == null || m.isEncrypted() ? "yes" : "no",
								List.of("yes", "no")),
						FieldsDialog.Field.choice("Exception when not encrypted",
								m == null || m.getException() == null ? "NONE" : m.getException().getName(), exceptions),
						FieldsDialog.Field.text("Password sent by", m == null ? "" : m.getPasswordChannel()),
						FieldsDialog.Field.text("Sender", m == null ? "" : m.getSender()),
						FieldsDialog.Field.text("Receiver", m == null ? "" : m.getReceiver()),
						FieldsDialog.Field.choice("Imported to PACS", m != null && m.isImportedToPacs() ? "yes" : "no",
								List.of("no", "yes")),
						FieldsDialog.Field.text("Problem (what went wrong, if anything)", m == null ? "" : m.getProblem()),
						FieldsDialog.Field.text("Incident reference", m == null ? "" : m.getIncidentReference())));
		d.check(v -> apply(ModelFactory.eINSTANCE.createMediaTransfer(), v));
		if (d.open() == Window.OK) {
			save(m == null ? null : m.getId(), d.values());
		}
	}

	/** Adds an entry (id null) or changes the entry of that id; an incomplete entry is refused with what it lacks. */
	public void save(String id, Map<String, String> v) {
		new TrustChanges(supplier, events, ui, this::say, "Not saved").save("Saving the media register", t -> {
			MediaTransfer m = id == null ? ModelFactory.eINSTANCE.createMediaTransfer()
					: t.getMediaTransfers().stream().filter(x -> id.equals(x.getId())).findFirst()
							.orElseThrow(() -> new IllegalArgumentException("the entry is no longer in the register"));
			apply(m, v);
			if (id == null) {
				t.getMediaTransfers().add(m);
			}
			return "Media register entry for patient " + m.getPatientId() + " saved.";
		});
	}

	/** Puts the values of the form into the entry; refuses an incomplete one with what it lacks. */
	private static void apply(MediaTransfer m, Map<String, String> v) {
		m.setDirection(TransferDirection.getByName(v.getOrDefault("Direction", "SENT")));
		m.setTransferDate(Dates.date(Ui.day("Date", v.get("Date"))));
		m.setPatientId(v.get("Patient ID"));
		m.getStudyInstanceUids().clear();
		m.getStudyInstanceUids().addAll(Arrays.stream(v.getOrDefault("Study UIDs (comma separated)", "")
				.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList()));
		m.setEncrypted(!"no".equals(v.get("Encrypted")));
		MediaException e = MediaException.getByName(v.getOrDefault("Exception when not encrypted", "NONE"));
		m.setException(e == null ? MediaException.NONE : e);
		m.setPasswordChannel(v.get("Password sent by"));
		m.setSender(v.get("Sender"));
		m.setReceiver(v.get("Receiver"));
		m.setImportedToPacs("yes".equals(v.get("Imported to PACS")));
		m.setIncidentReference(v.get("Incident reference"));
		m.setProblem(v.get("Problem (what went wrong, if anything)"));
		MediaRegister.validate(m);
	}

	/** The status line's text; for tests. */
	public String statusText() {
		return status.getText();
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (register != null) {
			load();
		}
	}
}
