package org.custodian.supplier.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.custodian.model.DestructionRecord;
import org.custodian.model.LegalHold;
import org.custodian.model.ModelFactory;
import org.custodian.model.StudyRetention;
import org.custodian.model.Trust;

/**
 * The records side of R4 on the trust's registers: what is due for review, legal holds, the destruction register,
 * and the check that nothing under a hold or not yet due is marked destroyed.
 */
public final class RecordsRegister {

	/** A study due for review, with its computed date and reasoning. */
	public record Due(StudyRetention study, LocalDate due) {
	}

	/** A destruction that should not have happened, or is missing what the register needs. */
	public record Problem(DestructionRecord record, String problem) {
	}

	private RecordsRegister() {
	}

	/**
	 * Studies whose earliest destruction date is on or before {@code at}, not under a legal hold and not destroyed,
	 * oldest first.
	 */
	public static List<Due> dueForReview(Trust trust, LocalDate at) {
		Set<String> destroyed = destroyedStudies(trust);
		List<Due> out = new ArrayList<>();
		for (StudyRetention r : trust.getStudyRetentions()) {
			LocalDate due = Dates.day(r.getDestructionDue());
			if (due != null && !due.isAfter(at) && !destroyed.contains(r.getStudyInstanceUid())
					&& RetentionCalculator.activeHold(r.getPatientId(), trust.getLegalHolds()) == null) {
				out.add(new Due(r, due));
			}
		}
		out.sort(Comparator.comparing(Due::due).thenComparing(d -> String.valueOf(d.study().getPatientId())));
		return out;
	}

	/** Places a legal hold on every record of a patient. */
	public static LegalHold placeHold(Trust trust, String reference, String patientId, String reason, LocalDate on) {
		require(reference, "a legal hold needs a reference");
		require(patientId, "a legal hold needs the patient it applies to");
		require(reason, "a legal hold needs a reason");
		LegalHold h = ModelFactory.eINSTANCE.createLegalHold();
		h.setReference(reference.trim());
		h.setPatientId(patientId.trim());
		h.setReason(reason.trim());
		h.setPlacedAt(Dates.date(on));
		trust.getLegalHolds().add(h);
		return h;
	}

	public static void releaseHold(LegalHold hold, LocalDate on) {
		if (hold.getReleasedAt() != null) {
			throw new IllegalArgumentException("legal hold " + hold.getReference() + " was already released on "
					+ Dates.day(hold.getReleasedAt()));
		}
		hold.setReleasedAt(Dates.date(on));
	}

	/**
	 * Records a destruction in the register after checking it: refused (with the reason) when the study is under a
	 * legal hold, not yet due, of unknown retention, or already destroyed, or when what, who, method or certificate
	 * is missing.
	 */
	public static DestructionRecord recordDestruction(Trust trust, String studyInstanceUid, String description,
			LocalDate on, String by, String method, String certificateReference) {
		require(studyInstanceUid, "a destruction needs the study destroyed");
		require(by, "a destruction needs who destroyed or authorised it");
		require(method, "a destruction needs the method (e.g. secure erasure, shredding)");
		require(certificateReference, "a destruction needs the certificate reference");
		Objects.requireNonNull(on, "on");
		if (destroyedStudies(trust).contains(studyInstanceUid)) {
			throw new IllegalArgumentException("study " + studyInstanceUid + " is already in the destruction register");
		}
		StudyRetention r = retention(trust, studyInstanceUid);
		if (r == null) {
			throw new IllegalArgumentException("study " + studyInstanceUid
					+ " has no computed retention: scan it before recording its destruction");
		}
		DestructionRecord d = ModelFactory.eINSTANCE.createDestructionRecord();
		d.setStudyInstanceUid(studyInstanceUid);
		d.setPatientId(r.getPatientId());
		d.setDescription(description);
		d.setDestroyedAt(Dates.date(on));
		d.setDestroyedByName(by.trim());
		d.setMethod(method.trim());
		d.setCertificateReference(certificateReference.trim());
		String problem = problem(trust, d);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		trust.getDestructionRecords().add(d);
		return d;
	}

	/** Every destruction in the register that happened under a hold, before it was due, or without evidence. */
	public static List<Problem> check(Trust trust) {
		List<Problem> out = new ArrayList<>();
		for (DestructionRecord d : trust.getDestructionRecords()) {
			String p = problem(trust, d);
			if (p != null) {
				out.add(new Problem(d, p));
			}
		}
		return out;
	}

	private static String problem(Trust trust, DestructionRecord d) {
		LocalDate on = Dates.day(d.getDestroyedAt());
		String what = "study " + d.getStudyInstanceUid();
		if (on == null) {
			return what + " is marked destroyed without a date";
		}
		StudyRetention r = retention(trust, d.getStudyInstanceUid());
		String patient = d.getPatientId() != null ? d.getPatientId() : r == null ? null : r.getPatientId();
		for (LegalHold h : trust.getLegalHolds()) {
			LocalDate placed = Dates.day(h.getPlacedAt());
			LocalDate released = Dates.day(h.getReleasedAt());
			if (patient != null && patient.equals(h.getPatientId()) && placed != null && !on.isBefore(placed)
					&& (released == null || on.isBefore(released))) {
				return what + " was destroyed on " + on + " while legal hold " + h.getReference() + " (placed "
						+ placed + (released == null ? "" : ", released " + released) + ") applied to patient "
						+ patient;
			}
		}
		if (r == null) {
			return what + " is marked destroyed on " + on + " but has no computed retention";
		}
		LocalDate due = Dates.day(r.getDestructionDue());
		if (due == null) {
			return what + " was destroyed on " + on + " but its retention has no date: it was to be kept until reviewed ("
					+ r.getReasoning() + ")";
		}
		if (on.isBefore(due)) {
			return what + " was destroyed on " + on + ", before it was due on " + due + " (" + r.getReasoning() + ")";
		}
		if (blank(d.getMethod()) || blank(d.getCertificateReference())
				|| (blank(d.getDestroyedByName()) && d.getDestroyedBy() == null)) {
			return what + " destroyed on " + on + " lacks the method, the person or the certificate reference";
		}
		return null;
	}

	/** The register entry of a study: the archive's copy first, else a backup copy's. */
	public static StudyRetention retention(Trust trust, String studyInstanceUid) {
		StudyRetention backup = null;
		for (StudyRetention r : trust.getStudyRetentions()) {
			if (studyInstanceUid.equals(r.getStudyInstanceUid())) {
				if (!r.isBackupCopy()) {
					return r;
				}
				backup = r;
			}
		}
		return backup;
	}

	static Set<String> destroyedStudies(Trust trust) {
		Set<String> out = new HashSet<>();
		trust.getDestructionRecords().forEach(d -> out.add(d.getStudyInstanceUid()));
		return out;
	}

	/** Counts per class code over the register, for the summary line. */
	public static Map<String, Integer> classCounts(Trust trust) {
		Map<String, Integer> out = new HashMap<>();
		trust.getStudyRetentions().forEach(r -> r.getClassCodes().forEach(c -> out.merge(c, 1, Integer::sum)));
		return out;
	}

	private static void require(String value, String message) {
		if (blank(value)) {
			throw new IllegalArgumentException(message);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
