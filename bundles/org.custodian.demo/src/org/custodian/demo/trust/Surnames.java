package org.custodian.demo.trust;

import java.util.Random;

/**
 * Surnames drawn as often as they occur among the people of England and Wales, so that a generated trust has
 * the coincidences a real one has: about one person in eighty is a SMITH, and many unrelated people share a
 * surname with a member of staff.
 *
 * The shares of the hundred commonest names are approximations, rounded from the orders of magnitude seen in
 * published surname frequency tables for England and Wales (ONS-derived and Forebears-style tables); they are
 * not copied from any one table and are not exact. Together they cover about 17% of people. The rest of
 * the population is drawn from a fixed list of rarer English, Welsh, Scottish, Irish and South Asian surnames
 * with a steeply falling weight, then from rare compound names built of common English name elements, so
 * that every name outside the top hundred is rarer than the hundredth.
 */
public final class Surnames {
	/** The commonest surnames with their approximate share of people, per 100,000. */
	private static final Object[][] COMMON = { { "SMITH", 1260 }, { "JONES", 920 }, { "WILLIAMS", 640 },
			{ "TAYLOR", 510 }, { "BROWN", 490 }, { "DAVIES", 460 }, { "EVANS", 370 }, { "WILSON", 340 },
			{ "THOMAS", 330 }, { "JOHNSON", 320 }, { "ROBERTS", 310 }, { "ROBINSON", 250 }, { "THOMPSON", 245 },
			{ "WRIGHT", 240 }, { "WALKER", 235 }, { "WHITE", 225 }, { "EDWARDS", 220 }, { "HUGHES", 215 },
			{ "GREEN", 212 }, { "HALL", 210 }, { "LEWIS", 205 }, { "HARRIS", 202 }, { "CLARKE", 200 },
			{ "PATEL", 198 }, { "JACKSON", 195 }, { "WOOD", 185 }, { "TURNER", 178 }, { "MARTIN", 175 },
			{ "COOPER", 172 }, { "HILL", 170 }, { "WARD", 165 }, { "MORRIS", 163 }, { "MOORE", 160 },
			{ "CLARK", 158 }, { "LEE", 155 }, { "KING", 153 }, { "BAKER", 151 }, { "HARRISON", 149 },
			{ "MORGAN", 147 }, { "ALLEN", 145 }, { "JAMES", 143 }, { "SCOTT", 141 }, { "PHILLIPS", 139 },
			{ "WATSON", 137 }, { "DAVIS", 135 }, { "PARKER", 133 }, { "PRICE", 131 }, { "BENNETT", 129 },
			{ "YOUNG", 127 }, { "GRIFFITHS", 125 }, { "MITCHELL", 123 }, { "KELLY", 121 }, { "COOK", 119 },
			{ "CARTER", 117 }, { "RICHARDSON", 115 }, { "BAILEY", 113 }, { "COLLINS", 111 }, { "BELL", 110 },
			{ "SHAW", 108 }, { "MURPHY", 107 }, { "MILLER", 106 }, { "COX", 105 }, { "RICHARDS", 104 },
			{ "KHAN", 103 }, { "MARSHALL", 102 }, { "ANDERSON", 101 }, { "SIMPSON", 100 }, { "ELLIS", 99 },
			{ "ADAMS", 98 }, { "SINGH", 97 }, { "BEGUM", 96 }, { "WILKINSON", 95 }, { "FOSTER", 94 },
			{ "CHAPMAN", 93 }, { "POWELL", 92 }, { "WEBB", 91 }, { "ROGERS", 90 }, { "GRAY", 89 }, { "MASON", 88 },
			{ "ALI", 87 }, { "HUNT", 86 }, { "HUSSAIN", 85 }, { "CAMPBELL", 84 }, { "MATTHEWS", 83 }, { "OWEN", 82 },
			{ "PALMER", 81 }, { "HOLMES", 80 }, { "MILLS", 79 }, { "BARNES", 78 }, { "KNIGHT", 77 }, { "LLOYD", 76 },
			{ "BUTLER", 75 }, { "RUSSELL", 74 }, { "BARKER", 73 }, { "FISHER", 72 }, { "STEVENS", 71 },
			{ "JENKINS", 70 }, { "MURRAY", 69 }, { "DIXON", 68 } };

