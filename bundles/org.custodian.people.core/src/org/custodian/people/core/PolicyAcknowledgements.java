package org.custodian.people.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.custodian.model.Acknowledgement;
import org.custodian.model.ModelFactory;
import org.custodian.model.PolicyDocument;
import org.custodian.model.PolicyVersion;
import org.custodian.model.Staff;
import org.custodian.model.StaffGroup;
import org.custodian.model.Trust;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;

/**
 * Policies and who has read which version (R1). Acknowledgements belong to a version, so publishing a new
 * version leaves everyone who must read the policy "not acknowledged" until they acknowledge that version; their
 * acknowledgements of older versions stay as history.
 */
public final class PolicyAcknowledgements {

	/** A policy's standing on a day: its current version, who acknowledged it and who still has to. */
	public record PolicyStatus(PolicyDocument policy, PolicyVersion current, List<Staff> acknowledged,
			List<Staff> outstanding) {
		public double percentage() {
			int all = acknowledged.size() + outstanding.size();
			return all == 0 ? 100.0 : 100.0 * acknowledged.size() / all;
		}
	}

	private PolicyAcknowledgements() {
	}

	/** Adds a version to the policy of that title (created when new), applying to the groups (none: everyone). */
	public static PolicyVersion publish(Trust trust, String title, String version, LocalDate published,
			List<StaffGroup> appliesTo, String summary) {
		PolicyDocument policy = trust.getPolicies().stream().filter(p -> title.equalsIgnoreCase(p.getTitle()))
				.findFirst().orElseGet(() -> {
					PolicyDocument p = ModelFactory.eINSTANCE.createPolicyDocument();
					p.setTitle(title);
					trust.getPolicies().add(p);
					return p;
				});
		policy.getAppliesTo().clear();
		policy.getAppliesTo().addAll(appliesTo);
		for (PolicyVersion v : policy.getVersions()) {
			if (version.equals(v.getVersion())) {
				throw new IllegalArgumentException(title + " already has a version " + version);
			}
		}
		PolicyVersion v = ModelFactory.eINSTANCE.createPolicyVersion();
		v.setVersion(version);
		v.setPublished(Days.date(published));
		v.setSummary(summary);
		policy.getVersions().add(v);
		return v;
	}

	/** Records that {@code s} read {@code version} (once: a repeat keeps the first time). */
	public static Acknowledgement acknowledge(Trust trust, Staff s, PolicyVersion version, Instant at) {
		for (Acknowledgement a : trust.getAcknowledgements()) {
			if (a.getStaff() == s && a.getPolicyVersion() == version) {
				return a;
			}
		}
		Acknowledgement a = ModelFactory.eINSTANCE.createAcknowledgement();
		a.setStaff(s);
		a.setPolicyVersion(version);
		a.setAcknowledgedAt(Days.date(at));
		trust.getAcknowledgements().add(a);
		return a;
	}

	/** The version in force on {@code day}: the latest published on or before it, or null. */
	public static PolicyVersion current(PolicyDocument policy, LocalDate day) {
		return policy.getVersions().stream()
				.filter(v -> v.getPublished() == null || !Days.day(v.getPublished()).isAfter(day))
				.max(Comparator.comparing(v -> v.getPublished() == null ? LocalDate.MIN : Days.day(v.getPublished())))
				.orElse(null);
	}

	/** Whether the policy applies to {@code s}: no groups named means everyone. */
	public static boolean appliesTo(PolicyDocument policy, Staff s) {
		return policy.getAppliesTo().isEmpty() || policy.getAppliesTo().contains(s.getGroup());
	}

	/** Every policy's standing on {@code day}, for the staff on the books that day. */
	public static List<PolicyStatus> status(Trust trust, LocalDate day) {
		List<PolicyStatus> result = new ArrayList<>();
		for (PolicyDocument p : trust.getPolicies()) {
			PolicyVersion current = current(p, day);
			if (current == null) {
				continue;
			}
			Set<Staff> read = new HashSet<>();
			for (Acknowledgement a : trust.getAcknowledgements()) {
				if (a.getPolicyVersion() == current) {
					read.add(a.getStaff());
				}
			}
			List<Staff> acknowledged = new ArrayList<>();
			List<Staff> outstanding = new ArrayList<>();
			for (Staff s : trust.getStaff()) {
				if (TrainingCompliance.onTheBooks(s, day) && appliesTo(p, s)) {
					(read.contains(s) ? acknowledged : outstanding).add(s);
				}
			}
			result.add(new PolicyStatus(p, current, acknowledged, outstanding));
		}
		return result;
	}

	/** Acknowledgements from the policy system: staff_number, policy (title), version, acknowledged_at. */
	public static ImportReport read(Trust trust, Path file, java.time.ZoneId zone) throws IOException {
		Directory directory = new Directory(trust);
		List<RecordException> problems = new ArrayList<>();
		int added = 0;
		try (CsvTable table = CsvTable.open(file, List.of("staff_number", "policy", "version", "acknowledged_at"))) {
			for (CsvRow row : table) {
				try {
					Staff s = directory.staff(row.required("staff_number"));
					if (s == null) {
						throw row.error("staff_number", "no member of staff has the number \"" + row.get("staff_number") + "\"");
					}
					String title = row.required("policy");
					PolicyDocument p = trust.getPolicies().stream().filter(d -> title.equalsIgnoreCase(d.getTitle()))
							.findFirst().orElseThrow(() -> row.error("policy", "no policy is called \"" + title + "\""));
					String version = row.required("version");
					PolicyVersion v = p.getVersions().stream().filter(x -> version.equals(x.getVersion())).findFirst()
							.orElseThrow(() -> row.error("version", title + " has no version \"" + version + "\""));
					// a day alone, or a day and a time
					Instant at = row.required("acknowledged_at").length() <= 11
							? row.requiredDate("acknowledged_at").atStartOfDay(zone).toInstant()
							: row.instant("acknowledged_at", zone);
					int before = trust.getAcknowledgements().size();
					acknowledge(trust, s, v, at);
					added += trust.getAcknowledgements().size() - before;
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		return new ImportReport(file.getFileName().toString(), added, 0, problems);
	}
}
