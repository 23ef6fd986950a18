package org.custodian.people.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.model.CourseEvaluation;
import org.custodian.model.TrainingNeed;
import org.custodian.model.Trust;
import org.custodian.people.core.Days;
import org.custodian.people.core.TrainingNeeds;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * People > Training needs: the training needs analysis (which course each staff group needs, why, its target and
 * who approved it) and the evaluation of each course, as the DSPT asks since 2023/24 (B6.b). Both are recorded here
 * one by one, or loaded from CSV with File > Load people data... (Ctrl+Shift+P) or custodian-cli
 * load-training-needs and load-course-evaluations.
 */
public class TrainingNeedsPart extends PeopleView {
	record View(List<TrainingNeed> needs, List<CourseEvaluation> evaluations, double defaultTarget, Trust trust,
			List<String> groups, List<String> courses) {
	}

	private View view;

	private EntityGrid<TrainingNeed> needs;
	private EntityGrid<CourseEvaluation> evaluations;

	@PostConstruct
	void create(Composite parent) {
		frame(parent, "people.needs");
		needs = new EntityGrid<>(parent, "people.needs", "Training needs analysis",
				List.of(Column.of("Group", n -> n.getGroup() == null ? null : n.getGroup().getName(), 200),
						Column.of("Course", n -> n.getCourse().getTitle(), 220),
						Column.of("Why", TrainingNeed::getReason, 320),
						Column.of("Target", n -> n.getTargetPercent() > 0 ? (int) n.getTargetPercent() + "%" : "default", 80),
						Column.of("Approved by", TrainingNeed::getApprovedBy, 140),
						Column.of("Approved on", n -> Days.day(n.getApprovedOn()), 100)),
				"No training needs analysis yet: load one (group, course, reason, target, approved_by, approved_on)"
						+ " with File > Load people data...");
		needs.control().setLayoutData(fill());
		evaluations = new EntityGrid<>(parent, "people.evaluations", "Evaluations of courses",
				List.of(Column.of("Course", e -> e.getCourse().getTitle(), 220),
						Column.of("Evaluated", e -> Days.day(e.getEvaluatedOn()), 100),
						Column.of("How", CourseEvaluation::getMethod, 260),
						Column.of("Result", e -> e.isEffective() ? "met its aim" : "DID NOT meet its aim", 140),
						Column.of("Findings", CourseEvaluation::getFindings, 320),
						Column.of("By", CourseEvaluation::getEvaluatedBy, 120)),
				"No course has been evaluated: the DSPT asks whether the training worked.");
		GridData half = fill();
		half.heightHint = 200;
		evaluations.control().setLayoutData(half);
		buttons(parent, new String[][] { { "people.need.new", "Record a &line of the analysis..." },
				{ "people.evaluation.new", "Record an &evaluation..." } }, this::recordNeed, this::recordEvaluation);
		load();
	}

	@Override
	protected void load() {
		read("The training needs analysis", () -> {
			Trust trust = people.trust();
			List<String> groups = trust.getStaffGroups().stream().map(g -> g.getName()).filter(n -> n != null)
					.sorted(String.CASE_INSENSITIVE_ORDER).toList();
			List<String> courses = trust.getCourses().stream().map(c -> c.getCode() + " " + c.getTitle()).toList();
			return new View(List.copyOf(trust.getTrainingNeeds()), List.copyOf(trust.getCourseEvaluations()),
					org.custodian.people.core.PeopleData.settings(trust).getTrainingTarget(), trust, groups, courses);
		}, this::show);
	}

	private void recordNeed() {
		if (view == null || view.groups().isEmpty() || view.courses().isEmpty()) {
			tell("Load the staff directory and the courses first (File > Load people data...).");
			return;
		}
		TrainingNeedForms.NeedDialog d = new TrainingNeedForms.NeedDialog(status.getShell(), view.groups(),
				view.courses());
		if (d.open() == org.eclipse.jface.window.Window.OK) {
			TrainingNeedForms.Need n = d.value();
			LocalDate today = LocalDate.now(people.clock());
			change("Recording a line of the training needs analysis", t -> {
				TrainingNeed saved = TrainingNeeds.setNeed(t, n.group(), n.course(), n.reason(), n.target(),
						n.approvedBy(), n.approvedOn(), today);
				return saved.getGroup().getName() + " needs " + saved.getCourse().getTitle() + ": recorded.";
			});
		}
	}

	private void recordEvaluation() {
		if (view == null || view.courses().isEmpty()) {
			tell("Load the courses first (File > Load people data...).");
			return;
		}
		TrainingNeedForms.EvaluationDialog d = new TrainingNeedForms.EvaluationDialog(status.getShell(), view.courses());
		if (d.open() == org.eclipse.jface.window.Window.OK) {
			TrainingNeedForms.Evaluation e = d.value();
			LocalDate today = LocalDate.now(people.clock());
			change("Recording an evaluation", t -> {
				CourseEvaluation saved = TrainingNeeds.addEvaluation(t, e.course(), e.on(), e.method(), e.findings(),
						e.effective(), e.by(), today);
				return "The evaluation of " + saved.getCourse().getTitle() + " on " + e.on() + " is recorded.";
			});
		}
	}

	private void show(View v) {
		view = v;
		needs.setRows(v.needs());
		evaluations.setRows(v.evaluations());
		LocalDate today = LocalDate.now(people.clock());
		long unapproved = v.needs().stream().filter(n -> n.getApprovedBy() == null || n.getApprovedOn() == null).count();
		long unevaluated = v.needs().stream().map(TrainingNeed::getCourse).distinct()
				.filter(c -> !TrainingNeeds.evaluatedRecently(v.trust(), c, today)).count();
		status.setText(String.format(Locale.ROOT, "%d lines in the analysis, %d not approved; %d of its courses not"
				+ " evaluated within a year. Groups and courses the analysis sets no target for use the trust's %.0f %%.",
				v.needs().size(), unapproved, unevaluated, v.defaultTarget()));
		status.getParent().layout();
	}

	@Focus
	void focus() {
		needs.table().setFocus();
	}
}
