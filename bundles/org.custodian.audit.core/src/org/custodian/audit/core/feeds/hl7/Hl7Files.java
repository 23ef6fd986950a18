package org.custodian.audit.core.feeds.hl7;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.custodian.audit.core.feeds.FeedReport;
import org.custodian.audit.core.feeds.hl7.Hl7FileReader.Hl7Text;
import org.custodian.report.csv.RecordException;
import org.custodian.store.CareRelationship;

/**
 * Loads a file of HL7 v2 messages (an interface engine's archive, a PAS or RIS extract) through {@link Hl7Feed},
 * as if each message had arrived over MLLP: every message is recorded or refused on its own, and a refused one
 * is reported with its number in the file, its control id, the line it starts on and the segment and field.
 */
public final class Hl7Files {
	/** Care lines stored per transaction. */
	private static final int BATCH = 2000;

	private Hl7Files() {
	}

	/** True when the file starts like HL7 v2 (an MSH segment, perhaps after a BOM or an MLLP start byte). */
	public static boolean looksLikeHl7(Path file) throws IOException {
		byte[] head = new byte[8];
		int n;
		try (var in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		String s = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
				.replace("\u000B", "").stripLeading();
		return s.startsWith("MSH");
	}

	/**
	 * Every message of the file. Text that is not valid in {@code charset} stops the load with an error naming
	 * the line, rather than names being altered.
	 */
	public static FeedReport load(Hl7Feed feed, Path file, Charset charset) throws IOException {
		String name = file.getFileName().toString();
		List<RecordException> problems = new ArrayList<>();
		int read = 0;
		int added = 0;
		List<CareRelationship> care = new ArrayList<>();
		var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Hl7FileReader reader = new Hl7FileReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
			Hl7Text text;
			long lastLine = 1;
			try {
				while ((text = reader.next()) != null) {
					lastLine = text.line();
					if (text.stray()) {
						problems.add(new RecordException(name, text.line(), null,
								"text that is not in an HL7 message (a message begins with MSH): \"" + shorten(text.text()) + "\""));
						continue;
					}
					read++;
					Hl7Feed.Outcome o = feed.accept(text.text(), care);
					if (care.size() >= BATCH) {
						added += flush(feed, care, name, text.line());
					}
					String where = name + " message " + text.number() + (o.controlId() == null ? "" : " (" + o.controlId() + ")");
					if (o.accepted()) {
						added += o.added();
						for (String w : o.warnings()) {
							problems.add(new RecordException(where, text.line(), null, "accepted, but " + w));
						}
					} else {
						problems.add(new RecordException(where, text.line(), o.field(), o.code() + ": " + o.problem()));
					}
				}
			} catch (CharacterCodingException e) {
				added += flush(feed, care, name, lastLine);
				throw new RecordException(name, lastLine, null, "is not " + charset.name()
						+ " text after this line; say which character set the sender uses (--charset)");
			}
			added += flush(feed, care, name, lastLine);
		}
		return new FeedReport(name, read, added, problems);
	}

	/** The care lines of the messages read so far, in one transaction (the orders were accepted already). */
	private static int flush(Hl7Feed feed, List<CareRelationship> care, String name, long line) {
		try {
			return feed.store(care);
		} catch (RuntimeException e) {
			throw new RecordException(name, line, null, "the care lines of the orders and results up to this line could"
					+ " not be stored (" + e.getMessage() + "); load the file again: lines already stored are not added twice");
		} finally {
			care.clear();
		}
	}

	private static String shorten(String s) {
		String one = s.replace('\r', ' ');
		return one.length() > 60 ? one.substring(0, 60) + "…" : one;
	}
}
