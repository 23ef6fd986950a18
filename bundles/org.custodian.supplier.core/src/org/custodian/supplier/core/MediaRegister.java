package org.custodian.supplier.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.TransferDirection;
import org.custodian.model.Trust;

/**
 * The register of CDs and USB devices sent and received (RCR rules M1-M4, S4), and what each entry still lacks: a
 * problem with a medium (unreadable, lost, sent to the wrong person) is an incident and needs its reference (M4). An
 * export (DICOM audit event 110106) with no entry here is raised by the access perspective's rule
 * {@code unencrypted-export}, which reads this same register.
 */
public final class MediaRegister {

	/** What an entry lacks, with the rule it breaks. */
	public record Finding(MediaTransfer entry, String rule, String problem) {
	}

	private MediaRegister() {
	}

	/**
	 * Checks an entry before it is added or saved: a register entry needs its direction, date, patient, sender and
	 * receiver; an unencrypted medium needs its permitted reason (M2).
	 *
	 * @throws IllegalArgumentException naming what is missing
	 */
	public static void validate(MediaTransfer m) {
		List<String> missing = new ArrayList<>();
		if (m.getTransferDate() == null) {
			missing.add("the date");
		}
		if (blank(m.getPatientId())) {
			missing.add("the patient");
		}
		if (blank(m.getSender())) {
			missing.add("the sender");
		}
		if (blank(m.getReceiver())) {
			missing.add("the receiver");
		}
		if (!m.isEncrypted() && (m.getException() == null || m.getException() == MediaException.NONE)) {
			missing.add("the reason it is not encrypted (urgent clinical transfer, or handed to the patient)");
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("The media register entry needs " + String.join(", ", missing) + ".");
		}
	}

	/** Every entry's shortfalls against M1-M4. */
	public static List<Finding> check(Trust trust, LocalDate today) {
		List<Finding> out = new ArrayList<>();
		for (MediaTransfer m : trust.getMediaTransfers()) {
			String who = (m.getDirection() == TransferDirection.RECEIVED ? "received " : "sent ")
					+ Dates.day(m.getTransferDate()) + " for patient " + m.getPatientId();
			if (!m.isEncrypted() && (m.getException() == null || m.getException() == MediaException.NONE)) {
				out.add(new Finding(m, "M1", "Medium " + who + " is not encrypted and no permitted exception is recorded."));
			}
			if (m.isEncrypted() && blank(m.getPasswordChannel())) {
				out.add(new Finding(m, "M1", "Medium " + who + " is encrypted but the register does not say how the "
						+ "password travelled separately."));
			}
			if (m.getDirection() == TransferDirection.RECEIVED && !m.isImportedToPacs()) {
				LocalDate on = Dates.day(m.getTransferDate());
				if (on != null && on.plusDays(7).isBefore(today)) {
					out.add(new Finding(m, "M3", "Medium " + who + " has not been imported to PACS after a week."));
				}
			}
			if (blank(m.getSender()) || blank(m.getReceiver())) {
				out.add(new Finding(m, "M3", "Medium " + who + " is not tracked by both sender and receiver."));
			}
			if (!blank(m.getProblem()) && blank(m.getIncidentReference())) {
				out.add(new Finding(m, "M4", "Medium " + who + " had a problem (" + m.getProblem().strip()
						+ ") and no incident reference (Datix or the trust's own) is recorded."));
			}
		}
		return out;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
