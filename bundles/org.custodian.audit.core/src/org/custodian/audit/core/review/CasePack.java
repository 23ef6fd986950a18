package org.custodian.audit.core.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.model.CaseNote;
import org.custodian.model.Investigation;
import org.custodian.report.PdfReport;
import org.custodian.store.Alert;
import org.custodian.store.Permission;
import org.custodian.store.Store;

/**
 * The guardian's case pack: one PDF with the case's facts, the rule hits that raised it, the timeline of the
 * evidence with the explanation found for each access, the notes in order, and the outcome with who closed the
 * case and when. Exporting it is written to the console trail (it carries patient-identifiable data).
 */
public final class CasePack {
	private final Store store;
	private final ZoneId zone;

	public CasePack(Store store, ZoneId zone) {
		store.require(Permission.VIEW_ACCESS);
		this.store = store;
		this.zone = zone;
	}

	public void write(Investigation c, Path pdf) throws IOException {
		Investigations cases = new Investigations(store);
		List<Alert> hits = cases.alerts(c.getReference());
		List<TimelineEntry> timeline = new Timelines(store).explain(store.events().byIds(c.getEvidenceEventIds()));
		store.trail().append(store.user(), "export case pack", c.getReference(), pdf.getFileName().toString());
		try (PdfReport report = new PdfReport("Case pack " + c.getReference(), c.getTitle(), ZonedDateTime.now(zone))) {
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("Reference", c.getReference());
			facts.put("Status", c.getStatus().getLiteral().toLowerCase());
			facts.put("Owner", c.getOwner());
			facts.put("Opened", when(c.getOpened()));
			facts.put("User investigated", c.getSubjectUserId());
			facts.put("Patient", c.getPatientId());
			facts.put("Breach reportable", c.getReportabilityDecidedAt() == null ? "not decided yet"
					: (c.isBreachReportable() ? "yes" : "no") + ", decided " + when(c.getReportabilityDecidedAt()));
			facts.put("Outcome", c.getOutcome().getLiteral().toLowerCase().replace('_', ' '));
			facts.put("Caldicott principle", c.getCaldicottPrinciple() == 0 ? "" : String.valueOf(c.getCaldicottPrinciple()));
			facts.put("Closed", c.getClosedAt() == null ? "open" : when(c.getClosedAt()) + " by " + c.getClosedBy());
			report.heading("The case").keyValues(facts);

			report.heading("Rule hits");
			List<List<String>> rows = new ArrayList<>();
			for (Alert a : hits) {
				rows.add(List.of(a.rule(), a.severity(), when(a.time()), a.reason()));
			}
			report.table(List.of("Rule", "Severity", "When", "Why it fired"), rows);

			report.heading("Timeline of the evidence");
			rows = new ArrayList<>();
			for (TimelineEntry t : timeline) {
				var e = t.event().event();
				rows.add(List.of(when(e.time()), t.who(), t.where(), (e.patientId() != null ? e.patientId() + ": " : "")
						+ t.what(), t.explanation()));
			}
			report.table(List.of("When", "Who", "Where", "What", "Explanation"), rows);

			report.heading("Notes and findings");
			rows = new ArrayList<>();
			for (CaseNote n : c.getNotes()) {
				rows.add(List.of(when(n.getWrittenAt()), n.getAuthor(), n.getText()));
			}
			report.table(List.of("When", "Who", "Note"), rows);
			report.save(pdf);
		}
	}

	private String when(Date date) {
		return date == null ? "" : when(date.toInstant());
	}

	private String when(Instant instant) {
		return instant == null ? "" : instant.atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' ');
	}
}
