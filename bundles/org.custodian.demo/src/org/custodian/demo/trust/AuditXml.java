package org.custodian.demo.trust;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

/**
 * The PACS audit trail as DICOM PS3.15 A.5 audit messages, one {@code AuditMessage} per line, one after another
 * in one file. Persons are requestors with their workstation as NetworkAccessPointID; PACS processes are
 * machine participants with AE titles; the archive is the other participant of every transfer.
 */
final class AuditXml implements AutoCloseable {
	static final String ARCHIVE = "RXX_PACS";
	static final String ARCHIVE_HOST = "pacs-archive.rxx.nhs.uk";
	private static final String STUDY_ROOT_FIND = "1.2.840.10008.5.1.4.1.2.2.1";
	private static final String CT_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
	private final BufferedWriter out;
	private final StringBuilder b = new StringBuilder(2048);
	private long written;

	AuditXml(Path file) throws IOException {
		out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 18);
	}

	/**
	 * How a patient is named in the trail: mostly the local number with its authority, sometimes the NHS number
	 * by its OID, and now and then the network trust's number (images it sent).
	 */
	static String patientCx(Person p) {
		int pick = Math.floorMod(p.index * 31 + p.household, 100);
		if (p.networkNumber != null && pick < 30) {
			return p.networkNumber + "^^^" + TrustIds.NETWORK_TRUST;
		}
		if (pick >= 90) {
			return p.nhsNumber + "^^^&" + TrustIds.NHS_OID + "&ISO";
		}
		return p.hospitalNumber + "^^^" + TrustIds.TRUST;
	}

	long written() {
		return written;
	}

	void write(Access a) throws IOException {
		b.setLength(0);
		b.append("<AuditMessage><EventIdentification EventActionCode=\"").append(a.action())
				.append("\" EventDateTime=\"").append(Instant.ofEpochSecond(a.second()))
				.append("\" EventOutcomeIndicator=\"").append(a.outcome()).append("\">");
		code("EventID", a.code(), name(a.code()));
		if (a.typeCode() != null) {
			code("EventTypeCode", a.typeCode(), name(a.typeCode()));
		}
		b.append("</EventIdentification>");
		boolean transfer = a.code().equals("110104") || a.code().equals("110103") || a.code().equals("110106");
		if (a.aeTitle() != null) {
			participant(a.user(), "AETITLES=" + a.aeTitle(), true, a.host(), "110152");
		} else {
			participant(a.user(), null, true, a.host(), transfer ? "110152" : null);
		}
		if (transfer || a.code().equals("110112")) {
			participant(ARCHIVE, "AETITLES=" + ARCHIVE, false, ARCHIVE_HOST, "110153");
		}
		if (a.code().equals("110106")) {
			b.append("<ActiveParticipant UserID=\"DVD-R\" UserIsRequestor=\"false\">");
			code("RoleIDCode", "110154", "Destination Media");
			b.append("<MediaIdentifier>");
			code("MediaType", "110033", "DVD");
			b.append("</MediaIdentifier></ActiveParticipant>");
		}
		b.append("<AuditSourceIdentification AuditSourceID=\"").append(ARCHIVE).append("\">");
		b.append("<AuditSourceTypeCode csd-code=\"4\" codeSystemName=\"DCM\" originalText=\"Application Server\"/>");
		b.append("</AuditSourceIdentification>");
		if (a.patientCx() != null) {
			b.append("<ParticipantObjectIdentification ParticipantObjectID=\"").append(xml(a.patientCx()))
					.append("\" ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\">");
			code("ParticipantObjectIDTypeCode", "2", "Patient Number", "RFC-3881");
			b.append("<ParticipantObjectName>").append(xml(a.patientName())).append("</ParticipantObjectName>");
			b.append("</ParticipantObjectIdentification>");
		}
		if (a.studyUid() != null) {
			b.append("<ParticipantObjectIdentification ParticipantObjectID=\"").append(a.studyUid())
					.append("\" ParticipantObjectTypeCode=\"2\" ParticipantObjectTypeCodeRole=\"3\">");
			code("ParticipantObjectIDTypeCode", "110180", "Study Instance UID");
			if (a.accession() != null) {
				b.append("<Accession Number=\"").append(a.accession()).append("\"/>");
			}
			if (a.instances() > 0) {
				b.append("<SOPClass UID=\"").append(CT_STORAGE).append("\" NumberOfInstances=\"").append(a.instances())
						.append("\"/>");
			}
			if (a.code().equals("110106")) {
				b.append("<Encrypted>true</Encrypted>");
			}
			b.append("</ParticipantObjectIdentification>");
		}
		if (a.queryKeys() != null) {
			b.append("<ParticipantObjectIdentification ParticipantObjectID=\"").append(STUDY_ROOT_FIND)
					.append("\" ParticipantObjectTypeCode=\"2\" ParticipantObjectTypeCodeRole=\"3\">");
			code("ParticipantObjectIDTypeCode", "110181", "SOP Class UID");
			b.append("<ParticipantObjectQuery>").append(Base64.getEncoder().encodeToString(dataset(a.queryKeys())))
					.append("</ParticipantObjectQuery></ParticipantObjectIdentification>");
		}
		b.append("</AuditMessage>\n");
		out.append(b);
		written++;
	}

	private void participant(String user, String alternative, boolean requestor, String host, String role) {
		b.append("<ActiveParticipant UserID=\"").append(xml(user)).append('"');
		if (alternative != null) {
			b.append(" AlternativeUserID=\"").append(alternative).append('"');
		}
		b.append(" UserIsRequestor=\"").append(requestor).append("\" NetworkAccessPointID=\"").append(host)
				.append("\" NetworkAccessPointTypeCode=\"1\"");
		if (role == null) {
			b.append("/>");
			return;
		}
		b.append('>');
		code("RoleIDCode", role, role.equals("110152") ? "Destination Role ID" : "Source Role ID");
		b.append("</ActiveParticipant>");
	}

	private void code(String element, String code, String text) {
		code(element, code, text, "DCM");
	}

	private void code(String element, String code, String text, String system) {
		b.append('<').append(element).append(" csd-code=\"").append(code).append("\" codeSystemName=\"").append(system)
				.append("\" originalText=\"").append(text).append("\"/>");
	}

	private static String name(String code) {
		return switch (code) {
		case "110104" -> "DICOM Instances Transferred";
		case "110103" -> "DICOM Instances Accessed";
		case "110112" -> "Query";
		case "110114" -> "User Authentication";
		case "110106" -> "Export";
		case "110113" -> "Security Alert";
		case "110122" -> "Login";
		case "110123" -> "Logout";
		case "110127" -> "Emergency Override Started";
		default -> code;
		};
	}

	/**
	 * The C-FIND identifier in explicit VR little endian: keys given as "gggg,eeee VR value" in tag order, so that
	 * ParticipantObjectQuery holds what a real SCP logs.
	 */
	static byte[] dataset(String[] keys) {
		ByteArrayOutputStream d = new ByteArrayOutputStream();
		for (String key : keys) {
			String[] parts = key.split(" ", 3);
			int group = Integer.parseInt(parts[0].substring(0, 4), 16);
			int element = Integer.parseInt(parts[0].substring(5, 9), 16);
			byte[] value = (parts.length > 2 ? parts[2] : "").getBytes(StandardCharsets.ISO_8859_1);
			int length = value.length + (value.length % 2);
			d.write(group & 0xff);
			d.write(group >> 8);
			d.write(element & 0xff);
			d.write(element >> 8);
			d.write(parts[1].charAt(0));
			d.write(parts[1].charAt(1));
			d.write(length & 0xff);
			d.write(length >> 8);
			d.writeBytes(value);
			if (length > value.length) {
				d.write(parts[1].equals("UI") ? 0 : ' ');
			}
		}
		return d.toByteArray();
	}

	private static String xml(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("'", "&apos;");
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
