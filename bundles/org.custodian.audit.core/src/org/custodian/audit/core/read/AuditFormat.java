package org.custodian.audit.core.read;

import java.util.Locale;

/** The audit trail formats Custodian imports, as chosen on the command line or told from a file's content. */
public enum AuditFormat {
	/** DICOM PS3.15 A.5 / RFC 3881 audit message XML. */
	DICOM,
	/** IHE ATNA over syslog: RFC 5424 messages one per line, or octet-counted (RFC 5425 / 6587). */
	SYSLOG,
	/** FHIR AuditEvent JSON: a resource, a Bundle, a list, or NDJSON. */
	FHIR,
	/** A vendor's CSV audit report, read through a column mapping. */
	CSV;

	/**
	 * The format named (any case).
	 *
	 * @throws IllegalArgumentException naming the formats there are
	 */
	public static AuditFormat named(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown format \"" + name + "\"; the formats are dicom, syslog, fhir, csv");
		}
	}
}
