package org.custodian.audit.core.feeds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;
import org.custodian.store.IdentifierPolicy;
import org.custodian.store.PatientDemographics;
import org.custodian.store.PatientIdentifier;
import org.custodian.store.PatientRegistry;
import org.custodian.store.Permission;
import org.custodian.store.Store;

/**
 * The PAS/MPI demographics feed from CSV (the HL7 v2 ADT feed gives the same through the HL7 readers): one row
 * per patient, every identifier in {@code patient_id} as CX repetitions ({@code RXX123^^^RXX^MR~...}) and the
 * NHS number apart if the export has it. Each row links the patient's identifiers in the crosswalk, so the trail's
 * hospital number and the NHS number find the same events. A bad row names its line and column and is skipped;
 * the good ones still load. An identifier whose authority the trust did not name is loaded (under that
 * authority's own key) and reported, so a misconfigured authority shows at once.
 */
public final class PatientFeed {
	public static final List<String> COLUMNS = List.of("patient_id", "nhs_number", "family_name", "given_name",
			"birth_date", "sex", "address", "postcode", "phone", "next_of_kin", "next_of_kin_phone",
			"next_of_kin_address");

	private final Store store;

	public PatientFeed(Store store) {
		store.require(Permission.CHANGE_ACCESS);
		this.store = store;
	}

	public FeedReport load(Path csv) throws IOException {
		PatientRegistry patients = store.patients();
		IdentifierPolicy policy = patients.policy();
		List<RecordException> problems = new ArrayList<>();
		int read = 0;
		int added = 0;
		long before = patients.count();
		try (CsvTable table = CsvTable.open(csv, List.of("patient_id"))) {
			for (CsvRow row : table) {
				read++;
				try {
					PatientDemographics d = parse(row);
					for (PatientIdentifier id : d.identifiers()) {
						if (!policy.isKnown(id)) {
							problems.add(row.error("patient_id", "the assigning authority " + id.authorityName()
									+ " is not one the trust named (the identifier was loaded as that authority's)"));
						}
					}
					patients.record(d);
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		added = (int) (patients.count() - before);
		return new FeedReport(csv.getFileName().toString(), read, added, problems);
	}

	/** Every value of the row, checked before anything is recorded. */
	private static PatientDemographics parse(CsvRow row) {
		List<PatientIdentifier> ids = new ArrayList<>(PatientIdentifier.parseAll(row.required("patient_id")));
		if (ids.isEmpty()) {
			throw row.error("patient_id", "holds no identifier (a CX needs its ID before the first ^)");
		}
		String nhs = row.get("nhs_number");
		if (nhs != null) {
			if (!PatientIdentifier.validNhsNumber(nhs)) {
				throw row.error("nhs_number", "is not a valid NHS number (ten digits with a modulus 11 check digit)");
			}
			ids.add(new PatientIdentifier(nhs.replace(" ", ""), null, PatientIdentifier.NHS_NUMBER_OID, "NH"));
		}
		return new PatientDemographics(ids, row.required("family_name"), row.get("given_name"), row.date("birth_date"),
				row.get("sex"), row.get("address"), row.get("postcode"), row.get("phone"), row.get("next_of_kin"),
				row.get("next_of_kin_phone"), row.get("next_of_kin_address"));
	}
}
