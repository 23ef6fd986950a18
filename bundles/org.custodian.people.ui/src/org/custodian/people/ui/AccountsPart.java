package org.custodian.people.ui;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Account;
import org.custodian.model.Trust;
import org.custodian.people.core.AccountFindings;
import org.custodian.people.core.Directory;
import org.custodian.people.core.PeopleData;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import jakarta.annotation.PostConstruct;

/** People > Accounts to check: enabled accounts with no owner, shared, or unused for the trust's period. (G2.) */
public class AccountsPart extends PeopleView {
	private Combo accountKind;
	private Spinner unusedDays;
	private EntityGrid<Account> accounts;
	private Map<AccountFindings.Kind, List<Account>> lists;

	@PostConstruct
	void create(Composite parent) {
		frame(parent, "people.accounts");
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(5, false));
		new Label(bar, SWT.NONE).setText("Sho&w");
		accountKind = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), "people.accounts.kind");
		for (AccountFindings.Kind k : AccountFindings.Kind.values()) {
			accountKind.add(k.title());
		}
		accountKind.select(0);
		accountKind.addListener(SWT.Selection, e -> showAccounts());
		new Label(bar, SWT.NONE).setText("Unused means no log-in for (&days)");
		unusedDays = WidgetIds.tag(new Spinner(bar, SWT.BORDER), "people.accounts.unusedDays");
		unusedDays.setValues(90, 1, 3650, 0, 1, 30);
		Button save = WidgetIds.tag(new Button(bar, SWT.PUSH), "people.accounts.savePeriod");
		save.setText("Set the trust's &period");
		save.addListener(SWT.Selection, e -> savePeriod());
		accounts = new EntityGrid<>(parent, "people.accounts.list", "Accounts",
				List.of(Column.of("System", Account::getSystem, 90), Column.of("User name", Account::getUsername, 130),
						Column.of("Display name", Account::getDisplayName, 180),
						Column.of("Owner", a -> Directory.name(a.getOwner()), 160),
						Column.of("Shared", Account::isShared, 70), Column.of("Last used", Account::getLastUsed, 150),
						Column.of("Match", Account::getMatch, 100), Column.of("Note", Account::getMatchNote, 300)),
				"No account of this kind.");
		accounts.control().setLayoutData(fill());
		load();
	}

	@Override
	protected void load() {
		read("Accounts to check", () -> {
			Trust trust = people.trust();
			Instant now = people.clock().instant();
			Map<AccountFindings.Kind, List<Account>> byKind = new EnumMap<>(AccountFindings.Kind.class);
			for (AccountFindings.Kind k : AccountFindings.Kind.values()) {
				byKind.put(k, AccountFindings.of(k, trust, now));
			}
			return Map.entry(byKind, PeopleData.settings(trust).getUnusedAccountDays());
		}, v -> {
			lists = v.getKey();
			unusedDays.setSelection(v.getValue());
			showAccounts();
			status.setText(lists.get(AccountFindings.Kind.NO_OWNER).size() + " enabled accounts without an owner.");
		});
	}

	private void showAccounts() {
		if (lists != null) {
			accounts.setRows(lists.get(AccountFindings.Kind.values()[Math.max(0, accountKind.getSelectionIndex())]));
		}
	}

	private void savePeriod() {
		int days = unusedDays.getSelection();
		change("Setting the period of non-use", t -> {
			AccountFindings.setUnusedPeriod(t, days);
			return "Accounts without a log-in for " + days + " days are now listed as unused.";
		});
	}

	@Focus
	void focus() {
		accounts.table().setFocus();
	}
}
