package org.custodian.audit.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.custodian.app.ui.Formats;
import org.custodian.app.ui.WidgetIds;
import org.custodian.audit.core.rules.Severity;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The alert queue's filters above the grid: status, rule (the rules that raised alerts in the queue), severity,
 * user, patient (any of their numbers) and a period of days. A choice in a list applies at once; a typed field
 * applies on Enter or Filter.
 */
final class AlertFilterBar {
	static final String ALL_RULES = "All rules";
	static final String ANY_SEVERITY = "Any severity";

	private final Runnable apply;
	private final Combo status;
	private final Combo rule;
	private final Combo severity;
	private final Text user;
	private final Text patient;
	private final Text from;
	private final Text to;

	/** @param apply what to do when the filter changes: read the queue again */
	AlertFilterBar(Composite parent, Runnable apply) {
		this.apply = apply;
		Composite bar = Buttons.row(parent, 14);
		new Label(bar, SWT.NONE).setText("Show:");
		status = combo(bar, "alerts.status", "Open", "In a case", "Dismissed", "Explained since", "All");
		rule = combo(bar, "alerts.filter.rule", ALL_RULES);
		List<String> severities = new ArrayList<>(List.of(ANY_SEVERITY));
		for (Severity s : Severity.values()) {
			severities.add(s.name());
		}
		severity = combo(bar, "alerts.filter.severity", severities.toArray(String[]::new));
		user = field(bar, "User:", "alerts.filter.user", 100);
		user.setMessage("user id");
		patient = field(bar, "Patient:", "alerts.filter.patient", 150);
		patient.setMessage("number, NHS no. or CX");
		patient.setToolTipText("Any identifier of the patient: the hospital number, the NHS number, or a CX. Alerts "
				+ "on every identifier the demographics feed links are shown.");
		from = field(bar, "From:", "alerts.filter.from", 90);
		from.setMessage("dd/mm/yyyy");
		to = field(bar, "To:", "alerts.filter.to", 90);
		to.setMessage("dd/mm/yyyy");
		Buttons.button(bar, "&Filter", "alerts.filter.apply", apply);
		Buttons.button(bar, "C&lear", "alerts.filter.clear", this::clear);
	}

	private Combo combo(Composite bar, String id, String... items) {
		Combo c = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), id);
		c.setItems(items);
		c.select(0);
		c.addListener(SWT.Selection, e -> apply.run());
		return c;
	}

	private Text field(Composite bar, String label, String id, int width) {
		return Buttons.filterField(bar, label, id, width, apply);
	}

	/**
	 * The filter the widgets hold; the "to" day is included.
	 *
	 * @throws DateTimeParseException when a date is not written as Formats.parseDay reads it
	 */
	AlertFilter filter() {
		String s = switch (status.getSelectionIndex()) {
		case 0 -> Alert.OPEN;
		case 1 -> Alert.IN_CASE;
		case 2 -> Alert.DISMISSED;
		case 3 -> Alert.EXPLAINED;
		default -> null;
		};
		String r = rule.getSelectionIndex() <= 0 ? null : rule.getItem(rule.getSelectionIndex());
		String level = severity.getSelectionIndex() <= 0 ? null : severity.getItem(severity.getSelectionIndex());
		return new AlertFilter(day(from, 0), s, text(user), text(patient), r, level, day(to, 1));
	}

	/** Lists the rules present in the queue; the rule chosen stays chosen, present or not. */
	void setRules(List<String> present) {
		String chosen = rule.getSelectionIndex() <= 0 ? null : rule.getItem(rule.getSelectionIndex());
		List<String> items = new ArrayList<>(List.of(ALL_RULES));
		items.addAll(present);
		if (chosen != null && !present.contains(chosen)) {
			items.add(chosen);
		}
		if (!items.equals(List.of(rule.getItems()))) {
			rule.setItems(items.toArray(String[]::new));
			rule.select(chosen == null ? 0 : items.indexOf(chosen));
			rule.getParent().layout(true);
		}
	}

	private void clear() {
		rule.select(0);
		severity.select(0);
		for (Text t : new Text[] { user, patient, from, to }) {
			t.setText("");
		}
		apply.run();
	}

	Control focusControl() {
		return status;
	}

	private static String text(Text t) {
		String s = t.getText().strip();
		return s.isEmpty() ? null : s;
	}

	/** The start of the day written in the field, plus {@code days}; null when the field is empty. */
	private static Instant day(Text t, int days) {
		String s = text(t);
		return s == null ? null : Formats.parseDay(s).plusDays(days).atStartOfDay(ZoneId.systemDefault()).toInstant();
	}
}
