package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.app.ui.DataEvents;
import org.custodian.model.AssuranceEvidence;
import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DsptStatus;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.StudyRetention;
import org.custodian.model.Trust;
import org.custodian.supplier.core.AssuranceComparison;
import org.custodian.supplier.core.ContractChecks;
import org.custodian.supplier.core.ExpiryAlerts;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.RecordsRegister;
import org.custodian.supplier.core.SupplierService;
import org.custodian.supplier.ui.MediaPart;
import org.custodian.supplier.ui.RecordsPart;
import org.custodian.supplier.ui.RetentionPart;
import org.custodian.supplier.ui.AgreementsPart;
import org.custodian.supplier.ui.AssurancePart;
import org.custodian.supplier.ui.LabellingPart;
import org.custodian.supplier.ui.ProvidersPart;
import org.custodian.supplier.ui.TeachingPart;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Suppliers &amp; records perspective on the real workbench: a receiver's assurance is compared with ours and
 * its weaker points flagged; the Scan button reads a folder of dcmtk-made files in a Job and fills the retention
 * register; the due list shows the adult's old study until a legal hold stops it; the media register refuses an
 * incomplete entry and keeps a complete one. Signs in itself when it runs without WorkbenchTest.
 */
class SupplierPerspectiveTest {
	private static final long SLOW = 60_000;
	private final UiBot bot = new UiBot(Display.getCurrent());

	@TempDir
	static Path dir;

	private static BundleContext context() {
		return FrameworkUtil.getBundle(SupplierPerspectiveTest.class).getBundleContext();
	}

	private static <S> S service(Class<S> type) {
		BundleContext ctx = context();
		return ctx.getService(ctx.getServiceReference(type));
	}

	private static MApplication application() {
		return service(IWorkbench.class).getApplication();
	}

	/** Brings a part of the stack to the front, as clicking its tab does, and returns its object. */
	@SuppressWarnings("unchecked")
	private <T> T show(String partId) {
		MApplication app = application();
		MPart part = (MPart) app.getContext().get(EModelService.class).find(partId, app);
		part.getParent().setSelectedElement(part);
		return bot.waitFor(partId + " to be created", () -> (T) part.getObject(), o -> o != null, SLOW);
	}

	private static AssuranceEvidence evidence(DsptStatus status, LocalDate dspt, LocalDate iso, LocalDate penTest) {
		AssuranceEvidence e = ModelFactory.eINSTANCE.createAssuranceEvidence();
		e.setDsptStatus(status);
		e.setDsptDate(Dates.date(dspt));
		e.setIso27001Expiry(Dates.date(iso));
		e.setCyberEssentialsPlusExpiry(Dates.date(iso));
		e.setLastPenTest(Dates.date(penTest));
		return e;
	}

