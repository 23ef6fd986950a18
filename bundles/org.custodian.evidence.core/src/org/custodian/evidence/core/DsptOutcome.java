package org.custodian.evidence.core;

import java.util.List;
import java.util.Optional;

/**
 * A contributing outcome of the Data Security and Protection Toolkit as NHS England has published it since
 * September 2024, aligned to the NCSC Cyber Assessment Framework (CAF): objectives A to D are the CAF's, objective E
 * (using and sharing information appropriately) is NHS England's own. Each outcome is rated Not achieved, Partially
 * achieved or Achieved. Only the outcomes the console holds evidence for are listed; docs/REQUIREMENTS.md cites
 * the sources.
 *
 * @param id        the outcome's identifier, as published (B6.b)
 * @param title     its title, as published
 * @param objective the objective it belongs to, A to E
 */
public record DsptOutcome(String id, String title, String objective) {

	public static final List<DsptOutcome> ALL = List.of(
			new DsptOutcome("A1.a", "Board direction", "A"),
			new DsptOutcome("A4.a", "Supply chain", "A"),
			new DsptOutcome("B1.b", "Policy and process implementation", "B"),
			new DsptOutcome("B2.a", "Identity verification, authentication and authorisation", "B"),
			new DsptOutcome("B2.d", "Identity and access management (IdAM)", "B"),
			new DsptOutcome("B3.a", "Understanding data", "B"),
			new DsptOutcome("B3.b", "Data in transit", "B"),
			new DsptOutcome("B3.c", "Stored data", "B"),
			new DsptOutcome("B3.d", "Mobile data", "B"),
			new DsptOutcome("B3.e", "Media / equipment sanitisation", "B"),
			new DsptOutcome("B4.d", "Vulnerability management", "B"),
			new DsptOutcome("B5.b", "Design for resilience", "B"),
			new DsptOutcome("B5.c", "Backups", "B"),
			new DsptOutcome("B6.a", "Culture", "B"),
			new DsptOutcome("B6.b", "Training", "B"),
			new DsptOutcome("C1.a", "Monitoring coverage", "C"),
			new DsptOutcome("C1.b", "Securing logs", "C"),
			new DsptOutcome("C1.c", "Generating alerts", "C"),
			new DsptOutcome("C1.d", "Identifying security incidents", "C"),
			new DsptOutcome("C2.a", "System abnormalities for attack detection", "C"),
			new DsptOutcome("D1.a", "Response plan", "D"),
			new DsptOutcome("D1.c", "Testing and exercising", "D"),
			new DsptOutcome("D2.a", "Incident root cause analysis", "D"),
			new DsptOutcome("E3.a", "Using and sharing information for direct care", "E"),
			new DsptOutcome("E4.a", "Managing records", "E"));

	/** The objectives' titles, as NHS England names them. */
	public static String objective(String letter) {
		return switch (letter) {
		case "A" -> "Managing risk";
		case "B" -> "Protecting against cyber attacks and data breaches";
		case "C" -> "Detecting cyber security events";
		case "D" -> "Minimising the impact of incidents";
		case "E" -> "Using and sharing information appropriately";
		default -> throw new IllegalArgumentException("No DSPT objective " + letter);
		};
	}

	public static Optional<DsptOutcome> byId(String id) {
		return ALL.stream().filter(o -> o.id().equals(id)).findFirst();
	}

	/** "B6.b Training". */
	public String label() {
		return id + " " + title;
	}
}
