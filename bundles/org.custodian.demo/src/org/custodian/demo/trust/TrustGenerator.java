package org.custodian.demo.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the feeds of a realistic NHS trust into a folder, deterministically from a seed: the ESR staff
 * export and its canonical twin, PACS accounts, leavers, workstations, PAS demographics (HL7 ADT and CSV),
 * flagged patients, the RIS feed (HL7 ORM/ORU and the care CSV), the media register, a month of PACS audit
 * trail with system traffic, and the truth of every planted inappropriate access. The same seed and count give
 * the same bytes.
 */
public final class TrustGenerator {
	public static final long DEFAULT_SEED = 13L;
	/** Accesses of a test-sized run; a trust's month is about a million. */
	public static final long DEFAULT_ACCESSES = 20_000;
	public static final int PATIENTS = 20_000;
	public static final String MANIFEST_FILE = "manifest.txt";

	private final long seed;
	private final long accesses;

	public TrustGenerator(long seed, long accesses) {
		if (accesses < 1000) {
			throw new IllegalArgumentException("at least 1000 accesses are needed to plant every kind, not " + accesses);
		}
		this.seed = seed;
		this.accesses = accesses;
	}

	/** Writes every file into {@code dir} (created if missing) and returns what was written. */
	public Manifest generate(Path dir) throws IOException {
		Files.createDirectories(dir);
		Population pop = new Population(seed, PATIENTS);
		Plants plants = new Plants(pop, seed);
		Manifest manifest = new Manifest();
		StaffFiles.write(pop, dir, manifest);
		PasFiles.write(pop, plants, seed, dir, manifest);
		new Activity(pop, plants, seed, accesses).write(dir, manifest);
		plants.writeTruth(dir, manifest);
		manifest.figure("staff", pop.staff.size());
		manifest.figure("patients", pop.patients.size());
		manifest.figure("network_numbers", pop.patients.stream().filter(p -> p.networkNumber != null).count());
		manifest.figure("staff_who_are_patients", pop.staff.stream().filter(s -> s.person.isPatient()).count());
		manifest.write(dir.resolve(MANIFEST_FILE), "Generated trust RXX (seed " + seed + ", " + accesses
				+ " accesses requested, 30 days from " + Population.FIRST_DAY + ", times in UTC)\n"
				+ "Patient identifiers: RXX local numbers (CX authority RXX, type MR), NHS numbers (authority NHS, OID "
				+ TrustIds.NHS_OID + ", type NH), and for some patients RYY numbers of the network trust.");
		return manifest;
	}
}
