package org.custodian.store.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Instants in TIMESTAMP columns as UTC wall-clock time, whatever the JVM's time zone. Going through a UTC
 * calendar (not the default zone) keeps times in the hour a summer-time change skips or repeats exact.
 */
public final class UtcTimes {
	private UtcTimes() {
	}

	private static Calendar utc() {
		// Calendars are mutable and the driver sets their time: one per call keeps this thread-safe.
		return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
	}

	public static void set(PreparedStatement ps, int index, Instant instant) throws SQLException {
		if (instant == null) {
			ps.setNull(index, java.sql.Types.TIMESTAMP);
		} else {
			ps.setTimestamp(index, Timestamp.from(instant), utc());
		}
	}

	/**
	 * False when the instant's UTC wall-clock time does not exist in the JVM's time zone (the hour a
	 * summer-time change skips). Derby re-binds batched parameters through the default time zone, ignoring
	 * the UTC calendar, which moves such a time by an hour: those rows must be executed on their own.
	 */
	public static boolean survivesBatch(Instant instant) {
		LocalDateTime wallClock = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		return !ZoneId.systemDefault().getRules().getValidOffsets(wallClock).isEmpty();
	}

	public static Instant get(ResultSet rs, int index) throws SQLException {
		Timestamp t = rs.getTimestamp(index, utc());
		return t == null ? null : t.toInstant();
	}
}
