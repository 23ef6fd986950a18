package org.custodian.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import org.custodian.store.AccessEvent;

/**
 * A month of a trust's PACS audit trail, made up but shaped like the real thing: DICOM PS3.15 A.5.1 messages
 * of 1.2 to 1.5 KB (the requesting person, the PACS and for transfers the workstation as machines, the audit
 * source, a study with its SOP class and accession, and the patient), by 300 staff about a pool of patients.
 * <p>
 * Event {@code i} depends only on the seed and {@code i}, so the XML file the importer reads and the rows the
 * raw-JDBC baseline inserts are the same events, built independently ({@link #xml} and {@link #event}), and the
 * benchmark checks that the reader turns the one into the other. Every event has its own time, so every
 * content hash is unique and nothing is dropped as a duplicate on the first import.
 */
final class SyntheticTrail {
	/** Staff who use PACS in a mid-sized trust (the demo trust has about 300 as well). */
	static final int STAFF = 300;
	private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
	private static final long MONTH_MILLIS = ChronoUnit.DAYS.getDuration().toMillis() * 30;

	private static final String[] FIRST = { "Aisha", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Harry",
			"Isla", "Jack", "Kiran", "Laura", "Mohammed", "Nia", "Oliver", "Priya", "Rhys", "Sophie", "Tom", "Zara" };
	private static final String[] LAST = { "Smith", "Jones", "Patel", "Williams", "Brown", "Taylor", "Khan", "Davies",
			"Evans", "Wilson", "Thomas", "Roberts", "Johnson", "Ali", "Walker", "Wright", "Robinson", "Thompson",
			"White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke",
			"O'Brien" };
	/** Event ID, its original text and the action code, as PACS servers log viewing, updating and export. */
	private static final String[][] KINDS = { { "110104", "DICOM Instances Transferred", "R" },
			{ "110103", "DICOM Instances Accessed", "R" }, { "110103", "DICOM Instances Accessed", "U" },
			{ "110106", "Export", "R" }, { "110110", "Patient Record", "R" } };
	/** Cumulative weights of {@link #KINDS}, out of 100: mostly viewing. */
	private static final int[] KIND_WEIGHTS = { 55, 85, 90, 95, 100 };
	private static final String[] SOP_CLASSES = { "1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4",
			"1.2.840.10008.5.1.4.1.1.1.1", "1.2.840.10008.5.1.4.1.1.6.1", "1.2.840.10008.5.1.4.1.1.1.2" };
	private static final String[] SOURCES = { "PACS_MAIN", "PACS_MAIN", "PACS_MAIN", "PACS_ARCHIVE" };

	private final int events;
	private final long seed;
	private final int patients;
	private final long step;

	/** @param events how many events the trail has (a month's worth, whatever the number) */
	SyntheticTrail(int events, long seed) {
		this.events = events;
		this.seed = seed;
		// about four events per patient, as in a month of viewing and reporting
		this.patients = Math.max(1000, events / 4);
		this.step = Math.max(1, MONTH_MILLIS / Math.max(1, events));
	}

	int events() {
		return events;
	}

	int patients() {
		return patients;
	}

	/** The patient id of patient number {@code p} (10 digits, like an NHS number). */
	static String patientId(int p) {
		return Long.toString(9_000_000_000L + 7L * p);
	}

	/** The user id of staff member {@code u}. */
	static String userId(int u) {
		return (FIRST[u % FIRST.length].charAt(0) + LAST[u / FIRST.length % LAST.length]).toLowerCase()
				.replace("'", "") + u;
	}

	/** Everything about event {@code i}, stored or not. */
	private record Draw(Instant time, String[] kind, int outcome, int user, String host, String workstationAe,
			int patient, String studyUid, String sopClass, int instances, String accession, String source) {
	}

	private Draw draw(int i) {
		SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
		Instant time = START.plusMillis(i * step + r.nextLong(step));
		int k = r.nextInt(100);
		int kind = 0;
		while (KIND_WEIGHTS[kind] <= k) {
			kind++;
		}
		int user = r.nextInt(STAFF);
		// each person works at one of three workstations of their department
		int ws = user % 40 * 3 + r.nextInt(3);
		String host = "10.20." + ws / 250 + "." + (ws % 250 + 1);
		int patient = r.nextInt(patients);
		String study = "1.2.826.0.1.3680043.9.7133." + (100_000 + patient) + "." + (1 + r.nextInt(4));
		return new Draw(time, KINDS[kind], r.nextInt(100) == 0 ? 4 : 0, user, host, "RADWS" + (100 + ws), patient,
				study, SOP_CLASSES[r.nextInt(SOP_CLASSES.length)], 1 + r.nextInt(400),
				"RX" + (10_000_000 + patient * 4L + r.nextInt(4)), SOURCES[r.nextInt(SOURCES.length)]);
	}

