package org.custodian.audit.core.feeds;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.custodian.model.ModelFactory;
import org.custodian.model.Trust;
import org.custodian.model.Workstation;
import org.custodian.audit.core.feeds.hl7.Hl7Feed;
import org.custodian.audit.core.feeds.hl7.Hl7Files;
import org.custodian.store.Trusts;
import org.custodian.audit.core.rules.Locations;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;
import org.custodian.store.CareRelationship;
import org.custodian.store.FlaggedPatient;
import org.custodian.store.Permission;
import org.custodian.store.Store;

/**
 * Loads the reference feeds the access rules need, from CSV: the RIS/worklist care relationships, the
 * workstation register and the flagged-patient list. (The staff directory is the people perspective's.) A bad
 * record is reported with its line and column and skipped; every good one is kept.
 */
public final class ReferenceFeeds {
	/** Columns of the care feed; those after patient_id may be empty. */
	public static final List<String> CARE_COLUMNS = List.of("patient_id", "accession", "referrer",
			"reporting_radiologist", "department", "mdt_list", "teleradiology", "study_date");
	public static final List<String> FLAG_COLUMNS = List.of("patient_id", "category", "reason");
	public static final List<String> WORKSTATION_COLUMNS = List.of("address", "name", "location", "department");
	public static final List<String> LOCATION_COLUMNS = List.of("location", "department");
	private static final int BATCH = 2000;

	private final Store store;

	public ReferenceFeeds(Store store) {
		store.require(Permission.CHANGE_ACCESS);
		this.store = store;
	}

	/**
	 * Adds the RIS/worklist feed's lines (loading the same feed again adds nothing): a CSV, or a file of HL7 v2
	 * ORM/OMI/ORU messages (read as UTF-8, every order performed by {@link Hl7Feed#DEFAULT_PERFORMING_DEPARTMENT}).
	 */
	public FeedReport loadCare(Path csv) throws IOException {
		return loadCare(csv, StandardCharsets.UTF_8, Hl7Feed.DEFAULT_PERFORMING_DEPARTMENT);
	}

	/** As {@link #loadCare(Path)}, an HL7 file read in {@code charset}, its orders performed by {@code performing}. */
	public FeedReport loadCare(Path csv, Charset charset, String performing) throws IOException {
		if (Hl7Files.looksLikeHl7(csv)) {
			return loadHl7(csv, charset, performing);
		}
		List<RecordException> problems = new ArrayList<>();
		int read = 0;
		int added = 0;
		try (CsvTable table = CsvTable.open(csv, List.of("patient_id"))) {
			List<CareRelationship> batch = new ArrayList<>();
			for (CsvRow row : table) {
				try {
					read++;
					batch.add(new CareRelationship(row.required("patient_id"), row.get("accession"), row.get("referrer"),
							row.get("reporting_radiologist"), row.get("department"), row.get("mdt_list"),
							row.get("teleradiology"), row.date("study_date")));
				} catch (RecordException e) {
					problems.add(e);
				}
				if (batch.size() == BATCH) {
					added += store.references().addCare(batch);
					batch.clear();
				}
			}
			added += store.references().addCare(batch);
		}
		return new FeedReport(csv.getFileName().toString(), read, added, problems);
	}

	/**
	 * Records the PAS/MPI demographics feed's patients and links their identifiers: a CSV (see {@link PatientFeed})
	 * or a file of HL7 v2 ADT messages (read as UTF-8).
	 */
	public FeedReport loadPatients(Path csv) throws IOException {
		return loadPatients(csv, StandardCharsets.UTF_8);
	}

	/** As {@link #loadPatients(Path)}, an HL7 file read in {@code charset}. */
	public FeedReport loadPatients(Path csv, Charset charset) throws IOException {
		if (Hl7Files.looksLikeHl7(csv)) {
			return loadHl7(csv, charset, null);
		}
		return new PatientFeed(store).load(csv);
	}

	/**
	 * Loads a file of HL7 v2 messages from the PAS (ADT) or the RIS (ORM, OMI, ORU), each recorded or refused on
	 * its own as the MLLP listener would (see {@link Hl7Feed}).
	 *
	 * @param performing the department that performs the RIS's orders, or null
	 */
	public FeedReport loadHl7(Path file, Charset charset, String performing) throws IOException {
		return Hl7Files.load(new Hl7Feed(store, performing), file, charset);
	}

	/** Replaces the flagged-patient list with the file's (only when every record could be read). */
	public FeedReport loadFlags(Path csv) throws IOException {
		List<RecordException> problems = new ArrayList<>();
		List<FlaggedPatient> flags = new ArrayList<>();
		int read = 0;
		try (CsvTable table = CsvTable.open(csv, List.of("patient_id"))) {
			for (CsvRow row : table) {
				try {
					read++;
					flags.add(new FlaggedPatient(row.required("patient_id"), row.get("category"), row.get("reason")));
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		// a partial list would silently un-flag patients: replace only with a complete one
		if (!problems.isEmpty()) {
			return new FeedReport(csv.getFileName().toString(), read, 0, problems);
		}
		store.references().replaceFlags(flags);
		return new FeedReport(csv.getFileName().toString(), read, flags.size(), problems);
	}

	/**
	 * Replaces the trust's location list (which department each PAS/RIS location code belongs to) with the file's,
	 * only when every record could be read: a partial list would silently stop explaining a ward's looks.
	 */
	public FeedReport loadLocations(Path csv) throws IOException {
		List<RecordException> problems = new ArrayList<>();
		Map<String, String> departments = new HashMap<>();
		int read = 0;
		try (CsvTable table = CsvTable.open(csv, LOCATION_COLUMNS)) {
			for (CsvRow row : table) {
				try {
					read++;
					departments.put(row.required("location"), row.required("department"));
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		if (!problems.isEmpty()) {
			return new FeedReport(csv.getFileName().toString(), read, 0, problems);
		}
		Locations locations = new Locations(departments);
		store.alerts().setting(Locations.SETTING, locations.write());
		return new FeedReport(csv.getFileName().toString(), read, locations.size(), problems);
	}

	/** Adds or updates workstations by address in the trust's register. */
	public FeedReport loadWorkstations(Path csv) throws IOException {
		Trust trust = trust();
		Map<String, Workstation> byAddress = new HashMap<>();
		trust.getWorkstations().forEach(w -> byAddress.put(key(w.getAddress()), w));
		List<RecordException> problems = new ArrayList<>();
		int read = 0;
		int added = 0;
		try (CsvTable table = CsvTable.open(csv, List.of("address", "location"))) {
			for (CsvRow row : table) {
				try {
					read++;
					// every value is read before anything changes: a refused line must leave no trace
					String address = row.required("address");
					String name = row.get("name");
					String location = row.required("location");
					String department = row.get("department");
					Workstation w = byAddress.get(key(address));
					if (w == null) {
						w = ModelFactory.eINSTANCE.createWorkstation();
						w.setId("ws-" + UUID.randomUUID());
						w.setAddress(address);
						trust.getWorkstations().add(w);
						byAddress.put(key(address), w);
						added++;
					}
					w.setName(name);
					w.setLocation(location);
					w.setDepartment(department);
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		store.entities().save(trust);
		return new FeedReport(csv.getFileName().toString(), read, added, problems);
	}

	private Trust trust() {
		return Trusts.findOrCreate(store);
	}


	private static String key(String address) {
		return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
	}
}
