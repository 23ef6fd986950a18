package org.custodian.supplier.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the retention of one study is computed from: the attributes read from its DICOM headers (or an inventory
 * line), and the flags set on the study itself (the patient's flags come from {@code PatientRetentionFacts}).
 *
 * @param modalities the study's modalities, upper case (a study of CT and PT has both)
 * @param flags      lower-case flags such as {@code oncology}, {@code maternity}
 */
public record StudyFacts(String studyInstanceUid, String patientId, LocalDate birthDate, LocalDate studyDate,
		Set<String> modalities, String department, String description, Set<String> flags) {

	public StudyFacts {
		modalities = upper(modalities);
		flags = lower(flags);
	}

	/** Whole years between birth and the study, or -1 when either date is missing. */
	public int ageAtStudy() {
		return age(birthDate, studyDate);
	}

	/** Whole years between {@code birth} and {@code day}, or -1 when either is missing. */
	public static int age(LocalDate birth, LocalDate day) {
		return birth == null || day == null || day.isBefore(birth) ? -1 : Period.between(birth, day).getYears();
	}

	/** Sorted, so that joined modalities and flags read the same on every run. */
	private static Set<String> upper(Set<String> values) {
		TreeSet<String> out = new TreeSet<>();
		if (values != null) {
			values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.trim().toUpperCase(Locale.ROOT))
					.forEach(out::add);
		}
		return Collections.unmodifiableSortedSet(out);
	}

	static Set<String> lower(Iterable<String> values) {
		TreeSet<String> out = new TreeSet<>();
		if (values != null) {
			for (String v : values) {
				if (v != null && !v.isBlank()) {
					out.add(v.trim().toLowerCase(Locale.ROOT));
				}
			}
		}
		return Collections.unmodifiableSortedSet(out);
	}
}
