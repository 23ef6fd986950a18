package org.custodian.evidence.core;

/** Where in the console the evidence for a requirement lives; the UI opens the matching perspective. */
public enum Area {
	ACCESS("Access"), RECOVERY("Backup & DR"), RECORDS("Suppliers & records"), PEOPLE("People");

	private final String label;

	Area(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
