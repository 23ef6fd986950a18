package org.custodian.people.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import org.custodian.app.ui.FormDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The forms of the training needs view: a line of the analysis, and an evaluation of a course. Each only reads and
 * checks what was typed (on the UI thread); the view saves it off the UI thread.
 */
final class TrainingNeedForms {
	private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private TrainingNeedForms() {
	}

	/** A day typed as 2026-03-31 or 31/03/2026; null when empty. */
	static LocalDate day(String what, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (DateTimeFormatter f : DAYS) {
			try {
				return LocalDate.parse(text.strip(), f);
			} catch (DateTimeParseException e) {
				// the next form
			}
		}
		throw new IllegalArgumentException(what + " \"" + text.strip() + "\" is not a day (31/03/2026 or 2026-03-31)");
	}

	/** What a line of the analysis holds, as typed. */
	record Need(String group, String course, String reason, double target, String approvedBy, LocalDate approvedOn) {
	}

	/** What an evaluation holds, as typed. */
	record Evaluation(String course, LocalDate on, String method, String findings, boolean effective, String by) {
	}

	/** A line of the analysis: the group and course from the trust's, why, the target, the approval. */
	static final class NeedDialog extends FormDialog {
		private final List<String> groups;
		private final List<String> courses;
		private Combo group;
		private Combo course;
		private Text reason;
		private Text target;
		private Text approvedBy;
		private Text approvedOn;
		private Need value;

		NeedDialog(Shell shell, List<String> groups, List<String> courses) {
			super(shell, "A line of the training needs analysis", "people.need.dialog");
			this.groups = groups;
			this.courses = courses;
		}

		@Override
		protected void fields(Composite form) {
			group = choice(form, "Staff group:", "people.need.group", groups, 0);
			course = choice(form, "Course:", "people.need.course", courses, 0);
			reason = text(form, "Why the group needs it:", "people.need.reason", "");
			target = text(form, "Target % (empty: the trust's):", "people.need.target", "");
			approvedBy = text(form, "Approved by:", "people.need.approvedBy", "");
			approvedOn = text(form, "Approved on:", "people.need.approvedOn", "");
		}

		@Override
		protected void save() {
			if (group.getSelectionIndex() < 0 || course.getSelectionIndex() < 0) {
				throw new IllegalArgumentException("Choose the staff group and the course.");
			}
			double t = 0;
			if (!target.getText().isBlank()) {
				try {
					t = Double.parseDouble(target.getText().strip().replace("%", "").strip());
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("The target \"" + target.getText().strip() + "\" is not a percentage.");
				}
				if (t <= 0 || t > 100) {
					throw new IllegalArgumentException("The target must be above 0 and at most 100 %.");
				}
			}
			if (reason.getText().isBlank()) {
				throw new IllegalArgumentException("Say why the group needs the course.");
			}
			value = new Need(groups.get(group.getSelectionIndex()), code(courses.get(course.getSelectionIndex())),
					reason.getText().strip(), t, approvedBy.getText().strip(), day("The approval day", approvedOn.getText()));
		}

		Need value() {
			return value;
		}
	}

	/** An evaluation of a course: when, how, what it found, whether it met its aim, by whom. */
	static final class EvaluationDialog extends FormDialog {
		private final List<String> courses;
		private Combo course;
		private Text on;
		private Text method;
		private Text findings;
		private Button effective;
		private Text by;
		private Evaluation value;

		EvaluationDialog(Shell shell, List<String> courses) {
			super(shell, "An evaluation of a course", "people.evaluation.dialog");
			this.courses = courses;
		}

		@Override
		protected void fields(Composite form) {
			course = choice(form, "Course:", "people.evaluation.course", courses, 0);
			on = text(form, "Evaluated on:", "people.evaluation.on", "");
			method = text(form, "How:", "people.evaluation.method", "");
			findings = text(form, "What it found:", "people.evaluation.findings", "");
			effective = check(form, "The course met its aim", "people.evaluation.effective", true);
			by = text(form, "Evaluated by:", "people.evaluation.by", "");
		}

		@Override
		protected void save() {
			if (course.getSelectionIndex() < 0) {
				throw new IllegalArgumentException("Choose the course.");
			}
			LocalDate day = day("The day", on.getText());
			if (day == null) {
				throw new IllegalArgumentException("Give the day of the evaluation.");
			}
			if (method.getText().isBlank()) {
				throw new IllegalArgumentException("Say how the course was evaluated.");
			}
			value = new Evaluation(code(courses.get(course.getSelectionIndex())), day, method.getText().strip(),
					findings.getText().strip(), effective.getSelection(), by.getText().strip());
		}

		Evaluation value() {
			return value;
		}
	}

	/** "DSA-1 Data security awareness" to its code. */
	static String code(String courseItem) {
		int space = courseItem.indexOf(' ');
		return space < 0 ? courseItem : courseItem.substring(0, space);
	}
}
