package org.custodian.audit.core.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.AuditRecordReader;
import org.custodian.store.AccessEvent;
import org.custodian.store.QuarantinedRecord;

import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * Reads FHIR AuditEvent resources (R4, IHE BALP) in JSON: one resource, a Bundle, a JSON list of resources, or
 * NDJSON (one resource per line, as FHIR bulk export writes). The form is told by the first line: a line that
 * is a whole object starts NDJSON; anything else is one JSON document.
 * <p>
 * A document is read with Gson's streaming {@link JsonReader}: a Bundle's entries are taken one at a time, so
 * only one resource is held whatever the Bundle's size. Each AuditEvent becomes its events through
 * {@link FhirAuditEventMapper} and {@link AuditMessage} (the same mapping as DICOM audit messages), or one
 * quarantined record naming the entry or line and why. In NDJSON a broken line costs only itself; in a
 * document, broken JSON syntax ends the reading there (a quarantined record says where), keeping what came
 * before.
 */
public final class FhirAuditReader implements AuditRecordReader {
	public static final String FORMAT = "FHIR";
	/** The longest first line looked at to tell NDJSON from a document. */
	private static final int MAX_FIRST_LINE = SyslogFrameReader.MAX_FRAME_BYTES;
	private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

	private enum State {
		START, TOP_OBJECT, ENTRIES, TOP_LIST, DONE
	}

	private final String sourceName;
	private final long totalBytes;
	private final CountingInputStream counted;
	private final BufferedInputStream in;
	private final FhirAuditEventMapper mapper;
	private final ArrayDeque<AuditRecord> pending = new ArrayDeque<>();
	private boolean started;
	/** NDJSON, or null for a document. */
	private SyslogFrameReader lines;
	private JsonReader json;
	private State state = State.START;
	private JsonObject top;
	private boolean bundle;
	private int index;

	/**
	 * @param sourceName the file name, for quarantined records and errors
	 * @param totalBytes the stream's length for progress, or -1
	 * @param localZone  the zone of times written without an offset
	 */
	public FhirAuditReader(InputStream in, String sourceName, long totalBytes, ZoneId localZone) {
		this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
		this.totalBytes = totalBytes;
		this.counted = new CountingInputStream(in);
		this.in = new BufferedInputStream(counted, 64 * 1024);
		this.mapper = new FhirAuditEventMapper(new AuditMessageParser(localZone));
	}

	public static FhirAuditReader open(Path file) throws IOException {
		return new FhirAuditReader(Files.newInputStream(file), file.getFileName().toString(), Files.size(file),
				AuditReaders.TRUST_ZONE);
	}

	@Override
	public AuditRecord next() throws IOException {
		if (!started) {
			start();
			started = true;
		}
		while (pending.isEmpty()) {
			if (lines != null) {
				SyslogFrame line = lines.next();
				if (line == null) {
					return null;
				}
				readLine(line);
			} else {
				if (state == State.DONE) {
					return null;
				}
				step();
			}
		}
		return pending.poll();
	}

	/** Tells NDJSON from a document by the first line that is not blank. */
	private void start() throws IOException {
		in.mark(MAX_FIRST_LINE + 8);
		skipByteOrderMark();
		StringBuilder first = new StringBuilder();
		int b = in.read();
		int read = 0;
		while (b >= 0 && read < MAX_FIRST_LINE && (first.isEmpty() || b != '\n')) {
			if (!(first.isEmpty() && Character.isWhitespace(b))) {
				first.append((char) b);
			}
			b = in.read();
			read++;
		}
		in.reset();
		skipByteOrderMark();
		String line = first.toString().strip();
		if (line.isEmpty()) {
			throw new IOException(sourceName + " contains no FHIR AuditEvent: it is empty.");
		}
		char c = line.charAt(0);
		if (c != '{' && c != '[') {
			throw new IOException(sourceName + " is not FHIR JSON: it does not start with { or [.");
		}
		if (c == '{' && line.endsWith("}") && (b == '\n' || b < 0)) {
			lines = SyslogFrameReader.lines(in);
		} else {
			json = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
	}

	private void skipByteOrderMark() throws IOException {
		in.mark(3);
		if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
			in.reset();
		}
	}

