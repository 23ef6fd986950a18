package org.custodian.audit.core.feeds.hl7;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.custodian.store.PatientIdentifier;
import org.custodian.store.PatientMovement;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;

/**
 * Reads where an ADT message says the patient went, as HL7 v2.5.1 chapter 3 places it: A01 admits and A02
 * transfers to the PV1-3 location (its point of care, PL.1: the ward), A03 discharges from it. The time is the
 * visit's own (PV1-44 admission, PV1-45 discharge), else when the event occurred (EVN-6), else when it was
 * recorded (EVN-2). A message of those events without a location says nothing of where the patient is: it is
 * refused, naming PV1-3, rather than recorded as a stay nowhere.
 */
final class Movements {
	private Movements() {
	}

	/** The movement of an A01, A02 or A03; null for the other events. */
	static PatientMovement read(String trigger, List<Segment> segments, PatientIdentifier patient, ZoneId zone)
			throws HL7Exception {
		if (!trigger.equals(PatientMovement.ADMIT) && !trigger.equals(PatientMovement.TRANSFER)
				&& !trigger.equals(PatientMovement.DISCHARGE)) {
			return null;
		}
		Segment pv1 = segment(segments, "PV1");
		if (pv1 == null) {
			throw PatientSegments.error(ErrorCode.SEGMENT_SEQUENCE_ERROR, "PV1", 1,
					"is missing: an admission, transfer or discharge says where in PV1-3");
		}
		String location = Hl7Parsing.value(pv1, 3, 1);
		if (location == null) {
			throw PatientSegments.error(ErrorCode.REQUIRED_FIELD_MISSING, "PV1", 3,
					"holds no location (its point of care, the ward): ADT^" + trigger + " needs one");
		}
		Instant time = PatientSegments.time(pv1, trigger.equals(PatientMovement.DISCHARGE) ? 45 : 44, zone);
		Segment evn = segment(segments, "EVN");
		if (time == null || trigger.equals(PatientMovement.TRANSFER)) {
			// a transfer's PV1-44 is still the admission: the move itself is the event's time
			Instant occurred = evn == null ? null : PatientSegments.time(evn, 6, zone);
			Instant recorded = evn == null ? null : PatientSegments.time(evn, 2, zone);
			time = occurred != null ? occurred : recorded != null ? recorded : time;
		}
		if (time == null) {
			Segment msh = segment(segments, "MSH");
			time = msh == null ? null : PatientSegments.time(msh, 7, zone);
		}
		if (time == null) {
			throw PatientSegments.error(ErrorCode.REQUIRED_FIELD_MISSING, "EVN", 2,
					"holds no time, nor do PV1-44/45, EVN-6 or MSH-7: when the patient moved is unknown");
		}
		return new PatientMovement(patient.toCx(), location, time, trigger);
	}

	private static Segment segment(List<Segment> segments, String name) {
		for (Segment s : segments) {
			if (s.getName().equals(name)) {
				return s;
			}
		}
		return null;
	}
}
