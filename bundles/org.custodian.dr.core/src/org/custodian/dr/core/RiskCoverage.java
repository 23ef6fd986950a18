package org.custodian.dr.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;

/**
 * Whether the plan set covers each risk CQC's key line of enquiry names for the archive's continuity (CL6c):
 * unauthorised access, malware, theft, flood, fire, air-conditioning failure. A risk is uncovered without a plan
 * for its scenario, or when every such plan's test is overdue.
 */
public final class RiskCoverage {
    private RiskCoverage() {
    }

    /** The CL6c risks, each with the scenario a plan records for it. */
    public static final Map<String, DrScenario> RISKS;
    static {
        Map<String, DrScenario> m = new LinkedHashMap<>();
        m.put("unauthorised access", DrScenario.UNAUTHORISED_ACCESS);
        m.put("malware", DrScenario.RANSOMWARE);
        m.put("theft", DrScenario.THEFT);
        m.put("flood", DrScenario.FLOOD);
        m.put("fire", DrScenario.FIRE);
        m.put("air-conditioning failure", DrScenario.AIR_CONDITIONING_FAILURE);
        RISKS = java.util.Collections.unmodifiableMap(m);
    }

    /** @return one line per uncovered risk: "theft: no plan", "fire: every plan overdue (Fire at site A)" */
    public static List<String> gaps(List<DrPlan> plans, Instant now) {
        List<String> gaps = new ArrayList<>();
        RISKS.forEach((risk, scenario) -> {
            List<DrPlan> covering = plans.stream().filter(p -> p.getScenario() == scenario).toList();
            if (covering.isEmpty()) {
                gaps.add(risk + ": no plan");
            } else if (covering.stream().allMatch(p -> PlanStatus.of(p, now).overdue()
                    || PlanStatus.of(p, now).lastRun() == null)) {
                gaps.add(risk + ": every plan overdue or never tested ("
                        + String.join(", ", covering.stream().map(DrPlan::getName).toList()) + ")");
            }
        });
        return gaps;
    }
}
