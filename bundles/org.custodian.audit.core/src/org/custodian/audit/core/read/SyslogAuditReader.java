package org.custodian.audit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Objects;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.AuditRecordReader;

/**
 * Reads IHE ATNA audit messages sent over syslog: a file a syslog daemon wrote (one RFC 5424 message per
 * line), a capture of a TCP or TLS stream (RFC 5425 / 6587 octet counting), or a live TCP connection. Each
 * message becomes its access events or one quarantined record ({@link SyslogDecoder}); reading goes on with
 * the next. Memory: one frame at a time ({@link SyslogFrameReader}).
 */
public final class SyslogAuditReader implements AuditRecordReader {
	public static final String FORMAT = "syslog";

	private final SyslogFrameReader frames;
	private final SyslogDecoder decoder;
	private final String sourceName;
	private final long totalBytes;
	private final ArrayDeque<AuditRecord> pending = new ArrayDeque<>();

	/**
	 * @param sourceName the file name (or peer address), for quarantined records and errors
	 * @param totalBytes the stream's length for progress, or -1
	 * @param localZone  the zone of event times written without an offset
	 */
	public SyslogAuditReader(InputStream in, String sourceName, long totalBytes, ZoneId localZone) {
		this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
		this.frames = new SyslogFrameReader(in);
		this.decoder = new SyslogDecoder(sourceName, localZone);
		this.totalBytes = totalBytes;
	}

	/** Reads a file; event times without an offset are taken to be in this computer's time zone. */
	public static SyslogAuditReader open(Path file) throws IOException {
		return new SyslogAuditReader(Files.newInputStream(file), file.getFileName().toString(), Files.size(file),
				AuditReaders.TRUST_ZONE);
	}

	@Override
	public AuditRecord next() throws IOException {
		while (pending.isEmpty()) {
			SyslogFrame frame = frames.next();
			if (frame == null) {
				return null;
			}
			pending.addAll(decoder.decode(frame));
		}
		return pending.poll();
	}

	@Override
	public long bytesRead() {
		return frames.bytesRead();
	}

	@Override
	public long totalBytes() {
		return totalBytes;
	}

	@Override
	public String format() {
		return FORMAT;
	}

	/** The source's name as given. */
	public String sourceName() {
		return sourceName;
	}

	@Override
	public void close() throws IOException {
		frames.close();
	}
}
