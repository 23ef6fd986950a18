package org.custodian.demo.trust;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Where patients stay, as an English trust's PAS and RIS code it: each clinical department has two wards
 * ("W12") and an outpatient clinic whose codes (four letters, as Epic and Cerner sites use them) are not the
 * department's name; the trust's location list (locations.csv, what {@code load-locations} reads) says which
 * department each belongs to. The PAS's admissions and discharges (ADT A01, A03 with PV1-3 and PV1-44/45) go to
 * pas_stays.hl7. Times are written with their offset (+0000): the generator's clock is UTC.
 */
final class Wards implements Closeable {
	static final String STAYS_FILE = "pas_stays.hl7";
	static final String LOCATIONS_FILE = "locations.csv";

	private final Map<String, List<String>> wards = new LinkedHashMap<>();
	private final Map<String, String> clinics = new LinkedHashMap<>();
	private final BufferedWriter stays;
	private final Random random;
	private int control;
	private int admissions;

	Wards(Path dir, long seed) throws IOException {
		random = new Random(seed ^ 0x3A4D5L);
		int ward = 10;
		for (String department : StaffRoles.CLINICAL) {
			wards.put(department, List.of("W" + ward++, "W" + ward++));
			clinics.put(department, clinicCode(department));
		}
		clinics.put(StaffRoles.RADIOLOGY, "XRAY");
		try (CsvOut csv = new CsvOut(dir.resolve(LOCATIONS_FILE), "location", "department", "description")) {
			wards.forEach((d, codes) -> codes.forEach(c -> csv.row(c, d, "Ward " + c.substring(1))));
			clinics.forEach((d, c) -> csv.row(c, d, d + " outpatients"));
		}
		stays = Files.newBufferedWriter(dir.resolve(STAYS_FILE), StandardCharsets.UTF_8);
	}

	/** The department's outpatient clinic as the RIS codes the order's PV1-3 ("ONCO" for Oncology). */
	String clinic(String department) {
		return clinics.getOrDefault(department, department);
	}

	private static String clinicCode(String department) {
		String letters = department.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "");
		return letters.length() >= 4 ? letters.substring(0, 4) : letters;
	}

	/**
	 * The patient admitted to one of the department's wards some hours before {@code during} (seconds, UTC) and
	 * discharged some hours after it.
	 */
	void admit(Person p, String department, long during) throws IOException {
		List<String> codes = wards.get(department);
		String ward = codes.get(random.nextInt(codes.size()));
		long in = during - 3600L * (2 + random.nextInt(46));
		long out = during + 3600L * (2 + random.nextInt(70));
		stays.write(message(p, "A01", ward, in, 44));
		stays.write(message(p, "A03", ward, out, 45));
		admissions++;
	}

	private String message(Person p, String trigger, String ward, long second, int timeField) {
		LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
		String ts = Hl7.TS.format(t) + "+0000";
		return Hl7.message(Hl7.msh("PAS", "PACS", t, "ADT^" + trigger + "^ADT_A01", "PASW" + ++control),
				"EVN|" + trigger + "|" + ts, Hl7.pid(p), Hl7.segment("PV1", timeField, 1, "1", 2, "I", 3,
						ward + "^^^" + TrustIds.TRUST, timeField, ts));
	}

	int admissions() {
		return admissions;
	}

	List<String> locations() {
		List<String> all = new ArrayList<>();
		wards.values().forEach(all::addAll);
		all.addAll(clinics.values());
		return all;
	}

	@Override
	public void close() throws IOException {
		stays.close();
	}
}
