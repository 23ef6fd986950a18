package org.custodian.people.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.custodian.model.ChangeKind;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.StaffChange;
import org.custodian.model.Trust;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;

/**
 * Leavers and movers from the HR feed (G1): staff_number, change (leaver or mover), effective_date (a leaver's last
 * working day, a mover's first day in the new role), and optionally new_role, new_group, revocation_deadline,
 * smartcard_removed and position_removed. A leaver's end date is set from the feed; without a deadline in the feed
 * the trust's rule gives one (the last working day plus settings.revocationGraceDays). A mover gets the new role
 * and an access review of their accounts ({@link AccessReviews}). Keyed by person, change and date: a feed read
 * twice changes nothing more.
 */
public final class ChangeImport {
	public static final List<String> REQUIRED = List.of("staff_number", "change", "effective_date");

	private ChangeImport() {
	}

	public static ImportReport read(Trust trust, Path file, LocalDate today) throws IOException {
		Directory directory = new Directory(trust);
		int grace = PeopleData.settings(trust).getRevocationGraceDays();
		List<RecordException> problems = new ArrayList<>();
		int added = 0;
		int updated = 0;
		try (CsvTable table = CsvTable.open(file, REQUIRED)) {
			for (CsvRow row : table) {
				try {
					Staff s = directory.staff(row.required("staff_number"));
					if (s == null) {
						throw row.error("staff_number", "no member of staff has the number \"" + row.get("staff_number")
								+ "\" (load the staff directory first)");
					}
					ChangeKind kind = row.choice("change", ChangeKind.class, null);
					if (kind == null) {
						throw row.error("change", "is empty (leaver or mover)");
					}
					LocalDate effective = row.requiredDate("effective_date");
					LocalDate deadline = row.date("revocation_deadline");
					if (deadline != null && deadline.isBefore(effective) && kind == ChangeKind.LEAVER) {
						throw row.error("revocation_deadline", deadline + " is before the last working day " + effective);
					}
					LocalDate smartcard = row.date("smartcard_removed");
					LocalDate position = row.date("position_removed");
					String newRole = row.get("new_role");
					String newGroup = row.get("new_group");
					if (kind == ChangeKind.MOVER && newRole == null && newGroup == null) {
						throw row.error("new_role", "a mover needs a new role or a new group");
					}
					StaffChange c = find(trust, s, kind, effective);
					if (c == null) {
						c = ModelFactory.eINSTANCE.createStaffChange();
						c.setStaff(s);
						c.setKind(kind);
						c.setEffectiveDate(Days.date(effective));
						trust.getStaffChanges().add(c);
						added++;
					} else {
						updated++;
					}
					c.setNewRole(newRole);
					c.setRevocationDeadline(Days.date(deadline != null ? deadline : effective.plusDays(grace)));
					c.setSmartcardRemovedAt(Days.date(smartcard));
					c.setPositionRemovedAt(Days.date(position));
					if (kind == ChangeKind.LEAVER) {
						s.setEndDate(Days.date(effective));
					} else {
						if (newRole != null) {
							s.setRole(newRole);
						}
						if (newGroup != null) {
							s.setGroup(directory.groupOrNew(newGroup));
						}
						AccessReviews.openFor(trust, c, today);
					}
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		return new ImportReport(file.getFileName().toString(), added, updated, problems);
	}

	private static StaffChange find(Trust trust, Staff s, ChangeKind kind, LocalDate effective) {
		for (StaffChange c : trust.getStaffChanges()) {
			if (c.getStaff() == s && c.getKind() == kind && Objects.equals(Days.day(c.getEffectiveDate()), effective)) {
				return c;
			}
		}
		return null;
	}
}
