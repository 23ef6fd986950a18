package org.custodian.audit.core.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.custodian.store.AccessEventStore;
import org.custodian.store.CareRelationship;
import org.custodian.store.FlaggedPatient;
import org.custodian.store.NewAlert;
import org.custodian.store.PatientRegistry;
import org.custodian.store.ReferenceStore;
import org.custodian.store.StoredEvent;

/** What every rule reads: the settings, the directory, the reference feeds and the event history. */
public final class RuleContext {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

	private final RuleSettings settings;
	private final Directory directory;
	private final ReferenceStore references;
	private final AccessEventStore events;
	private final Map<String, FlaggedPatient> flags;
	private final PatientFacts patients;
	private final SurnameMatch surnames = new SurnameMatch();
	private final CareLookup care;

	public RuleContext(RuleSettings settings, Directory directory, ReferenceStore references, AccessEventStore events) {
		this(settings, directory, references, events, null);
	}

	/** @param patients the demographics and crosswalk the person rules compare with; null when there are none */
	public RuleContext(RuleSettings settings, Directory directory, ReferenceStore references, AccessEventStore events,
			PatientRegistry patients) {
		this(settings, directory, new CareLookup(references, Locations.none()), references, events, patients);
	}

	/** @param care the feeds' care and the trust's location list */
	public RuleContext(RuleSettings settings, Directory directory, CareLookup care, ReferenceStore references,
			AccessEventStore events, PatientRegistry patients) {
		this.care = care;
		this.patients = new PatientFacts(patients);
		this.settings = settings;
		this.directory = directory;
		this.references = references;
		this.events = events;
		this.flags = references.flags().stream()
				.collect(Collectors.toMap(FlaggedPatient::patientId, f -> f, (a, b) -> a, HashMap::new));
	}

	private LocalDate firstDay;
	private boolean firstDayRead;

	/** The day of the trail's oldest event, in the settings' zone (null for an empty trail); read once per run. */
	public LocalDate firstDay() {
		if (!firstDayRead) {
			firstDayRead = true;
			List<org.custodian.store.StoredEvent> oldest = events.pageAfter(org.custodian.store.EventFilter.ALL,
					org.custodian.store.EventOrder.OLDEST_FIRST, null, 0, 1);
			firstDay = oldest.isEmpty() ? null : oldest.get(0).event().time().atZone(settings.zone()).toLocalDate();
		}
		return firstDay;
	}

	public RuleSettings settings() {
		return settings;
	}

	public Directory directory() {
		return directory;
	}

	public AccessEventStore events() {
		return events;
	}

	public FlaggedPatient flag(String patientId) {
		return patientId == null ? null : flags.get(patientId);
	}

	/** The flag of the event's patient under any of the patient's identifiers (flags are held by key). */
	public FlaggedPatient flag(StoredEvent e) {
		for (String key : patients.keys(e)) {
			FlaggedPatient f = flags.get(key);
			if (f != null) {
				return f;
			}
		}
		return null;
	}

	/** The care relationships of a patient (cached for the run: rules ask for the same patients often). */
	public List<CareRelationship> care(String patientId) {
		return care.of(patientId).lines();
	}

	/** The care relationships of the event's patient, under any of the patient's identifiers. */
	public List<CareRelationship> care(StoredEvent e) {
		String key = e.patientKey() != null ? e.patientKey() : e.event().patientId();
		return key == null ? List.of() : care(key);
	}

	/** The demographics feed's details of the event's patient, if the feed knows them. */
	public java.util.Optional<org.custodian.store.PatientDemographics> patient(StoredEvent e) {
		return patients.demographics(e);
	}

	/** The one surname matcher of the rules. */
	public SurnameMatch surnames() {
		return surnames;
	}

	/** The share of the trust's patients who have this family name (see {@link RuleSettings#commonSurnameShare}). */
	public double surnameShare(String familyName) {
		return patients.surnameShare(familyName);
	}

	/** Every key of the event's patient: its own and those the crosswalk links. */
	public java.util.Set<String> keys(StoredEvent e) {
		return patients.keys(e);
	}

