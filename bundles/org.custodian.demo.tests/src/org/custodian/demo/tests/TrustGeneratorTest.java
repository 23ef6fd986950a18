package org.custodian.demo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.AuditRecordReader;
import org.custodian.audit.core.read.DicomAuditReader;
import org.custodian.demo.trust.Manifest;
import org.custodian.demo.trust.TrustGenerator;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.store.AccessEvent;
import org.custodian.store.PatientIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated trust: deterministic, shaped like a real one, and readable by Custodian's own readers. */
class TrustGeneratorTest {
	private static final List<String> KINDS = List.of("self-access", "family", "neighbour", "co-worker",
			"flagged-patient", "after-leaving", "out-of-hours", "volume", "shared-account", "failed-logins",
			"export-no-register", "break-glass", "name-query");

	@TempDir
	static Path temp;
	private static Path dir;
	private static Manifest manifest;

	@BeforeAll
	static void generate() throws IOException {
		dir = temp.resolve("trust");
		manifest = new TrustGenerator(TrustGenerator.DEFAULT_SEED, TrustGenerator.DEFAULT_ACCESSES).generate(dir);
	}

	@Test
	void theSameSeedGivesTheSameBytes() throws IOException {
		Path a = temp.resolve("a");
		Path b = temp.resolve("b");
		new TrustGenerator(99, 3000).generate(a);
		new TrustGenerator(99, 3000).generate(b);
		List<Path> files;
		try (Stream<Path> s = Files.list(a)) {
			files = s.sorted().toList();
		}
		assertTrue(files.size() >= 14, "files written: " + files);
		for (Path f : files) {
			assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.toString());
		}
		new TrustGenerator(100, 3000).generate(temp.resolve("c"));
		assertFalse(Files.readString(a.resolve("patients.csv")).equals(Files.readString(temp.resolve("c/patients.csv"))),
				"another seed, other patients");
	}

	@Test
	void surnamesAreAsFrequentAsInEnglandAndWales() throws IOException {
		Map<String, Integer> counts = new HashMap<>();
		int patients = 0;
		for (CsvRow row : rows("patients.csv")) {
			counts.merge(row.get("family_name"), 1, Integer::sum);
			patients++;
		}
		assertTrue(patients >= TrustGenerator.PATIENTS && patients < TrustGenerator.PATIENTS + 5, "patients " + patients);
		double smith = counts.get("SMITH") / (double) patients;
		assertTrue(smith > 0.01 && smith < 0.02, "SMITH share " + smith);
		assertTrue(counts.get("JONES") > counts.get("TAYLOR"), "JONES before TAYLOR");
		List<Integer> sorted = new ArrayList<>(counts.values());
		sorted.sort((x, y) -> y - x);
		int top100 = sorted.stream().limit(100).mapToInt(Integer::intValue).sum();
		assertTrue(top100 > 0.15 * patients && top100 < 0.3 * patients, "top 100 cover " + top100);
		assertTrue(counts.size() > 1200, "a long tail of surnames: " + counts.size());
	}

	@Test
	void everyNhsNumberIsValidAndEveryPatientHasTwoAuthorities() throws IOException {
		Set<String> seen = new HashSet<>();
		int network = 0;
		for (CsvRow row : rows("patients.csv")) {
			String nhs = row.get("nhs_number");
			assertTrue(PatientIdentifier.validNhsNumber(nhs), nhs);
			assertTrue(seen.add(nhs), "unique " + nhs);
			assertTrue(row.get("patient_id").matches("RXX\\d{7}\\^\\^\\^RXX\\^MR(~RYY\\d{7}\\^\\^\\^RYY\\^MR)?"),
					row.get("patient_id"));
			network += row.get("patient_id").contains("RYY") ? 1 : 0;
		}
		assertTrue(network > 0.07 * seen.size() && network < 0.13 * seen.size(), "RYY numbers: " + network);
		for (CsvRow row : rows("staff.csv")) {
			assertTrue(PatientIdentifier.validNhsNumber(row.get("nhs_number")), row.get("nhs_number"));
		}
	}

	@Test
	void theStaffExportHasEsrColumnsAndRealRegistrations() throws IOException {
		String header = Files.readAllLines(dir.resolve("esr_staff_export.csv")).get(0);
		assertEquals("Employee Number,Last Name,First Name,Date of Birth,NI Number,Address Line 1,Address Line 2,"
				+ "Town,Postcode,Staff Group,Job Role,Position Title,Organisation,Supervisor Employee Number,"
				+ "Assignment Start Date,Termination Date,Professional Registration Body,Registration Number,"
				+ "Work Email,NHS Number", header);
		Map<String, Integer> bodies = new HashMap<>();
		int staff = 0;
		for (CsvRow row : rows("esr_staff_export.csv")) {
			staff++;
			assertTrue(row.get("Date of Birth").matches("\\d\\d/\\d\\d/\\d{4}"), row.get("Date of Birth"));
			assertTrue(row.get("Postcode").matches("LS\\d{1,2} \\d[A-Z]{2}"), row.get("Postcode"));
			String body = row.get("Professional Registration Body");
			if (body != null) {
				bodies.merge(body, 1, Integer::sum);
				String number = row.get("Registration Number");
				assertTrue(switch (body) {
				case "GMC" -> number.matches("\\d{7}");
				case "HCPC" -> number.matches("RA\\d{5}");
				default -> number.matches("\\d\\d[A-Z]\\d{4}[A-Z]");
				}, body + " " + number);
			}
		}
		assertTrue(staff > 550 && staff < 650, "staff " + staff);
		assertTrue(bodies.get("GMC") > 100 && bodies.get("HCPC") > 100 && bodies.get("NMC") > 100, bodies.toString());
	}

	@Test
	void everyKindOfPlantIsInTheTruth() throws IOException {
		Set<String> kinds = new HashSet<>();
		for (CsvRow row : rows("truth.csv")) {
			kinds.add(row.get("kind"));
			assertTrue(row.get("time").endsWith("Z"), row.get("time"));
		}
		assertEquals(new HashSet<>(KINDS), kinds);
	}

	@Test
	void hl7FeedsHaveTheSegmentsLoadersExpect() throws IOException {
		Map<String, Integer> types = new HashMap<>();
		for (String[] m : messages("pas_adt.hl7")) {
			String[] msh = m[0].split("\\|", -1);
			types.merge(msh[8], 1, Integer::sum);
			assertEquals("^~\\&", msh[1]);
			assertEquals("2.5", msh[11]);
			String[] pid = segment(m, "PID");
			assertTrue(pid[3].matches("RXX\\d{7}\\^\\^\\^RXX\\^MR~999\\d{7}\\^\\^\\^NHS&2\\.16\\.840\\.1\\.113883\\.2\\.1\\.4\\.1&ISO\\^NH"
					+ "(~RYY\\d{7}\\^\\^\\^RYY\\^MR)?"), pid[3]);
			assertTrue(pid[5].contains("^") && pid[7].matches("\\d{8}") && pid[11].contains("^LEEDS^^LS"), m[2]);
			if (msh[8].startsWith("ADT^A40")) {
				assertTrue(segment(m, "MRG")[1].matches("RXX\\d{7}\\^\\^\\^RXX\\^MR"));
			}
		}
		assertTrue(types.get("ADT^A04^ADT_A01") >= TrustGenerator.PATIENTS, types.toString());
		assertTrue(types.get("ADT^A08^ADT_A01") > 0 && types.get("ADT^A40^ADT_A39") > 0, types.toString());

		int orders = 0;
		int results = 0;
		for (String[] m : messages("ris.hl7")) {
			String type = m[0].split("\\|", -1)[8];
			String[] obr = segment(m, "OBR");
			String[] orc = segment(m, "ORC");
			assertFalse(segment(m, "PV1")[3].isEmpty());
			assertEquals(orc[2], obr[18], "accession in ORC-2 and OBR-18");
			// the orderer by professional registration under its body, or by the RIS's local code (the ESR employee
			// number) under RXX
			assertTrue(obr[16].matches("[0-9A-Z]{5,8}\\^.*\\^(GMC|NMC|HCPC)") || obr[16].matches("\\d{8}\\^.*\\^RXX"),
					obr[16]);
			if (type.equals("ORM^O01^ORM_O01")) {
				orders++;
				assertEquals(obr[16], orc[12]);
			} else {
				assertEquals("ORU^R01^ORU_R01", type);
				results++;
				assertTrue(obr[32].matches("\\d{7}&.*"), obr[32]);
			}
		}
		assertEquals(orders, results);
		assertTrue(orders > 1000, "orders " + orders);
	}

	@Test
	void wardStaysAndTheRisClinicsUseTheLocationListsCodes() throws IOException {
		Set<String> listed = new HashSet<>();
		List<String> lines = Files.readAllLines(dir.resolve("locations.csv"));
		assertEquals("location,department,description", lines.get(0));
		lines.subList(1, lines.size()).forEach(line -> listed.add(line.split(",")[0]));
		Map<String, Integer> triggers = new HashMap<>();
		for (String[] m : messages("pas_stays.hl7")) {
			String trigger = segment(m, "EVN")[1];
			triggers.merge(trigger, 1, Integer::sum);
			String[] pv1 = segment(m, "PV1");
			assertTrue(listed.contains(pv1[3].split("\\^")[0]), "a listed ward: " + pv1[3]);
			String time = pv1[trigger.equals("A01") ? 44 : 45];
			assertTrue(time.matches("\\d{14}\\+0000"), "PV1-44/45 with its offset: " + time);
		}
		assertTrue(triggers.getOrDefault("A01", 0) > 100, triggers.toString());
		assertEquals(triggers.get("A01"), triggers.get("A03"), "every admission is discharged");
		for (String[] m : messages("ris.hl7")) {
			String clinic = segment(m, "PV1")[3].split("\\^")[0];
			assertTrue(listed.contains(clinic), "the RIS's clinic code is on the list: " + clinic);
		}
	}

	@Test
	void theAuditTrailIsReadByCustodiansDicomReader() throws IOException {
		long events = 0;
		long system = 0;
		Set<String> forms = new HashSet<>();
		try (AuditRecordReader reader = DicomAuditReader.open(dir.resolve("pacs_audit.xml"))) {
			for (AuditRecord r = reader.next(); r != null; r = reader.next()) {
				if (!(r instanceof AuditRecord.Event e)) {
					throw new AssertionError(((AuditRecord.Quarantined) r).record().reason());
				}
				events++;
				AccessEvent a = e.event();
				// a machine requestor is named by its AE title (PS3.15 A.5.1: AlternativeUserID AETITLES=)
				if (a.userId() != null && java.util.Set.of("PREFETCH_SCU", "VNA_ROUTER", "DR_REPLICA", "PREFETCH",
						"AUTOROUTE", "REPLICATION").contains(a.userId())) {
					system++;
				}
				if (a.patientId() != null) {
					forms.add(a.patientId().replaceAll("\\d", "9"));
				}
			}
		}
		assertEquals(manifest.counts().get("pacs_audit.xml"), events);
		assertTrue(events > 0.9 * TrustGenerator.DEFAULT_ACCESSES, "events " + events);
		double share = system / (double) events;
		assertTrue(share > 0.12 && share < 0.25, "system traffic share " + share);
		assertTrue(forms.contains("RXX9999999^^^RXX") && forms.contains("RYY9999999^^^RYY")
				&& forms.contains("9999999999^^^&9.99.999.9.999999.9.9.9.9&ISO"), forms.toString());
	}

	private static List<CsvRow> rows(String file) throws IOException {
		List<CsvRow> rows = new ArrayList<>();
		try (CsvTable t = CsvTable.open(dir.resolve(file), List.of())) {
			t.forEach(rows::add);
		}
		return rows;
	}

	/** Each message's segments: messages end with CR and a newline, segments are separated by CR. */
	private static List<String[]> messages(String file) throws IOException {
		String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
		List<String[]> out = new ArrayList<>();
		for (String m : text.split("\r\n")) {
			String[] segments = m.split("\r");
			assertTrue(segments[0].startsWith("MSH|"), m);
			out.add(segments);
		}
		return out;
	}

	private static String[] segment(String[] message, String name) {
		for (String s : message) {
			if (s.startsWith(name + "|")) {
				return s.split("\\|", -1);
			}
		}
		throw new AssertionError("no " + name + " in " + String.join(" / ", message));
	}
}
