package org.custodian.supplier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.custodian.model.DestructionRecord;
import org.custodian.model.ModelFactory;
import org.custodian.model.PatientRetentionFacts;
import org.custodian.model.StudyRetention;
import org.custodian.model.Trust;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.Deidentification;
import org.custodian.supplier.core.RecordsRegister;
import org.custodian.supplier.core.RetentionScan;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-study retention read from real DICOM headers (dcmtk-made files) into the encrypted database, the due-for-review
 * list, legal holds, the destruction register with its refusals, the consistency check, and de-identified copies
 * under the trust's pseudonym map.
 */
class RetentionRegisterTest {
	@TempDir
	Path dir;

	/** A study of {@code patient} born on {@code born}, made on {@code studyDate} (both YYYYMMDD). */
	private static Instance instance(String patient, String born, String studyDate, String modality, String description) {
		Instance i = DcmtkFiles.newInstance(patient, modality, studyDate);
		return new Instance(i.patientId(), "DOE^" + patient, born, "F", i.studyInstanceUid(), i.seriesInstanceUid(),
				i.sopInstanceUid(), studyDate, i.studyTime(), i.accessionNumber(), modality, description,
				i.institutionName());
	}

	/** dcmtk's dumps and raw pixels stay in the folder it works in; only the DICOM files go to {@code target}. */
	private Path copyDicom(DcmtkFiles files, Path target) throws java.io.IOException {
		Files.createDirectories(target);
		try (var list = Files.list(files.directory())) {
			for (Path f : list.filter(p -> p.toString().endsWith(".dcm")).toList()) {
				Files.copy(f, target.resolve(f.getFileName()));
			}
		}
		return target;
	}

