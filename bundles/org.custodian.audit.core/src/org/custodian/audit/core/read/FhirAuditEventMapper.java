package org.custodian.audit.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Reads one FHIR R4 AuditEvent (IHE Basic Audit Log Patterns) into the same {@link AuditMessage} a DICOM audit
 * message becomes, field by field as FHIR's own mapping from DICOM describes it, so that both give the same
 * {@link org.custodian.store.AccessEvent}s (one per patient, the person who asked, the query keys decoded):
 * <ul>
 * <li>type (DICOM CID 400 code) -> EventID; a RESTful {@code rest} event gets the DICOM code of what it did:
 * search = 110112 Query, other interactions on an ImagingStudy = 110103 Instances Accessed, else 110110
 * Patient Record;</li>
 * <li>subtype: a DICOM code (110122 Login...) -> EventTypeCode; else a break-glass purpose of use (BTG) ->
 * 110127 Emergency Override; else the REST interaction (read, search-type...);</li>
 * <li>action, recorded, outcome (R4 code, or R5 outcome.code) -> EventActionCode, EventDateTime,
 * EventOutcomeIndicator;</li>
 * <li>agent: who.identifier (else altId, who.reference, who.display) -> UserID, altId -> AlternativeUserID, name (else
 * who.display) -> UserName, requestor, network.address, type/role codes -> RoleIDCode, media;</li>
 * <li>source.observer -> AuditSourceID;</li>
 * <li>entity: a Patient (reference, or role patient) -> patient participant, its identifier value (else
 * the reference's id) as patient ID; an ImagingStudy (reference or urn:dicom:uid identifier) -> study UID;
 * query (base64) -> ParticipantObjectQuery.</li>
 * </ul>
 * R5 forms (CodeableConcepts where R4 has Codings) are accepted too.
 */
final class FhirAuditEventMapper {
	private static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
	private static final Set<String> ACTIONS = Set.of("C", "R", "U", "D", "E");
	private static final Set<String> OUTCOMES = Set.of("0", "4", "8", "12");
	private static final String QUERY = "110112";
	private static final String INSTANCES_ACCESSED = "110103";
	private static final String PATIENT_RECORD = "110110";
	private static final String EMERGENCY_OVERRIDE = "110127";
	private static final String BREAK_THE_GLASS = "BTG";
	/** Resources an agent's who can point to that are people. */
	private static final Set<String> PEOPLE = Set.of("Practitioner", "PractitionerRole", "Patient", "RelatedPerson");

	private final AuditMessageParser times;

	FhirAuditEventMapper(AuditMessageParser times) {
		this.times = times;
	}

	AuditMessage map(JsonElement element) throws BadMessageException {
		JsonObject r = object(element, "the resource");
		String resourceType = string(r, "resourceType");
		if (resourceType == null) {
			throw new BadMessageException("it has no resourceType: it is not a FHIR resource");
		}
		if (!resourceType.equals("AuditEvent")) {
			throw new BadMessageException("it is a " + resourceType + ", not an AuditEvent");
		}
		AuditMessage m = new AuditMessage();
		List<Code> type = codes(r.get("type"), "type");
		if (type.isEmpty()) {
			throw new BadMessageException("it has no type code");
		}
		List<Code> subtypes = codes(r.get("subtype"), "subtype");
		String recorded = string(r, "recorded");
		if (recorded == null) {
			throw new BadMessageException("it has no recorded time");
		}
		m.time = times.time(recorded, "recorded");
		times.noteZone(m, recorded, "recorded");
		// the resource's own id tells two events apart that a row would otherwise share (the same source, user
		// and second, about different things)
		String id = string(r, "id");
		if (id != null) {
			m.notes.add("AuditEvent " + id);
		}
		m.action = action(string(r, "action"));
		m.outcome = outcome(r.get("outcome"));
		boolean breakGlass = false;
		for (JsonElement a : array(r, "agent")) {
			JsonObject agent = object(a, "an agent");
			m.participants.add(participant(agent));
			for (JsonElement purpose : array(agent, "purposeOfUse")) {
				breakGlass |= codes(purpose, "agent.purposeOfUse").stream().anyMatch(c -> c.code.equals(BREAK_THE_GLASS));
			}
		}
		JsonObject source = optionalObject(r, "source");
		if (source != null) {
			m.sourceId = referenceName(optionalObject(source, "observer"));
		}
		for (JsonElement e : array(r, "entity")) {
			ParticipantObject o = object(object(e, "an entity"));
			m.objects.add(o);
			if (o.reference != null && !o.isPatient() && !o.isStudy()) {
				m.notes.add("about " + o.reference);
			}
		}
		Code main = type.get(0);
		Code dicomSubtype = subtypes.stream().filter(Code::isDicom).findFirst().orElse(null);
		String interaction = subtypes.isEmpty() ? null : subtypes.get(0).code;
		if (main.isDicom()) {
			m.eventCode = main.code;
		} else if (main.code.equals("rest")) {
			m.eventCode = interaction != null && interaction.startsWith("search") ? QUERY
					: m.objects.stream().anyMatch(ParticipantObject::isStudy) ? INSTANCES_ACCESSED : PATIENT_RECORD;
		} else {
			m.eventCode = main.code;
		}
		m.eventType = dicomSubtype != null ? dicomSubtype.code : breakGlass ? EMERGENCY_OVERRIDE : interaction;
		return m;
	}

	private ActiveParticipant participant(JsonObject agent) throws BadMessageException {
		ActiveParticipant p = new ActiveParticipant();
		JsonObject who = optionalObject(agent, "who");
		JsonObject identifier = who == null ? null : optionalObject(who, "identifier");
		p.alternativeUserId = string(agent, "altId");
		// an AE title list in altId names applications, never a login
		String altLogin = p.alternativeUserId != null && p.alternativeUserId.startsWith("AETITLES=") ? null
				: p.alternativeUserId;
		p.userId = first(identifier == null ? null : string(identifier, "value"), altLogin,
				who == null ? null : string(who, "reference"), who == null ? null : string(who, "display"));
		p.userName = first(string(agent, "name"), who == null ? null : string(who, "display"));
		JsonElement requestor = agent.get("requestor");
		if (requestor != null && !requestor.isJsonNull()) {
			if (!requestor.isJsonPrimitive() || !requestor.getAsJsonPrimitive().isBoolean()) {
				throw new BadMessageException("agent.requestor " + requestor + " is not true or false");
			}
			p.requestor = requestor.getAsBoolean();
		}
		JsonObject network = optionalObject(agent, "network");
		p.networkAccessPointId = network == null ? null : string(network, "address");
		String networkType = network == null ? null : string(network, "type");
		p.networkAccessPointType = networkType != null && networkType.matches("\\d") ? Integer.valueOf(networkType)
				: null;
		for (Code c : codes(agent.get("type"), "agent.type")) {
			p.roleCodes.add(c.code);
			if (c.code.equals("humanuser")) {
				p.userTypeCode = 1;
			}
		}
		String whoType = who == null || string(who, "reference") == null ? null : resourceType(string(who, "reference"));
		if (whoType != null) {
			p.userTypeCode = PEOPLE.contains(whoType) ? Integer.valueOf(1)
					: whoType.equals("Device") || whoType.equals("Organization") ? Integer.valueOf(2) : p.userTypeCode;
		}
		for (JsonElement role : array(agent, "role")) {
			for (Code c : codes(role, "agent.role")) {
				p.roleCodes.add(c.code);
			}
		}
		p.media = agent.has("media");
		return p;
	}

	private ParticipantObject object(JsonObject entity) throws BadMessageException {
		ParticipantObject o = new ParticipantObject();
		JsonObject what = optionalObject(entity, "what");
		String reference = what == null ? null : string(what, "reference");
		JsonObject identifier = what == null ? null : optionalObject(what, "identifier");
		String idSystem = identifier == null ? null : string(identifier, "system");
		String idValue = identifier == null ? null : string(identifier, "value");
		List<Code> types = codes(entity.get("type"), "entity.type");
		List<Code> roles = codes(entity.get("role"), "entity.role");
		String resource = reference != null ? resourceType(reference)
				: types.stream().map(c -> c.code).filter(c -> c.equals("Patient") || c.equals("ImagingStudy")).findFirst()
						.orElse(null);
		boolean patientRole = roles.stream().anyMatch(c -> c.code.equals("1") || c.code.equalsIgnoreCase("patient"));
		if ("Patient".equals(resource) || (resource == null && patientRole)) {
			o.typeCode = 1;
			o.role = 1;
			o.id = first(idValue, reference == null ? null : referenceId(reference));
			o.name = first(string(entity, "name"), what == null ? null : string(what, "display"));
		} else if ("ImagingStudy".equals(resource) || "urn:dicom:uid".equals(idSystem)) {
			o.idTypeCode = ParticipantObject.STUDY_UID;
			o.id = first(idValue == null ? null : idValue.replaceFirst("^urn:oid:", ""),
					reference == null ? null : referenceId(reference));
		} else {
			o.id = first(idValue, reference);
			o.reference = first(reference, idValue);
			o.typeCode = types.stream().map(c -> c.code).filter(c -> c.matches("\\d")).map(Integer::valueOf).findFirst()
					.orElse(2);
		}
		o.query = string(entity, "query");
		return o;
	}

	private static String action(String text) throws BadMessageException {
		if (text == null || ACTIONS.contains(text)) {
			return text;
		}
		throw new BadMessageException("action \"" + text + "\" is not one of C, R, U, D, E");
	}

	/** R4: a code "0".."12"; R5: outcome.code, a Coding. Absent means success (R4 makes it optional). */
	private static int outcome(JsonElement outcome) throws BadMessageException {
		if (outcome == null || outcome.isJsonNull()) {
			return 0;
		}
		String code;
		if (outcome.isJsonPrimitive()) {
			code = outcome.getAsString();
		} else {
			List<Code> codes = codes(object(outcome, "outcome").get("code"), "outcome.code");
			code = codes.isEmpty() ? "" : codes.get(0).code;
		}
		if (!OUTCOMES.contains(code)) {
			throw new BadMessageException("outcome \"" + code + "\" is not one of 0, 4, 8, 12");
		}
		return Integer.parseInt(code);
	}

	/** A system and code. */
	private record Code(String system, String code) {
		boolean isDicom() {
			return DCM.equals(system) || (system == null && code.matches("1\\d{5}"));
		}
	}

	/** The codes of a Coding, a CodeableConcept, or a list of either; empty when absent. */
	private static List<Code> codes(JsonElement e, String field) throws BadMessageException {
		List<Code> codes = new ArrayList<>();
		if (e == null || e.isJsonNull()) {
			return codes;
		}
		if (e.isJsonArray()) {
			for (JsonElement item : e.getAsJsonArray()) {
				codes.addAll(codes(item, field));
			}
			return codes;
		}
		JsonObject o = object(e, field);
		if (o.has("coding")) {
			return codes(o.get("coding"), field);
		}
		String code = string(o, "code");
		if (code != null) {
			codes.add(new Code(string(o, "system"), code));
		}
		return codes;
	}

	/** How a Reference names what it points to: its identifier's value, else its display, else the reference. */
	private static String referenceName(JsonObject ref) throws BadMessageException {
		if (ref == null) {
			return null;
		}
		JsonObject identifier = optionalObject(ref, "identifier");
		return first(identifier == null ? null : string(identifier, "value"), string(ref, "display"),
				string(ref, "reference"));
	}

	/** "Patient" of "Patient/123", "https://fhir.example/Patient/123/_history/2" and so on. */
	private static String resourceType(String reference) {
		String[] parts = stripHistory(reference).split("/");
		return parts.length >= 2 ? parts[parts.length - 2] : null;
	}

	private static String referenceId(String reference) {
		String[] parts = stripHistory(reference).split("/");
		return parts[parts.length - 1];
	}

	private static String stripHistory(String reference) {
		int history = reference.indexOf("/_history/");
		return history >= 0 ? reference.substring(0, history) : reference;
	}

	private static String first(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v.strip();
			}
		}
		return null;
	}

	private static JsonObject object(JsonElement e, String what) throws BadMessageException {
		if (e == null || !e.isJsonObject()) {
			throw new BadMessageException(what + " is not a JSON object");
		}
		return e.getAsJsonObject();
	}

	private static JsonObject optionalObject(JsonObject o, String name) throws BadMessageException {
		JsonElement e = o.get(name);
		return e == null || e.isJsonNull() ? null : object(e, name);
	}

	private static JsonArray array(JsonObject o, String name) throws BadMessageException {
		JsonElement e = o.get(name);
		if (e == null || e.isJsonNull()) {
			return new JsonArray();
		}
		if (!e.isJsonArray()) {
			throw new BadMessageException(name + " is not a list");
		}
		return e.getAsJsonArray();
	}

	/** A string (or number, or boolean) field; null when absent; an object or list there is an error. */
	private static String string(JsonObject o, String name) throws BadMessageException {
		JsonElement e = o.get(name);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (!e.isJsonPrimitive()) {
			throw new BadMessageException(name + " is not a text value");
		}
		JsonPrimitive p = e.getAsJsonPrimitive();
		String s = p.getAsString();
		return s.isBlank() ? null : s.strip();
	}
}
