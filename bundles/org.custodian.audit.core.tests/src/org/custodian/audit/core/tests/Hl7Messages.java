package org.custodian.audit.core.tests;

/**
 * HL7 v2 messages shaped as an English trust's PAS and RIS send them: hospital numbers under the trust's
 * authority RXX with the NHS number beside them (NHS England's OID, type NH), UK addresses and postcodes,
 * clinicians by GMC number or the RIS's local code. Segments are joined by CR.
 */
final class Hl7Messages {
	private Hl7Messages() {
	}

	static String join(String... segments) {
		return String.join("\r", segments);
	}

	static String msh(String event, String control) {
		return "MSH|^~\\&|PAS|RXX|CUSTODIAN|RXX|20260302101500||" + event + "|" + control + "|P|2.4";
	}

	/** ADT (A04 by default) for one patient: hospital number, NHS number, address and a next of kin. */
	static String adt(String trigger, String control, String hospitalNumber, String nhsNumber, String family,
			String street) {
		return join(msh("ADT^" + trigger, control), "EVN|" + trigger + "|20260302101500",
				"PID|1||" + hospitalNumber + "^^^RXX^MR~" + nhsNumber + "^^^NHS&2.16.840.1.113883.2.1.4.1&ISO^NH||"
						+ family + "^Margaret^Ann^^Mrs||19580214|F|||" + street + "^Hillsborough^Sheffield^^S6 2LW^GBR^H||"
						+ "0114 496 0123",
				"NK1|1|" + family + "^Peter|SPO^Spouse|" + street + "^Hillsborough^Sheffield^^S6 2LW|07700 900123",
				"PV1|1|O");
	}

	/** ORM^O01 from the RIS: ordered by a GMC-registered clinician from a ward, accession in OBR-18. */
	static String order(String control, String hospitalNumber, String accession, String orderer, String ward) {
		return join("MSH|^~\\&|RIS|RXX|PACS|RXX|20260302110000||ORM^O01^ORM_O01|" + control + "|P|2.3",
				"PID|1||" + hospitalNumber + "^^^RXX^MR||SMITH^JOHN||19700101|M",
				"PV1|1|I|" + ward + "^B3^12^RXX",
				"ORC|NW|" + accession + "|" + accession + "||SC||||20260302110000|||" + orderer,
				"OBR|1|" + accession + "|" + accession + "|XCHES^Chest X-ray^L|||20260302110000|||||||||" + orderer
						+ "||" + accession + "||||||CR");
	}

	/** ORU^R01 from the RIS: the report, its interpreter in OBR-32 as NDL subcomponents. */
	static String result(String control, String hospitalNumber, String accession, String interpreter) {
		return join("MSH|^~\\&|RIS|RXX|PACS|RXX|20260303090000||ORU^R01^ORU_R01|" + control + "|P|2.5.1",
				"PID|1||" + hospitalNumber + "^^^RXX^MR||SMITH^JOHN||19700101|M",
				"OBR|1|" + accession + "|" + accession + "|XCHES^Chest X-ray^L|||20260302113000|||||||||||" + accession
						+ "||||20260303090000||CR|F|||||||" + interpreter,
				"OBX|1|TX|XCHES^Chest X-ray^L||No acute abnormality.||||||F");
	}
}
