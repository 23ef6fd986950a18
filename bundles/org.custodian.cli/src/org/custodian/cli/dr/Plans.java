package org.custodian.cli.dr;

import java.util.List;

import org.custodian.cli.CliContext;
import org.custodian.cli.UsageException;
import org.custodian.dicom.DicomNode;
import org.custodian.model.DrPlan;
import org.custodian.dr.core.DrRegisters;
import org.custodian.model.PacsNode;

/** DR plans registered in the console, looked up by name for the commands that work on a plan. */
final class Plans {
    private Plans() {
    }

    /**
     * The plans as the console lists them, each within its trust: a plan saved after a run is added must keep its
     * place there (a plan loaded on its own would be saved outside the trust).
     */
    static List<DrPlan> all(CliContext context) {
        return new DrRegisters(context.store().entities()).load().plans();
    }

    static DrPlan find(CliContext context, String name) {
        List<DrPlan> matches = all(context).stream().filter(p -> name.equalsIgnoreCase(p.getName())).toList();
        if (matches.isEmpty()) {
            throw new UsageException("no DR plan named '" + name + "' is registered");
        }
        if (matches.size() > 1) {
            throw new UsageException(matches.size() + " DR plans are named '" + name + "'");
        }
        return matches.get(0);
    }

    static DicomNode node(PacsNode n, String role) {
        if (n == null) {
            throw new UsageException("the plan has no " + role + " node; give --" + role.toLowerCase() + " NODE");
        }
        try {
            return new DicomNode(n.getAeTitle(), n.getHost(), n.getPort());
        } catch (IllegalArgumentException e) {
            throw new UsageException("the plan's " + role + " node '" + n.getName() + "' has no valid DICOM address: "
                    + e.getMessage());
        }
    }
}
