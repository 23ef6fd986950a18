package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custodian.demo.DemoSeeder;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.DrSettings;
import org.custodian.model.Trust;
import org.junit.jupiter.api.Test;

/** The demo trust keeps a compression policy, so its start page shows R3 judged on one rather than its absence. */
class DrDemoTest {

	@Test
	void theDemoTrustKeepsMammographyLosslessAndLimitsLossyCt() {
		Trust trust = DemoSeeder.exampleTrust();
		CompressionPolicy policy = DrSettings.of(trust);
		assertFalse(policy.isEmpty());
		assertTrue(policy.requiresLossless("MG"));
		assertTrue(policy.requiresLossless("DX"));
		assertFalse(policy.requiresLossless("CT"));
		assertEquals(10.0, policy.maxRatio("CT"));
		assertEquals(15.0, policy.maxRatio("US"));
	}
}
