package org.custodian.evidence.core;

/**
 * Red, amber or green for one requirement, or not assessed when the console holds no data that answers it. When
 * several checks speak to one requirement the worst assessed status stands ({@link #worse}).
 */
public enum Rag {
	/** Assessed, and something the inspector would find is wrong now. */
	RED("Red"),
	/** Assessed; nothing is wrong yet, but something is due, pending or weaker than it should be. */
	AMBER("Amber"),
	/** Assessed, and the evidence shows it is met. */
	GREEN("Green"),
	/** The console holds no data that answers this question; the reason says why. */
	NOT_ASSESSED("Not assessed");

	private final String label;

	Rag(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The one that should decide: RED over AMBER over GREEN over NOT_ASSESSED. */
	public static Rag worse(Rag a, Rag b) {
		return a.ordinal() <= b.ordinal() ? a : b;
	}
}
