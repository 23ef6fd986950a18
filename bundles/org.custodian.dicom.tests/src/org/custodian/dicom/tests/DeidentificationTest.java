package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.custodian.dicom.Dicom;
import org.custodian.dicom.DicomDeidentifier;
import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomReadException;
import org.custodian.dicom.IdentifyingAttribute;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 check and de-identification against files made by dcmtk and anonymised by gdcm's {@code gdcmanon}: the
 * basic confidentiality profile leaves nothing to find, a partial anonymisation is caught attribute by attribute,
 * and our own de-identified copies pass the check with the trust's pseudonym in place.
 */
class DeidentificationTest {
	private final DicomDeidentifier deid = Dicom.deidentifier();

	@TempDir
	Path dir;

	private Path dcmtkFile(String patientId) {
		return new DcmtkFiles(dir).file(DcmtkFiles.newInstance(patientId, "OT"), Variant.EXPLICIT_LITTLE);
	}

	private static Set<String> keywords(List<IdentifyingAttribute> found) {
		Set<String> out = new TreeSet<>();
		found.forEach(f -> out.add(f.keyword()));
		return out;
	}

	@Test
	void aDcmtkFileCarriesItsDirectAndIndirectIdentifiers() throws Exception {
		List<IdentifyingAttribute> found = deid.findIdentifiers(dcmtkFile("9434765919"), Set.of());
		assertEquals(Set.of("PatientName", "PatientID", "PatientBirthDate", "InstitutionName", "AccessionNumber"),
				keywords(found));
		IdentifyingAttribute name = found.stream().filter(f -> f.keyword().equals("PatientName")).findFirst().get();
		assertTrue(name.direct());
		assertEquals("(0010,0010)", name.path());
		assertFalse(found.stream().filter(f -> f.keyword().equals("InstitutionName")).findFirst().get().direct());
		// the value is not part of the finding: reports must not leak it
		assertFalse(found.toString().contains("9434765919"));
	}

	@Test
	void anNhsNumberWrittenIntoAnyTextIsFound() throws Exception {
		Path f = dcmtkFile("P1");
		Tools.run(dir, "dcmtk", "dcmodify", "-nb", "-m", "(0008,1030)=Chest for 943 476 5919", f.toString());
		List<IdentifyingAttribute> found = deid.findIdentifiers(f, Set.of());
		assertTrue(found.stream().anyMatch(a -> a.keyword().equals("StudyDescription")
				&& a.reason().contains("NHS number")), found.toString());
		// ten digits with a wrong check digit are not an NHS number
		Tools.run(dir, "dcmtk", "dcmodify", "-nb", "-m", "(0008,1030)=Chest 9434765918", f.toString());
		assertFalse(keywords(deid.findIdentifiers(f, Set.of())).contains("StudyDescription"));
	}

	@Test
	void gdcmanonsBasicProfileLeavesNothingToFind() throws Exception {
		Path source = dcmtkFile("9434765919");
		Path cert = dir.resolve("cert.pem");
		Tools.run(dir, "openssl", "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
				dir.resolve("key.pem").toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=custodian-test");
		Path out = dir.resolve("gdcmanon.dcm");
		Tools.run(dir, "libgdcm-tools", "gdcmanon", "-e", "-c", cert.toString(), "-i", source.toString(), "-o",
				out.toString());
		assertEquals(List.of(), deid.findIdentifiers(out, Set.of()));
	}

	@Test
	void aPartialGdcmanonIsCaughtAttributeByAttribute() throws Exception {
		Path source = dcmtkFile("9434765919");
		Path out = dir.resolve("partial.dcm");
		// name emptied, birth date removed, patient ID replaced: hospital and accession number left behind
		Tools.run(dir, "libgdcm-tools", "gdcmanon", "--dumb", "--empty", "10,10", "--remove", "10,30", "--replace",
				"10,20=TEACH-0001", "-i", source.toString(), "-o", out.toString());
		assertEquals(Set.of("PatientID", "InstitutionName", "AccessionNumber"),
				keywords(deid.findIdentifiers(out, Set.of())));
		// the replacement is a pseudonym of the trust's map: no longer an identifier
		assertEquals(Set.of("InstitutionName", "AccessionNumber"),
				keywords(deid.findIdentifiers(out, Set.of("TEACH-0001"))));
	}

	@Test
	void ourDeidentifiedCopyPassesTheCheckAndKeepsTheStudyTogether() throws Exception {
		DcmtkFiles files = new DcmtkFiles(dir);
		Instance first = DcmtkFiles.newInstance("9434765919", "CT");
		Instance second = DcmtkFiles.nextInstance(first);
		Path a = files.file(first, Variant.EXPLICIT_LITTLE);
		Path b = files.file(second, Variant.IMPLICIT_LITTLE);
		Path outA = dir.resolve("a-deid.dcm");
		Path outB = dir.resolve("b-deid.dcm");
		deid.deidentify(a, outA, "TEACH-0042");
		deid.deidentify(b, outB, "TEACH-0042");
		assertEquals(List.of(), deid.findIdentifiers(outA, Set.of("TEACH-0042")));
		assertEquals(List.of(), deid.findIdentifiers(outB, Set.of("TEACH-0042")));
		DicomHeader h = Dicom.reader().read(outA);
		DicomHeader hb = Dicom.reader().read(outB);
		assertEquals("TEACH-0042", h.patientId());
		assertEquals("TEACH-0042", h.patientName());
		assertEquals(null, h.patientBirthDate());
		assertEquals("YES", h.get(0x0012, 0x0062));
		assertNotEquals(first.studyInstanceUid(), h.studyInstanceUid());
		assertEquals(h.studyInstanceUid(), hb.studyInstanceUid(), "both objects stay in one study");
		assertNotEquals(h.sopInstanceUid(), hb.sopInstanceUid());
		assertTrue(h.hasPixelData());
		assertEquals("1.2.840.10008.1.2", hb.transferSyntaxUid(), "written in its own transfer syntax");
	}

	@Test
	void burnedInAnnotationIsRefused() throws Exception {
		Path f = dcmtkFile("P2");
		Tools.run(dir, "dcmtk", "dcmodify", "-nb", "-m", "(0028,0301)=YES", f.toString());
		Path out = dir.resolve("refused.dcm");
		DicomReadException e = assertThrows(DicomReadException.class, () -> deid.deidentify(f, out, "TEACH-1"));
		assertTrue(e.getMessage().contains("burned-in"), e.getMessage());
		assertFalse(Files.exists(out));
	}

	@Test
	void notDicomIsRefusedWithTheFileNamed() throws Exception {
		Path f = Files.writeString(dir.resolve("notes.txt"), "not an image");
		DicomReadException e = assertThrows(DicomReadException.class, () -> deid.findIdentifiers(f, Set.of()));
		assertTrue(e.getMessage().contains("notes.txt"));
	}
}
