package org.custodian.audit.core.tests;

import java.util.Base64;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes FHIR R4 AuditEvent resources in the structure of IHE Basic Audit Log Patterns: type and subtype as
 * Codings, action, recorded, outcome, agents (who as an identifier, requestor, network address, type), the
 * source's observer, and entities (a Patient reference with its identifier and role, an ImagingStudy by its
 * DICOM UID, a query in base64).
 */
final class FhirAudit {
	static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
	static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
	static final String INTERACTION = "http://hl7.org/fhir/restful-interaction";
	static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
	static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";

	final JsonObject resource = new JsonObject();
	private final JsonArray agents = new JsonArray();
	private final JsonArray entities = new JsonArray();

	private FhirAudit() {
		resource.addProperty("resourceType", "AuditEvent");
		resource.add("agent", agents);
		JsonObject source = new JsonObject();
		source.add("observer", display("PACS_MAIN"));
		resource.add("source", source);
		resource.add("entity", entities);
	}

	static FhirAudit event(String system, String code, String time) {
		FhirAudit a = new FhirAudit();
		a.resource.add("type", coding(system, code));
		a.resource.addProperty("action", "R");
		a.resource.addProperty("recorded", time);
		a.resource.addProperty("outcome", "0");
		return a;
	}

	/** A viewing as a DICOM-coded AuditEvent: instances transferred, the person asking, the study, the patient. */
	static FhirAudit viewing(String time, String user, String patientId, String patientName, String studyUid) {
		return event(DCM, "110104", time).person(user, "Dr " + user, true, "10.0.0.7")
				.application("PACS_MAIN", "10.0.0.1", "110153").study(studyUid).patient(patientId, patientName);
	}

	/** A RESTful interaction as BALP writes it: type rest, subtype the interaction. */
	static FhirAudit rest(String interaction, String time) {
		FhirAudit a = event(EVENT_TYPE, "rest", time);
		JsonArray subtype = new JsonArray();
		subtype.add(coding(INTERACTION, interaction));
		a.resource.add("subtype", subtype);
		return a;
	}

	FhirAudit set(String field, String value) {
		resource.addProperty(field, value);
		return this;
	}

	FhirAudit remove(String field) {
		resource.remove(field);
		return this;
	}

	FhirAudit subtype(String system, String code) {
		JsonArray subtype = new JsonArray();
		subtype.add(coding(system, code));
		resource.add("subtype", subtype);
		return this;
	}

	FhirAudit person(String userId, String name, boolean requestor, String address) {
		JsonObject agent = new JsonObject();
		agent.add("type", concept("http://terminology.hl7.org/CodeSystem/extra-security-role-type", "humanuser"));
		JsonObject who = new JsonObject();
		JsonObject identifier = new JsonObject();
		identifier.addProperty("value", userId);
		who.add("identifier", identifier);
		who.addProperty("display", name);
		agent.add("who", who);
		agent.addProperty("requestor", requestor);
		if (address != null) {
			JsonObject network = new JsonObject();
			network.addProperty("address", address);
			network.addProperty("type", "2");
			agent.add("network", network);
		}
		agents.add(agent);
		return this;
	}

	/** A DICOM application taking part, named by its AE title, with its DICOM role. */
	FhirAudit application(String aeTitle, String address, String roleCode) {
		JsonObject agent = new JsonObject();
		agent.add("type", concept(DCM, roleCode));
		agent.add("who", display(aeTitle));
		agent.addProperty("altId", "AETITLES=" + aeTitle);
		agent.addProperty("requestor", false);
		JsonObject network = new JsonObject();
		network.addProperty("address", address);
		agent.add("network", network);
		agents.add(agent);
		return this;
	}

	/** Break-glass: the person's purpose of use is BTG. */
	FhirAudit breakGlass() {
		JsonArray purposes = new JsonArray();
		purposes.add(concept("http://terminology.hl7.org/CodeSystem/v3-ActReason", "BTG"));
		agents.get(0).getAsJsonObject().add("purposeOfUse", purposes);
		return this;
	}

	FhirAudit patient(String id, String name) {
		JsonObject entity = new JsonObject();
		JsonObject what = new JsonObject();
		what.addProperty("reference", "Patient/p-" + id.toLowerCase());
		JsonObject identifier = new JsonObject();
		identifier.addProperty("system", "https://fhir.nhs.uk/Id/nhs-number");
		identifier.addProperty("value", id);
		what.add("identifier", identifier);
		if (name != null) {
			what.addProperty("display", name);
		}
		entity.add("what", what);
		entity.add("type", coding(ENTITY_TYPE, "1"));
		entity.add("role", coding(OBJECT_ROLE, "1"));
		entities.add(entity);
		return this;
	}

	FhirAudit study(String studyUid) {
		JsonObject entity = new JsonObject();
		JsonObject what = new JsonObject();
		what.addProperty("reference", "ImagingStudy/s1");
		JsonObject identifier = new JsonObject();
		identifier.addProperty("system", "urn:dicom:uid");
		identifier.addProperty("value", "urn:oid:" + studyUid);
		what.add("identifier", identifier);
		entity.add("what", what);
		entity.add("type", coding(ENTITY_TYPE, "2"));
		entity.add("role", coding(OBJECT_ROLE, "3"));
		entities.add(entity);
		return this;
	}

	FhirAudit query(byte[] query) {
		JsonObject entity = new JsonObject();
		entity.add("type", coding(ENTITY_TYPE, "2"));
		entity.add("role", coding(OBJECT_ROLE, "24"));
		entity.addProperty("query", Base64.getEncoder().encodeToString(query));
		entities.add(entity);
		return this;
	}

	/** An entity that is neither patient nor study: a report, a document ("DocumentReference/7"). */
	FhirAudit entity(String reference) {
		JsonObject entity = new JsonObject();
		JsonObject what = new JsonObject();
		what.addProperty("reference", reference);
		entity.add("what", what);
		entity.add("type", coding(ENTITY_TYPE, "2"));
		entity.add("role", coding(OBJECT_ROLE, "3"));
		entities.add(entity);
		return this;
	}

	String json() {
		return resource.toString();
	}

	/** Resources in a Bundle of type collection, one entry each, pretty-printed over many lines. */
	static String bundle(String... resources) {
		StringBuilder s = new StringBuilder("{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n  \"entry\": [\n");
		for (int i = 0; i < resources.length; i++) {
			s.append("    {\n      \"fullUrl\": \"urn:uuid:").append(i).append("\",\n      \"resource\": ").append(resources[i])
					.append("\n    }").append(i + 1 < resources.length ? "," : "").append('\n');
		}
		return s.append("  ]\n}\n").toString();
	}

	static JsonObject coding(String system, String code) {
		JsonObject c = new JsonObject();
		c.addProperty("system", system);
		c.addProperty("code", code);
		return c;
	}

	static JsonObject concept(String system, String code) {
		JsonObject c = new JsonObject();
		JsonArray codings = new JsonArray();
		codings.add(coding(system, code));
		c.add("coding", codings);
		return c;
	}

	static JsonObject display(String name) {
		JsonObject r = new JsonObject();
		r.addProperty("display", name);
		return r;
	}
}
