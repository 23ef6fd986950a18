package org.custodian.audit.core.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.custodian.model.Account;
import org.custodian.model.ChangeKind;
import org.custodian.model.MediaTransfer;
import org.custodian.model.Staff;
import org.custodian.model.StaffChange;
import org.custodian.model.Trust;
import org.custodian.model.Workstation;

/**
 * Who is who, as the rules need it: the staff directory (kept by the people perspective), the accounts that
 * belong to each member of staff, leavers and movers, the workstation register and the removable-media
 * register. Built once per rule run from the trust's model; lookups are by the identifiers audit trails carry.
 */
public final class Directory {
	private final Map<String, Staff> byUser = new HashMap<>();
	private final Map<String, Account> accounts = new HashMap<>();
	private final Map<String, Staff> byNhsNumber = new HashMap<>();
	private final Map<Staff, LocalDate> moved = new HashMap<>();
	private final Map<String, Workstation> workstations = new HashMap<>();
	private final Map<String, List<MediaTransfer>> media = new HashMap<>();
	private final ZoneId zone;
	private final Receivers receivers;
	private final Deletions deletions;

	/** The trust's time zone, in which times are said. */
	public ZoneId zone() {
		return zone == null ? ZoneId.of("Europe/London") : zone;
	}

	public Directory(Trust trust, ZoneId zone) {
		this.zone = zone;
		this.receivers = new Receivers(trust);
		this.deletions = new Deletions(trust);
		if (trust == null) {
			return;
		}
		for (Staff s : trust.getStaff()) {
			if (s.getStaffNumber() != null) {
				byUser.put(key(s.getStaffNumber()), s);
			}
			if (s.getNhsNumber() != null) {
				byNhsNumber.put(s.getNhsNumber().replace(" ", ""), s);
			}
		}
		for (Account a : trust.getAccounts()) {
			if (a.getUsername() != null) {
				accounts.put(key(a.getUsername()), a);
				if (a.getOwner() != null) {
					byUser.put(key(a.getUsername()), a.getOwner());
				}
			}
		}
		for (StaffChange c : trust.getStaffChanges()) {
			if (c.getKind() == ChangeKind.MOVER && c.getStaff() != null && c.getEffectiveDate() != null) {
				moved.merge(c.getStaff(), date(c.getEffectiveDate()), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		for (Workstation w : trust.getWorkstations()) {
			if (w.getAddress() != null) {
				workstations.put(key(w.getAddress()), w);
			}
		}
		for (MediaTransfer m : trust.getMediaTransfers()) {
			if (m.getPatientId() != null) {
				// by key, as the trail's patients are: the register's bare number is the trail's CX
				String key = org.custodian.store.IdentifierPolicy.DEFAULT.key(m.getPatientId());
				media.computeIfAbsent(key != null ? key : m.getPatientId(), k -> new ArrayList<>()).add(m);
			}
		}
	}

	/** The trust's own systems and the receivers its agreements and contracts name, for transfers out. */
	public Receivers receivers() {
		return receivers;
	}

	/** The destruction register, earliest destruction dates and legal holds, for deletions in the trail. */
	public Deletions deletions() {
		return deletions;
	}

	/** The member of staff behind a user id of an audit trail (an account name or a staff number). */
	public Optional<Staff> staff(String userId) {
		return userId == null ? Optional.empty() : Optional.ofNullable(byUser.get(key(userId)));
	}

	/** The account record for a user id, when the account lists hold it. */
	public Optional<Account> account(String userId) {
		return userId == null ? Optional.empty() : Optional.ofNullable(accounts.get(key(userId)));
	}

	/** The member of staff whose NHS number is this patient id. */
	public Optional<Staff> staffPatient(String patientId) {
		return patientId == null ? Optional.empty()
				: Optional.ofNullable(byNhsNumber.get(patientId.replace(" ", "")));
	}

	/** The member of staff with the patient's family and given name and date of birth, if exactly one. */
	public Optional<Staff> staffByNameAndBirth(org.custodian.store.PatientDemographics p, SurnameMatch names) {
		Staff found = null;
		for (Staff s : byUser.values()) {
			if (PersonEvidence.samePerson(p, s, names)) {
				if (found != null && found != s) {
					return Optional.empty();
				}
				found = s;
			}
		}
		return Optional.ofNullable(found);
	}

	/** The date the member of staff last moved post, if they did. */
	public Optional<LocalDate> movedOn(Staff staff) {
		return Optional.ofNullable(moved.get(staff));
	}

	public Optional<Workstation> workstation(String host) {
		return host == null ? Optional.empty() : Optional.ofNullable(workstations.get(key(host)));
	}

	/** Register entries for media sent or received with this patient's images. */
	public List<MediaTransfer> media(String patientId) {
		return media.getOrDefault(patientId, List.of());
	}

	public LocalDate date(Date date) {
		return date == null ? null : LocalDate.ofInstant(date.toInstant(), zone);
	}

	/** "Alice Smith (Radiology)" or the user id when the directory does not know them. */
	public String describe(String userId) {
		if (userId == null || userId.isBlank()) {
			// a message with no participant names nobody: say so rather than "null"
			return UNNAMED_USER;
		}
		return staff(userId).map(s -> userId + " (" + name(s) + (s.getDepartment() != null ? ", " + s.getDepartment() : "")
				+ ")").orElse(userId);
	}

	/** How a user is described when the message names none. */
	public static final String UNNAMED_USER = "An unnamed user";

	public static String name(Staff s) {
		return ((s.getGivenName() != null ? s.getGivenName() + " " : "") + (s.getFamilyName() != null ? s.getFamilyName() : ""))
				.strip();
	}

	private static String key(String id) {
		return id.strip().toLowerCase(Locale.ROOT);
	}
}
