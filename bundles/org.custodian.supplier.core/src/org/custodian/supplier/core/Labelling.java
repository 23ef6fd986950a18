package org.custodian.supplier.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;
import org.custodian.model.LabelCheck;
import org.custodian.model.LabelGap;
import org.custodian.model.ModelFactory;
import org.custodian.model.Trust;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * S2: every image is labelled with the patient's identification, the date and time, and the provider. The check
 * reads the headers of a folder (of the archive, of a backup, or studies retrieved from a node into one) and names
 * each study some of whose objects lack Patient ID (0010,0020), Patient's Name (0010,0010), Study Date (0008,0020),
 * Study Time (0008,0030) or Institution Name (0008,0080). A file that is not DICOM is skipped; one that cannot be
 * read is listed with its reason and the others still count.
 */
public final class Labelling {
	public static final String PATIENT_ID = "patient ID";
	public static final String PATIENT_NAME = "patient name";
	public static final String STUDY_DATE = "study date";
	public static final String STUDY_TIME = "study time";
	public static final String INSTITUTION = "institution";
	public static final String STUDY_UID = "study instance UID";
	/** The trust keeps this many checks; the start page reads the newest. */
	static final int KEPT = 20;

	/** The check, as recorded, and the files that could not be read. */
	public record Report(LabelCheck check, List<RetentionScan.Unreadable> unreadable) {
	}

	private Labelling() {
	}

	/** The labels an object lacks, in the order of the constants above; empty when it carries all five. */
	public static List<String> missing(DicomHeader h) {
		List<String> out = new ArrayList<>();
		if (blank(h.patientId())) {
			out.add(PATIENT_ID);
		}
		if (blank(h.patientName())) {
			out.add(PATIENT_NAME);
		}
		if (h.studyDate() == null) {
			out.add(STUDY_DATE);
		}
		if (blank(h.studyTime())) {
			out.add(STUDY_TIME);
		}
		if (blank(h.institutionName())) {
			out.add(INSTITUTION);
		}
		return out;
	}

	/** Reads every DICOM file under {@code dir}; the check is not yet recorded (see {@link #record}). */
	public static Report check(Path dir, String source, DicomObjectReader reader, Instant at, IProgressMonitor monitor)
			throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Reading DICOM headers in " + dir, files.size());
		Map<String, Gap> gaps = new LinkedHashMap<>();
		Set<String> studies = new LinkedHashSet<>();
		List<RetentionScan.Unreadable> unreadable = new ArrayList<>();
		int objects = 0;
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
				objects++;
				// an object without its study cannot be placed in one: it is its own entry, named by its file
				String study = blank(h.studyInstanceUid()) ? "(no Study Instance UID: " + dir.relativize(f) + ")"
						: h.studyInstanceUid();
				studies.add(study);
				List<String> missing = missing(h);
				if (blank(h.studyInstanceUid())) {
					missing.add(0, STUDY_UID);
				}
				if (!missing.isEmpty()) {
					Gap g = gaps.computeIfAbsent(study, k -> new Gap(h.patientId()));
					g.missing.addAll(missing);
					g.objects++;
				}
			} catch (DicomReadException e) {
				unreadable.add(new RetentionScan.Unreadable(f, e.getMessage()));
			}
		}
		LabelCheck check = ModelFactory.eINSTANCE.createLabelCheck();
		check.setCheckedAt(Date.from(at));
		check.setSource(source);
		check.setObjects(objects);
		check.setStudies(studies.size());
		gaps.forEach((study, g) -> {
			LabelGap gap = ModelFactory.eINSTANCE.createLabelGap();
			gap.setStudyInstanceUid(study);
			gap.setPatientId(blank(g.patientId) ? null : g.patientId);
			gap.getMissing().addAll(g.missing);
			gap.setObjects(g.objects);
			check.getGaps().add(gap);
		});
		return new Report(check, unreadable);
	}

	/** Adds the check to the trust's, keeping the newest {@link #KEPT}. */
	public static void record(Trust trust, LabelCheck check) {
		trust.getLabelChecks().add(check);
		while (trust.getLabelChecks().size() > KEPT) {
			trust.getLabelChecks().remove(0);
		}
	}

	/** The newest check, or null. */
	public static LabelCheck latest(Trust trust) {
		LabelCheck best = null;
		for (LabelCheck c : trust.getLabelChecks()) {
			if (c.getCheckedAt() != null && (best == null || c.getCheckedAt().after(best.getCheckedAt()))) {
				best = c;
			}
		}
		return best;
	}

	/** Studies of the check lacking one label, per label ("patient name" to 3 studies). */
	public static Map<String, Integer> byLabel(LabelCheck check) {
		Map<String, Integer> out = new LinkedHashMap<>();
		for (String label : List.of(STUDY_UID, PATIENT_ID, PATIENT_NAME, STUDY_DATE, STUDY_TIME, INSTITUTION)) {
			int n = (int) check.getGaps().stream().filter(g -> g.getMissing().contains(label)).count();
			if (n > 0) {
				out.put(label, n);
			}
		}
		return out;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static final class Gap {
		final String patientId;
		final Set<String> missing = new LinkedHashSet<>();
		int objects;

		Gap(String patientId) {
			this.patientId = patientId;
		}
	}
}
