package org.custodian.people.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.model.PolicyDocument;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessNotice;
import org.custodian.people.core.Directory;
import org.custodian.people.core.PolicyAcknowledgements;
import org.custodian.people.core.PolicyAcknowledgements.PolicyStatus;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * People > Policies: who acknowledged the current version of each policy (R1), a new version published, and the
 * policy that tells staff their access is logged marked as the access notice, whose acknowledgement by PACS
 * account holders answers A3.
 */
public class PoliciesPart extends PeopleView {
	record View(List<PolicyStatus> policies, AccessNotice.Status notice) {
	}

	private EntityGrid<PolicyStatus> policies;
	private View view;

	@PostConstruct
	void create(Composite parent) {
		frame(parent, "people.policies");
		policies = new EntityGrid<>(parent, "people.policies", "Policy acknowledgements",
				List.of(Column.of("Policy", s -> s.policy().getTitle() + (s.policy().isAccessNotice() ? " (access notice)"
						: ""), 260),
						Column.of("Version", s -> s.current().getVersion(), 80),
						Column.of("Acknowledged", s -> s.acknowledged().size(), 110),
						Column.of("Outstanding", s -> s.outstanding().size(), 110),
						Column.of("%", s -> String.format(Locale.ROOT, "%.1f", s.percentage()), 70),
						Column.of("Still to read", s -> names(s.outstanding()), 400)),
				"No policies yet: load the acknowledgements export (policy, version, staff number, date).");
		policies.control().setLayoutData(fill());
		buttons(parent, new String[][] { { "people.policy.publish", "Publish a new &version..." },
				{ "people.policy.notice", "&Mark as the access notice..." } }, this::publishVersion, this::markNotice);
		load();
	}

	@Override
	protected void load() {
		read("Policies", () -> {
			Trust trust = people.trust();
			LocalDate today = LocalDate.now(people.clock());
			return new View(PolicyAcknowledgements.status(trust, today), AccessNotice.status(trust, today));
		}, this::show);
	}

	private void show(View v) {
		view = v;
		policies.setRows(v.policies());
		AccessNotice.Status n = v.notice();
		status.setText(n == null ? "No policy is marked as the access notice, the one that tells staff their access is"
				+ " logged (A3): select it and choose Mark as the access notice."
				: n.current() == null ? n.policy().getTitle() + " is the access notice but has no version in force."
						: String.format(Locale.ROOT, "Access notice: %s %s, acknowledged by %d of %d PACS account"
								+ " holders (%.1f %%).", n.policy().getTitle(), n.current().getVersion(),
								n.acknowledged().size(), n.acknowledged().size() + n.outstanding().size(),
								n.percentage()));
		status.getParent().layout();
	}

	/** A new version of the selected policy: everyone it applies to must acknowledge it again (R1). */
	private void publishVersion() {
		PolicyStatus p = view == null ? null : selected(policies, view.policies(), "a policy");
		if (p == null) {
			return;
		}
		String version = PeopleDialogs.ask(status.getShell(), "Publish a new version",
				"The new version of " + p.policy().getTitle() + " (now " + p.current().getVersion()
						+ "); everyone it applies to will have to acknowledge it again:",
				"", "people.policy.version");
		if (version == null) {
			return;
		}
		String policyId = p.policy().getId();
		LocalDate today = LocalDate.now(people.clock());
		change("Publishing a new policy version", t -> {
			PolicyDocument policy = find(t, policyId);
			PolicyAcknowledgements.publish(t, policy.getTitle(), version, today, List.copyOf(policy.getAppliesTo()),
					null);
			return "Version " + version + " of " + policy.getTitle() + " published: it is to be acknowledged again.";
		});
	}

	/** The selected policy becomes the one that tells staff their access is logged (A3); there is one. */
	private void markNotice() {
		PolicyStatus p = view == null ? null : selected(policies, view.policies(), "a policy");
		if (p == null) {
			return;
		}
		if (!MessageDialog.openConfirm(status.getShell(), "Access notice", p.policy().getTitle() + " tells staff that"
				+ " their access to records is logged and monitored? Its acknowledgement by every PACS account holder"
				+ " will answer A3 on the start page" + (view.notice() == null ? "."
						: ", in place of " + view.notice().policy().getTitle() + "."))) {
			return;
		}
		String policyId = p.policy().getId();
		change("Marking the access notice", t -> {
			PolicyDocument policy = find(t, policyId);
			AccessNotice.mark(t, policy);
			return policy.getTitle() + " is now the access notice.";
		});
	}

	private static PolicyDocument find(Trust t, String id) {
		return t.getPolicies().stream().filter(d -> d.getId().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("The policy is no longer stored."));
	}

	private static String names(List<Staff> staff) {
		List<String> n = new ArrayList<>();
		for (int i = 0; i < Math.min(staff.size(), 20); i++) {
			n.add(Directory.name(staff.get(i)));
		}
		return String.join(", ", n) + (staff.size() > 20 ? " and " + (staff.size() - 20) + " more" : "");
	}

	/** The row of a policy, or -1; for tests. */
	public int policyRow(String title) {
		List<PolicyStatus> rows = view == null ? List.of() : view.policies();
		for (int i = 0; i < rows.size(); i++) {
			if (title.equals(rows.get(i).policy().getTitle())) {
				return i;
			}
		}
		return -1;
	}

	@Focus
	void focus() {
		policies.table().setFocus();
	}
}
