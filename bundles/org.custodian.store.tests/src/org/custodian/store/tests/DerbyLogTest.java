package org.custodian.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;

import org.custodian.store.internal.derby.DerbyLog;
import org.junit.jupiter.api.Test;

/**
 * Derby's log keeps a failed statement's text but never its values: they are what a patient's number and name
 * would be in, beside the encrypted database.
 */
class DerbyLogTest {
	private static final String FAILED = "Failed Statement is: INSERT INTO ACCESS_EVENT (PATIENT_ID, PATIENT_NAME)"
			+ " VALUES (?, ?) with 2 parameters begin parameter #1: 9434765919 :end parameter begin parameter #2: "
			+ "QUIXOTE^ZEBEDEE :end parameter \n";
	private static final String HIDDEN = "Failed Statement is: INSERT INTO ACCESS_EVENT (PATIENT_ID, PATIENT_NAME)"
			+ " VALUES (?, ?) with 2 parameters begin parameter #1: (hidden) :end parameter begin parameter #2: "
			+ "(hidden) :end parameter \n";

	@Test
	void parameterValuesAreHiddenAndTheRestKept() {
		assertEquals(HIDDEN, DerbyLog.redact(FAILED));
		assertEquals("ERROR XSDG1: Page could not be written to disk\n",
				DerbyLog.redact("ERROR XSDG1: Page could not be written to disk\n"));
	}

	@Test
	void aValueWrittenInPiecesAndOverLineBreaksIsHiddenWhole() throws IOException {
		StringWriter file = new StringWriter();
		try (DerbyLog.Redacting log = new DerbyLog.Redacting(file)) {
			log.write("before\nFailed Statement is: X with 1 parameters begin parameter #1: 94347");
			log.flush();
			assertEquals("before\n", file.toString(), "nothing of an open value is written");
			log.write("65919\nDOE^JANE :end parameter \nafter\n");
		}
		assertEquals("before\nFailed Statement is: X with 1 parameters begin parameter #1: (hidden) :end parameter \n"
				+ "after\n", file.toString());
	}
}
