package org.custodian.supplier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.custodian.model.LabelCheck;
import org.custodian.model.LabelGap;
import org.custodian.supplier.core.Labelling;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.Tools;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S2 on files made by DCMTK: a study whose objects all carry their labels passes; one whose institution was
 * erased with dcmodify, and one whose patient name and study time were, are named with what each lacks; a file that
 * is not DICOM is skipped and one cut short is listed. The check is recorded in the trust.
 */
class LabellingTest {
	@TempDir
	Path dir;

	@Test
	void studiesWithoutALabelAreNamedWithWhatTheyLack() throws Exception {
		DcmtkFiles dcmtk = new DcmtkFiles(dir.resolve("made"));
		Files.createDirectories(dcmtk.directory());
		Path archive = Files.createDirectories(dir.resolve("archive"));
		Instance good = DcmtkFiles.newInstance("LBL1", "CT");
		copy(dcmtk.file(good, Variant.EXPLICIT_LITTLE), archive, "good-1.dcm");
		copy(dcmtk.file(DcmtkFiles.nextInstance(good), Variant.EXPLICIT_LITTLE), archive, "good-2.dcm");
		Instance noInstitution = DcmtkFiles.newInstance("LBL2", "MR");
		Path a = copy(dcmtk.file(noInstitution, Variant.EXPLICIT_LITTLE), archive, "no-institution.dcm");
		Tools.run(dcmtk.directory(), "dcmtk", "dcmodify", "-nb", "-ea", "(0008,0080)", a.toString());
		Instance noName = DcmtkFiles.newInstance("LBL3", "CR");
		Path b = copy(dcmtk.file(noName, Variant.IMPLICIT_LITTLE), archive, "no-name.dcm");
		Tools.run(dcmtk.directory(), "dcmtk", "dcmodify", "-nb", "-ea", "(0010,0010)", "-ea", "(0008,0030)", b.toString());
		Files.writeString(archive.resolve("README.txt"), "not an image");
		Path cut = copy(dcmtk.file(DcmtkFiles.newInstance("LBL4", "CT"), Variant.EXPLICIT_LITTLE), archive, "cut.dcm");
		byte[] bytes = Files.readAllBytes(cut);
		Files.write(cut, java.util.Arrays.copyOf(bytes, 400));

		try (SupplierDatabase db = new SupplierDatabase(dir, LocalDate.of(2026, 3, 1))) {
			Labelling.Report report = db.supplier.checkLabels(archive, "archive folder", new NullProgressMonitor());
			LabelCheck check = report.check();
			assertEquals(4, check.getObjects(), "the two good objects and the two without a label");
			assertEquals(3, check.getStudies());
			assertEquals(2, check.getGaps().size());
			LabelGap first = gap(check, noInstitution.studyInstanceUid());
			assertEquals(List.of(Labelling.INSTITUTION), first.getMissing());
			assertEquals("LBL2", first.getPatientId());
			LabelGap second = gap(check, noName.studyInstanceUid());
			assertEquals(List.of(Labelling.PATIENT_NAME, Labelling.STUDY_TIME), second.getMissing());
			assertEquals(Map.of(Labelling.PATIENT_NAME, 1, Labelling.STUDY_TIME, 1, Labelling.INSTITUTION, 1),
					Labelling.byLabel(check));
			assertEquals(1, report.unreadable().size(), report.unreadable().toString());
			assertTrue(report.unreadable().get(0).file().endsWith("cut.dcm"));

			LabelCheck stored = Labelling.latest(db.supplier.trust());
			assertEquals("archive folder", stored.getSource());
			assertEquals(2, stored.getGaps().size());
		}
	}

	private static LabelGap gap(LabelCheck check, String study) {
		return check.getGaps().stream().filter(g -> g.getStudyInstanceUid().equals(study)).findFirst().orElseThrow();
	}

	private static Path copy(Path file, Path to, String name) throws Exception {
		return Files.copy(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}
}
