package org.custodian.demo.trust;

import java.util.Random;

/**
 * Home addresses in one city: a few dozen postcode districts of Leeds with an area name each, and streets of
 * ordinary English names, so that neighbours (same street, same postcode) occur as they do in a real catchment.
 * Postcodes follow the UK format (outward code, then sector digit and unit letters, such as LS6 2AB); the units
 * are made up.
 */
final class Places {
	static final String CITY = "LEEDS";
	private static final String[][] DISTRICTS = { { "LS1", "CITY CENTRE" }, { "LS2", "WOODHOUSE" },
			{ "LS3", "BURLEY" }, { "LS4", "KIRKSTALL" }, { "LS5", "HAWKSWORTH" }, { "LS6", "HEADINGLEY" },
			{ "LS7", "CHAPEL ALLERTON" }, { "LS8", "ROUNDHAY" }, { "LS9", "HAREHILLS" }, { "LS10", "BELLE ISLE" },
			{ "LS11", "BEESTON" }, { "LS12", "ARMLEY" }, { "LS13", "BRAMLEY" }, { "LS14", "SEACROFT" },
			{ "LS15", "CROSSGATES" }, { "LS16", "ADEL" }, { "LS17", "MOORTOWN" }, { "LS18", "HORSFORTH" },
			{ "LS19", "YEADON" }, { "LS20", "GUISELEY" }, { "LS21", "OTLEY" }, { "LS22", "WETHERBY" },
			{ "LS25", "GARFORTH" }, { "LS26", "ROTHWELL" }, { "LS27", "MORLEY" }, { "LS28", "PUDSEY" },
			{ "LS29", "ILKLEY" } };
	private static final String[] STREET_NAMES = ("CHURCH STATION PARK MILL VICTORIA QUEENS KINGS ALBERT GROVE"
			+ " BEECH OAK ELM ASH CHESTNUT WILLOW MEADOW MOOR HILL BANK SPRING WELL LAUREL HOLLY CEDAR ST JOHNS"
			+ " MANOR GRANGE HALL NORTH SOUTH WESTFIELD EASTFIELD CLIFF WOOD BIRCH ROWAN HAWTHORN").split(" ");
	private static final String[] STREET_KINDS = { "STREET", "ROAD", "AVENUE", "LANE", "GROVE", "TERRACE",
			"CRESCENT", "DRIVE", "CLOSE", "MOUNT" };
	private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
	/** Streets per district: enough that neighbours are a few households, not hundreds. */
	static final int STREETS_PER_DISTRICT = 40;

	private Places() {
	}

	static int districts() {
		return DISTRICTS.length;
	}

	/** A home on street {@code street} of district {@code district}; the house number is drawn. */
	static Address address(int district, int street, Random random) {
		String[] d = DISTRICTS[district];
		// each street has a name of its own within its district and one postcode sector and unit pair per side
		int n = (street * 7 + district * 3) % STREET_NAMES.length;
		int k = (street + district) % STREET_KINDS.length;
		String streetName = STREET_NAMES[n] + " " + STREET_KINDS[k];
		if (street >= STREET_NAMES.length) {
			streetName = STREET_NAMES[n] + " " + STREET_KINDS[(k + 3) % STREET_KINDS.length];
		}
		int house = 1 + random.nextInt(120);
		int sector = 1 + street % 9;
		String unit = "" + UNIT_LETTERS.charAt((street * 5 + district) % UNIT_LETTERS.length())
				+ UNIT_LETTERS.charAt((house / 20 + street) % UNIT_LETTERS.length());
		return new Address(house + " " + streetName, d[1], CITY, d[0] + " " + sector + unit);
	}

	/** A home address: line 1 (number and street), line 2 (area), town, postcode. */
	record Address(String line1, String area, String town, String postcode) {
		/** The address as one line, as a PAS export writes it. */
		String oneLine() {
			return line1 + ", " + area + ", " + town;
		}

		/** The street and district without the house number: the same for neighbours. */
		String street() {
			return line1.substring(line1.indexOf(' ') + 1) + ", " + postcode.substring(0, postcode.indexOf(' '));
		}
	}
}
