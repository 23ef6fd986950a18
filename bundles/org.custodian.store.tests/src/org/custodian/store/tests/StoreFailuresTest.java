package org.custodian.store.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.custodian.store.internal.jdbc.StoreFailures;
import org.junit.jupiter.api.Test;

/**
 * The sentence a user reads for a failed write names the full disk whichever of Derby's files ran out of room: a
 * data page or the transaction log (the real full disk is exercised by DiskFullDuringImportTest; which file fails
 * first there depends on timing, so each state is pinned here).
 */
class StoreFailuresTest {
	private static final String DISK = "free space";

	@Test
	void aPageOrLogWriteFailureIsNamedAsAFullDisk() {
		for (String state : new String[] { "XSDG1", "XSDFI", "XSLA0", "XSLA4", "XSLAQ" }) {
			String advice = StoreFailures.advice(new SQLException("Derby said so", state));
			assertTrue(advice.contains("disk") && advice.contains(DISK), state + ": " + advice);
		}
	}

	@Test
	void theDiskFailureIsFoundFurtherDownTheChain() {
		SQLException top = new SQLException("Statement failed", "XJ001");
		top.setNextException(new SQLException("Cannot flush the log file to disk", "XSLA0"));
		assertTrue(StoreFailures.advice(top).contains(DISK), StoreFailures.advice(top));
	}

	@Test
	void otherFailuresAreNotBlamedOnTheDisk() {
		String advice = StoreFailures.advice(new SQLException("Column 'X' is not in any table", "42X04"));
		assertFalse(advice.contains(DISK), advice);
		String stopped = StoreFailures.advice(new SQLException("marked for shutdown", "XSLAJ"));
		assertTrue(stopped.contains("sign in again"), stopped);
	}
}
