package org.custodian.store;

/**
 * The result of checking the console trail's hash chain.
 *
 * @param entries   how many entries were checked
 * @param firstBad  the sequence number of the first entry that was edited, removed or inserted, or -1
 * @param problem   what is wrong there, in words, or null
 */
public record TrailVerification(long entries, long firstBad, String problem) {
	public boolean intact() {
		return firstBad < 0;
	}
}