	@Test
	void comparisonScanDueListHoldAndMediaRegister() throws Exception {
		bot.signInIfNeeded("igmanager");
		LocalDate today = LocalDate.now();
		SupplierService supplier = service(SupplierService.class);
		Trust trust = supplier.trust();
		trust.setOwnAssurance(evidence(DsptStatus.STANDARDS_EXCEEDED, today.minusDays(30), today.plusYears(1),
				today.minusDays(20)));
		DataSharingAgreement dsa = ModelFactory.eINSTANCE.createDataSharingAgreement();
		dsa.setTitle("UI test teleradiology");
		dsa.setPartnerName("UI Test Reporting LLP");
		dsa.setReviewDate(Dates.date(today.plusDays(10)));
		dsa.setReceiverAssurance(evidence(DsptStatus.NOT_MET, today.minusDays(20), null, today.minusDays(10)));
		trust.getDataSharingAgreements().add(dsa);
		supplier.save(trust);

		bot.click("perspective.org.custodian.supplier.ui.perspective");
		AgreementsPart agreements = show("org.custodian.supplier.ui.part.agreements");
		application().getContext().get(IEventBroker.class).send(DataEvents.CHANGED, "supplier test data");
		List<AssuranceComparison.Point> points = bot.waitFor("the receiver compared with us",
				agreements::comparisonShown, l -> !l.isEmpty(), SLOW);
		assertEquals(List.of("DSPT status", "ISO 27001 expiry", "Cyber Essentials Plus expiry"),
				points.stream().filter(AssuranceComparison.Point::weaker).map(AssuranceComparison.Point::name).toList());
		bot.waitFor("the review alert", () -> UiBot.text(bot.find("supplier.agreements.status", SLOW)),
				t -> t.contains("alerts"), SLOW);
		// everyone's assurance in one view: the receiver's published DSPT is below Standards met
		show("org.custodian.supplier.ui.part.assurance");
		bot.waitFor("everyone's assurance", () -> UiBot.text(bot.find("supplier.everyone.status", SLOW)),
				t -> t.contains("without a current DSPT"), SLOW);

		// the Scan button: a folder of two studies, an adult's from 2012 (due) and a recent one
		DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("made")));
		Instance old = DcmtkFiles.newInstance("UI-ADULT", "CR", "20120105");
		Instance recent = DcmtkFiles.newInstance("UI-RECENT", "CT", today.minusDays(3).toString().replace("-", ""));
		Path archive = Files.createDirectories(dir.resolve("archive"));
		Files.copy(files.file(old, Variant.EXPLICIT_LITTLE), archive.resolve("old.dcm"));
		Files.copy(files.file(recent, Variant.EXPLICIT_LITTLE), archive.resolve("recent.dcm"));

		// the labelling check of the same folder: both objects carry every label DCMTK wrote
		LabellingPart labels = show("org.custodian.supplier.ui.part.labels");
		org.eclipse.core.runtime.jobs.Job check = labels.check(archive);
		bot.waitUntil("the labelling check", () -> check.getResult() != null, SLOW);
		bot.waitFor("the check shown", () -> UiBot.text(bot.find("supplier.labels.status", SLOW)),
				t -> t.contains("Newest check: " + archive) && t.contains("0 studies lacking a label"), SLOW);
		RetentionPart retention = show("org.custodian.supplier.ui.part.retention");
		bot.type("supplier.retention.folder", archive.toString());
		bot.click("supplier.retention.scan");
		String scanned = bot.waitFor("the scan", () -> UiBot.text(bot.find("supplier.retention.status", SLOW)),
				t -> t.startsWith("Scanned") || t.startsWith("Scan failed"), SLOW);
		assertTrue(scanned.contains("2 studies recorded"), scanned);
		List<StudyRetention> shown = bot.waitFor("the register to show the studies", retention::registerShown,
				l -> l.stream().anyMatch(s -> "UI-ADULT".equals(s.getPatientId())), SLOW);
		StudyRetention adult = shown.stream().filter(s -> "UI-ADULT".equals(s.getPatientId())).findFirst().get();
		assertEquals(LocalDate.of(2020, 1, 5), Dates.day(adult.getDestructionDue()));
		assertTrue(adult.getReasoning().contains("8 years from end of treatment"), adult.getReasoning());

		// due for review today: the adult's study; a legal hold then takes it off the list
		RecordsPart records = show("org.custodian.supplier.ui.part.records");
		bot.type("supplier.due.at", today.toString());
		bot.click("supplier.due.show");
		bot.waitFor("the adult's study to be due", records::statusText, t -> t.matches("[1-9]\\d* studies due.*"), SLOW);
		assertTrue(RecordsRegister.dueForReview(supplier.trust(), today).stream()
				.anyMatch(d -> "UI-ADULT".equals(d.study().getPatientId())));
		Map<String, String> hold = new LinkedHashMap<>();
		hold.put("Reference", "UI-HOLD-1");
		hold.put("Patient ID", "UI-ADULT");
		hold.put("Reason", "Complaint");
		hold.put("Placed on", today.toString());
		records.placeHold(hold);
		bot.waitFor("the hold to take the study off the list", () -> RecordsRegister
				.dueForReview(supplier.trust(), today).stream().noneMatch(d -> "UI-ADULT".equals(d.study().getPatientId())),
				ok -> ok, SLOW);
		// a destruction under the hold is refused with the reason
		Map<String, String> destroy = new LinkedHashMap<>();
		destroy.put("What", "Chest X-ray");
		destroy.put("Destroyed on", today.toString());
		destroy.put("By", "Records manager");
		destroy.put("Method", "Secure erasure");
		destroy.put("Certificate reference", "UI-CERT");
		bot.waitFor("the register to reload", records::statusText, t -> t.contains("studies due"), SLOW);
		records.recordDestruction(adult.getStudyInstanceUid(), destroy);
		String refused = bot.waitFor("the refusal", records::statusText, t -> t.startsWith("Not recorded"), SLOW);
		assertTrue(refused.contains("legal hold UI-HOLD-1"), refused);

		// the media register: an incomplete entry is refused with what it lacks, a complete one is kept
		MediaPart media = show("org.custodian.supplier.ui.part.media");
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("Direction", "SENT");
		entry.put("Date", today.toString());
		entry.put("Patient ID", "UI-ADULT");
		entry.put("Encrypted", "no");
		entry.put("Exception when not encrypted", "NONE");
		entry.put("Sender", "Radiology");
		entry.put("Receiver", "");
		media.save(null, entry);
		String lacking = bot.waitFor("the refusal", media::statusText, t -> t.startsWith("Not saved"), SLOW);
		assertTrue(lacking.contains("the receiver") && lacking.contains("not encrypted"), lacking);
		entry.put("Receiver", "Neurosurgery, City Hospital");
		entry.put("Exception when not encrypted", "URGENT_CLINICAL_TRANSFER");
		media.save(null, entry);
		bot.waitFor("the entry", media::statusText, t -> t.startsWith("Media register entry"), SLOW);
		assertEquals(1, supplier.trust().getMediaTransfers().stream()
				.filter(m -> "UI-ADULT".equals(m.getPatientId())).count());

		// teaching copies: the originals name their patients; the de-identified copies do not
		TeachingPart teaching = show("org.custodian.supplier.ui.part.teaching");
		teaching.check(archive.toString());
		String before = bot.waitFor("the check", teaching::statusText, t -> t.contains(" under "), SLOW);
		assertTrue(before.startsWith("2 files under"), before);
		Path copies = dir.resolve("teaching");
		teaching.deidentify(archive.toString(), copies.toString(), "UI teaching set");
		String after = bot.waitFor("the copies", teaching::statusText, t -> t.contains("copies written")
				|| t.startsWith("Failed"), SLOW);
		assertTrue(after.startsWith("2 de-identified copies written") && after.endsWith("0 copies still carry an identifier."),
				after);
		assertEquals(2, supplier.trust().getPseudonyms().size());
	}

	private static Map<String, String> values(String... labelsAndValues) {
		Map<String, String> v = new LinkedHashMap<>();
		for (int i = 0; i < labelsAndValues.length; i += 2) {
			v.put(labelsAndValues[i], labelsAndValues[i + 1]);
		}
		return v;
	}

	private String said(org.custodian.supplier.ui.RegisterView part, String startingWith) {
		return bot.waitFor("the part to say '" + startingWith + "'", part::messageText, t -> t.startsWith(startingWith)
				|| t.startsWith("Not saved"), SLOW);
	}

	@Test
	void providersContractsAndAgreementsAreRecordedChangedAndRemoved() throws Exception {
		bot.signInIfNeeded("igmanager");
		LocalDate today = LocalDate.now();
		SupplierService supplier = service(SupplierService.class);
		bot.click("perspective.org.custodian.supplier.ui.perspective");
		ProvidersPart suppliers = show("org.custodian.supplier.ui.part");

		// the New provider form refuses a provider without a name and stays open with the reason
		String[] refusal = new String[1];
		bot.whenShown("supplier.provider.form", dialog -> {
			UiBot.press(dialog, org.eclipse.jface.dialogs.IDialogConstants.OK_ID);
			refusal[0] = UiBot.text(bot.find("supplier.provider.form.error", SLOW));
			bot.type("supplier.provider.form.0", "UI Imaging Ltd");
			UiBot.press(dialog, org.eclipse.jface.dialogs.IDialogConstants.OK_ID);
		}, SLOW);
		bot.click("supplier.provider.new");
		assertEquals("The provider needs a name.", refusal[0]);
		assertEquals("Provider UI Imaging Ltd saved.", said(suppliers, "Provider UI Imaging Ltd"));
		Provider provider = supplier.trust().getProviders().stream().filter(p -> "UI Imaging Ltd".equals(p.getName()))
				.findFirst().orElseThrow();
		assertEquals(ProviderKind.PACS_VENDOR, provider.getKind());

		// a second provider of the same name is refused; assurance typed with the provider is kept
		suppliers.saveProvider(null, values("Name", "ui imaging ltd", "Kind", "VNA"));
		assertTrue(said(suppliers, "Provider").contains("already recorded"), suppliers.messageText());
		suppliers.saveProvider(provider.getId(), values("Name", "UI Imaging Ltd", "Kind", "PACS_VENDOR",
				"DSPT status", "STANDARDS_MET", "DSPT published", today.minusMonths(2).toString(),
				"ISO 27001 expires", today.plusDays(45).toString()));
		said(suppliers, "Provider UI Imaging Ltd");
		bot.waitFor("the assurance stored", () -> supplier.trust().getProviders().stream()
				.filter(p -> provider.getId().equals(p.getId())).findFirst().get().getAssurance(), a -> a != null, SLOW);

		// a contract: impossible dates refused, then kept with its service levels, and checked against the archive
		Map<String, String> contract = values("Reference", "UI-PACS-1", "Start", today.toString(), "End",
				today.minusDays(1).toString(), "Notice (days)", "180", "Retention guarantee (years)", "1",
				"Image display (seconds)", "4.5", "Data return or migration clause", "All images in DICOM within 90 days",
				"Service levels (name = target unit; ...)",
				"Availability = 99.9 %; Image display = 4.5 s");
		suppliers.saveContract(provider.getId(), null, contract);
		assertTrue(said(suppliers, "Contract").contains("ends (" + today.minusDays(1) + ") before it starts"),
				suppliers.messageText());
		contract.put("Start", today.minusYears(1).toString());
		contract.put("End", today.plusDays(50).toString());
		suppliers.saveContract(provider.getId(), null, contract);
		said(suppliers, "Contract UI-PACS-1 with UI Imaging Ltd saved");
		Contract stored = bot.waitFor("the contract stored", () -> supplier.trust().getProviders().stream()
				.flatMap(p -> p.getContracts().stream()).filter(c -> "UI-PACS-1".equals(c.getReference())).findFirst()
				.orElse(null), c -> c != null, SLOW);
		assertEquals(2, stored.getServiceLevels().size());
		assertEquals("%", stored.getServiceLevels().get(0).getUnit());
		List<ContractChecks.Finding> shortfalls = ContractChecks.check(supplier.trust()).stream()
				.filter(f -> f.contract().getId().equals(stored.getId())).toList();
		assertEquals(2, shortfalls.size(), "retention and display time: " + shortfalls);
		assertTrue(ExpiryAlerts.find(supplier.trust(), today, 90).stream()
				.anyMatch(a -> a.message().contains("UI-PACS-1")), "the contract's end comes up within 60 days");

		suppliers.saveSubProcessor(provider.getId(), null, values("Name", "UI Hosting", "Country", "UK", "Service",
				"Data centre"));
		said(suppliers, "Sub-processor UI Hosting");

		// an agreement naming the provider, and our own assurance to compare its receiver with
		AgreementsPart agreementsPart = show("org.custodian.supplier.ui.part.agreements");
		agreementsPart.saveAgreement(null, values("Title", "UI reporting", "Receiving organisation", "UI Reporting LLP",
				"Provider", "UI Imaging Ltd", "Purpose", "Out-of-hours reporting", "Legal basis", "UK GDPR 6(1)(e), 9(2)(h)",
				"Data flows (separated by ;)", "images to reporter; reports back", "Review date",
				today.plusDays(20).toString(), "DPIA", "APPROVED", "DSPT status", "NOT_MET",
				"Receiving nodes (AE titles or hosts; ...)", "UIREPORT; 10.20.30.40"));
		said(agreementsPart, "Data-sharing agreement UI reporting saved");
		agreementsPart.saveOwnAssurance(values("DSPT status", "STANDARDS_EXCEEDED", "DSPT published",
				today.plusDays(3).toString()));
		assertTrue(said(agreementsPart, "Our own").contains("in the future"), agreementsPart.messageText());
		agreementsPart.saveOwnAssurance(values("DSPT status", "STANDARDS_EXCEEDED", "DSPT published",
				today.minusMonths(1).toString(), "ISO 27001 expires", today.plusYears(1).toString()));
		said(agreementsPart, "Our own assurance saved");
		show("org.custodian.supplier.ui.part");
		Trust trust = supplier.trust();
		DataSharingAgreement agreement = trust.getDataSharingAgreements().stream()
				.filter(a -> "UI reporting".equals(a.getTitle())).findFirst().orElseThrow();
		assertEquals("UI Imaging Ltd", agreement.getProvider().getName());
		assertEquals(List.of("images to reporter", "reports back"), agreement.getDataFlows());
		assertEquals(List.of("UIREPORT", "10.20.30.40"), agreement.getReceivingNodes());
		assertTrue(AssuranceComparison.weaknesses(trust.getOwnAssurance(), agreement.getReceiverAssurance(), today)
				.stream().anyMatch(p -> p.name().equals("DSPT status")), "the receiver's DSPT is weaker than ours");

		// removing the provider asks first; Cancel keeps it, OK removes it with its contract, the agreement stays
		int row = bot.waitFor("the provider in the grid", () -> suppliers.trustShown() == null ? -1
				: indexOf(suppliers.trustShown(), "UI Imaging Ltd"), r -> r >= 0, SLOW);
		UiBot.selectRow(bot.find("supplier.providers", SLOW), row);
		bot.whenShown("Remove provider", dialog -> UiBot.press(dialog, 1), SLOW);
		bot.click("supplier.provider.remove");
		assertTrue(supplier.trust().getProviders().stream().anyMatch(p -> "UI Imaging Ltd".equals(p.getName())),
				"kept after Cancel");
		UiBot.selectRow(bot.find("supplier.providers", SLOW), row);
		bot.whenShown("Remove provider", dialog -> UiBot.press(dialog, 0), SLOW);
		bot.click("supplier.provider.remove");
		said(suppliers, "Provider UI Imaging Ltd removed");
		Trust after = supplier.trust();
		assertTrue(after.getProviders().stream().noneMatch(p -> "UI Imaging Ltd".equals(p.getName())));
		DataSharingAgreement kept = after.getDataSharingAgreements().stream()
				.filter(a -> "UI reporting".equals(a.getTitle())).findFirst().orElseThrow();
		assertEquals(null, kept.getProvider(), "the agreement stays, no longer naming the provider");

		// the provider-change checklist's link opens the migration campaign in Backup & DR
		String[] title = new String[1];
		bot.whenShown("dr.migration", dialog -> {
			title[0] = dialog.getText();
			UiBot.press(dialog, org.eclipse.jface.dialogs.IDialogConstants.CLOSE_ID);
		}, SLOW);
		assertTrue(suppliers.openMigrationCampaign("UI Outgoing PACS Ltd"));
		bot.waitUntil("the migration campaign", () -> title[0] != null, SLOW);
		assertEquals("Migration campaign: changing from UI Outgoing PACS Ltd", title[0]);
		bot.click("perspective.org.custodian.supplier.ui.perspective");
	}

	private static int indexOf(Trust shown, String provider) {
		for (int i = 0; i < shown.getProviders().size(); i++) {
			if (provider.equals(shown.getProviders().get(i).getName())) {
				return i;
			}
		}
		return -1;
	}
}
