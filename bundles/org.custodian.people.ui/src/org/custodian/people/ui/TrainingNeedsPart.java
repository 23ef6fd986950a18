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
 * who approved it) and the evaluation of each course, as the DSPT asks since 2023/24 (B6.b). Both are loaded from
 * CSV with File > Load people data... (Ctrl+Shift+P) or custodian-cli load-training-needs and
 * load-course-evaluations.
 */
public class TrainingNeedsPart extends PeopleView {
	record View(List<TrainingNeed> needs, List<CourseEvaluation> evaluations, double defaultTarget, Trust trust) {
	}

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
		load();
	}

	@Override
	protected void load() {
		read("The training needs analysis", () -> {
			Trust trust = people.trust();
			return new View(List.copyOf(trust.getTrainingNeeds()), List.copyOf(trust.getCourseEvaluations()),
					org.custodian.people.core.PeopleData.settings(trust).getTrainingTarget(), trust);
		}, this::show);
	}

	private void show(View v) {
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
