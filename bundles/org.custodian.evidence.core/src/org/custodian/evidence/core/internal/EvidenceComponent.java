package org.custodian.evidence.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.custodian.store.Trusts;
import org.custodian.evidence.core.Assessment;
import org.custodian.evidence.core.Assessments;
import org.custodian.evidence.core.EvidenceCheck;
import org.custodian.evidence.core.EvidenceContext;
import org.custodian.evidence.core.EvidenceService;
import org.custodian.evidence.core.InspectionPack;
import org.custodian.evidence.core.checks.AccessChecks;
import org.custodian.evidence.core.checks.AssuranceChecks;
import org.custodian.evidence.core.checks.AwarenessChecks;
import org.custodian.evidence.core.checks.LabelChecks;
import org.custodian.evidence.core.checks.TrailRegisterChecks;
import org.custodian.evidence.core.checks.PeopleChecks;
import org.custodian.evidence.core.checks.RecordsChecks;
import org.custodian.evidence.core.checks.RecoveryChecks;
import org.custodian.model.Trust;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The {@link EvidenceService} component (OSGI-INF/org.custodian.evidence.core.xml): loads the trust once and runs
 * every perspective's check over it, on the database the {@link Store} service has open at the time of the call.
 */
public final class EvidenceComponent implements EvidenceService {
	/** One per perspective; a requirement none of them speaks to is reported as not assessed. */
	static final List<EvidenceCheck> CHECKS = List.of(new AccessChecks(), new RecoveryChecks(), new PeopleChecks(),
			new AwarenessChecks(), new RecordsChecks(), new AssuranceChecks(), new TrailRegisterChecks(),
			new LabelChecks());

	private volatile Store store;
	private final Clock clock;

	public EvidenceComponent() {
		this(Clock.systemDefaultZone());
	}

	/** For tests: the zone dates are judged in. */
	public EvidenceComponent(Clock clock) {
		this.clock = clock;
	}

	public void bindStore(Store store) {
		this.store = store;
	}

	public void unbindStore(Store store) {
		if (this.store == store) {
			this.store = null;
		}
	}

	@Override
	public List<Assessment> assess(Instant now) {
		store().require(Permission.VIEW_EVIDENCE);
		return assess(context(now));
	}

	@Override
	public int writeInspectionPack(Path file, Instant now, IProgressMonitor monitor) throws IOException {
		store().require(Permission.VIEW_EVIDENCE);
		SubMonitor sub = SubMonitor.convert(monitor, "Inspection pack", 2);
		EvidenceContext ctx = context(now);
		sub.subTask("Assessing every requirement");
		List<Assessment> assessments = assess(ctx);
		sub.worked(1);
		sub.subTask("Writing " + file.getFileName());
		int pages = InspectionPack.write(assessments, ctx.trust() == null ? null : ctx.trust().getName(), now,
				clock.getZone(), file);
		store().trail().append(store().user(), "write inspection pack", file.getFileName().toString(),
				InspectionPack.counts(assessments));
		sub.worked(1);
		return pages;
	}

	private static List<Assessment> assess(EvidenceContext ctx) {
		Assessments out = new Assessments();
		for (EvidenceCheck check : CHECKS) {
			check.assess(ctx, out);
		}
		return out.result();
	}

	private EvidenceContext context(Instant now) {
		Store s = store();
		Trust trust = Trusts.find(s);
		return new EvidenceContext(s, trust, now, clock.getZone());
	}

	private Store store() {
		Store current = store;
		if (current == null) {
			throw new IllegalStateException("The database service is not available.");
		}
		return current;
	}
}
