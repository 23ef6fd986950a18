package org.custodian.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.custodian.store.IdentifierPolicy;
import org.custodian.store.PatientIdentifier;
import org.junit.jupiter.api.Test;

/**
 * HL7 CX identifiers as trusts' systems write them, and their keys. The forms are those of the audit trails
 * and feeds named in the test: a PACS writing its own namespace, a CX with only the NHS number's OID, HL7 v2
 * PID-3 with repetitions from two authorities, and a bare number from the RIS.
 */
class PatientIdentifierTest {

	@Test
	void readsEveryFormTheSourcesUse() {
		PatientIdentifier pacs = PatientIdentifier.parse("P0002061^^^TRUST");
		assertEquals(new PatientIdentifier("P0002061", "TRUST", null, null), pacs);

		PatientIdentifier nhs = PatientIdentifier.parse("9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO^NH");
		assertEquals("9434765919", nhs.id());
		assertNull(nhs.authority());
		assertEquals(PatientIdentifier.NHS_NUMBER_OID, nhs.universalId());
		assertTrue(nhs.isNhsNumber());

		PatientIdentifier bare = PatientIdentifier.parse(" P0002061 ");
		assertEquals("P0002061", bare.id());
		assertTrue(bare.hasNoAuthority());

		List<PatientIdentifier> pid3 = PatientIdentifier
				.parseAll("RXX1234567^^^RXX^MR~9434765919^^^NHS^NH~^^^EMPTY");
		assertEquals(2, pid3.size(), "the repetition without an ID is left out");
		assertEquals("MR", pid3.get(0).type());
		assertTrue(pid3.get(1).isNhsNumber());
		assertFalse(pid3.get(0).isNhsNumber());
	}

	@Test
	void aCxWithoutAnIdIsRefusedInWords() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> PatientIdentifier.parse("^^^TRUST"));
		assertTrue(e.getMessage().contains("^^^TRUST"), e.getMessage());
		assertNull(IdentifierPolicy.DEFAULT.key("^^^TRUST"));
		assertNull(IdentifierPolicy.DEFAULT.key("  "));
	}

	@Test
	void theHospitalNumberIsOneKeyWhateverTheSourceWrote() {
		IdentifierPolicy p = IdentifierPolicy.DEFAULT;
		assertEquals("P0002061", p.key("P0002061"));
		assertEquals("P0002061", p.key("P0002061^^^TRUST"));
		assertEquals("P0002061", p.key("P0002061^^^TRUST&1.2.826.0.1.3680043.2.1&ISO^MR"));
		assertEquals("NHS:9434765919", p.key("9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO"));
		assertEquals("NHS:9434765919", p.key("943 476 5919^^^NHS^NH"));
		assertEquals(p.key("NHS:9434765919"), "NHS:9434765919", "a key read again is the same key");
	}

	@Test
	void onceTheTrustNamesItsAuthoritiesOtherTrustsNumbersAreTheirOwn() {
		IdentifierPolicy p = new IdentifierPolicy(Set.of("rxx", "1.2.826.0.1.999"), Set.of("RYY"));
		assertEquals("123", p.key("123^^^RXX"));
		assertEquals("123", p.key("123^^^&1.2.826.0.1.999&ISO"));
		assertEquals("RYY:123", p.key("123^^^RYY"));
		assertEquals("RZZ:123", p.key("123^^^RZZ"));
		assertTrue(p.isKnown(PatientIdentifier.parse("123^^^RYY")));
		assertFalse(p.isKnown(PatientIdentifier.parse("123^^^RZZ")), "an authority the trust never named");
		assertTrue(p.isKnown(PatientIdentifier.parse("123")));

		IdentifierPolicy network = new IdentifierPolicy(Set.of(), Set.of("RYY"));
		assertEquals("123", network.key("123^^^RXX"), "with no local authority named, any other is local");
		assertEquals("RYY:123", network.key("123^^^RYY"));
	}

	@Test
	void nhsNumbersCarryTheirModulus11CheckDigit() {
		assertTrue(PatientIdentifier.validNhsNumber("9434765919"));
		assertTrue(PatientIdentifier.validNhsNumber("943 476 5919"));
		assertFalse(PatientIdentifier.validNhsNumber("9434765918"));
		assertFalse(PatientIdentifier.validNhsNumber("943476591"));
		assertFalse(PatientIdentifier.validNhsNumber(null));
	}

	@Test
	void writesCxBack() {
		assertEquals("P1^^^RXX^MR", PatientIdentifier.parse("P1^^^RXX^MR").toCx());
		assertEquals("9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO^NH",
				PatientIdentifier.parse("9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO^NH").toCx());
		assertEquals("P1", PatientIdentifier.parse("P1").toCx());
	}
}
