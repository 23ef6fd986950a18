package org.custodian.people.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.model.Account;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.people.core.AccountFindings;
import org.custodian.people.core.Directory;
import org.custodian.people.core.ReviewQueue;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** People > Account review: accounts the import could not tie to one member of staff, confirmed or marked. (G2.) */
public class AccountReviewPart extends PeopleView {
	record View(List<Account> queue, List<Staff> staff) {
	}

	private EntityGrid<Account> queue;
	private View view;

	@PostConstruct
	void create(Composite parent) {
		frame(parent, "people.queue");
		queue = new EntityGrid<>(parent, "people.accounts.queue", "Accounts waiting for review",
				List.of(Column.of("System", Account::getSystem, 90), Column.of("User name", Account::getUsername, 120),
						Column.of("Display name", Account::getDisplayName, 180),
						Column.of("Match", Account::getMatch, 100),
						Column.of("Suggested owner", a -> Directory.name(a.getSuggestedOwner()), 160),
						Column.of("Why", Account::getMatchNote, 360)),
				"Every account is linked to a member of staff or marked as having no personal owner.");
		queue.control().setLayoutData(fill());
		buttons(parent, new String[][] { { "people.queue.confirm", "Con&firm owner..." },
				{ "people.queue.noowner", "&No personal owner..." } }, this::confirmOwner, this::noOwner);
		load();
	}

	@Override
	protected void load() {
		read("The account review queue", () -> {
			Trust trust = people.trust();
			List<Staff> staff = new ArrayList<>(trust.getStaff());
			staff.sort(Comparator.comparing(Directory::name, Comparator.nullsLast(String::compareToIgnoreCase)));
			return new View(AccountFindings.reviewQueue(trust), staff);
		}, v -> {
			view = v;
			queue.setRows(v.queue());
			status.setText(v.queue().size() == 1 ? "1 account to review." : v.queue().size() + " accounts to review.");
		});
	}

	private void confirmOwner() {
		Account a = view == null ? null : selected(queue, view.queue(), "an account");
		if (a == null) {
			return;
		}
		Staff owner = PeopleDialogs.owner(status.getShell(), a.getSystem() + " account " + a.getUsername()
				+ (a.getDisplayName() == null ? "" : " (" + a.getDisplayName() + ")"), view.staff(), a.getSuggestedOwner());
		if (owner != null) {
			String accountId = a.getId();
			String staffId = owner.getId();
			change("Confirming the owner of " + a.getUsername(), t -> {
				Account done = ReviewQueue.confirmOwner(t, accountId, staffId, reviewer());
				return done.getUsername() + " now belongs to " + Directory.name(done.getOwner()) + ".";
			});
		}
	}

	private void noOwner() {
		Account a = view == null ? null : selected(queue, view.queue(), "an account");
		if (a == null) {
			return;
		}
		MessageDialog ask = new MessageDialog(status.getShell(), "No personal owner", null, "Record that "
				+ a.getSystem() + " account " + a.getUsername() + " belongs to nobody in particular? It will then "
				+ "be listed with the accounts that have no owner until it is withdrawn or given one.",
				MessageDialog.QUESTION, 1, "&Record", "&Cancel");
		if (ask.open() != 0) {
			return;
		}
		String accountId = a.getId();
		change("Recording no owner for " + a.getUsername(), t -> ReviewQueue.noOwner(t, accountId, reviewer())
				.getUsername() + " is recorded as having no personal owner.");
	}

	/** The row of an account in the queue, or -1; for tests. */
	public int queueRow(String system, String username) {
		List<Account> rows = view == null ? List.of() : view.queue();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getSystem().equals(system) && rows.get(i).getUsername().equals(username)) {
				return i;
			}
		}
		return -1;
	}

	@Focus
	void focus() {
		queue.table().setFocus();
	}
}
