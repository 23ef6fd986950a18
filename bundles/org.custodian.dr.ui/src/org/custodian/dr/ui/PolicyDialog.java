package org.custodian.dr.ui;

import org.custodian.app.ui.FormDialog;
import java.util.List;

import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.DrRegisters.PolicyForm;
import org.custodian.model.BackupPolicy;
import org.custodian.model.PacsNode;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Records a backup policy (frequency, copies, off-site, immutable, retention of the copies), or changes one. */
final class PolicyDialog extends FormDialog {
    private final DrRegisters registers;
    private final BackupPolicy policy;
    private final List<PacsNode> nodes;
    private Text name;
    private Combo node;
    private Spinner hours;
    private Spinner copies;
    private Button offsite;
    private Button immutable;
    private Spinner retention;

    /** {@code policy} null: a new policy. */
    PolicyDialog(Shell shell, DrRegisters registers, BackupPolicy policy, List<PacsNode> nodes) {
        super(shell, policy == null ? "New backup policy" : "Edit backup policy", "dr.policy.dialog");
        this.registers = registers;
        this.policy = policy;
        this.nodes = nodes;
    }

    @Override
    protected void fields(Composite form) {
        name = text(form, "&Name", "dr.policy.name", policy == null ? null : policy.getName());
        node = choice(form, "N&ode backed up", "dr.policy.node", nodes.stream().map(PacsNode::getName).toList(),
                policy == null ? (nodes.isEmpty() ? -1 : 0) : PlansPart.indexOfId(nodes, policy.getNode()));
        hours = number(form, "&Every (hours)", "dr.policy.hours", policy == null ? 24 : policy.getFrequencyHours(), 1,
                24 * 366);
        copies = number(form, "&Copies", "dr.policy.copies", policy == null ? 2 : policy.getCopies(), 1, 100);
        offsite = check(form, "O&ff-site copy", "dr.policy.offsite", policy != null && policy.isOffsite());
        immutable = check(form, "&Immutable copy", "dr.policy.immutable", policy != null && policy.isImmutable());
        retention = number(form, "Copies &kept (days)", "dr.policy.retention",
                policy == null ? 30 : policy.getCopyRetentionDays(), 1, 365 * 100);
    }

    @Override
    protected void save() {
        int n = node.getSelectionIndex();
        registers.savePolicy(policy == null ? null : policy.getId(), new PolicyForm(name.getText(),
                n < 0 ? null : nodes.get(n).getId(), hours.getSelection(), copies.getSelection(), offsite.getSelection(),
                immutable.getSelection(), retention.getSelection()));
    }
}