	private void readLine(SyslogFrame line) {
		if (line.problem() != null) {
			quarantine(line.position(), line.name(), line.problem(), new String(line.bytes(), StandardCharsets.UTF_8));
			return;
		}
		String text = new String(line.bytes(), StandardCharsets.UTF_8).strip();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			return;
		}
		JsonElement resource;
		try {
			resource = JsonParser.parseString(text);
		} catch (JsonParseException e) {
			quarantine(line.position(), line.name(), "it is not valid JSON (" + gsonMessage(e) + ")", text);
			return;
		}
		if (resource.isJsonObject() && isBundle(resource.getAsJsonObject())
				&& resource.getAsJsonObject().get("entry") != null && resource.getAsJsonObject().get("entry").isJsonArray()) {
			int n = 0;
			for (JsonElement entry : resource.getAsJsonObject().getAsJsonArray("entry")) {
				n++;
				entry(entry, line.position() + ", entry " + n, line.name() + ", entry " + n);
			}
			return;
		}
		resource(resource, line.position(), line.name());
	}

	/** One step through a document: a top-level field, a Bundle entry, or a list item. */
	private void step() throws IOException {
		try {
			switch (state) {
			case START -> {
				JsonToken token = json.peek();
				if (token == JsonToken.BEGIN_OBJECT) {
					json.beginObject();
					top = new JsonObject();
					state = State.TOP_OBJECT;
				} else if (token == JsonToken.BEGIN_ARRAY) {
					json.beginArray();
					state = State.TOP_LIST;
				} else {
					throw new IOException(sourceName + " is not FHIR JSON: it is a single " + token + ".");
				}
			}
			case TOP_OBJECT -> {
				if (json.hasNext()) {
					String name = json.nextName();
					if (name.equals("entry") && json.peek() == JsonToken.BEGIN_ARRAY) {
						json.beginArray();
						bundle = true;
						state = State.ENTRIES;
					} else {
						top.add(name, JsonParser.parseReader(json));
					}
				} else {
					json.endObject();
					state = State.DONE;
					if (!bundle && !isBundle(top)) {
						resource(top, "resource at line 1", "The resource");
					}
				}
			}
			case ENTRIES -> {
				if (json.hasNext()) {
					String where = "entry " + ++index + " at line " + line();
					entry(JsonParser.parseReader(json), where, "Entry " + index);
				} else {
					json.endArray();
					state = State.TOP_OBJECT;
				}
			}
			case TOP_LIST -> {
				if (json.hasNext()) {
					String where = "resource " + ++index + " at line " + line();
					resource(JsonParser.parseReader(json), where, "Resource " + index);
				} else {
					json.endArray();
					state = State.DONE;
				}
			}
			case DONE -> {
				// nothing left
			}
			}
		} catch (JsonIOException e) {
			throw new IOException(sourceName + " could not be read: " + e.getMessage(), e.getCause());
		} catch (JsonParseException | EOFException | IllegalStateException | MalformedJsonException e) {
			String where = json.toString();
			Matcher m = LOCATION.matcher(where);
			String position = m.find() ? "line " + m.group(1) + ", column " + m.group(2) : "the end of the file";
			quarantine(position, "The rest of the file", "its JSON is broken at " + position + " (" + gsonMessage(e)
					+ ")", null);
			state = State.DONE;
		}
	}

	private String line() {
		Matcher m = LOCATION.matcher(json.toString());
		return m.find() ? m.group(1) : "?";
	}

	private void entry(JsonElement entry, String position, String name) {
		if (!entry.isJsonObject() || entry.getAsJsonObject().get("resource") == null) {
			quarantine(position, name, "it has no resource", entry.toString());
			return;
		}
		resource(entry.getAsJsonObject().get("resource"), position, name);
	}

	private void resource(JsonElement resource, String position, String name) {
		try {
			for (AccessEvent e : mapper.map(resource).toAccessEvents()) {
				pending.add(new AuditRecord.Event(e, position));
			}
		} catch (BadMessageException e) {
			quarantine(position, name, e.getMessage(), resource.toString());
		}
	}

	private void quarantine(String position, String name, String problem, String excerpt) {
		pending.add(new AuditRecord.Quarantined(new QuarantinedRecord(sourceName, position,
				name + " cannot be read: " + problem + (problem.endsWith(".") ? "" : "."), excerpt)));
	}

	private static boolean isBundle(JsonObject o) {
		JsonElement type = o.get("resourceType");
		return type != null && type.isJsonPrimitive() && type.getAsString().equals("Bundle");
	}

	/** Gson's own words, without the help link it appends on a second line. */
	private static String gsonMessage(Exception e) {
		Throwable t = e.getCause() != null ? e.getCause() : e;
		String message = String.valueOf(t.getMessage());
		int newline = message.indexOf('\n');
		return (newline >= 0 ? message.substring(0, newline) : message).strip();
	}

	@Override
	public long bytesRead() {
		return counted.count();
	}

	@Override
	public long totalBytes() {
		return totalBytes;
	}

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