	/** The NHS number of the event's patient (from the trail or the crosswalk), or null. */
	public String nhsNumber(StoredEvent e) {
		return patients.nhsNumber(e);
	}

	/**
	 * What explains every look of the event's user at the event's patient on the event's day (the first
	 * explanation, in words), or null when one of them is still unexplained: a per-patient-day alert stands while
	 * any look of that day does.
	 */
	public String dayExplained(StoredEvent e) {
		if (e.event().userId() == null || e.event().patientId() == null) {
			return null;
		}
		java.time.LocalDate day = e.event().time().atZone(settings.zone()).toLocalDate();
		String first = null;
		for (StoredEvent other : events.page(new org.custodian.store.EventFilter(e.event().patientId(), e.event().userId(),
				day.atStartOfDay(settings.zone()).toInstant(), day.plusDays(1).atStartOfDay(settings.zone()).toInstant()),
				0, 1_000)) {
			if (!PatientAccess.is(other.event())) {
				continue;
			}
			java.util.Optional<String> why = explanation(other);
			if (why.isEmpty()) {
				return null;
			}
			first = first == null ? why.get() : first;
		}
		return first;
	}

	/** The explanation of the access in the RIS feed, or empty. */
	public java.util.Optional<String> explanation(StoredEvent e) {
		return care.explain(e, directory);
	}

	/** True outside the trust's working hours (and on days that are not working days). */
	public boolean outOfHours(Instant time) {
		ZonedDateTime local = time.atZone(settings.zone());
		LocalTime t = local.toLocalTime();
		return settings.dayOff(local.toLocalDate()) || t.isBefore(settings.workStart()) || !t.isBefore(settings.workEnd());
	}

	/**
	 * The out-of-hours period a time falls in, named by the working day it follows: 02:00 on Tuesday belongs to
	 * Monday evening's period. Weekend times belong to the last working evening before them.
	 */
	public LocalDate offPeriod(Instant time) {
		ZonedDateTime local = time.atZone(settings.zone());
		LocalDate day = local.toLocalDate();
		if (local.toLocalTime().isBefore(settings.workStart()) || settings.dayOff(day)) {
			day = day.minusDays(1);
			for (int i = 0; i < 14 && settings.dayOff(day); i++) {
				day = day.minusDays(1);
			}
		}
		return day;
	}

	/** Start and end of the out-of-hours period named by {@link #offPeriod}. */
	public Instant[] offPeriodBounds(LocalDate period) {
		Instant start = period.atTime(settings.workEnd()).atZone(settings.zone()).toInstant();
		LocalDate next = period.plusDays(1);
		for (int i = 0; i < 14 && settings.dayOff(next); i++) {
			next = next.plusDays(1);
		}
		Instant end = next.atTime(settings.workStart()).atZone(settings.zone()).toInstant();
		return new Instant[] { start, end };
	}

	public String when(Instant time) {
		return time.atZone(settings.zone()).format(WHEN);
	}

	/**
	 * One alert for the user's accesses to one patient under one rule on one day: the first raises it, the
	 * rest are in the patient's timeline. (Forty studies of one patient viewed in one night are one alert.)
	 */
	public NewAlert alertPerPatientDay(DetectionRule rule, Severity severity, StoredEvent e, String reason) {
		String day = e.event().time().atZone(settings.zone()).toLocalDate().toString();
		String patient = e.patientKey() != null ? e.patientKey() : e.event().patientId();
		return new NewAlert(rule.id(), severity.name(), e.event().userId(), e.event().patientId(), e.event().time(),
				e.id(), reason, rule.id() + ":" + e.event().userId() + ":" + patient + ":" + day);
	}

	/** An alert about one event; the dedupe key is the rule and the event. */
	public NewAlert alert(DetectionRule rule, Severity severity, StoredEvent e, String reason) {
		return new NewAlert(rule.id(), severity.name(), e.event().userId(), e.event().patientId(), e.event().time(),
				e.id(), reason, rule.id() + ":" + e.id());
	}
}
