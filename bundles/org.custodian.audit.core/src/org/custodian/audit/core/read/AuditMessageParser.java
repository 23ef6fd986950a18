package org.custodian.audit.core.read;

import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one {@code AuditMessage} element (DICOM PS3.15 A.5, or legacy RFC 3881) with StAX into an
 * {@link AuditMessage}, checking what investigations rely on: well-formed XML, an EventIdentification with an
 * EventID code, a real EventDateTime, and numbers where the standard requires numbers. Element names are
 * matched without their namespace prefix; both {@code csd-code} (DICOM) and {@code code} (RFC 3881) name a
 * code. No DTD or external entity is ever read.
 */
final class AuditMessageParser {
	private static final List<String> ACTIONS = List.of("C", "R", "U", "D", "E");
	private static final List<Integer> OUTCOMES = List.of(0, 4, 8, 12);
	private static final int MAX_TEXT = 64 * 1024;
	private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private final XMLInputFactory factory;
	private final ZoneId localZone;

	/** @param localZone the zone of an EventDateTime written without offset (the servers' own zone) */
	AuditMessageParser(ZoneId localZone) {
		this.localZone = localZone;
		factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		// prefixes are declared on wrapper elements the splitter cuts away, so names are matched as written
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
	}

	/**
	 * @param firstLine the source line the message starts on, to say where in the source an error is
	 */
	AuditMessage parse(byte[] xml, long firstLine) throws BadMessageException {
		XMLStreamReader r = null;
		try {
			r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
			return read(r);
		} catch (XMLStreamException e) {
			throw new BadMessageException("it is not well-formed XML" + where(e.getLocation(), firstLine) + ": "
					+ explain(e));
		} finally {
			if (r != null) {
				try {
					r.close();
				} catch (XMLStreamException e) {
					// nothing held open: the input is a byte array
				}
			}
		}
	}

