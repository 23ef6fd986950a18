package org.custodian.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.custodian.cli.Cli;
import org.custodian.testing.DcmtkFiles;

/**
 * The table of malformed input kinds for {@link MalformedInputTest}: per importer, what the bad record is, the
 * file around it (good records before and after it), and what the command must say and keep. Good records carry
 * the kind's number in their user, patient and time, so no two kinds share an event.
 */
final class MalformedInputs {
	static final String AUDIT = "audit import (DICOM XML)";
	static final String SYSLOG = "audit import (syslog)";
	static final String FHIR = "audit import (FHIR)";
	static final String CSV = "audit import (vendor CSV)";
	static final String STAFF = "load-staff (CSV)";
	static final String TRAINING = "load-training (CSV)";
	static final String NEEDS = "load-training-needs (CSV)";
	static final String ACCOUNTS = "load-accounts (CSV, LDIF)";
	static final String FEEDS = "load-care / load-flags / load-workstations / load-locations";
	static final String HL7 = "load-patients / load-care (HL7 v2)";
	static final String DICOM = "DICOM files (compression-audit)";

	/** Writes the kind's files into its folder and returns the custodian-cli arguments that read them. */
	interface Input {
		List<String> write(Path folder) throws Exception;
	}

	/**
	 * @param says words the output must contain: the record's position and the reason
	 */
	record Kind(int id, String importer, String name, Input input, int exit, int kept, int refused, List<String> says,
			List<String> then) {
		@Override
		public String toString() {
			return importer + ": " + name;
		}
	}

	private static final List<Kind> KINDS = new ArrayList<>();

	private MalformedInputs() {
	}

	static List<Kind> all() {
		if (KINDS.isEmpty()) {
			auditXml();
			syslog();
			fhir();
			csv();
			people();
			feeds();
			hl7();
			dicom();
		}
		return KINDS;
	}

	private static void add(String importer, String name, int exit, int kept, int refused, Input input, String... says) {
		KINDS.add(new Kind(KINDS.size() + 1, importer, name, input, exit, kept, refused, List.of(says), List.of()));
	}

	/** A kind whose words are checked in the output of a second command too (what was stored). */
	private static void addThen(String importer, String name, int exit, int kept, int refused, Input input,
			List<String> then, String... says) {
		KINDS.add(new Kind(KINDS.size() + 1, importer, name, input, exit, kept, refused, List.of(says), then));
	}

	private static int next() {
		return KINDS.size() + 1;
	}

	// ---- good records, unique per kind ----

	/** Good DICOM audit message n of kind k. */
	static String xml(int k, int n) {
		return "<AuditMessage><EventIdentification EventActionCode=\"R\" EventDateTime=\"" + time(k, n)
				+ "\" EventOutcomeIndicator=\"0\"><EventID csd-code=\"110104\"/></EventIdentification>"
				+ "<ActiveParticipant UserID=\"u" + k + "\" UserIsRequestor=\"true\" NetworkAccessPointID=\"10.1.1.1\"/>"
				+ "<AuditSourceIdentification AuditSourceID=\"PACS_MAIN\"/>"
				+ "<ParticipantObjectIdentification ParticipantObjectID=\"K" + k + "P" + n
				+ "\" ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\"><ParticipantObjectName>DOE^K" + k
				+ "</ParticipantObjectName></ParticipantObjectIdentification></AuditMessage>\n";
	}

	static String time(int k, int n) {
		return "2026-01-%02dT%02d:%02d:00Z".formatted(1 + k % 28, k % 24, n);
	}

	static String syslog(int k, int n) {
		return "<85>1 2026-01-10T09:00:00Z pacs01 PACS 1 IHE+RFC-3881 - " + xml(k, n).strip() + "\n";
	}

	static String fhir(int k, int n) {
		return "{\"resourceType\":\"AuditEvent\",\"type\":{\"system\":\"http://dicom.nema.org/resources/ontology/DCM\","
				+ "\"code\":\"110104\"},\"action\":\"R\",\"recorded\":\"" + time(k, n) + "\",\"outcome\":\"0\","
				+ "\"agent\":[{\"who\":{\"identifier\":{\"value\":\"u" + k + "\"}},\"requestor\":true}],"
				+ "\"entity\":[{\"what\":{\"reference\":\"Patient/K" + k + "P" + n + "\"}}]}";
	}