	/** Rarer surnames, roughly commonest first; weighted below the hundredth common name. */
	private static final String[] RARER = ("HARVEY GRAHAM PEARSON AHMED FLETCHER WALSH KAUR GIBSON HOWARD ANDREWS"
			+ " STEWART ELLIOTT REYNOLDS SAUNDERS PAYNE FOX FORD PEARCE DAY BROOKS WEST LAWRENCE COLE ATKINSON BRADLEY"
			+ " SPENCER GILL DAWSON BALL BURTON O'BRIEN WATTS ROSE BOOTH PERRY RYAN GRANT WELLS ARMSTRONG FRANCIS REES"
			+ " HAYES HART HUDSON NEWMAN BARRETT WEBSTER HUNTER GREGORY CARR LOWE PAGE MARSH RILEY DUNN WOODS PARSONS"
			+ " BERRY STONE REID HOLLAND HAWKINS HARDING PORTER ROBERTSON NEWTON OLIVER REED KENNEDY WILLIAMSON BIRD"
			+ " GARDNER SHARP LAMBERT WILLIS MYERS DUNCAN KAY CHAMBERS BAXTER HUGHES-JONES LAMB CROSS MOSS HOPKINS"
			+ " WADE BRIGGS SUTTON MANN PICKERING HOLT TUCKER LANE HEWITT BARTON SHEPHERD HARPER FARRELL MIAH RAHMAN"
			+ " UDDIN ISLAM MAHMOOD IQBAL AKHTAR SHAH MISTRY PAREKH DESAI CHAUHAN JOSHI SHARMA KUMAR GUPTA BHATTI"
			+ " CHOUDHURY MALIK RAZA QURESHI ASHWORTH BRADSHAW HOLDEN PILKINGTON SUTCLIFFE HOLROYD LISTER PRIESTLEY"
			+ " HAIGH BRAMLEY CRABTREE GREENWOOD ACKROYD MIDGLEY FIRTH BOTTOMLEY BARRACLOUGH HEPWORTH WHITELEY"
			+ " BRAITHWAITE RHODES SENIOR LUMB HARGREAVES TOWNEND BROADBENT SYKES HIRST WORMALD DOBSON PARKIN"
			+ " HEATON HAIGHTON CROWTHER STANSFIELD MORLEY KERSHAW HOLLINGWORTH SHACKLETON THORPE SPEIGHT METCALFE"
			+ " ROBSON NAYLOR MOXON WHITAKER RAMSDEN HAINSWORTH FEATHERSTONE GAUNT LOCKWOOD PRATT HANSON BOOCOCK"
			+ " MACDONALD MACKENZIE MCLEAN MCKAY MCGREGOR FRASER CAMERON SINCLAIR MUNRO MACLEOD MCINTOSH ROSS"
			+ " HAMILTON FERGUSON MCCARTHY O'CONNOR O'NEILL DOYLE BRENNAN QUINN MCGUINNESS DONNELLY GALLAGHER"
			+ " KAVANAGH FITZGERALD BYRNE REILLY DOHERTY MORAN LYNCH HEGARTY MCMAHON MULLAN PRITCHARD PROSSER"
			+ " POWYS VAUGHAN GWYNNE BEVAN BOWEN PUGH MEREDITH PROTHERO LLEWELLYN GRIFFIN HOWELLS WATKINS JENKINSON"
			+ " NOWAK KOWALSKI WISNIEWSKI OKAFOR ADEYEMI MENSAH OWUSU NGUYEN CHEN WONG ZHANG LI KIM SANTOS FERREIRA"
			+ " SILVA ROSSI COSTA MARTINEZ GARCIA LOPEZ SCHMIDT MULLER ABBOTT ASTON BLACKBURN BRIGHTON CAWOOD"
			+ " DENTON EASTWOOD FAIRBURN GARSIDE HALSTEAD INGHAM JOWETT KILBURN LEDGARD MARSDEN NETTLETON OLDROYD"
			+ " PEARSALL QUARMBY RAISTRICK SHILLITO TETLEY UTLEY VARLEY WADSWORTH YEADON").split(" ");

	/** Elements of rare English compound surnames (ASH+WORTH, BRAD+FIELD...), for the long tail. */
	private static final String[] ROOTS = ("ASH BRAD BROOM CALD CLAY DEN EL FARN GREEN HAD HAM HAW HOL KEN KIRK"
			+ " LANG LIT MAR MID NOR OAK PEN RAD ROTH SAL SHEL STAN STOCK THORN WAL WEST WHIT WIN WOOL YAR"
			+ " ALD BARN BURN COP DUD FEN HART HEP LAX MOR PRES RAMS SCAR TOD WHAR").split(" ");
	private static final String[] ENDINGS = ("WORTH FIELD LEY TON SHAW BY HAM COTE DALE WELL BRIDGE HURST STEAD WOOD"
			+ " FORD THWAITE CLIFFE MORE LOW WICK GATE HOUSE COMBE THORPE CROFT HOLME").split(" ");

	private static final double COMMON_TOTAL;
	private static final double[] COMMON_CUMULATIVE = new double[COMMON.length];
	/** Per 100,000 people: the weight of the list of rarer names, the rest going to compound names. */
	private static final double RARER_TOTAL = 14_000;
	private static final double[] RARER_CUMULATIVE = new double[RARER.length];

	static {
		double sum = 0;
		for (int i = 0; i < COMMON.length; i++) {
			sum += (Integer) COMMON[i][1];
			COMMON_CUMULATIVE[i] = sum;
		}
		COMMON_TOTAL = sum;
		// gently falling: the first rarer name is a little rarer than the hundredth common one
		double r = 0;
		for (int i = 0; i < RARER.length; i++) {
			r += 1.0 / (1 + i / 300.0);
			RARER_CUMULATIVE[i] = r;
		}
		for (int i = 0; i < RARER.length; i++) {
			RARER_CUMULATIVE[i] *= RARER_TOTAL / r;
		}
	}

	private Surnames() {
	}

	/** The approximate share of people (0 to 1) with the given common surname, or 0 if it is not one of them. */
	public static double commonShare(String surname) {
		for (Object[] row : COMMON) {
			if (row[0].equals(surname)) {
				return (Integer) row[1] / 100_000.0;
			}
		}
		return 0;
	}

	/** The share of people (0 to 1) that the hundred commonest surnames cover together. */
	public static double commonTotalShare() {
		return COMMON_TOTAL / 100_000.0;
	}

	/** A surname drawn with the population's frequencies. */
	public static String draw(Random random) {
		double x = random.nextDouble() * 100_000;
		if (x < COMMON_TOTAL) {
			return (String) COMMON[search(COMMON_CUMULATIVE, x)][0];
		}
		x -= COMMON_TOTAL;
		if (x < RARER_TOTAL) {
			return RARER[search(RARER_CUMULATIVE, x)];
		}
		// some thirteen hundred compounds, each rarer than the hundredth common name
		return ROOTS[random.nextInt(ROOTS.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
	}

	private static int search(double[] cumulative, double x) {
		int lo = 0;
		int hi = cumulative.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative[mid] <= x) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