	private AuditMessage read(XMLStreamReader r) throws XMLStreamException, BadMessageException {
		AuditMessage m = new AuditMessage();
		ActiveParticipant participant = null;
		ParticipantObject object = null;
		boolean seenIdentification = false;
		boolean inIdentification = false;
		String dateTime = null;
		String outcome = null;
		String action = null;
		StringBuilder text = null;
		int depth = 0;
		while (r.hasNext()) {
			int event = r.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String name = local(r.getLocalName());
				if (depth == 1) {
					continue;
				}
				switch (name) {
				case "EventIdentification" -> {
					if (!seenIdentification) {
						seenIdentification = inIdentification = true;
						action = attribute(r, "EventActionCode");
						dateTime = attribute(r, "EventDateTime");
						outcome = attribute(r, "EventOutcomeIndicator");
					}
				}
				case "EventID" -> {
					if (inIdentification && m.eventCode == null) {
						m.eventCode = code(r);
					}
				}
				case "EventTypeCode" -> {
					if (inIdentification && m.eventType == null) {
						m.eventType = code(r);
					}
				}
				case "ActiveParticipant" -> participant = participant(r);
				case "RoleIDCode" -> {
					String role = code(r);
					if (participant != null && role != null) {
						participant.roleCodes.add(role);
					}
				}
				case "UserIDTypeCode" -> {
					if (participant != null) {
						participant.userIdTypeCode = code(r);
					}
				}
				case "MediaIdentifier", "MediaType" -> {
					if (participant != null) {
						participant.media = true;
					}
				}
				case "AuditSourceIdentification" -> {
					if (m.sourceId == null) {
						m.sourceId = attribute(r, "AuditSourceID");
					}
				}
				case "ParticipantObjectIdentification" -> object = participantObject(r);
				case "ParticipantObjectIDTypeCode" -> {
					if (object != null) {
						object.idTypeCode = code(r);
					}
				}
				case "SOPClass" -> {
					if (object != null) {
						Integer n = number(r, "NumberOfInstances");
						object.instances += n == null ? 0 : n;
					}
				}
				case "ParticipantObjectName", "ParticipantObjectQuery", "Encrypted", "AuditSourceID" ->
					text = new StringBuilder();
				default -> {
					// not needed for investigations
				}
				}
			} else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (text != null && text.length() < MAX_TEXT) {
					text.append(r.getText());
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				switch (local(r.getLocalName())) {
				case "EventIdentification" -> inIdentification = false;
				case "ActiveParticipant" -> {
					if (participant != null) {
						m.participants.add(participant);
						participant = null;
					}
				}
				case "ParticipantObjectIdentification" -> {
					if (object != null) {
						m.objects.add(object);
						object = null;
					}
				}
				case "ParticipantObjectName" -> {
					if (object != null && text != null) {
						object.name = blankToNull(text.toString());
					}
				}
				case "ParticipantObjectQuery" -> {
					if (object != null && text != null) {
						object.query = blankToNull(text.toString());
					}
				}
				case "Encrypted" -> {
					if (object != null && text != null) {
						object.encrypted = "true".equalsIgnoreCase(text.toString().strip());
					}
				}
				case "AuditSourceID" -> {
					if (m.sourceId == null && text != null) {
						m.sourceId = blankToNull(text.toString());
					}
				}
				default -> {
					// nothing collected
				}
				}
				text = null;
			}
		}
		if (!seenIdentification) {
			throw new BadMessageException("it has no EventIdentification");
		}
		if (m.eventCode == null) {
			throw new BadMessageException("its EventIdentification has no EventID code");
		}
		m.time = time(dateTime);
		noteZone(m, dateTime, "EventDateTime");
		m.outcome = outcome(outcome);
		m.action = action(action);
		return m;
	}

	private static ActiveParticipant participant(XMLStreamReader r) throws BadMessageException {
		ActiveParticipant p = new ActiveParticipant();
		p.userId = attribute(r, "UserID");
		p.alternativeUserId = attribute(r, "AlternativeUserID");
		p.userName = attribute(r, "UserName");
		p.requestor = bool(r, "UserIsRequestor");
		p.networkAccessPointId = attribute(r, "NetworkAccessPointID");
		p.networkAccessPointType = number(r, "NetworkAccessPointTypeCode");
		p.userTypeCode = number(r, "UserTypeCode");
		return p;
	}

	private static ParticipantObject participantObject(XMLStreamReader r) throws BadMessageException {
		ParticipantObject o = new ParticipantObject();
		o.id = attribute(r, "ParticipantObjectID");
		o.typeCode = number(r, "ParticipantObjectTypeCode");
		o.role = number(r, "ParticipantObjectTypeCodeRole");
		number(r, "ParticipantObjectDataLifeCycle");
		return o;
	}

	/** A coded value's code: {@code csd-code} (DICOM), else {@code code} (RFC 3881). */
	private static String code(XMLStreamReader r) {
		String code = attribute(r, "csd-code");
		return code != null ? code : attribute(r, "code");
	}

	private static String attribute(XMLStreamReader r, String name) {
		return blankToNull(r.getAttributeValue(null, name));
	}

	private static Integer number(XMLStreamReader r, String name) throws BadMessageException {
		String value = attribute(r, name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		} catch (NumberFormatException e) {
			throw new BadMessageException(name + " \"" + value + "\" is not a number");
		}
	}

	private static boolean bool(XMLStreamReader r, String name) throws BadMessageException {
		String value = attribute(r, name);
		if (value == null || value.equals("false") || value.equals("0")) {
			return false;
		}
		if (value.equals("true") || value.equals("1")) {
			return true;
		}
		throw new BadMessageException(name + " \"" + value + "\" is not true or false");
	}

	private Instant time(String text) throws BadMessageException {
		if (text == null) {
			throw new BadMessageException("it has no EventDateTime");
		}
		return time(text, "EventDateTime");
	}

	/**
	 * xs:dateTime (or FHIR instant) with offset, as the standards require, or without one in the servers' zone.
	 *
	 * @param field the field's name, to say which value is wrong
	 */
	Instant time(String text, String field) throws BadMessageException {
		String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
				: text;
		Instant time;
		try {
			time = OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		} catch (DateTimeException withOffset) {
			try {
				time = LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(localZone).toInstant();
			} catch (DateTimeException e) {
				throw new BadMessageException(field + " \"" + text + "\" is not a valid date and time");
			}
		}
		if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
			throw new BadMessageException(field + " \"" + text + "\" is not a plausible date");
		}
		return time;
	}

	/** Says in the event's detail that its time had no offset and in which zone it was taken. */
	void noteZone(AuditMessage m, String text, String field) {
		if (text != null && !hasOffset(text)) {
			m.notes.add(field + " " + text + " has no zone offset: taken as " + localZone.getId() + " time");
		}
	}

	private static boolean hasOffset(String text) {
		String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
				: text;
		try {
			OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			return true;
		} catch (DateTimeException e) {
			return false;
		}
	}

	private static int outcome(String text) throws BadMessageException {
		if (text == null) {
			throw new BadMessageException("it has no EventOutcomeIndicator");
		}
		try {
			int value = Integer.parseInt(text);
			if (OUTCOMES.contains(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new BadMessageException("EventOutcomeIndicator \"" + text + "\" is not one of 0, 4, 8, 12");
	}

	private static String action(String text) throws BadMessageException {
		if (text == null || ACTIONS.contains(text)) {
			return text;
		}
		throw new BadMessageException("EventActionCode \"" + text + "\" is not one of C, R, U, D, E");
	}

	private static String where(Location location, long firstLine) {
		if (location == null || location.getLineNumber() < 1) {
			return "";
		}
		return " at line " + (firstLine + location.getLineNumber() - 1) + ", column " + location.getColumnNumber();
	}

	/** The parser's own words without its "ParseError at [row,col]" preamble. */
	private static String explain(XMLStreamException e) {
		String message = String.valueOf(e.getMessage());
		int start = message.indexOf("Message: ");
		return start >= 0 ? message.substring(start + 9).strip() : message.strip();
	}

	private static String local(String name) {
		return name.substring(name.lastIndexOf(':') + 1);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
