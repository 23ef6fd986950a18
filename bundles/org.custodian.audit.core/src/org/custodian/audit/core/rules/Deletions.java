package org.custodian.audit.core.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custodian.model.DestructionRecord;
import org.custodian.model.LegalHold;
import org.custodian.model.StudyRetention;
import org.custodian.model.Trust;
import org.custodian.store.AccessEvent;
import org.custodian.store.IdentifierPolicy;

/**
 * Deletions in the audit trail against the destruction register (R4). A deletion is a DICOM Study Deleted event
 * (110105), or any event with the delete action (D) on a study, such as a FHIR delete. Each is wrong when the
 * register has no entry for its study, when it came before the study's earliest destruction date, or when the
 * patient was under a legal hold at the time. A deletion that names no study cannot be compared: {@link #check}
 * says so rather than guessing.
 */
public final class Deletions {

	/** What is wrong with one deletion; empty {@code problems} when nothing is. */
	public record Finding(AccessEvent event, List<String> problems) {
	}

	private final Map<String, DestructionRecord> register = new HashMap<>();
	private final Map<String, LocalDate> due = new HashMap<>();
	private final Map<String, List<LegalHold>> holds = new HashMap<>();

	public Deletions(Trust trust) {
		if (trust == null) {
			return;
		}
		for (DestructionRecord d : trust.getDestructionRecords()) {
			if (d.getStudyInstanceUid() != null) {
				register.putIfAbsent(d.getStudyInstanceUid().strip(), d);
			}
		}
		for (StudyRetention r : trust.getStudyRetentions()) {
			if (r.getStudyInstanceUid() != null && r.getDestructionDue() != null) {
				LocalDate day = LocalDate.ofInstant(r.getDestructionDue().toInstant(), ZoneOffset.UTC);
				due.merge(r.getStudyInstanceUid().strip(), day, (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		for (LegalHold h : trust.getLegalHolds()) {
			if (h.getPatientId() != null) {
				holds.computeIfAbsent(key(h.getPatientId()), k -> new ArrayList<>()).add(h);
			}
		}
	}

	/** Whether the event deleted something: a Study Deleted event, or a delete on a study. */
	public static boolean isDeletion(AccessEvent e) {
		return e.outcome() == 0 && ("110105".equals(e.eventCode()) || "D".equals(e.action()) && e.studyUid() != null
				&& !"110110".equals(e.eventCode()));
	}

	/**
	 * What is wrong with a deletion; the deletion's day is compared in UTC, as the register stores its days.
	 *
	 * @param patientKeys the keys of every identifier of the event's patient (the trail's CX and the register's bare
	 *                    number meet in {@link IdentifierPolicy#key})
	 */
	public Finding check(AccessEvent e, List<String> patientKeys) {
		List<String> problems = new ArrayList<>();
		if (e.studyUid() == null) {
			problems.add("names no study, so it cannot be compared with the destruction register");
			return new Finding(e, problems);
		}
		String study = e.studyUid().strip();
		LocalDate day = LocalDate.ofInstant(e.time(), ZoneOffset.UTC);
		if (!register.containsKey(study)) {
			problems.add("the destruction register has no entry for study " + study);
		}
		LocalDate earliest = due.get(study);
		if (earliest != null && day.isBefore(earliest)) {
			problems.add("it came before the study's earliest destruction date, " + earliest);
		}
		List<String> keys = new ArrayList<>(patientKeys);
		if (e.patientId() != null) {
			keys.add(key(e.patientId()));
		}
		for (String k : keys) {
			for (LegalHold h : holds.getOrDefault(k, List.of())) {
				if (heldAt(h, e.time())) {
					problems.add("the patient was under legal hold " + h.getReference()
							+ (h.getReason() == null ? "" : " (" + h.getReason() + ")"));
					return new Finding(e, problems);
				}
			}
		}
		return new Finding(e, problems);
	}

	private static boolean heldAt(LegalHold h, Instant t) {
		return (h.getPlacedAt() == null || !h.getPlacedAt().toInstant().isAfter(t))
				&& (h.getReleasedAt() == null || h.getReleasedAt().toInstant().isAfter(t));
	}

	private static String key(String patientId) {
		String k = IdentifierPolicy.DEFAULT.key(patientId);
		return k != null ? k : patientId.strip();
	}
}
