package org.custodian.people.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.custodian.model.Account;
import org.custodian.model.Acknowledgement;
import org.custodian.model.PolicyDocument;
import org.custodian.model.PolicyVersion;
import org.custodian.model.Staff;
import org.custodian.model.Trust;

/**
 * A3: staff can see that their access is logged. The evidence is the policy that tells them so (an acceptable-use
 * or confidentiality policy, the PACS log-in notice), marked as the access notice, and the acknowledgements of its
 * current version by everyone who holds a PACS account: they are the people whose looks the console watches.
 */
public final class AccessNotice {
	/** The account system whose holders must have acknowledged the notice. */
	public static final String PACS = "PACS";

	/** Who holds a PACS account today and whether they acknowledged the notice's current version. */
	public record Status(PolicyDocument policy, PolicyVersion current, List<Staff> acknowledged, List<Staff> outstanding) {
		public double percentage() {
			int all = acknowledged.size() + outstanding.size();
			return all == 0 ? 100.0 : 100.0 * acknowledged.size() / all;
		}
	}

	private AccessNotice() {
	}

	/** The policy marked as the access notice, or null. */
	public static PolicyDocument policy(Trust trust) {
		return trust.getPolicies().stream().filter(PolicyDocument::isAccessNotice).findFirst().orElse(null);
	}

	/** Marks {@code policy} as the access notice, and no other (there is one notice). */
	public static void mark(Trust trust, PolicyDocument policy) {
		for (PolicyDocument p : trust.getPolicies()) {
			p.setAccessNotice(p == policy);
		}
	}

	/** The owners of enabled PACS accounts on the books on {@code day}, each once. */
	public static List<Staff> pacsAccountHolders(Trust trust, LocalDate day) {
		Set<Staff> out = new LinkedHashSet<>();
		for (Account a : trust.getAccounts()) {
			if (a.isEnabled() && a.getOwner() != null && a.getSystem() != null
					&& a.getSystem().toUpperCase(Locale.ROOT).contains(PACS)
					&& TrainingCompliance.onTheBooks(a.getOwner(), day)) {
				out.add(a.getOwner());
			}
		}
		return List.copyOf(out);
	}

	/** The notice's standing on {@code day}; null when no policy is marked or it has no version in force. */
	public static Status status(Trust trust, LocalDate day) {
		PolicyDocument policy = policy(trust);
		if (policy == null) {
			return null;
		}
		PolicyVersion current = PolicyAcknowledgements.current(policy, day);
		if (current == null) {
			return new Status(policy, null, List.of(), pacsAccountHolders(trust, day));
		}
		Set<Staff> read = new LinkedHashSet<>();
		for (Acknowledgement a : trust.getAcknowledgements()) {
			if (a.getPolicyVersion() == current) {
				read.add(a.getStaff());
			}
		}
		List<Staff> acknowledged = new ArrayList<>();
		List<Staff> outstanding = new ArrayList<>();
		for (Staff s : pacsAccountHolders(trust, day)) {
			(read.contains(s) ? acknowledged : outstanding).add(s);
		}
		return new Status(policy, current, acknowledged, outstanding);
	}
}
