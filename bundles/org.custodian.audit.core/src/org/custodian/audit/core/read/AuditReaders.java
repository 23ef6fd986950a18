package org.custodian.audit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.custodian.audit.core.AuditRecordReader;

/**
 * Chooses the reader for an audit file: the format given, or the one its first bytes show (after a
 * byte-order mark and blank space):
 * <ul>
 * <li>{@code <PRI>VERSION } (e.g. {@code <85>1 }) is syslog, one message per line; {@code <length> <PRI>} is
 * octet-counted syslog;</li>
 * <li>any other {@code <} is audit message XML (DICOM / RFC 3881);</li>
 * <li>{@code {} or {@code [} is FHIR JSON;</li>
 * <li>a first line of column names separated by commas is CSV;</li>
 * <li>anything else is given to the audit XML reader, which says that it found no audit message.</li>
 * </ul>
 * No reader accepts archives: a compressed file (gzip, zip, bzip2, xz, 7-Zip) is refused by its first bytes,
 * whatever format is asked for, before anything is inflated, so a zip bomb costs nothing.
 */
public final class AuditReaders {
	/**
	 * The zone a time written without an offset is taken in, unless the import says otherwise: the trust's own
	 * (NHS trusts in England keep UK time), never the zone of the machine the console runs on. Each event read so
	 * says so in its detail.
	 */
	public static final ZoneId TRUST_ZONE = ZoneId.of("Europe/London");
	/** Bytes looked at to tell the format. */
	private static final int SNIFF = 8 * 1024;
	private static final Pattern SYSLOG_LINE = Pattern.compile("^<\\d{1,3}>\\d{1,2} .*", Pattern.DOTALL);
	/** Two or more column names (letters, digits, spaces, / _ - ( ) #), optionally quoted, separated by commas. */
	private static final Pattern CSV_HEADER = Pattern.compile(
			"\"?[\\p{L}\\p{N} /_()#\\-]{1,64}\"?(,\"?[\\p{L}\\p{N} /_()#\\-]{0,64}\"?)+");
	private static final Pattern SYSLOG_OCTETS = Pattern.compile("^\\d{1,7} <\\d{1,3}>.*", Pattern.DOTALL);

	private AuditReaders() {
	}

	/** Opens a file in the format its content shows; a CSV file must use our column names. */
	public static AuditRecordReader open(Path file) throws IOException {
		return open(file, null, CsvColumnMapping.builtIn());
	}

	/**
	 * @param format  the format, or null to tell it from the content
	 * @param mapping the column mapping for a CSV file
	 * @throws IOException if the file cannot be read, its format cannot be told, or (CSV) its header lacks a
	 *                     required column
	 */
	public static AuditRecordReader open(Path file, AuditFormat format, CsvColumnMapping mapping) throws IOException {
		refuseArchive(file);
		AuditFormat f = format != null ? format : detect(file);
		return switch (f) {
		case DICOM -> DicomAuditReader.open(file);
		case SYSLOG -> SyslogAuditReader.open(file);
		case FHIR -> FhirAuditReader.open(file);
		case CSV -> CsvAuditReader.open(file, mapping);
		};
	}

	/**
	 * @throws IOException naming the file and the kind of archive when its first bytes are an archive's
	 */
	static void refuseArchive(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(6);
		}
		String kind = archive(head);
		if (kind != null) {
			throw new IOException(file.getFileName() + " is a " + kind + " archive, not an audit trail: Custodian"
					+ " does not unpack archives. Unpack it and import the files inside.");
		}
	}

	/** The kind of compressed archive these first bytes start, or null. */
	private static String archive(byte[] b) {
		if (starts(b, 0x1F, 0x8B)) {
			return "gzip";
		}
		if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
			return "zip";
		}
		if (starts(b, 'B', 'Z', 'h')) {
			return "bzip2";
		}
		if (starts(b, 0xFD, '7', 'z', 'X', 'Z', 0)) {
			return "xz";
		}
		if (starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
			return "7-Zip";
		}
		return null;
	}

	private static boolean starts(byte[] b, int... magic) {
		if (b.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((b[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The format the file's first bytes show.
	 *
	 * @throws IOException if it cannot be read or is empty
	 */
	public static AuditFormat detect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF);
		}
		String text = new String(head, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		text = text.stripLeading();
		if (text.isEmpty()) {
			throw new IOException(file.getFileName() + " is empty.");
		}
		if (SYSLOG_LINE.matcher(text).matches() || SYSLOG_OCTETS.matcher(text).matches()) {
			return AuditFormat.SYSLOG;
		}
		char first = text.charAt(0);
		if (first == '<') {
			return AuditFormat.DICOM;
		}
		if (first == '{' || first == '[') {
			return AuditFormat.FHIR;
		}
		int end = text.indexOf('\n');
		String line = (end >= 0 ? text.substring(0, end) : text).strip();
		if (CSV_HEADER.matcher(line).matches()) {
			return AuditFormat.CSV;
		}
		// nothing recognised: the audit XML reader says that no audit message is in it
		return AuditFormat.DICOM;
	}
}
