package org.custodian.report.csv;

/**
 * A record that cannot be taken, with where it is: the source, the line, the column and why. The message reads
 * as a sentence a user can act on: {@code staff.csv line 12, column end_date: "31/02/2026" is not a date}.
 */
public final class RecordException extends RuntimeException {
	private static final long serialVersionUID = 1L;
	private final String source;
	private final long line;
	private final String column;
	private final String reason;

	public RecordException(String source, long line, String column, String reason) {
		super(source + " line " + line + (column != null ? ", column " + column : "") + ": " + reason);
		this.source = source;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	public String source() {
		return source;
	}

	public long line() {
		return line;
	}

	/** The column concerned, or null for the whole record. */
	public String column() {
		return column;
	}

	public String reason() {
		return reason;
	}

	/** "line 12, column end_date": the position without the source. */
	public String position() {
		return "line " + line + (column != null ? ", column " + column : "");
	}
}
