package org.custodian.audit.core.feeds.hl7;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.preparser.PreParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.NanoTimeGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * HAPI set up once for every HL7 v2 feed: each version a PAS or RIS sends (2.3 to 2.8) is read into HAPI's v2.5.1
 * structures, so that one mapper reads them all; HAPI's own conformance checks are off, because a trust's feed
 * is taken as it is and the mappers say precisely what they could not use. Answers are built here too, so a file
 * and the MLLP listener acknowledge alike.
 */
public final class Hl7Parsing {
	/** The version every message is read into. */
	public static final String CANONICAL_VERSION = "2.5.1";

	private static final HapiContext CONTEXT = context();

	private Hl7Parsing() {
	}

	private static HapiContext context() {
		HapiContext c = new DefaultHapiContext();
		c.setModelClassFactory(new CanonicalModelClassFactory(CANONICAL_VERSION));
		c.setValidationContext(ValidationContextFactory.noValidation());
		// HAPI's default numbers acknowledgements from a file it writes into the working directory
		c.getParserConfiguration().setIdGenerator(new NanoTimeGenerator());
		return c;
	}

	/** A new parser (PipeParser is not safe to share between threads). */
	public static PipeParser parser() {
		return CONTEXT.getPipeParser();
	}

	/** One value of a segment: field, repetition (0 first), component and subcomponent (1 first); null if empty. */
	static String value(Segment segment, int field, int repetition, int component, int subcomponent) {
		try {
			if (repetition >= segment.getField(field).length) {
				return null;
			}
			String v = Terser.get(segment, field, repetition, component, subcomponent);
			return v == null || v.isBlank() ? null : v.strip();
		} catch (HL7Exception e) {
			return null; // a field the segment cannot have holds nothing
		}
	}

	static String value(Segment segment, int field, int component) {
		return value(segment, field, 0, component, 1);
	}

	/** How many repetitions a field has. */
	static int repetitions(Segment segment, int field) {
		try {
			return segment.getField(field).length;
		} catch (HL7Exception e) {
			return 0;
		}
	}

	/** A field as the message encodes it (components and subcomponents with the message's separators). */
	static String encoded(Segment segment, int field, int repetition) {
		try {
			if (repetition >= segment.getField(field).length) {
				return null;
			}
			String v = segment.getField(field, repetition).encode();
			return v == null || v.isBlank() ? null : v;
		} catch (HL7Exception e) {
			return null;
		}
	}

	/** Every segment of a message in the order it was sent, whatever groups HAPI put them in. */
	static List<Segment> segments(Message message) throws HL7Exception {
		List<Segment> all = new ArrayList<>();
		collect(message, all);
		return all;
	}

	private static void collect(Group group, List<Segment> into) throws HL7Exception {
		for (String name : group.getNames()) {
			for (Structure s : group.getAll(name)) {
				if (s instanceof Segment segment) {
					into.add(segment);
				} else if (s instanceof Group child) {
					collect(child, into);
				}
			}
		}
	}

	/** The answer to a message that was read: AA, or AE/AR with the error (its code, where, and why). */
	static String acknowledge(Message message, AcknowledgmentCode code, HL7Exception error) throws HL7Exception {
		try {
			Message ack = message.generateACK(code, error);
			return ack.encode();
		} catch (java.io.IOException e) {
			throw new HL7Exception("the acknowledgement could not be built: " + e.getMessage(), e);
		}
	}

	/**
	 * The answer to text that is not an HL7 message HAPI can read: AR, naming the sender's control id when the
	 * MSH can still be found, so the sender knows which message was refused.
	 */
	static String reject(String text, String reason) {
		return answer(text, AcknowledgmentCode.AR, new HL7Exception(reason,
				text.startsWith("MSH") ? ErrorCode.DATA_TYPE_ERROR : ErrorCode.SEGMENT_SEQUENCE_ERROR));
	}

	/**
	 * An answer built from the text alone, for a message HAPI read but could not answer through its own
	 * structure: the MSH fields are taken from the text where they can be found.
	 */
	static String answer(String text, AcknowledgmentCode code, HL7Exception error) {
		try {
			ACK ack = new ACK();
			ack.setParser(parser());
			ack.initQuickstart("ACK", null, "P");
			String[] fields = preParse(text);
			Terser t = new Terser(ack);
			if (fields[0] != null) {
				t.set("MSH-5", fields[0]);
			}
			if (fields[1] != null) {
				t.set("MSH-6", fields[1]);
			}
			if (fields[2] != null) {
				t.set("MSA-2", fields[2]);
			}
			error.populateResponse(ack, code, 0);
			return ack.encode();
		} catch (HL7Exception | java.io.IOException e) {
			throw new IllegalStateException("HAPI could not build a plain ACK: " + e.getMessage(), e);
		}
	}

	/** Sending application, sending facility and control id of a message HAPI cannot parse, where they can be found. */
	private static String[] preParse(String text) {
		try {
			String[] f = PreParser.getFields(text, "MSH-3", "MSH-4", "MSH-10");
			return f == null || f.length < 3 ? new String[3] : f;
		} catch (HL7Exception | RuntimeException e) {
			return new String[3];
		}
	}
}
