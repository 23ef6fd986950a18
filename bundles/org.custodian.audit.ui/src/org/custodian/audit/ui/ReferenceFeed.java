package org.custodian.audit.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.custodian.audit.core.feeds.FeedReport;
import org.custodian.audit.core.feeds.ReferenceFeeds;

/** The reference feeds a user loads from Access > Load reference feed..., each as {@code custodian-cli} loads it. */
enum ReferenceFeed {
	PATIENTS("PAS patients and ward stays (HL7 v2 ADT, or CSV)", "load-patients", new String[] { "*.hl7;*.csv", "*" }),
	CARE("RIS care: orders, reports, MDT lists (HL7 v2 ORM/ORU, or CSV)", "load-care",
			new String[] { "*.hl7;*.csv", "*" }),
	LOCATIONS("Location list: ward and clinic codes and their departments (CSV)", "load-locations",
			new String[] { "*.csv", "*" }),
	FLAGS("VIP and protected patients list (CSV)", "load-flags", new String[] { "*.csv", "*" }),
	WORKSTATIONS("Workstation register (CSV)", "load-workstations", new String[] { "*.csv", "*" });

	final String title;
	final String command;
	final String[] extensions;

	ReferenceFeed(String title, String command, String[] extensions) {
		this.title = title;
		this.command = command;
		this.extensions = extensions;
	}

	FeedReport load(ReferenceFeeds feeds, Path file) throws IOException {
		return switch (this) {
		case PATIENTS -> feeds.loadPatients(file);
		case CARE -> feeds.loadCare(file);
		case LOCATIONS -> feeds.loadLocations(file);
		case FLAGS -> feeds.loadFlags(file);
		case WORKSTATIONS -> feeds.loadWorkstations(file);
		};
	}
}
