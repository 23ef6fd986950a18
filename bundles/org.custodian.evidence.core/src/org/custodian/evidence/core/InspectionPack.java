package org.custodian.evidence.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.report.PdfReport;

/**
 * The inspection pack: one PDF with the start page's table (every requirement, its status and why) and then,
 * requirement by requirement, the status, every reason and the evidence tables the status was computed from.
 */
public final class InspectionPack {
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private InspectionPack() {
	}

	/** Writes the pack; returns the number of pages. */
	public static int write(List<Assessment> assessments, String trust, Instant now, ZoneId zone, Path file)
			throws IOException {
		ZonedDateTime made = now.atZone(zone);
		try (PdfReport pdf = new PdfReport("Inspection pack", (trust == null ? "" : trust + ". ")
				+ "Evidence for each requirement as held by the console on " + DAY.format(made) + ".", made)) {
			pdf.heading("Summary");
			pdf.paragraph(counts(assessments));
			List<List<String>> rows = new ArrayList<>();
			for (Assessment a : assessments) {
				rows.add(List.of(a.requirement().id(), a.requirement().title(), a.rag().label(),
						String.join(", ", a.requirement().dspt()), a.reasons().isEmpty() ? "" : a.reasons().get(0)));
			}
			pdf.table(List.of("ID", "Requirement", "Status", "DSPT", "Main finding"), rows);
			pdf.heading("DSPT contributing outcomes");
			pdf.paragraph("Each outcome of the CAF-aligned Data Security and Protection Toolkit the console holds evidence"
					+ " for, rated from the requirements above: a red requirement makes it Not achieved, amber Partially"
					+ " achieved, all green Achieved.");
			List<List<String>> outcomes = new ArrayList<>();
			for (DsptRatings.OutcomeRating r : DsptRatings.rate(assessments)) {
				outcomes.add(List.of(r.outcome().id(), r.outcome().title(), r.rating().label(), r.because()));
			}
			pdf.table(List.of("Outcome", "Title", "Rating", "From"), outcomes);
			for (Assessment a : assessments) {
				pdf.heading(a.requirement().id() + "  " + a.requirement().title());
				Map<String, String> kv = new LinkedHashMap<>();
				kv.put("Question", a.requirement().question());
				kv.put("Status", a.rag().label());
				kv.put("Evidence held in", a.requirement().area().label());
				kv.put("DSPT outcomes", a.requirement().dsptLabels());
				pdf.keyValues(kv);
				for (String reason : a.reasons()) {
					pdf.paragraph("- " + reason);
				}
				for (EvidenceTable t : a.evidence()) {
					pdf.paragraph(t.title() + ":");
					pdf.table(t.columns(), t.rows());
				}
			}
			pdf.save(file);
			return pdf.pageCount();
		}
	}

	/** "3 red, 5 amber, 12 green, 5 not assessed." */
	public static String counts(List<Assessment> assessments) {
		StringBuilder sb = new StringBuilder();
		for (Rag rag : Rag.values()) {
			long n = assessments.stream().filter(a -> a.rag() == rag).count();
			sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(rag.label().toLowerCase());
		}
		return sb.append('.').toString();
	}
}
