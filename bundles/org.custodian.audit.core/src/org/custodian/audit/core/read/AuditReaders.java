package org.custodian.audit.core.read;

import java.io.IOException;
import java.nio.file.Path;

import org.custodian.audit.core.AuditRecordReader;

/**
 * Chooses the reader for an audit file. Only DICOM audit messages are read so far; the syslog, FHIR and
 * CSV readers will be chosen here by the file's first bytes.
 */
public final class AuditReaders {
	private AuditReaders() {
	}

	public static AuditRecordReader open(Path file) throws IOException {
		return DicomAuditReader.open(file);
	}
}
