package org.custodian.audit.core;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads one audit source record by record, in constant memory whatever the source's size: DICOM audit
 * message files today; syslog, FHIR AuditEvent and CSV readers implement the same interface and use the same
 * {@link AuditLogImporter}. A bad record is returned as {@link AuditRecord.Quarantined} and reading goes on.
 */
public interface AuditRecordReader extends Closeable {

	/**
	 * The next record, or null at the end of the source.
	 *
	 * @throws IOException if the source cannot be read any further, or is not an audit trail of this
	 *                     reader's format at all (the message says which source and why)
	 */
	AuditRecord next() throws IOException;

	/** Bytes of the source consumed so far, for progress. */
	long bytesRead();

	/** Size of the source in bytes, or -1 when unknown (a stream). */
	long totalBytes();

	/** The format's name, recorded with the import run: "DICOM", "syslog", "FHIR", "CSV". */
	String format();
}
