package org.custodian.audit.core;

import org.custodian.store.AccessEvent;
import org.custodian.store.QuarantinedRecord;

/** One thing an {@link AuditRecordReader} read: an access event, or a record it had to quarantine. */
public sealed interface AuditRecord {

	/** Where in the source the record is, in words a user can find ("message 7 at byte 10234, line 311"). */
	String position();

	/** An access event read from the source. */
	record Event(AccessEvent event, String position) implements AuditRecord {
	}

	/** A record that could not be read, with where it is and why. */
	record Quarantined(QuarantinedRecord record) implements AuditRecord {
		@Override
		public String position() {
			return record.position();
		}
	}
}
