package org.custodian.supplier.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;
import org.custodian.model.ModelFactory;
import org.custodian.model.PatientRetentionFacts;
import org.custodian.model.StudyRetention;
import org.custodian.model.Trust;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Per-study retention computed from DICOM headers (patient birth date, study date, modality, description,
 * department) read through the {@code dicom} bundle, for a folder of the archive or of a backup copy. A file that is
 * not DICOM is skipped; one that cannot be read is listed with its reason and the others still count.
 */
public final class RetentionScan {
	/** Institutional Department Name (0008,1040): the department, where the modality writes it. */
	private static final int DEPARTMENT_GROUP = 0x0008;
	private static final int DEPARTMENT_ELEMENT = 0x1040;

	/** A file that could not be read, with the reason. */
	public record Unreadable(Path file, String reason) {
	}

	/** The outcome of a scan: one computed retention per study, and the files that could not be read. */
	public record Report(List<RetentionOutcome> studies, List<Unreadable> unreadable, int files) {
	}

	private RetentionScan() {
	}

	/** Reads every DICOM file under {@code dir} and computes each study's retention with the trust's schedule. */
	public static Report scan(Path dir, DicomObjectReader reader, Trust trust, IProgressMonitor monitor)
			throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Reading DICOM headers in " + dir, files.size());
		Map<String, StudyFacts> studies = new LinkedHashMap<>();
		List<Unreadable> unreadable = new ArrayList<>();
		int read = 0;
		for (Path f : files) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			sub.split(1);
			if (!reader.isDicom(f)) {
				continue;
			}
			try {
				DicomHeader h = reader.read(f);
				read++;
				if (h.studyInstanceUid() == null) {
					unreadable.add(new Unreadable(f, "no Study Instance UID"));
					continue;
				}
				studies.merge(h.studyInstanceUid(), facts(h), RetentionScan::merge);
			} catch (DicomReadException e) {
				unreadable.add(new Unreadable(f, e.getMessage()));
			}
		}
		return new Report(compute(trust, studies.values()), unreadable, read);
	}

	/** The retention of each study, every patient's end of treatment taken as their latest study known. */
	public static List<RetentionOutcome> compute(Trust trust, Iterable<StudyFacts> studies) {
		Map<String, LocalDate> latest = new HashMap<>();
		for (StudyRetention r : trust.getStudyRetentions()) {
			latest.merge(key(r.getPatientId()), orMin(Dates.day(r.getStudyDate())), RetentionScan::max);
		}
		for (StudyFacts s : studies) {
			latest.merge(key(s.patientId()), orMin(s.studyDate()), RetentionScan::max);
		}
		Map<String, PatientRetentionFacts> facts = new HashMap<>();
		trust.getPatientRetentionFacts().forEach(f -> facts.put(key(f.getPatientId()), f));
		RetentionCalculator calculator = new RetentionCalculator(trust);
		List<RetentionOutcome> out = new ArrayList<>();
		for (StudyFacts s : studies) {
			LocalDate l = latest.get(key(s.patientId()));
			out.add(calculator.compute(s, facts.get(key(s.patientId())), LocalDate.MIN.equals(l) ? null : l,
					trust.getLegalHolds()));
		}
		out.sort(Comparator.comparing((RetentionOutcome o) -> String.valueOf(o.study().patientId()))
				.thenComparing(o -> String.valueOf(o.study().studyDate())));
		return out;
	}

	/**
	 * Records the outcomes in the trust's retention register, replacing an earlier result for the same study and
	 * copy (archive or backup).
	 */
	public static void record(Trust trust, List<RetentionOutcome> outcomes, String source, boolean backupCopy,
			java.util.Date now) {
		Map<String, StudyRetention> existing = new HashMap<>();
		for (StudyRetention r : trust.getStudyRetentions()) {
			existing.put(r.getStudyInstanceUid() + "|" + r.isBackupCopy(), r);
		}
		for (RetentionOutcome o : outcomes) {
			StudyFacts s = o.study();
			StudyRetention r = existing.get(s.studyInstanceUid() + "|" + backupCopy);
			if (r == null) {
				r = ModelFactory.eINSTANCE.createStudyRetention();
				r.setStudyInstanceUid(s.studyInstanceUid());
				r.setBackupCopy(backupCopy);
				trust.getStudyRetentions().add(r);
			}
			r.setPatientId(s.patientId());
			r.setPatientBirthDate(Dates.date(s.birthDate()));
			r.setStudyDate(Dates.date(s.studyDate()));
			r.setModality(String.join("\\", s.modalities()));
			r.setDepartment(s.department());
			r.setStudyDescription(s.description());
			r.setSource(source);
			r.getClassCodes().clear();
			r.getClassCodes().addAll(o.classCodes());
			r.setDestructionDue(Dates.date(o.destructionDue()));
			r.setReasoning(o.reasoning());
			r.setComputedAt(now);
		}
	}

	/**
	 * Computes every study of the register again (after the schedule, the rules, a patient's facts or a hold
	 * changed), keeping each entry's source and copy.
	 */
	public static List<RetentionOutcome> recompute(Trust trust, java.util.Date now) {
		List<RetentionOutcome> outcomes = compute(trust, facts(trust));
		Map<String, RetentionOutcome> byStudy = new HashMap<>();
		outcomes.forEach(o -> byStudy.put(o.study().studyInstanceUid(), o));
		for (StudyRetention r : trust.getStudyRetentions()) {
			RetentionOutcome o = byStudy.get(r.getStudyInstanceUid());
			if (o != null) {
				r.getClassCodes().clear();
				r.getClassCodes().addAll(o.classCodes());
				r.setDestructionDue(Dates.date(o.destructionDue()));
				r.setReasoning(o.reasoning());
				r.setComputedAt(now);
			}
		}
		return outcomes;
	}

	/** The stored register entries as facts again, to recompute after the schedule or the rules changed. */
	public static List<StudyFacts> facts(Trust trust) {
		List<StudyFacts> out = new ArrayList<>();
		for (StudyRetention r : trust.getStudyRetentions()) {
			Set<String> modalities = new TreeSet<>();
			if (r.getModality() != null) {
				modalities.addAll(List.of(r.getModality().split("\\\\")));
			}
			out.add(new StudyFacts(r.getStudyInstanceUid(), r.getPatientId(), Dates.day(r.getPatientBirthDate()),
					Dates.day(r.getStudyDate()), modalities, r.getDepartment(), r.getStudyDescription(), Set.of()));
		}
		return out;
	}

	static StudyFacts facts(DicomHeader h) {
		Set<String> modalities = new TreeSet<>();
		if (h.modality() != null) {
			modalities.add(h.modality());
		}
		return new StudyFacts(h.studyInstanceUid(), h.patientId(), h.patientBirthDate(), h.studyDate(), modalities,
				h.get(DEPARTMENT_GROUP, DEPARTMENT_ELEMENT), h.studyDescription(), Set.of());
	}

	/** Two files of one study: modalities add up, the first value found of everything else stays. */
	private static StudyFacts merge(StudyFacts a, StudyFacts b) {
		Set<String> modalities = new TreeSet<>(a.modalities());
		modalities.addAll(b.modalities());
		return new StudyFacts(a.studyInstanceUid(), first(a.patientId(), b.patientId()),
				a.birthDate() != null ? a.birthDate() : b.birthDate(),
				a.studyDate() != null ? a.studyDate() : b.studyDate(), modalities,
				first(a.department(), b.department()), first(a.description(), b.description()), a.flags());
	}

	private static String first(String a, String b) {
		return a != null ? a : b;
	}

	private static String key(String patientId) {
		return patientId == null ? "" : patientId;
	}

	private static LocalDate orMin(LocalDate d) {
		return d == null ? LocalDate.MIN : d;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
