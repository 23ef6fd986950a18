package org.custodian.audit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.AuditRecordReader;
import org.custodian.store.AccessEvent;
import org.custodian.store.QuarantinedRecord;

/**
 * Reads DICOM PS3.15 / RFC 3881 audit messages from a file or stream: one message, many concatenated
 * (each possibly with its own XML declaration and byte-order mark), or a wrapper around them. Each message
 * becomes its access events, or one quarantined record saying where it is and why it cannot be read; reading
 * always goes on with the next message. Memory: one message at a time ({@link AuditMessageSplitter}).
 */
public final class DicomAuditReader implements AuditRecordReader {
	public static final String FORMAT = "DICOM";
	/** Bytes of a bad message kept as its excerpt (the record keeps at most 2000 characters). */
	private static final int EXCERPT_BYTES = 4 * QuarantinedRecord.MAX_EXCERPT;

	private final AuditMessageSplitter splitter;
	private final AuditMessageParser parser;
	private final String sourceName;
	private final long totalBytes;
	private final ArrayDeque<AuditRecord> pending = new ArrayDeque<>();

	/**
	 * @param sourceName the file name, for quarantined records and errors
	 * @param totalBytes the stream's length for progress, or -1
	 * @param localZone  the zone of event times written without an offset (the audit source's zone)
	 */
	public DicomAuditReader(InputStream in, String sourceName, long totalBytes, ZoneId localZone) {
		this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
		this.splitter = new AuditMessageSplitter(in, sourceName);
		this.parser = new AuditMessageParser(localZone);
		this.totalBytes = totalBytes;
	}

	/** Reads a file; event times without an offset are taken to be in this computer's time zone. */
	public static DicomAuditReader open(Path file) throws IOException {
		long size = Files.size(file);
		return new DicomAuditReader(Files.newInputStream(file), file.getFileName().toString(), size,
				AuditReaders.TRUST_ZONE);
	}

	@Override
	public AuditRecord next() throws IOException {
		while (pending.isEmpty()) {
			RawMessage raw = splitter.next();
			if (raw == null) {
				if (splitter.messages() == 0) {
					throw new IOException(sourceName + " contains no DICOM audit message: no <AuditMessage>"
							+ " element was found in it.");
				}
				return null;
			}
			read(raw);
		}
		return pending.poll();
	}

	private void read(RawMessage raw) {
		String problem = switch (raw.ending()) {
		case CUT_BY_NEXT_MESSAGE -> "it is cut off: the next message starts before its </AuditMessage>";
		case CUT_BY_END_OF_SOURCE -> "it is cut off: the file ends before its </AuditMessage>";
		case TOO_LARGE -> "it is larger than " + AuditMessageSplitter.MAX_MESSAGE_BYTES / 1024
				+ " KiB, far more than an audit message needs";
		case CLOSED -> null;
		};
		if (problem == null) {
			try {
				for (AccessEvent e : parser.parse(raw.xml(), raw.line()).toAccessEvents()) {
					pending.add(new AuditRecord.Event(e, raw.position()));
				}
				return;
			} catch (BadMessageException e) {
				problem = e.getMessage();
			}
		}
		String excerpt = new String(Arrays.copyOf(raw.xml(), Math.min(raw.xml().length, EXCERPT_BYTES)),
				StandardCharsets.UTF_8);
		pending.add(new AuditRecord.Quarantined(new QuarantinedRecord(sourceName, raw.position(),
				"Message " + raw.ordinal() + " cannot be read: " + problem + (problem.endsWith(".") ? "" : "."),
				excerpt)));
	}

	@Override
	public long bytesRead() {
		return splitter.bytesRead();
	}

	@Override
	public long totalBytes() {
		return totalBytes;
	}

	@Override
	public String format() {
		return FORMAT;
	}

	/** The most bytes held for one message so far: bounded by the largest message, not by the file. */
	public int largestMessageHeld() {
		return splitter.largestMessageHeld();
	}

	@Override
	public void close() throws IOException {
		splitter.close();
	}
}
