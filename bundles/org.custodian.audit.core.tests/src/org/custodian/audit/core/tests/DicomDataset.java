package org.custodian.audit.core.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes small DICOM data sets (a C-FIND identifier) in implicit or explicit VR little endian, for the
 * ParticipantObjectQuery of query audits. Values are padded to even length as the standard requires.
 */
final class DicomDataset {
	private final boolean explicit;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private Charset charset = StandardCharsets.ISO_8859_1;

	private DicomDataset(boolean explicit) {
		this.explicit = explicit;
	}

	static DicomDataset implicitLittleEndian() {
		return new DicomDataset(false);
	}

	static DicomDataset explicitLittleEndian() {
		return new DicomDataset(true);
	}

	/** Adds a text attribute; Specific Character Set "ISO_IR 192" makes the values after it UTF-8. */
	DicomDataset add(int tag, String vr, String value) {
		byte[] v = value.getBytes(charset);
		if (tag == 0x00080005 && value.contains("ISO_IR 192")) {
			charset = StandardCharsets.UTF_8;
		}
		if (v.length % 2 == 1) {
			byte[] padded = new byte[v.length + 1];
			System.arraycopy(v, 0, padded, 0, v.length);
			padded[v.length] = (byte) (vr.equals("UI") ? 0 : ' ');
			v = padded;
		}
		header(tag, vr, v.length);
		out.writeBytes(v);
		return this;
	}

	/** A sequence of undefined length with one item of undefined length holding the given data set. */
	DicomDataset sequence(int tag, DicomDataset item) {
		header(tag, "SQ", -1);
		tag(0xFFFEE000);
		int32(-1);
		out.writeBytes(item.bytes());
		tag(0xFFFEE00D);
		int32(0);
		tag(0xFFFEE0DD);
		int32(0);
		return this;
	}

	byte[] bytes() {
		return out.toByteArray();
	}

	private void header(int tag, String vr, int length) {
		tag(tag);
		if (!explicit) {
			int32(length);
		} else if ("OB OD OF OL OV OW SQ SV UC UN UR UT UV".contains(vr)) {
			out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
			int16(0);
			int32(length);
		} else {
			out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
			int16(length);
		}
	}

	private void tag(int tag) {
		int16(tag >>> 16);
		int16(tag & 0xFFFF);
	}

	private void int16(int v) {
		out.write(v & 0xFF);
		out.write((v >>> 8) & 0xFF);
	}

	private void int32(int v) {
		int16(v & 0xFFFF);
		int16(v >>> 16);
	}
}
