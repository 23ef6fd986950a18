package org.custodian.supplier.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelFactory;
import org.custodian.model.TransferDirection;
import org.custodian.model.Trust;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;

/**
 * The removable-media register as the media office keeps it, from CSV: direction (sent or received),
 * transfer_date, patient_id, study_instance_uids (separated by ';' or '\'), encrypted (yes/no), sender,
 * recipient, and optionally exception (urgent_clinical_transfer, handed_to_patient), password_channel, problem
 * (what went wrong, if anything) and incident_reference. Each entry is validated as one typed in a form would be; a bad row names its line and
 * column and is skipped, the good ones are added (not saved: the caller saves the trust).
 */
public final class MediaImport {
	public static final List<String> REQUIRED = List.of("direction", "transfer_date", "patient_id");

	private MediaImport() {
	}

	/** Adds the file's entries to the trust's register; returns the rows refused. */
	public static List<RecordException> read(Trust trust, Path csv, int[] added) throws IOException {
		List<RecordException> problems = new ArrayList<>();
		try (CsvTable table = CsvTable.open(csv, REQUIRED)) {
			for (CsvRow row : table) {
				try {
					MediaTransfer m = ModelFactory.eINSTANCE.createMediaTransfer();
					m.setId("media-" + UUID.randomUUID());
					String direction = row.required("direction").toUpperCase(Locale.ROOT);
					m.setDirection(direction.startsWith("REC") || direction.equals("IN") ? TransferDirection.RECEIVED
							: TransferDirection.SENT);
					m.setTransferDate(Dates.date(row.requiredDate("transfer_date")));
					m.setPatientId(row.required("patient_id"));
					String uids = row.get("study_instance_uids");
					if (uids != null) {
						for (String uid : uids.split("[;\\\\]")) {
							if (!uid.isBlank()) {
								m.getStudyInstanceUids().add(uid.strip());
							}
						}
					}
					m.setEncrypted(row.bool("encrypted", false));
					m.setSender(row.get("sender"));
					m.setReceiver(row.get("recipient") != null ? row.get("recipient") : row.get("receiver"));
					m.setException(row.choice("exception", MediaException.class, MediaException.NONE));
					m.setPasswordChannel(row.get("password_channel"));
					m.setIncidentReference(row.get("incident_reference"));
					m.setProblem(row.get("problem"));
					try {
						MediaRegister.validate(m);
					} catch (IllegalArgumentException e) {
						String column = e.getMessage().contains("sender") ? "sender"
								: e.getMessage().contains("receiver") ? "recipient" : "encrypted";
						throw row.error(column, e.getMessage());
					}
					trust.getMediaTransfers().add(m);
					added[0]++;
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		return problems;
	}
}