	@Test
	void scanningAFolderRecordsEveryStudyWithItsDatesAndReasoning() throws Exception {
		DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("made")));
		Instance adult = instance("P-ADULT", "19600101", "20150310", "CT", "CT abdomen");
		Instance child = instance("P-CHILD", "20100601", "20170801", "DX", "Wrist");
		files.file(adult, Variant.EXPLICIT_LITTLE);
		files.file(DcmtkFiles.nextInstance(adult), Variant.IMPLICIT_LITTLE);
		files.file(child, Variant.EXPLICIT_LITTLE);
		Path archive = copyDicom(files, dir.resolve("archive"));
		Files.writeString(archive.resolve("readme.txt"), "not an image");
		Files.write(archive.resolve("broken.dcm"), java.util.Arrays.copyOf(
				Files.readAllBytes(files.file(child, Variant.EXPLICIT_LITTLE)), 400));

		try (SupplierDatabase db = new SupplierDatabase(dir, LocalDate.of(2026, 3, 1))) {
			RetentionScan.Report report = db.supplier.scanFolder(archive, false, new NullProgressMonitor());
			assertEquals(2, report.studies().size(), "two studies, the adult's two files in one");
			assertEquals(1, report.unreadable().size());
			assertTrue(report.unreadable().get(0).file().endsWith("broken.dcm"));
			assertTrue(report.unreadable().get(0).reason().contains("truncated"), report.unreadable().get(0).reason());

			Trust trust = db.supplier.trust();
			assertEquals(2, trust.getStudyRetentions().size());
			StudyRetention a = RecordsRegister.retention(trust, adult.studyInstanceUid());
			assertEquals("P-ADULT", a.getPatientId());
			assertEquals(List.of("ADULT"), a.getClassCodes());
			assertEquals(LocalDate.of(2023, 3, 10), Dates.day(a.getDestructionDue()));
			assertEquals(archive.toString(), a.getSource());
			StudyRetention c = RecordsRegister.retention(trust, child.studyInstanceUid());
			assertEquals(List.of("ADULT", "CHILD"), c.getClassCodes());
			assertEquals(LocalDate.of(2035, 6, 1), Dates.day(c.getDestructionDue()));
			assertTrue(c.getReasoning().contains("born 2010-06-01, kept until the 25th birthday"), c.getReasoning());

			// due for review: the adult's study only
			assertEquals(List.of(adult.studyInstanceUid()), RecordsRegister.dueForReview(trust, LocalDate.of(2026, 3, 1))
					.stream().map(d -> d.study().getStudyInstanceUid()).toList());

			// the same folder scanned again as a backup copy: a second entry, the archive's untouched
			db.supplier.scanFolder(archive, true, new NullProgressMonitor());
			assertEquals(4, db.supplier.trust().getStudyRetentions().size());
			db.supplier.scanFolder(archive, false, new NullProgressMonitor());
			assertEquals(4, db.supplier.trust().getStudyRetentions().size(), "a rescan replaces, never duplicates");

			// a fact recorded later (the adult has an oncology diagnosis) is applied by recomputing
			Trust t = db.supplier.trust();
			PatientRetentionFacts f = ModelFactory.eINSTANCE.createPatientRetentionFacts();
			f.setPatientId("P-ADULT");
			f.getFlags().add("oncology");
			f.setDiagnosisDate(Dates.date(LocalDate.of(2015, 2, 1)));
			t.getPatientRetentionFacts().add(f);
			db.supplier.save(t);
			db.supplier.recompute();
			Trust after = db.supplier.trust();
			assertEquals(LocalDate.of(2045, 2, 1),
					Dates.day(RecordsRegister.retention(after, adult.studyInstanceUid()).getDestructionDue()));
			assertEquals(List.of(), RecordsRegister.dueForReview(after, LocalDate.of(2026, 3, 1)));
		}
	}

	@Test
	void anInventoryExportCountsLikeAScanAndNamesItsBadLines() throws Exception {
		Path csv = Files.writeString(dir.resolve("pacs-inventory.csv"), """
				study_instance_uid,patient_id,study_date,birth_date,modality,department,description,flags
				2.25.1,P-INV1,2014-05-02,1950-01-01,CT,Radiology,CT chest,
				2.25.1,P-INV1,2014-05-02,1950-01-01,PT,Radiology,CT chest,
				2.25.2,P-INV2,not a date,1990-01-01,MR,,,
				2.25.3,P-INV3,2020-07-01,1985-01-01,US,Maternity,Obstetric scan,maternity
				""");
		try (SupplierDatabase db = new SupplierDatabase(dir, LocalDate.of(2026, 3, 1))) {
			RetentionScan.Report report = db.supplier.scanInventory(csv, true);
			assertEquals(2, report.studies().size());
			assertEquals(1, report.unreadable().size());
			assertTrue(report.unreadable().get(0).reason().contains("line 4"), report.unreadable().get(0).reason());
			assertTrue(report.unreadable().get(0).reason().contains("study_date"), report.unreadable().get(0).reason());
			Trust trust = db.supplier.trust();
			StudyRetention ct = RecordsRegister.retention(trust, "2.25.1");
			assertEquals("CT\\PT", ct.getModality(), "the series of one study add up");
			assertTrue(ct.isBackupCopy());
			assertEquals("pacs-inventory.csv", ct.getSource());
			assertEquals(LocalDate.of(2022, 5, 2), Dates.day(ct.getDestructionDue()));
			assertEquals(List.of("ADULT", "MATERNITY"), RecordsRegister.retention(trust, "2.25.3").getClassCodes());
			assertEquals(LocalDate.of(2045, 7, 1),
					Dates.day(RecordsRegister.retention(trust, "2.25.3").getDestructionDue()));
		}
	}

	@Test
	void holdsDestructionsAndTheirCheck() throws Exception {
		DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("made")));
		Instance due = instance("P-DUE", "19500101", "20120105", "CR", "Chest");
		Instance held = instance("P-HELD", "19500101", "20120105", "CR", "Chest");
		Instance young = instance("P-YOUNG", "19500101", "20240105", "CR", "Chest");
		for (Instance i : List.of(due, held, young)) {
			files.file(i, Variant.EXPLICIT_LITTLE);
		}
		Path archive = copyDicom(files, dir.resolve("archive"));
		try (SupplierDatabase db = new SupplierDatabase(dir, LocalDate.of(2026, 3, 1))) {
			db.supplier.scanFolder(archive, false, new NullProgressMonitor());
			Trust trust = db.supplier.trust();
			RecordsRegister.placeHold(trust, "LIT-9", "P-HELD", "Complaint under investigation", LocalDate.of(2025, 1, 1));
			assertEquals(List.of("P-DUE"), RecordsRegister.dueForReview(trust, LocalDate.of(2026, 3, 1)).stream()
					.map(d -> d.study().getPatientId()).toList());

			IllegalArgumentException underHold = assertThrows(IllegalArgumentException.class,
					() -> RecordsRegister.recordDestruction(trust, held.studyInstanceUid(), "Chest X-ray",
							LocalDate.of(2026, 3, 1), "J. Smith", "Secure erasure", "CERT-1"));
			assertTrue(underHold.getMessage().contains("while legal hold LIT-9"), underHold.getMessage());
			IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
					() -> RecordsRegister.recordDestruction(trust, young.studyInstanceUid(), "Chest X-ray",
							LocalDate.of(2026, 3, 1), "J. Smith", "Secure erasure", "CERT-2"));
			assertTrue(early.getMessage().contains("before it was due on 2032-01-05"), early.getMessage());
			IllegalArgumentException noCertificate = assertThrows(IllegalArgumentException.class,
					() -> RecordsRegister.recordDestruction(trust, due.studyInstanceUid(), "Chest X-ray",
							LocalDate.of(2026, 3, 1), "J. Smith", "Secure erasure", " "));
			assertTrue(noCertificate.getMessage().contains("certificate"));

			DestructionRecord ok = RecordsRegister.recordDestruction(trust, due.studyInstanceUid(), "Chest X-ray",
					LocalDate.of(2026, 3, 1), "J. Smith", "Secure erasure", "CERT-3");
			assertEquals("P-DUE", ok.getPatientId());
			assertThrows(IllegalArgumentException.class, () -> RecordsRegister.recordDestruction(trust,
					due.studyInstanceUid(), "again", LocalDate.of(2026, 3, 2), "J. Smith", "Shredding", "CERT-4"));
			db.supplier.save(trust);

			// the register as imported from elsewhere: destructions nobody checked
			Trust stored = db.supplier.trust();
			assertEquals(List.of(), RecordsRegister.dueForReview(stored, LocalDate.of(2026, 3, 1)),
					"a destroyed study is no longer due");
			stored.getDestructionRecords().add(destruction(held.studyInstanceUid(), LocalDate.of(2025, 6, 1)));
			stored.getDestructionRecords().add(destruction(young.studyInstanceUid(), LocalDate.of(2026, 2, 1)));
			db.supplier.save(stored);
			List<RecordsRegister.Problem> problems = RecordsRegister.check(db.supplier.trust());
			assertEquals(2, problems.size());
			assertTrue(problems.get(0).problem().contains("while legal hold LIT-9 (placed 2025-01-01) applied to patient P-HELD"),
					problems.get(0).problem());
			assertTrue(problems.get(1).problem().contains("before it was due on 2032-01-05"), problems.get(1).problem());
		}
	}

	private static DestructionRecord destruction(String study, LocalDate on) {
		DestructionRecord d = ModelFactory.eINSTANCE.createDestructionRecord();
		d.setStudyInstanceUid(study);
		d.setDestroyedAt(Dates.date(on));
		d.setDestroyedByName("Archive team");
		d.setMethod("Secure erasure");
		d.setCertificateReference("X");
		return d;
	}

	@Test
	void deidentifiedCopiesCarryTheTrustsPseudonymsAndPassTheCheck() throws Exception {
		DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("made")));
		Instance one = instance("9434765919", "19700101", "20200101", "CT", "Chest");
		files.file(one, Variant.EXPLICIT_LITTLE);
		files.file(DcmtkFiles.nextInstance(one), Variant.EXPLICIT_LITTLE);
		files.file(instance("4010232137", "19800101", "20200101", "MR", "Knee"), Variant.EXPLICIT_LITTLE);
		Path source = copyDicom(files, dir.resolve("teaching"));
		Path copy = dir.resolve("copy");
		try (SupplierDatabase db = new SupplierDatabase(dir, LocalDate.of(2026, 3, 1))) {
			Deidentification deid = db.supplier.deidentification();
			List<Deidentification.FileFinding> before = deid.check(source, new NullProgressMonitor());
			assertEquals(3, before.size(), "every original names its patient");
			assertTrue(before.get(0).attributes().stream().anyMatch(a -> a.keyword().equals("PatientName")));

			Deidentification.CopyReport report = deid.deidentify(source, copy, "Teaching: chest CT", new NullProgressMonitor());
			assertEquals(3, report.written());
			assertEquals(List.of(), report.refused());
			assertEquals(List.of(), deid.check(copy, new NullProgressMonitor()));
			Trust trust = db.supplier.trust();
			assertEquals(2, trust.getPseudonyms().size(), "one pseudonym per patient and purpose");
			String pseudonym = trust.getPseudonyms().stream().filter(p -> p.getPatientId().equals("9434765919"))
					.findFirst().get().getPseudonym();
			assertTrue(pseudonym.startsWith("ANON-"));
			assertNotNull(trust.getPseudonyms().get(0).getCreatedAt());
			// without the map, the pseudonym in Patient ID is reported, as it should be to an outsider
			assertEquals(3, Deidentification.check(org.custodian.dicom.Dicom.deidentifier(), copy, Set.of(),
					new NullProgressMonitor()).size());
			// the same patient keeps the same pseudonym in a later copy for the same purpose
			deid.deidentify(source, dir.resolve("copy2"), "Teaching: chest CT", new NullProgressMonitor());
			assertEquals(2, db.supplier.trust().getPseudonyms().size());
		}
	}
}