	/** Event {@code i} as the importer must read it from {@link #xml}. */
	AccessEvent event(int i) {
		Draw d = draw(i);
		return new AccessEvent(d.time, d.kind[0], d.kind[2], d.outcome, null, userId(d.user), userName(d.user),
				d.host, patientId(d.patient), patientName(d.patient), d.studyUid,
				d.source, d.instances + (d.instances == 1 ? " instance" : " instances"));
	}

	/**
	 * Event {@code i} as a PACS writes it to its audit trail, one message per line as audit repositories that
	 * collect over syslog store them. A transfer (110104) names the PACS as source and the workstation as
	 * destination, as PS3.15 A.5.3.4 requires; the other events name the PACS process only.
	 */
	String xml(int i) {
		Draw d = draw(i);
		StringBuilder s = new StringBuilder(1600);
		s.append("<AuditMessage><EventIdentification EventActionCode=\"").append(d.kind[2])
				.append("\" EventDateTime=\"").append(d.time).append("\" EventOutcomeIndicator=\"").append(d.outcome)
				.append("\">").append(coded("EventID", d.kind[0], "DCM", d.kind[1]))
				.append("</EventIdentification><ActiveParticipant UserID=\"").append(esc(userId(d.user)))
				.append("\" UserName=\"").append(esc(userName(d.user)))
				.append("\" UserIsRequestor=\"true\" NetworkAccessPointID=\"").append(d.host)
				.append("\" NetworkAccessPointTypeCode=\"2\"/>");
		machine(s, d.source, "10.0.0." + (d.source.equals("PACS_MAIN") ? 10 : 11), "110153", "Source Role ID");
		if (d.kind[0].equals("110104")) {
			machine(s, d.workstationAe, d.host, "110152", "Destination Role ID");
		}
		s.append("<AuditSourceIdentification AuditSourceID=\"").append(d.source).append("\">")
				.append(coded("AuditSourceTypeCode", "4", "DCM", "Application Server Process"))
				.append("</AuditSourceIdentification><ParticipantObjectIdentification ParticipantObjectID=\"")
				.append(d.studyUid).append("\" ParticipantObjectTypeCode=\"2\" ParticipantObjectTypeCodeRole=\"3\">")
				.append(coded("ParticipantObjectIDTypeCode", "110180", "DCM", "Study Instance UID"))
				.append("<SOPClass UID=\"").append(d.sopClass).append("\" NumberOfInstances=\"").append(d.instances)
				.append("\"/><Accession Number=\"").append(d.accession)
				.append("\"/></ParticipantObjectIdentification><ParticipantObjectIdentification ParticipantObjectID=\"")
				.append(patientId(d.patient))
				.append("\" ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\">")
				.append(coded("ParticipantObjectIDTypeCode", "2", "RFC-3881", "Patient Number"))
				.append("<ParticipantObjectName>").append(esc(patientName(d.patient)))
				.append("</ParticipantObjectName></ParticipantObjectIdentification></AuditMessage>\n");
		return s.toString();
	}

	/** Writes the whole trail as one file of concatenated messages under one XML declaration. */
	void write(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
			for (int i = 0; i < events; i++) {
				out.write(xml(i));
			}
		}
	}

	private static void machine(StringBuilder s, String ae, String host, String role, String roleName) {
		s.append("<ActiveParticipant UserID=\"").append(ae).append("\" AlternativeUserID=\"AETITLES=").append(ae)
				.append("\" UserIsRequestor=\"false\" NetworkAccessPointID=\"").append(host)
				.append("\" NetworkAccessPointTypeCode=\"2\">").append(coded("RoleIDCode", role, "DCM", roleName))
				.append("</ActiveParticipant>");
	}

	private static String userName(int u) {
		return LAST[u / FIRST.length % LAST.length] + ", " + FIRST[u % FIRST.length];
	}

	private static String patientName(int p) {
		return LAST[p % LAST.length].toUpperCase() + "^" + FIRST[p / LAST.length % FIRST.length].toUpperCase();
	}

	private static String coded(String element, String code, String system, String text) {
		return "<" + element + " csd-code=\"" + code + "\" codeSystemName=\"" + system + "\" originalText=\"" + text
				+ "\"/>";
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
	}
}
