package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.custodian.audit.core.AuditImportException;
import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.read.AuditFormat;
import org.custodian.audit.core.read.AuditReaders;
import org.custodian.audit.core.read.CsvColumnMapping;
import org.custodian.store.EventFilter;
import org.custodian.store.ImportRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format told from its content, imported into a real database, and imported again as duplicates only. */
class FormatImportTest {
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@TempDir
	Path dir;
	private TestDatabase db;

	@BeforeEach
	void open() {
		db = new TestDatabase(dir);
	}

	@AfterEach
	void shutDown() {
		db.shutdown();
	}

	private static String xml(int n) {
		return AuditXml.viewing(T0.plusSeconds(60L * n).toString(), "user" + n, "PAT" + n, null, "1.2.826.0.1." + n).xml();
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(dir.resolve(name), content);
	}

	private void importsOnceThenOnlyDuplicates(Path file, AuditFormat format, int events) throws IOException {
		assertEquals(format, AuditReaders.detect(file));
		AuditLogImporter importer = new AuditLogImporter(db.events, 3);
		ImportReport first = importer.importFile(file, new RecordingMonitor());
		assertEquals(events, first.imported(), first.toString());
		assertEquals(ImportRun.COMPLETED, first.status());
		assertEquals(format == AuditFormat.DICOM ? "DICOM" : format == AuditFormat.SYSLOG ? "syslog" : format.name(),
				db.events.importRun(first.importId()).format());
		ImportReport again = importer.importFile(file, new RecordingMonitor());
		assertEquals(0, again.imported());
		assertEquals(events, again.duplicates());
	}

	@Test
	void dicomXml() throws IOException {
		StringBuilder s = new StringBuilder(AuditXml.DECLARATION);
		for (int n = 0; n < 7; n++) {
			s.append(xml(n));
		}
		importsOnceThenOnlyDuplicates(write("audit.xml", Syslog.bytes(s.toString())), AuditFormat.DICOM, 7);
	}

	@Test
	void syslogLinesAndOctetCountedFrames() throws IOException {
		byte[][] messages = new byte[7][];
		for (int n = 0; n < 7; n++) {
			messages[n] = Syslog.audit(xml(n));
		}
		importsOnceThenOnlyDuplicates(write("audit.log", Syslog.lines(messages)), AuditFormat.SYSLOG, 7);
		// the same events captured from TCP are the same events: nothing new
		Path tcp = write("audit.tcp", Syslog.octetCounted(messages));
		assertEquals(AuditFormat.SYSLOG, AuditReaders.detect(tcp));
		ImportReport captured = new AuditLogImporter(db.events).importFile(tcp, new RecordingMonitor());
		assertEquals(7, captured.duplicates());
		assertEquals(7, db.events.count(EventFilter.ALL));
	}

	@Test
	void fhirBundleAndNdjson() throws IOException {
		String[] resources = new String[7];
		StringBuilder ndjson = new StringBuilder();
		for (int n = 0; n < 7; n++) {
			resources[n] = FhirAudit.viewing(T0.plusSeconds(60L * n).toString(), "user" + n, "PAT" + n, null,
					"1.2.826.0.1." + n).json();
			ndjson.append(resources[n]).append('\n');
		}
		importsOnceThenOnlyDuplicates(write("bundle.json", Syslog.bytes(FhirAudit.bundle(resources))), AuditFormat.FHIR, 7);
		ImportReport lines = new AuditLogImporter(db.events).importFile(write("audit.ndjson",
				Syslog.bytes(ndjson.toString())), new RecordingMonitor());
		assertEquals(7, lines.duplicates(), "the same resources as NDJSON");
	}

	@Test
	void csvWithOurColumnNames() throws IOException {
		StringBuilder csv = new StringBuilder("time,event,action,user_id,patient_id\n");
		for (int n = 0; n < 7; n++) {
			csv.append(T0.plusSeconds(60L * n)).append(",110104,R,user").append(n).append(",PAT").append(n).append('\n');
		}
		importsOnceThenOnlyDuplicates(write("audit.csv", Syslog.bytes(csv.toString())), AuditFormat.CSV, 7);
	}

	@Test
	void aFileOfNoKnownFormatGoesToTheXmlReaderWhichFindsNoMessage() throws IOException {
		Path text = write("notes.txt", Syslog.bytes("Dear auditor, the trail is attached.\n"));
		assertEquals(AuditFormat.DICOM, AuditReaders.detect(text), "a sentence with a comma is not a CSV header");
		Path csv = write("quoted.csv", Syslog.bytes("\"Access Date/Time\",\"User ID\",MRN\n"));
		assertEquals(AuditFormat.CSV, AuditReaders.detect(csv));
		Path empty = write("empty.log", new byte[0]);
		assertEquals("empty.log is empty.", assertThrows(IOException.class, () -> AuditReaders.detect(empty)).getMessage());
	}

	@Test
	void anArchiveIsRefusedByItsFirstBytesWhateverFormatIsAskedFor() throws IOException {
		java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
		try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
			out.write(Syslog.bytes(AuditXml.viewing(T0.toString(), "u", "P1", null, "1.2.3").xml()));
		}
		Path gzip = write("audit.xml.gz", gz.toByteArray());
		Path zip = write("audit.zip", new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0 });
		for (AuditFormat format : new AuditFormat[] { null, AuditFormat.DICOM, AuditFormat.CSV }) {
			AuditImportException e = assertThrows(AuditImportException.class,
					() -> new AuditLogImporter(db.events).importFile(gzip, format, CsvColumnMapping.builtIn(),
							new RecordingMonitor()));
			assertEquals(gzip + " cannot be read: audit.xml.gz is a gzip archive, not an audit trail: Custodian does not"
					+ " unpack archives. Unpack it and import the files inside.", e.getMessage());
		}
		AuditImportException e = assertThrows(AuditImportException.class,
				() -> new AuditLogImporter(db.events).importFile(zip, new RecordingMonitor()));
		assertEquals(true, e.getMessage().contains("audit.zip is a zip archive"), e.getMessage());
		assertEquals(0, db.events.count(EventFilter.ALL));
	}
}
