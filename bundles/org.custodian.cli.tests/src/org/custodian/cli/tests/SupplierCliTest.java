package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.custodian.cli.Cli;
import org.custodian.model.Contract;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.Trust;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.Store;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.RecordsRegister;
import org.custodian.supplier.core.SupplierData;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Suppliers & records commands against the real services, an encrypted Derby and dcmtk-made files: retention
 * scan (with and without a database), retention due with a legal hold and a destruction breach, deid-check and
 * expiries, with their exit codes.
 */
class SupplierCliTest {
		private static final String USER = "igmanager";
	private static final String PASSWORD = "supplier password";
	private static final String BOOT = "supplier boot password";
	private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", BOOT, "CUSTODIAN_PASSWORD",
			PASSWORD);

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		return CliRun.run(SECRETS, CliRun.on(dir.resolve("db"), List.of("--user", USER), args));
	}

	/** An archive folder of two studies: an adult's from 2012 (due) and a child's from 2020. */
	private Instance[] archive(Path folder) throws Exception {
		DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("made")));
		Instance adult = DcmtkFiles.newInstance("P-ADULT", "CR", "20120105");
		Instance c = DcmtkFiles.newInstance("P-CHILD", "DX", "20200301");
		Instance child = new Instance(c.patientId(), c.patientName(), "20150301", c.patientSex(), c.studyInstanceUid(),
				c.seriesInstanceUid(), c.sopInstanceUid(), c.studyDate(), c.studyTime(), c.accessionNumber(),
				c.modality(), c.studyDescription(), c.institutionName());
		Files.createDirectories(folder);
		Files.copy(files.file(adult, Variant.EXPLICIT_LITTLE), folder.resolve("adult.dcm"));
		Files.copy(files.file(child, Variant.EXPLICIT_LITTLE), folder.resolve("child.dcm"));
		return new Instance[] { adult, child };
	}

	/** Changes the stored trust the way the console would, then closes the database again. */
	private void edit(java.util.function.Consumer<Trust> change) {
		Store store = CliRun.SERVICES.get(Store.class);
		store.open(new DatabaseConfig(dir.resolve("db"), USER, PASSWORD.toCharArray(), BOOT.toCharArray()));
		try {
			Trust trust = SupplierData.load(store.entities());
			change.accept(trust);
			store.entities().save(trust);
		} finally {
			store.close();
		}
	}

	@Test
	void retentionScanWithoutADatabaseUsesTheStandardSchedule() throws Exception {
		Path folder = dir.resolve("archive");
		Instance[] studies = archive(folder);
		CliRun scan = run("retention", "scan", folder.toString());
		assertEquals(Cli.OK, scan.code(), scan.err());
		assertTrue(scan.err().contains("no database"), scan.err());
		assertEquals("study_instance_uid,patient_id,copy,birth_date,study_date,modalities,classes,trigger_dates,"
				+ "earliest_destruction,legal_hold,reasoning", scan.lines().get(0));
		String adult = scan.lines().stream().filter(l -> l.startsWith(studies[0].studyInstanceUid())).findFirst().get();
		assertTrue(adult.startsWith(studies[0].studyInstanceUid()
				+ ",P-ADULT,archive,1970-07-04,2012-01-05,CR,ADULT,ADULT=2012-01-05,2020-01-05,,"), adult);
		String child = scan.lines().stream().filter(l -> l.startsWith(studies[1].studyInstanceUid())).findFirst().get();
		assertTrue(child.contains(",ADULT CHILD,ADULT=2020-03-01 CHILD=2015-03-01,2040-03-01,,"), child);
		assertTrue(child.contains("kept until the 25th birthday"), child);
		assertTrue(Files.notExists(dir.resolve("db")), "nothing was created");
	}

	@Test
	void retentionScanOfAnInventoryExportNamesItsBadLines() throws Exception {
		Path csv = Files.writeString(dir.resolve("inventory.csv"), """
				study_instance_uid,patient_id,study_date,birth_date,modality
				2.25.7,P-INV,2013-02-01,1940-01-01,CT
				2.25.8,P-BAD,2013-02-30,1940-01-01,CT
				""");
		CliRun scan = run("retention", "scan", csv.toString());
		assertEquals(Cli.WARNINGS, scan.code(), scan.err());
		assertEquals(2, scan.lines().size(), scan.out());
		assertTrue(scan.lines().get(1).startsWith("2.25.7,P-INV,archive,1940-01-01,2013-02-01,CT,ADULT,ADULT=2013-02-01,2021-02-01,"),
				scan.lines().get(1));
		assertTrue(scan.err().contains("inventory.csv line 3, column study_date"), scan.err());
	}

	@Test
	void scanRecordsDueListsAndHoldsStopIt() throws Exception {
		Path folder = dir.resolve("archive");
		Instance[] studies = archive(folder);
		Files.write(folder.resolve("cut.dcm"), java.util.Arrays.copyOf(Files.readAllBytes(folder.resolve("adult.dcm")), 300));
		CliRun scan = run("--create", "retention", "scan", folder.toString());
		assertEquals(Cli.WARNINGS, scan.code(), "a file could not be read: " + scan.err());
		assertTrue(scan.err().contains("cut.dcm"), scan.err());
		assertEquals(3, scan.lines().size(), "header and the two good studies");

		CliRun due = run("retention", "due", "--at", "2026-03-01");
		assertEquals(Cli.WARNINGS, due.code(), due.err());
		assertEquals(2, due.lines().size(), due.out());
		assertTrue(due.lines().get(1).startsWith(studies[0].studyInstanceUid() + ",P-ADULT,archive,2012-01-05,ADULT,2020-01-05,"),
				due.lines().get(1));
		assertEquals(1, run("retention", "due", "--at", "2019-12-31").lines().size(), "not due yet the day before");

		// a hold on the adult, and the child's study marked destroyed although not due
		edit(trust -> {
			RecordsRegister.placeHold(trust, "LIT-1", "P-ADULT", "Claim", LocalDate.of(2025, 1, 1));
			var d = ModelFactory.eINSTANCE.createDestructionRecord();
			d.setStudyInstanceUid(studies[1].studyInstanceUid());
			d.setDestroyedAt(Dates.date(LocalDate.of(2026, 1, 1)));
			d.setDestroyedByName("Records team");
			d.setMethod("Secure erasure");
			d.setCertificateReference("C-1");
			trust.getDestructionRecords().add(d);
		});
		CliRun held = run("retention", "due", "--at", "2026-03-01");
		assertEquals(Cli.WARNINGS, held.code());
		assertEquals(1, held.lines().size(), "nothing due under the hold: " + held.out());
		assertTrue(held.err().contains("before it was due on 2040-03-01"), held.err());
	}

	@Test
	void deidCheckNamesEveryIdentifyingAttribute() throws Exception {
		Path folder = dir.resolve("teaching");
		archive(folder);
		CliRun check = run("deid-check", folder.toString());
		assertEquals(Cli.WARNINGS, check.code(), check.err());
		assertEquals("file,attribute,keyword,kind,reason", check.lines().get(0));
		assertTrue(check.lines().contains("adult.dcm,\"(0010,0010)\",PatientName,direct,has a value"), check.out());
		assertTrue(check.lines().contains("child.dcm,\"(0008,0080)\",InstitutionName,indirect,has a value"), check.out());
		assertTrue(check.out().lines().noneMatch(l -> l.contains("TEST^PATIENT")), "no value is printed");

		Path empty = Files.createDirectories(dir.resolve("empty"));
		assertEquals(Cli.OK, run("deid-check", empty.toString()).code());
		CliRun missing = run("deid-check", dir.resolve("nowhere").toString());
		assertEquals(Cli.FAILED, missing.code());
		assertTrue(missing.err().contains("is not a folder"));
	}

	@Test
	void expiriesListsWhatComesUpWithinTheWindow() throws Exception {
		Path folder = dir.resolve("archive");
		archive(folder);
		assertEquals(Cli.OK, run("--create", "retention", "scan", folder.toString()).code());
		assertEquals(Cli.OK, run("expiries", "--within", "90").code(), "no provider yet");
		LocalDate today = LocalDate.now();
		edit(trust -> {
			Provider p = ModelFactory.eINSTANCE.createProvider();
			p.setName("Vendor Ltd");
			p.setKind(ProviderKind.PACS_VENDOR);
			Contract c = ModelFactory.eINSTANCE.createContract();
			c.setReference("PACS-9");
			c.setEnd(Dates.date(today.plusDays(45)));
			p.getContracts().add(c);
			trust.getProviders().add(p);
		});
		CliRun expiries = run("expiries", "--within", "90");
		assertEquals(Cli.WARNINGS, expiries.code(), expiries.err());
		assertEquals("kind,subject,date,days,band,message", expiries.lines().get(0));
		assertTrue(expiries.lines().get(1).startsWith("contract end,Vendor Ltd contract PACS-9," + today.plusDays(45)
				+ ",45,within 60 days,"), expiries.out());
		assertEquals(1, run("expiries", "--within", "30").lines().size());
		assertEquals(Cli.FAILED, run("expiries", "--within", "soon").code());
	}
}
