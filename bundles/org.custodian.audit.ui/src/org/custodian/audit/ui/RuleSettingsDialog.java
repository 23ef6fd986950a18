package org.custodian.audit.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.custodian.app.ui.FormDialog;
import org.custodian.audit.core.rules.DetectionRule;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.audit.core.rules.RuleSettings;
import org.custodian.audit.core.rules.RuleSettingsText;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The detection rules' settings as a guardian changes them: working hours and days, bank holidays, thresholds,
 * and each rule on or off with what it does. The values are checked here as the command line checks them
 * ({@link RuleSettingsText}); a refused value is named and the dialog stays open. Nothing is saved here: the
 * handler saves the result in the background, on the console trail, and runs the rules again.
 */
final class RuleSettingsDialog extends FormDialog {
	static final String ID = "ruleSettings";
	/** What each setting is called on screen; a setting added later shows under its own name. */
	private static final Map<String, String> LABELS = new LinkedHashMap<>();
	static {
		LABELS.put("zone", "Time &zone of the working day");
		LABELS.put("workStart", "Working day &starts (HH:MM)");
		LABELS.put("workEnd", "Working day &ends (HH:MM)");
		LABELS.put("workDays", "Working &days");
		LABELS.put("bankHolidays", "&Bank holidays (england-and-wales or none)");
		LABELS.put("extraHolidays", "E&xtra days off (YYYY-MM-DD, commas)");
		LABELS.put("outOfHoursPatients", "Patients in one night before it is &bulk");
		LABELS.put("volumeFactor", "&Volume: times the user's usual day");
		LABELS.put("volumeMinimum", "Volume: at least this many &events");
		LABELS.put("baselineDays", "Days that make the usual day");
		LABELS.put("failedLogins", "&Failed log-ins that make a burst");
		LABELS.put("failedLoginMinutes", "... within this many minutes");
		LABELS.put("sharedAccountMinutes", "One account at two &workstations within (minutes)");
		LABELS.put("commonSurnameShare", "A surname is &common from this share of patients");
	}

	private final RuleSettings current;
	private final Map<String, Text> fields = new LinkedHashMap<>();
	private final Map<String, Button> enabled = new LinkedHashMap<>();
	private RuleSettings result;

	RuleSettingsDialog(Shell shell, RuleSettings current) {
		super(shell, "Detection rule settings", ID);
		this.current = current;
	}

	/** The settings as changed, once the dialog closed with OK; null before. */
	RuleSettings result() {
		return result;
	}

	@Override
	protected void fields(Composite form) {
		Map<String, String> values = RuleSettingsText.values(current);
		Set<String> names = new TreeSet<>(values.keySet());
		names.remove("disabled");
		List<String> ordered = new ArrayList<>(LABELS.keySet());
		names.stream().filter(n -> !LABELS.containsKey(n)).forEach(ordered::add);
		for (String name : ordered) {
			if (values.containsKey(name)) {
				fields.put(name, text(form, LABELS.getOrDefault(name, name), ID + "." + name, values.get(name)));
			}
		}
		Label rules = label(form, "Rules (untick to switch one off):");
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(rules);
		ScrolledComposite scroll = new ScrolledComposite(form, SWT.V_SCROLL | SWT.BORDER);
		Composite list = new Composite(scroll, SWT.NONE);
		org.eclipse.jface.layout.GridLayoutFactory.swtDefaults().applyTo(list);
		for (DetectionRule r : RuleEngine.rules()) {
			Button b = new Button(list, SWT.CHECK);
			org.custodian.app.ui.WidgetIds.tag(b, ID + ".rule." + r.id());
			b.setText(r.id() + ": " + r.description());
			b.setSelection(current.enabled(r.id()));
			GridDataFactory.fillDefaults().hint(620, SWT.DEFAULT).applyTo(b);
			enabled.put(r.id(), b);
		}
		scroll.setContent(list);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(list.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(660, 220).applyTo(scroll);
	}

	@Override
	protected void save() {
		List<String> changes = new ArrayList<>();
		fields.forEach((name, text) -> changes.add(name + "=" + text.getText().strip()));
		List<String> off = enabled.entrySet().stream().filter(e -> !e.getValue().getSelection()).map(Map.Entry::getKey)
				.toList();
		changes.add("disabled=" + String.join(",", off));
		result = RuleSettingsText.with(current, changes); // refuses a bad value in words
	}
}
