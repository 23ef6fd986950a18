package org.custodian.supplier.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.custodian.model.Trust;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;

/**
 * Per-study retention from an inventory export instead of the files (a PACS or backup catalogue as CSV), one study
 * or one series per line: {@code study_instance_uid, patient_id, study_date} and, where the export has them,
 * {@code birth_date, modality, department, description, flags} (flags separated by spaces or semicolons). A bad
 * line is named with its line and column and skipped; the good ones count.
 */
public final class RetentionInventory {
	public static final List<String> REQUIRED = List.of("study_instance_uid", "patient_id", "study_date");

	private RetentionInventory() {
	}

	/** Reads the inventory and computes each study's retention with the trust's schedule. */
	public static RetentionScan.Report read(Path csv, Trust trust) throws IOException {
		Map<String, StudyFacts> studies = new LinkedHashMap<>();
		List<RetentionScan.Unreadable> problems = new ArrayList<>();
		int lines = 0;
		try (CsvTable table = CsvTable.open(csv, REQUIRED)) {
			for (CsvRow row : table) {
				lines++;
				try {
					Set<String> modalities = new TreeSet<>(words(row.get("modality")));
					StudyFacts s = new StudyFacts(row.required("study_instance_uid"), row.required("patient_id"),
							row.date("birth_date"), row.requiredDate("study_date"), modalities, row.get("department"),
							row.get("description"), Set.copyOf(words(row.get("flags"))));
					StudyFacts before = studies.get(s.studyInstanceUid());
					if (before != null) {
						// several series of one study: their modalities add up
						Set<String> all = new TreeSet<>(before.modalities());
						all.addAll(s.modalities());
						s = new StudyFacts(before.studyInstanceUid(), before.patientId(), before.birthDate(),
								before.studyDate(), all, before.department(), before.description(), before.flags());
					}
					studies.put(s.studyInstanceUid(), s);
				} catch (RecordException e) {
					problems.add(new RetentionScan.Unreadable(csv, e.getMessage()));
				}
			}
		}
		return new RetentionScan.Report(RetentionScan.compute(trust, studies.values()), problems, lines);
	}

	private static List<String> words(String text) {
		List<String> out = new ArrayList<>();
		if (text != null) {
			for (String w : text.split("[\\s;,\\\\]+")) {
				if (!w.isBlank()) {
					out.add(w.strip());
				}
			}
		}
		return out;
	}
}
