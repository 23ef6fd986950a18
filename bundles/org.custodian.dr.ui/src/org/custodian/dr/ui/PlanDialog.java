package org.custodian.dr.ui;

import org.custodian.app.ui.FormDialog;
import java.util.List;

import org.custodian.app.ui.Formats;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.DrRegisters.PlanForm;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.PacsNode;
import org.custodian.model.VerificationLevel;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Records a DR plan for a scenario with its RPO/RTO targets, test frequency and nodes, or changes one. */
final class PlanDialog extends FormDialog {
    private static final List<DrScenario> SCENARIOS = DrScenario.VALUES;
    private final DrRegisters registers;
    private final DrPlan plan;
    private final List<PacsNode> nodes;
    private Text name;
    private Combo scenario;
    private Spinner rpo;
    private Spinner rto;
    private Spinner every;
    private Combo primary;
    private Combo dr;
    private Combo level;
    private Spinner sampleSize;
    private static final List<VerificationLevel> LEVELS = VerificationLevel.VALUES;

    /** {@code plan} null: a new plan. */
    PlanDialog(Shell shell, DrRegisters registers, DrPlan plan, List<PacsNode> nodes) {
        super(shell, plan == null ? "New DR plan" : "Edit DR plan", "dr.plan.dialog");
        this.registers = registers;
        this.plan = plan;
        this.nodes = nodes;
    }

    @Override
    protected void fields(Composite form) {
        name = text(form, "&Name", "dr.plan.name", plan == null ? null : plan.getName());
        scenario = choice(form, "&Scenario", "dr.plan.scenario", SCENARIOS.stream().map(Formats::display).toList(),
                plan == null || plan.getScenario() == null ? 0 : SCENARIOS.indexOf(plan.getScenario()));
        rpo = number(form, "RP&O target (minutes)", "dr.plan.rpo", plan == null ? 60 : plan.getRpoMinutes(), 1, 525_600);
        rto = number(form, "R&TO target (minutes)", "dr.plan.rto", plan == null ? 240 : plan.getRtoMinutes(), 1, 525_600);
        every = number(form, "Test &every (days)", "dr.plan.every", plan == null ? 90 : plan.getTestFrequencyDays(), 1,
                3650);
        List<String> names = nodes.stream().map(PacsNode::getName).toList();
        primary = choice(form, "&Primary node", "dr.plan.primary", names,
                plan == null ? -1 : PlansPart.indexOfId(nodes, plan.getPrimary()));
        dr = choice(form, "&DR node", "dr.plan.dr", names, plan == null ? -1 : PlansPart.indexOfId(nodes, plan.getDr()));
        level = choice(form, "&Verification level", "dr.plan.level", List.of("Inventory (studies)",
                "Object count per study", "Object presence (instance-level find)", "Retrieve and compare a sample",
                "Retrieve and compare every object"), LEVELS.indexOf(plan == null || plan.getVerificationLevel() == null
                        ? VerificationLevel.SAMPLE : plan.getVerificationLevel()));
        sampleSize = number(form, "Sa&mple (studies, 0: 5)", "dr.plan.sample", plan == null ? 0 : plan.getSampleSize(),
                0, 10_000);
    }

    @Override
    protected void save() {
        registers.savePlan(plan == null ? null : plan.getId(), new PlanForm(name.getText(),
                scenario.getSelectionIndex() < 0 ? null : SCENARIOS.get(scenario.getSelectionIndex()), rpo.getSelection(),
                rto.getSelection(), every.getSelection(), id(primary), id(dr),
                LEVELS.get(Math.max(0, level.getSelectionIndex())), sampleSize.getSelection()));
    }

    private String id(Combo c) {
        return c.getSelectionIndex() < 0 ? null : nodes.get(c.getSelectionIndex()).getId();
    }
}
