package org.custodian.audit.core.review;

import java.util.Optional;

import org.custodian.audit.core.rules.CareLookup;
import org.custodian.audit.core.rules.Directory;
import org.custodian.audit.core.rules.PatientAccess;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.audit.core.rules.SystemTraffic;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.store.StoredEvent;
import org.custodian.store.Trusts;

/**
 * What each access in the trail is, as the grid, the timeline and the case pack show it: <b>explained</b> (and by
 * what: ordered by them, reported by them, their department's, the MDT list, the teleradiology assignment),
 * <b>unexplained</b>, or <b>system traffic</b> (a machine with no person behind it: kept as DR evidence, never
 * judged as a person's). Events that are no access to a patient (a log-in, a query) have no class. The staff
 * directory is read once; the RIS feed's lines once per patient, in a bounded cache, because a grid repaints the
 * same rows again and again.
 */
public final class AccessClasses {
	public static final String SYSTEM = "system traffic";
	public static final String UNEXPLAINED = "unexplained";
	private static final String EXPLAINED = "explained: ";

	private final Store store;
	private Directory directory;
	private CareLookup care;

	public AccessClasses(Store store) {
		store.require(Permission.VIEW_ACCESS);
		this.store = store;
	}

	/** The class in words ("explained: they ordered the study (ACC1)", "unexplained", "system traffic"), or "". */
	public synchronized String classOf(StoredEvent se) {
		if (!PatientAccess.is(se.event())) {
			return "";
		}
		if (SystemTraffic.is(se.event(), directory())) {
			return SYSTEM;
		}
		return explanation(se).map(x -> EXPLAINED + x).orElse(UNEXPLAINED);
	}

	/**
	 * The class as a grid column shows it: the relationship without its accession or department name ("explained:
	 * they reported the study"), the whole sentence being in the timeline.
	 */
	public String shortClassOf(StoredEvent se) {
		String c = classOf(se);
		return c.startsWith(EXPLAINED) ? c.replaceFirst(" \\([^)]*\\)$", "").replaceFirst(", [^,]*$", "") : c;
	}

	/** The care relationship that explains a person's access, if the RIS feed has one. */
	public synchronized Optional<String> explanation(StoredEvent se) {
		if (se.patientKey() == null && se.event().patientId() == null) {
			return Optional.empty();
		}
		if (care == null) {
			care = CareLookup.of(store);
		}
		return care.explain(se, directory());
	}

	/** True for a machine's access (see {@link SystemTraffic}). */
	public synchronized boolean isSystem(StoredEvent se) {
		return SystemTraffic.is(se.event(), directory());
	}

	/** The directory the classes are judged by, as it is now (for describing who and where). */
	public synchronized Directory directory() {
		if (directory == null) {
			directory = new Directory(Trusts.find(store), new RuleEngine(store).settings().zone());
		}
		return directory;
	}

	/** Forgets what was read: after a feed or the staff directory changed. */
	public synchronized void forget() {
		directory = null;
		care = null;
	}
}
