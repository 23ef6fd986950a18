package org.custodian.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custodian.model.Account;
import org.custodian.model.Workstation;
import org.custodian.store.AccessEvent;
import org.custodian.store.CareRelationship;

/**
 * An endless, deterministic stream of ordinary PACS traffic for the demo: mostly image viewing in working
 * hours from radiology workstations, with queries, log-ins (a few failed), some exports and a little
 * out-of-hours work, over the 90 days before the demo's "today".
 */
final class DemoAccessEvents {
	private static final int PATIENTS = 5_000;
	private static final long SPAN_SECONDS = 90L * 24 * 3600;
	private static final String STUDY_ROOT = "1.2.826.0.1.3680043.10.1001.";
	private static final String[] PATIENT_GIVEN = { "JOHN", "MARY", "DAVID", "SARAH", "JAMES", "EMMA", "PAUL",
			"LAURA", "AHMED", "ZARA", "PETER", "HELEN" };
	private static final String[] PATIENT_FAMILY = { "ABBOTT", "BAKER", "CARTER", "DIXON", "ELLIS", "FOSTER",
			"GRAY", "HOLMES", "IQBAL", "JAMES", "KELLY", "LAWSON", "MORGAN", "NASH", "OWEN", "PEARCE" };

	private final Random random = new Random(1110104L);
	private final List<Account> accounts = new ArrayList<>();
	private final List<Workstation> workstations;
	private final Instant end = DemoTrust.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
	private int emitted;
	private CareRelationship care;

	DemoAccessEvents(DemoTrust demo) {
		for (Account a : demo.trust().getAccounts()) {
			if (a.getOwner() != null || a.isShared()) {
				accounts.add(a);
			}
		}
		this.workstations = demo.trust().getWorkstations();
	}

	/** The care relationship that explains the event {@link #next} returned last, or null. */
	CareRelationship care() {
		return care;
	}

	AccessEvent next() {
		// Spread events evenly over the span, then jitter; 85% fall in working hours.
		long base = end.getEpochSecond() - SPAN_SECONDS + (SPAN_SECONDS * emitted++ / DemoSeeder.EVENTS);
		long day = base - Math.floorMod(base, 86_400);
		int hour = random.nextInt(100) < 85 ? 8 + random.nextInt(10) : random.nextInt(24);
		Instant time = Instant.ofEpochSecond(day + hour * 3600L + random.nextInt(3600));

		Account account = accounts.get(random.nextInt(accounts.size()));
		// leavers' accounts are rarely used after they left (the few that are, the rules find)
		while (account.getOwner() != null && account.getOwner().getEndDate() != null
				&& account.getOwner().getEndDate().toInstant().isBefore(time) && random.nextInt(200) != 0) {
			account = accounts.get(random.nextInt(accounts.size()));
		}
		String user = account.getUsername();
		String userName = account.getOwner() == null ? null
				: account.getOwner().getGivenName() + " " + account.getOwner().getFamilyName();
		// people work at their own workstation; one look in fifty is from somewhere else
		int seat = random.nextInt(50) == 0 ? random.nextInt(workstations.size())
				: Math.floorMod(user.hashCode(), workstations.size());
		String host = workstations.get(seat).getAddress();
		int patient = random.nextInt(PATIENTS);
		String patientId = String.format("EL%06d", patient);
		String patientName = PATIENT_FAMILY[patient % PATIENT_FAMILY.length] + "^"
				+ PATIENT_GIVEN[(patient / PATIENT_FAMILY.length) % PATIENT_GIVEN.length];
		String study = STUDY_ROOT + patient + "." + (1 + random.nextInt(4));

		int kind = random.nextInt(100);
		// the RIS/worklist explains nearly every look at a patient: the user reported the study; one in 400
		// looks has no reason on record, which the access rules find
		care = random.nextInt(400) == 0 ? null
				: new CareRelationship(patientId, "ACC" + patient + "-" + study.substring(study.lastIndexOf('.') + 1),
						null, user, null, null, null, LocalDate.ofInstant(time, ZoneOffset.UTC));
		if (kind < 75) {
			return new AccessEvent(time, "110104", "R", 0, null, user, userName, host, patientId, patientName, study,
					"PACS_MAIN", "viewed " + (1 + random.nextInt(400)) + " instances");
		}
		if (kind < 85) {
			return new AccessEvent(time, "110112", "E", 0, null, user, userName, host, patientId, null, null,
					"PACS_MAIN", "study-level query by patient ID");
		}
		if (kind < 93) {
			int outcome = random.nextInt(25) == 0 ? 4 : 0;
			return new AccessEvent(time, "110114", "E", outcome, "110122", user, userName, host, null, null, null,
					"PACS_MAIN", outcome == 0 ? "login" : "login failed: wrong password");
		}
		if (kind < 98) {
			return new AccessEvent(time, "110103", "R", 0, null, user, userName, host, patientId, patientName, study,
					"PACS_MAIN", "report read");
		}
		if (kind < 99 && random.nextInt(50) == 0) {
			return new AccessEvent(time, "110106", "R", 0, null, user, userName, host, patientId, patientName, study,
					"PACS_MAIN", "exported to CD");
		}
		return new AccessEvent(time, "110110", "R", 0, null, user, userName, host, patientId, patientName, null,
				"PACS_MAIN", "patient record opened");
	}
}