	static String csvLine(int k, int n) {
		return time(k, n) + ",110104,R,u" + k + ",K" + k + "P" + n + "\n";
	}

	static final String CSV_HEADER = "time,event,action,user_id,patient_id\n";

	static String staff(int k, int n) {
		return "K" + k + "E" + n + ",Given,Family" + n + ",Radiology,permanent,2021-01-01\n";
	}

	static final String STAFF_HEADER = "staff_number,given_name,family_name,group,employment,start_date\n";

	private static Input file(String name, byte[] content, String... command) {
		return folder -> {
			Path f = Files.write(folder.resolve(name), content);
			List<String> args = new ArrayList<>(Arrays.asList(command));
			args.add(f.toString());
			return args;
		};
	}

	private static Input file(String name, String content, String... command) {
		return file(name, bytes(content), command);
	}

	static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] p : parts) {
			out.writeBytes(p);
		}
		return out.toByteArray();
	}

	// ---- DICOM PS3.15 / RFC 3881 XML ----

	private static void auditXml() {
		int k = next();
		String cut = xml(k, 4);
		add(AUDIT, "truncated XML (file cut off inside the last message)", Cli.WARNINGS, 3, 1,
				file("truncated.xml", xml(k, 1) + xml(k, 2) + xml(k, 3) + cut.substring(0, cut.length() / 2), "import"),
				"truncated.xml message 4 at byte");
		k = next();
		add(AUDIT, "not well-formed XML in the middle", Cli.WARNINGS, 2, 1,
				file("broken.xml", xml(k, 1) + xml(k, 2).replace("<AuditSourceIdentification", "<AuditSourceIdentification broken")
						+ xml(k, 3), "import"),
				"broken.xml message 2 at byte", "not well-formed XML at line");
		k = next();
		add(AUDIT, "message without its end tag", Cli.WARNINGS, 2, 1,
				file("unclosed.xml", xml(k, 1) + xml(k, 2).replace("</AuditMessage>", "") + xml(k, 3), "import"),
				"unclosed.xml message 2 at byte");
		k = next();
		add(AUDIT, "impossible date (30 February)", Cli.WARNINGS, 2, 1,
				file("feb30.xml", xml(k, 1) + xml(k, 2).replace(time(k, 2), "2026-02-30T10:00:00Z") + xml(k, 3), "import"),
				"feb30.xml message 2 at byte", "EventDateTime \"2026-02-30T10:00:00Z\" is not a valid date and time");
		k = next();
		add(AUDIT, "implausible date (year 1900)", Cli.WARNINGS, 2, 1,
				file("1900.xml", xml(k, 1) + xml(k, 2).replace(time(k, 2), "1900-01-01T00:00:00Z") + xml(k, 3), "import"),
				"1900.xml message 2 at byte", "is not a plausible date");
		k = next();
		add(AUDIT, "wrong encoding (Latin-1 bytes, no declaration)", Cli.WARNINGS, 2, 1,
				file("latin1.xml", concat(bytes(xml(k, 1)), xml(k, 2).replace("DOE^K", "MÜLLER^K")
						.getBytes(StandardCharsets.ISO_8859_1), bytes(xml(k, 3))), "import"),
				"latin1.xml message 2 at byte");
		k = next();
		add(AUDIT, "UTF-16 file", Cli.FAILED, 0, 1,
				file("utf16.xml", concat(new byte[] { (byte) 0xFE, (byte) 0xFF },
						(xml(k, 1) + xml(k, 2)).getBytes(StandardCharsets.UTF_16BE)), "import"),
				"utf16.xml");
		k = next();
		add(AUDIT, "byte-order mark and declaration before every message (valid)", Cli.OK, 3, 0,
				file("boms.xml", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n" + xml(k, 1)
						+ "\uFEFF<?xml version=\"1.0\"?>" + xml(k, 2) + "\uFEFF" + xml(k, 3), "import"));
		k = next();
		add(AUDIT, "huge field (a 3 MiB patient name)", Cli.WARNINGS, 2, 1,
				file("huge.xml", xml(k, 1) + xml(k, 2).replace("DOE^K" + k, "X".repeat(3 << 20)) + xml(k, 3), "import"),
				"huge.xml message 2 at byte");
		k = next();
		addThen(AUDIT, "base64 garbage in ParticipantObjectQuery (the query is kept; its detail says so)", Cli.OK, 3, 0,
				file("query.xml", xml(k, 1) + "<AuditMessage><EventIdentification EventActionCode=\"E\" EventDateTime=\""
						+ time(k, 2) + "\" EventOutcomeIndicator=\"0\"><EventID csd-code=\"110112\"/></EventIdentification>"
						+ "<ActiveParticipant UserID=\"u" + k + "\" UserIsRequestor=\"true\"/>"
						+ "<AuditSourceIdentification AuditSourceID=\"PACS_MAIN\"/>"
						+ "<ParticipantObjectIdentification ParticipantObjectID=\"1.2.840.10008.5.1.4.1.2.2.1\" "
						+ "ParticipantObjectTypeCode=\"2\" ParticipantObjectTypeCodeRole=\"3\">"
						+ "<ParticipantObjectIDTypeCode csd-code=\"110181\"/>"
						+ "<ParticipantObjectQuery>%%%not*base64!!!</ParticipantObjectQuery>"
						+ "</ParticipantObjectIdentification></AuditMessage>\n" + xml(k, 3), "import"),
				List.of("events", "--user-id", "u" + k), "query keys could not be decoded");
		k = next();
		// a CX of a few hundred characters is kept whole (PS3.15 sets no limit); beyond the column it is refused
		add(AUDIT, "over-long patient identifier (1,200 characters)", Cli.WARNINGS, 2, 1,
				file("longid.xml", xml(k, 1) + xml(k, 2).replace("\"K" + k + "P2\"", "\"" + "9".repeat(1200) + "\"")
						+ xml(k, 3), "import"),
				"longid.xml message 2 at byte", "patient identifier is 1,200 characters long");
		k = next();
		add(AUDIT, "external entity (XXE) in a DOCTYPE", Cli.WARNINGS, 2, 1,
				file("xxe.xml", xml(k, 1) + "<!DOCTYPE AuditMessage [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
						+ xml(k, 2).replace("DOE^K" + k, "&x;") + xml(k, 3), "import"),
				"xxe.xml message 2 at byte", "not well-formed");
		k = next();
		add(AUDIT, "control characters (NUL) inside a message", Cli.WARNINGS, 2, 1,
				file("nul.xml", xml(k, 1) + xml(k, 2).replace("DOE^K", "DOE\u0000^K") + xml(k, 3), "import"),
				"nul.xml message 2 at byte");
		add(AUDIT, "empty file", Cli.FAILED, 0, 1, file("empty.xml", new byte[0], "import"), "empty.xml is empty");
		add(AUDIT, "binary garbage", Cli.FAILED, 0, 1, file("random.bin", garbage(4096), "import"), "random.bin");
		k = next();
		add(AUDIT, "gzip archive of an audit trail", Cli.FAILED, 0, 1,
				file("audit.xml.gz", gzip(bytes(xml(k, 1) + xml(k, 2))), "import"), "audit.xml.gz", "archive");
		add(AUDIT, "zip bomb (64 MiB of zeros in a 64 KiB zip)", Cli.FAILED, 0, 1,
				file("bomb.zip", zipOfZeros(64 << 20), "import"), "bomb.zip", "archive");
	}

	// ---- IHE ATNA syslog ----

	private static void syslog() {
		int k = next();
		add(SYSLOG, "bad RFC 5424 header (syslog version 2)", Cli.WARNINGS, 2, 1,
				file("header.log", syslog(k, 1) + "<85>2 2026-01-10T09:00:00Z pacs01 PACS 1 IHE+RFC-3881 - "
						+ xml(k, 2).strip() + "\n" + syslog(k, 3), "import"),
				"header.log line 2 at byte", "syslog version 2");
		k = next();
		add(SYSLOG, "syslog priority out of range (<999>)", Cli.WARNINGS, 2, 1,
				file("pri.log", syslog(k, 1) + syslog(k, 2).replace("<85>", "<999>") + syslog(k, 3), "import"),
				"pri.log line 2 at byte", "priority");
		k = next();
		add(SYSLOG, "MSGID of another protocol", Cli.WARNINGS, 2, 1,
				file("msgid.log", syslog(k, 1) + syslog(k, 2).replace("IHE+RFC-3881", "HL7-ADT") + syslog(k, 3), "import"),
				"msgid.log line 2 at byte");
		k = next();
		String frame2 = "<85>1 2026-01-10T09:00:00Z pacs01 PACS 1 IHE+RFC-3881 - " + xml(k, 2).strip();
		add(SYSLOG, "octet-counted frame whose length prefix is too short", Cli.WARNINGS, 2, 2,
				file("frames.log", frame(syslog(k, 1).strip()) + (bytes(frame2).length - 40) + " " + frame2
						+ frame(syslog(k, 3).strip()), "import"),
				"frames.log frame 2 at byte", "skipped to the next frame");
		k = next();
		add(SYSLOG, "octet-counted frame whose length prefix is not a number", Cli.WARNINGS, 2, 1,
				file("prefix.log", frame(syslog(k, 1).strip()) + "12x " + syslog(k, 2).strip()
						+ frame(syslog(k, 3).strip()), "import"),
				"prefix.log frame 2 at byte", "is not a number followed by a space");
		k = next();
		String last = syslog(k, 3).strip();
		add(SYSLOG, "octet-counted frame cut off by the end of the file", Cli.WARNINGS, 2, 1,
				file("cut.log", frame(syslog(k, 1).strip()) + frame(syslog(k, 2).strip()) + bytes(last).length + " "
						+ last.substring(0, last.length() / 2), "import"),
				"cut.log frame 3 at byte");
		k = next();
		add(SYSLOG, "line longer than any audit message (2 MiB)", Cli.WARNINGS, 2, 1,
				file("long.log", syslog(k, 1) + "<85>1 2026-01-10T09:00:00Z pacs01 PACS 1 IHE+RFC-3881 - "
						+ "<AuditMessage>" + "x".repeat(2 << 20) + "\n" + syslog(k, 3), "import"),
				"long.log line 2 at byte");
	}

	private static String frame(String message) {
		return bytes(message).length + " " + message;
	}

	// ---- FHIR AuditEvent ----

	private static void fhir() {
		int k = next();
		add(FHIR, "broken JSON on one NDJSON line", Cli.WARNINGS, 2, 1,
				file("broken.ndjson", fhir(k, 1) + "\n" + fhir(k, 2).substring(0, 80) + "\n" + fhir(k, 3) + "\n", "import"),
				"broken.ndjson line 2 at byte");
		k = next();
		add(FHIR, "a resource that is not an AuditEvent", Cli.WARNINGS, 2, 1,
				file("patient.ndjson", fhir(k, 1) + "\n{\"resourceType\":\"Patient\",\"id\":\"x\"}\n" + fhir(k, 3) + "\n",
						"import"),
				"patient.ndjson line 2 at byte");
		k = next();
		add(FHIR, "impossible date (month 13)", Cli.WARNINGS, 2, 1,
				file("month13.ndjson", fhir(k, 1) + "\n" + fhir(k, 2).replace(time(k, 2), "2026-13-01T10:00:00Z") + "\n"
						+ fhir(k, 3) + "\n", "import"),
				"month13.ndjson line 2 at byte", "2026-13-01T10:00:00Z");
		k = next();
		add(FHIR, "Bundle cut off in the middle of an entry", Cli.WARNINGS, 2, 1,
				file("bundle.json", ("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[\n{\"resource\":"
						+ fhir(k, 1) + "},\n{\"resource\":" + fhir(k, 2) + "},\n{\"resource\":" + fhir(k, 3))
						.substring(0, 60 + 3 * fhir(k, 1).length()), "import", "--format", "fhir"),
				"bundle.json line 4, column", "its JSON is broken at line 4");
		k = next();
		addThen(FHIR, "base64 garbage in entity.query (the query is kept; its detail says so)", Cli.OK, 3, 0,
				file("query.ndjson", fhir(k, 1) + "\n" + fhir(k, 2).replace("\"entity\":[{\"what\":{\"reference\":\"Patient/K"
						+ k + "P2\"}}]", "\"entity\":[{\"type\":{\"code\":\"2\"},\"role\":{\"code\":\"24\"},"
						+ "\"query\":\"%%%not*base64!!!\"}]") + "\n" + fhir(k, 3) + "\n", "import"),
				List.of("events", "--user-id", "u" + k), "query keys could not be decoded");
	}

	// ---- vendor CSV ----

	private static void csv() {
		int k = next();
		add(CSV, "time that is no time (25:00)", Cli.WARNINGS, 2, 1,
				file("time.csv", CSV_HEADER + csvLine(k, 1) + "2026-01-10T25:00:00Z,110104,R,u" + k + ",K" + k + "P2\n"
						+ csvLine(k, 3), "import"),
				"time.csv line 3, column time");
		k = next();
		add(CSV, "unclosed quote (the rest of the file is one cell)", Cli.WARNINGS, 2, 1,
				file("quote.csv", CSV_HEADER + csvLine(k, 1) + csvLine(k, 2) + time(k, 3) + ",110104,R,\"u" + k + ",K" + k
						+ "P3\n" + csvLine(k, 4), "import"),
				"quote.csv line", "cannot be read from here");
		add(CSV, "header without the required columns", Cli.FAILED, 0, 1,
				file("columns.csv", "when,what,who\n2026-01-01,110104,u\n", "import", "--format", "csv"),
				"columns.csv", "missing column");
		k = next();
		add(CSV, "wrong encoding (Latin-1 bytes in a cell)", Cli.WARNINGS, 2, 1,
				file("latin1.csv", concat(bytes(CSV_HEADER + csvLine(k, 1)),
						(time(k, 2) + ",110104,R,müller" + k + ",K" + k + "P2\n").getBytes(StandardCharsets.ISO_8859_1),
						bytes(csvLine(k, 3))), "import"),
				"latin1.csv line 3, column user_id");
		k = next();
		add(CSV, "huge field (a 2 MiB cell)", Cli.WARNINGS, 2, 1,
				file("hugecell.csv", CSV_HEADER + csvLine(k, 1) + time(k, 2) + ",110104,R,u" + k + ",\"" + "P".repeat(2 << 20)
						+ "\"\n" + csvLine(k, 3), "import"),
				"hugecell.csv line 3, column patient_id", "2,097,152 characters long");
	}

	// ---- people: staff, training, accounts (CSV and LDIF) ----

	private static void people() {
		int k = next();
		add(STAFF, "impossible date (31/02/2026)", Cli.WARNINGS, 2, 1,
				file("staff-date.csv", STAFF_HEADER + staff(k, 1) + "K" + k + "E2,Given,Family,Radiology,permanent,31/02/2026\n"
						+ staff(k, 3), "load-staff"),
				"staff-date.csv line 3, column start_date");
		k = next();
		add(STAFF, "huge field (a 40,000-character family name)", Cli.WARNINGS, 2, 1,
				file("staff-huge.csv", STAFF_HEADER + staff(k, 1) + "K" + k + "E2,Given," + "F".repeat(40_000)
						+ ",Radiology,permanent,2021-01-01\n" + staff(k, 3), "load-staff"),
				"staff-huge.csv line 3, column family_name", "40,000 characters long");
		k = next();
		add(STAFF, "byte-order mark and Windows line ends (valid)", Cli.OK, 3, 0,
				file("staff-bom.csv", ("\uFEFF" + STAFF_HEADER + staff(k, 1) + staff(k, 2) + staff(k, 3)).replace("\n", "\r\n"),
						"load-staff"));
		add(STAFF, "empty file", Cli.FAILED, 0, 1, file("staff-empty.csv", new byte[0], "load-staff"),
				"staff-empty.csv", "empty");
		k = next();
		add(STAFF, "UTF-16 file", Cli.FAILED, 0, 1,
				file("staff-utf16.csv", concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
						(STAFF_HEADER + staff(k, 1)).getBytes(StandardCharsets.UTF_16LE)), "load-staff"),
				"staff-utf16.csv line 1", "encoded in UTF-16");
		k = next();
		add(STAFF, "record with fewer columns than the header", Cli.WARNINGS, 2, 1,
				file("staff-short.csv", STAFF_HEADER + staff(k, 1) + "K" + k + "E2\n" + staff(k, 3), "load-staff"),
				"staff-short.csv line 3");
		int t = next();
		add(TRAINING, "unknown member of staff and impossible completion date", Cli.WARNINGS, 2, 2,
				folder -> {
					Path courses = Files.writeString(folder.resolve("courses.csv"),
							"code,title,refresh_months\nDSA" + t + ",Data security,12\n");
					Path records = Files.writeString(folder.resolve("training.csv"), "staff_number,course,completed\n"
							+ "E1,DSA" + t + ",2026-01-10\nNOBODY,DSA" + t + ",2026-01-10\nE2,DSA" + t + ",2026-02-31\n");
					return List.of("load-training", "--courses", courses.toString(), records.toString());
				},
				"training.csv line 3", "training.csv line 4, column completed");
		// the course the kind above loaded; the group the staff of createDatabaseWithStaff belong to
		add(NEEDS, "training needs analysis: unknown staff group, unknown course, a target above 100 %", Cli.WARNINGS, 2,
				3, file("tna.csv", "group,course,reason,target\nRadiology,DSA" + t + ",They export images,100\n"
						+ "Radiolgy,DSA" + t + ",A typing error in the group,95\nRadiology,DSX" + t + ",An unknown course,95\n"
						+ "Radiology,DSA" + t + ",Too high,120\nRadiology,DSA" + t + ",The trust's default target,\n",
						"load-training-needs"),
				"tna.csv line 3, column group", "tna.csv line 4, column course", "tna.csv line 5, column target");
		k = next();
		add(ACCOUNTS, "enabled that is neither yes nor no", Cli.WARNINGS, 2, 1,
				file("pacs-users.csv", "system,username,enabled\nPACS,k" + k + "a,yes\nPACS,k" + k + "b,maybe\nPACS,k" + k
						+ "c,no\n", "load-accounts"),
				"pacs-users.csv line 3, column enabled");
		k = next();
		add(ACCOUNTS, "LDIF: base64 garbage in a value", Cli.WARNINGS, 2, 1,
				file("dir-b64.ldif", ldif(k, 1) + "dn: cn=k" + k + "b,dc=trust\nsAMAccountName: k" + k
						+ "b\ndisplayName:: %%%not*base64!!!\n\n" + ldif(k, 3), "load-accounts", "--system", "AD"),
				"dir-b64.ldif line 7, column displayName", "base64");
		k = next();
		add(ACCOUNTS, "LDIF: entry without its dn and a line that is no attribute", Cli.WARNINGS, 2, 1,
				file("dir-dn.ldif", ldif(k, 1) + "sAMAccountName: k" + k + "b\nthis is not ldif\n\n" + ldif(k, 3),
						"load-accounts", "--system", "AD"),
				"dir-dn.ldif line 5");
		k = next();
		String entry = ldif(k, 3);
		add(ACCOUNTS, "LDIF: file cut off inside an entry", Cli.WARNINGS, 2, 1,
				file("dir-cut.ldif", ldif(k, 1) + ldif(k, 2) + entry.substring(0, entry.indexOf("sAMAccountName") + 5),
						"load-accounts", "--system", "AD"),
				"dir-cut.ldif line 10", "is not an attribute line");
	}

	private static String ldif(int k, int n) {
		return "dn: cn=k" + k + "u" + n + ",dc=trust\nsAMAccountName: k" + k + "u" + n + "\ndisplayName: User " + n + "\n\n";
	}

	// ---- reference feeds ----

	private static void feeds() {
		int k = next();
		add(FEEDS, "care feed: impossible study date", Cli.WARNINGS, 2, 1,
				file("care.csv", "patient_id,accession,department,study_date\nK" + k + "P1,A1,Radiology,2026-01-10\nK" + k
						+ "P2,A2,Radiology,2026-02-30\nK" + k + "P3,A3,Radiology,2026-01-12\n", "load-care"),
				"care.csv line 3, column study_date");
		k = next();
		add(FEEDS, "flag list: record without patient_id (list not replaced by a partial one)", Cli.WARNINGS, 0, 1,
				file("flags.csv", "patient_id,category,reason\nK" + k + "P1,VIP,press\n,VIP,press\n", "load-flags"),
				"flags.csv line 3, column patient_id");
		add(FEEDS, "workstations: record without its location", Cli.WARNINGS, 2, 1,
				file("ws.csv", "address,name,location,department\n10.9.0.1,WS1,Room 1,Radiology\n10.9.0.2,WS2,,Radiology\n"
						+ "10.9.0.3,WS3,Room 3,Radiology\n", "load-workstations"),
				"ws.csv line 3, column location");
		k = next();
		add(FEEDS, "location list: record without its department (list not replaced by a partial one)", Cli.WARNINGS, 0,
				1, file("locations.csv", "location,department\nK" + k + "W1,Oncology\nK" + k + "W2,\nK" + k
						+ "W3,Cardiology\n", "load-locations"),
				"locations.csv line 3, column department");
	}

	// ---- HL7 v2 feeds ----

	/** An ADT^A04 of the kind's patient n, segments joined by CR, the message ended by CR and a newline. */
	static String adt(int k, int n, String trigger, String pid) {
		return String.join("\r", "MSH|^~\\&|PAS|RXX|CUSTODIAN|RXX|20260301" + String.format("%02d", n) + "0000||ADT^"
				+ trigger + "|K" + k + "M" + n + "|P|2.4", "EVN|" + trigger + "|20260301000000", pid, "PV1|1|O") + "\r\n";
	}

	static String pid(int k, int n) {
		return "PID|1||K" + k + "P" + n + "^^^RXX^MR||JONES" + k + "^ANN||19600101|F|||1 High Street^^Leeds^^LS1 1AA";
	}

	private static void hl7() {
		int k = next();
		add(HL7, "ADT with a broken segment (PID misspelt): no patient", Cli.WARNINGS, 2, 1,
				file("adt.hl7", adt(k, 1, "A04", pid(k, 1)) + adt(k, 2, "A04", pid(k, 2).replace("PID|", "P1D|"))
						+ adt(k, 3, "A04", pid(k, 3)), "load-patients"),
				"adt.hl7 message 2 (K" + k + "M2) line 2, column PID-1: AE: PID-1 is missing");
		k = next();
		add(HL7, "ADT with wrong encoding characters", Cli.WARNINGS, 2, 1,
				file("adt.hl7", adt(k, 1, "A04", pid(k, 1)) + adt(k, 2, "A04", pid(k, 2)).replace("MSH|^~\\&|", "MSH|^^|")
						+ adt(k, 3, "A04", pid(k, 3)), "load-patients"),
				"adt.hl7 message 2 line 2, column MSH: AR: it is not an HL7 v2 message HAPI can read");
		k = next();
		add(HL7, "ADT without a PID segment", Cli.WARNINGS, 2, 1,
				file("adt.hl7", adt(k, 1, "A04", pid(k, 1)) + adt(k, 2, "A04", "NK1|1|JONES^PETER") + adt(k, 3, "A04", pid(k, 3)),
						"load-patients"),
				"adt.hl7 message 2 (K" + k + "M2) line 2, column PID-1: AE: PID-1 is missing: the message names no patient");
		k = next();
		add(HL7, "ADT with an event the console does not take (A99)", Cli.WARNINGS, 2, 1,
				file("adt.hl7", adt(k, 1, "A04", pid(k, 1)) + adt(k, 2, "A99", pid(k, 2)) + adt(k, 3, "A04", pid(k, 3)),
						"load-patients"),
				"adt.hl7 message 2 (K" + k + "M2) line 2, column MSH-9: AR: MSH-9 event ADT^A99 is not one the console takes");
		k = next();
		add(HL7, "order (ORM^O01) without an OBR", Cli.WARNINGS, 1, 1,
				file("ris.hl7", String.join("\r", "MSH|^~\\&|RIS|RXX|PACS|RXX|20260301||ORM^O01|K" + k + "R1|P|2.3",
						pid(k, 1), "ORC|NW|A1|A1||SC") + "\r\n" + String.join("\r",
								"MSH|^~\\&|RIS|RXX|PACS|RXX|20260301||ORM^O01|K" + k + "R2|P|2.3", pid(k, 2),
								"ORC|NW|A2|A2||SC", "OBR|1|A2|A2|XCHES^Chest X-ray^L") + "\r\n", "load-care"),
				"ris.hl7 message 1 (K" + k + "R1) line 1, column OBR-1: AE: OBR-1 is missing");
		k = next();
		String ward = "PV1|1|I|W12^B1^3^RXX";
		add(HL7, "admission (ADT^A01) that names no ward (PV1-3 empty): not recorded as a stay nowhere", Cli.WARNINGS, 2,
				1, file("adt.hl7", adt(k, 1, "A01", pid(k, 1)).replace("PV1|1|O", ward)
						+ adt(k, 2, "A01", pid(k, 2)).replace("PV1|1|O", "PV1|1|I")
						+ adt(k, 3, "A01", pid(k, 3)).replace("PV1|1|O", ward), "load-patients"),
				"adt.hl7 message 2 (K" + k + "M2) line 2, column PV1-3: AE: PV1-3 holds no location");
	}

	// ---- DICOM files ----

	private static void dicom() {
		add(DICOM, "truncated DICOM file (cut inside the pixel data)", Cli.FAILED, 2, 1,
				dicomFolder((good, bad) -> Files.write(bad, Arrays.copyOf(Files.readAllBytes(good), (int) Files.size(good) - 2000))),
				"bad.dcm");
		add(DICOM, "corrupt DICOM header (garbage after DICM)", Cli.FAILED, 2, 1,
				dicomFolder((good, bad) -> {
					byte[] b = Files.readAllBytes(good);
					byte[] g = garbage(400);
					System.arraycopy(g, 0, b, 132, g.length);
					Files.write(bad, b);
				}), "bad.dcm");
		add(DICOM, "DICOM element with an impossible length", Cli.FAILED, 2, 1,
				dicomFolder((good, bad) -> {
					byte[] b = Files.readAllBytes(good);
					// the first data set element after the meta group: explicit VR, a 16-bit length; make it huge
					int at = firstDataSetElement(b);
					b[at + 6] = (byte) 0xFF;
					b[at + 7] = (byte) 0xFF;
					Files.write(bad, b);
				}), "bad.dcm");
	}

	interface Corruption {
		void make(Path good, Path bad) throws IOException;
	}

	/** A folder of two good dcmtk-made files and one corrupted copy of a third. */
	private static Input dicomFolder(Corruption corruption) {
		return folder -> {
			DcmtkFiles files = new DcmtkFiles(Files.createDirectories(folder.resolve("made")));
			Path dicom = Files.createDirectories(folder.resolve("restore"));
			for (int i = 1; i <= 2; i++) {
				Files.copy(files.file(DcmtkFiles.newInstance("G" + i, "CT"), DcmtkFiles.Variant.EXPLICIT_LITTLE),
						dicom.resolve("good" + i + ".dcm"));
			}
			corruption.make(files.file(DcmtkFiles.newInstance("B1", "CT"), DcmtkFiles.Variant.EXPLICIT_LITTLE),
					dicom.resolve("bad.dcm"));
			return List.of("compression-audit", dicom.toString());
		};
	}

	/** Offset of the first element after the file meta group (0002,xxxx) of a Part 10 file. */
	private static int firstDataSetElement(byte[] b) {
		int at = 132;
		while (b[at] == 0x02 && b[at + 1] == 0x00) {
			String vr = new String(b, at + 4, 2, StandardCharsets.US_ASCII);
			if (vr.equals("OB") || vr.equals("OW") || vr.equals("UN") || vr.equals("SQ") || vr.equals("UT")) {
				at += 12 + (b[at + 8] & 0xFF | (b[at + 9] & 0xFF) << 8 | (b[at + 10] & 0xFF) << 16 | (b[at + 11] & 0xFF) << 24);
			} else {
				at += 8 + (b[at + 6] & 0xFF | (b[at + 7] & 0xFF) << 8);
			}
		}
		return at;
	}

	// ---- bytes ----

	static byte[] garbage(int n) {
		byte[] b = new byte[n];
		new java.util.Random(n).nextBytes(b);
		b[0] = 0x13; // not '<', '{' or text
		return b;
	}

	static byte[] gzip(byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(content);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	private static byte[] zipOfZeros(int size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("audit.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int written = 0; written < size; written += zeros.length) {
				zip.write(zeros);
			}
			zip.closeEntry();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}
}
