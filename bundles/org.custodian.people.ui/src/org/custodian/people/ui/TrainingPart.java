package org.custodian.people.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.app.ui.ChartCanvas;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Course;
import org.custodian.model.Trust;
import org.custodian.people.core.Reminders;
import org.custodian.people.core.TrainingCompliance;
import org.custodian.people.core.TrainingCompliance.GroupCompliance;
import org.custodian.report.ChartData;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * People > Training: compliance per staff group and course against the target of the training needs analysis (the
 * trust's default where the analysis sets none), the chart of one course over twelve months, and the reminders
 * for a mail merge. (G3.)
 */
public class TrainingPart extends PeopleView {
	record View(List<GroupCompliance> compliance, Map<String, ChartData> charts) {
	}

	private EntityGrid<GroupCompliance> compliance;
	private ChartCanvas chart;
	private Combo chartCourse;
	private View view;

	@PostConstruct
	void create(Composite parent) {
		frame(parent, "people.training");
		compliance = new EntityGrid<>(parent, "people.compliance", "Compliance per group",
				List.of(Column.of("Group", GroupCompliance::group, 160),
						Column.of("Course", g -> g.course().getTitle(), 220),
						Column.of("Required", GroupCompliance::required, 80),
						Column.of("Trained", GroupCompliance::trained, 80),
						Column.of("%", g -> String.format(Locale.ROOT, "%.1f", g.percentage()), 70),
						Column.of("Target", g -> (g.meetsTarget() ? "met " : "BELOW ") + (int) g.target() + "%", 100),
						Column.of("Overdue", g -> g.overdue().size(), 80),
						Column.of("Due soon", g -> g.dueSoon().size(), 80)),
				"No training yet: load the staff directory, the courses and the training records (File > Load people"
						+ " data...).");
		compliance.control().setLayoutData(fill());
		// the same figures as the grid, over the last twelve months, against the target line
		chart = new ChartCanvas(parent, "people.compliance.chart");
		GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, false);
		chartData.heightHint = 220;
		chart.setLayoutData(chartData);
		Composite under = new Composite(parent, SWT.NONE);
		under.setLayout(new GridLayout(3, false));
		new Label(under, SWT.NONE).setText("C&hart of the course");
		chartCourse = WidgetIds.tag(new Combo(under, SWT.READ_ONLY), "people.compliance.course");
		GridData courseWidth = new GridData();
		courseWidth.widthHint = 300;
		chartCourse.setLayoutData(courseWidth);
		chartCourse.addListener(SWT.Selection, e -> showChart());
		buttons(under, new String[][] { { "people.reminders", "Export &reminders (CSV)..." } }, this::exportReminders);
		load();
	}

	@Override
	protected void load() {
		read("Training compliance", () -> {
			Trust trust = people.trust();
			LocalDate today = LocalDate.now(people.clock());
			return new View(new TrainingCompliance(trust).on(today), charts(trust, today));
		}, this::show);
	}

	/** The compliance chart of every course, mandatory ones first, by title. */
	private static Map<String, ChartData> charts(Trust trust, LocalDate today) {
		Map<String, ChartData> charts = new LinkedHashMap<>();
		TrainingCompliance compliance = new TrainingCompliance(trust);
		trust.getCourses().stream()
				.sorted(Comparator.comparing((Course c) -> !c.isMandatory())
						.thenComparing(c -> c.getTitle() == null ? "" : c.getTitle()))
				.forEach(c -> charts.put(c.getTitle() == null ? c.getCode() : c.getTitle(), compliance.chart(c, today, 12)));
		return charts;
	}

	private void show(View v) {
		view = v;
		compliance.setRows(v.compliance());
		String chosen = chartCourse.getSelectionIndex() < 0 ? null : chartCourse.getText();
		chartCourse.setItems(v.charts().keySet().toArray(String[]::new));
		int again = chosen == null ? -1 : chartCourse.indexOf(chosen);
		chartCourse.select(again >= 0 ? again : v.charts().isEmpty() ? -1 : 0);
		showChart();
		long below = v.compliance().stream().filter(g -> !g.meetsTarget()).count();
		status.setText(below == 1 ? "1 group and course below its target." : below + " groups and courses below their"
				+ " target.");
		status.getParent().layout();
	}

	private void showChart() {
		if (view == null || view.charts().isEmpty()) {
			chart.setData(null);
			return;
		}
		String chosen = chartCourse.getSelectionIndex() < 0 ? null : chartCourse.getText();
		chart.setData(view.charts().getOrDefault(chosen, view.charts().values().iterator().next()));
	}

	private void exportReminders() {
		Path file = saveAs("training-reminders-" + LocalDate.now(people.clock()) + ".csv");
		if (file != null) {
			exportReminders(file);
		}
	}

	/** The training reminders of what is shown, as CSV for a mail merge; public for tests. */
	public Job exportReminders(Path file) {
		List<GroupCompliance> shown = view == null ? List.of() : view.compliance();
		return export("the training reminders", file, out -> Reminders.write(shown, out));
	}

	@Focus
	void focus() {
		compliance.table().setFocus();
	}
}
