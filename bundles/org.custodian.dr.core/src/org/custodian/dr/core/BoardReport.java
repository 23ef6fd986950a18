package org.custodian.dr.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.model.DrPlan;
import org.custodian.model.PacsNode;
import org.custodian.model.RunResult;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.custodian.report.ChartData;
import org.custodian.report.PdfReport;

/**
 * The board's DR report: per plan (one protected system and scenario), the RPO and RTO targets against what the
 * last test achieved, the last successful test against the required frequency, the open actions, the sign-offs,
 * and the trend of achieved RPO and RTO over the recorded tests.
 */
public final class BoardReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private BoardReport() {
    }

    /**
     * @param plans the plans with their runs
     * @param trust the trust's name, for the subtitle
     * @param now   the date the report speaks for (due dates are judged against it)
     * @param zone  the zone dates are shown in
     * @return the number of pages written
     */
    public static int write(List<DrPlan> plans, String trust, Instant now, ZoneId zone, Path file) throws IOException {
        try (PdfReport pdf = new PdfReport("Backup and disaster recovery: board report",
                (trust == null ? "" : trust + ". ") + plans.size() + " DR plans; tests judged as of "
                        + DAY.format(now.atZone(zone)) + ".",
                ZonedDateTime.ofInstant(now, zone))) {
            List<List<String>> summary = new ArrayList<>();
            for (DrPlan p : plans) {
                PlanStatus s = PlanStatus.of(p, now);
                summary.add(List.of(p.getName(), p.getRpoMinutes() + " / " + achieved(s.lastRun(), true),
                        p.getRtoMinutes() + " / " + achieved(s.lastRun(), false),
                        s.lastRun() == null ? "-" : RecoveryTargets.result(s.lastRun()),
                        s.lastSuccessDate().map(d -> day(d, zone)).orElse("never"),
                        s.nextDue() == null ? "no frequency" : day(Date.from(s.nextDue()), zone) + (s.overdue() ? " OVERDUE" : "")));
            }
            pdf.heading("Summary");
            pdf.table(List.of("Plan", "RPO min target / achieved", "RTO min target / achieved", "Last result",
                    "Last successful test", "Next test due"), summary);
            for (DrPlan p : plans) {
                plan(pdf, p, PlanStatus.of(p, now), zone);
            }
            pdf.save(file);
            return pdf.pageCount();
        }
    }

    private static void plan(PdfReport pdf, DrPlan p, PlanStatus s, ZoneId zone) {
        pdf.heading(p.getName() + (p.getScenario() == null ? "" : " (" + p.getScenario() + ")"));
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("Primary", node(p.getPrimary()));
        kv.put("DR node", node(p.getDr()));
        kv.put("RPO target / last achieved", p.getRpoMinutes() + " min / " + achieved(s.lastRun(), true));
        kv.put("RTO target / last achieved", p.getRtoMinutes() + " min / " + achieved(s.lastRun(), false));
        kv.put("Last test result", s.lastRun() == null ? "not tested" : RecoveryTargets.result(s.lastRun())
                + (RecoveryTargets.missedText(s.lastRun()) == null ? "" : " (" + RecoveryTargets.missedText(s.lastRun()) + ")"));
        kv.put("Required test frequency", p.getTestFrequencyDays() > 0 ? "every " + p.getTestFrequencyDays() + " days" : "not set");
        kv.put("Last successful test", s.lastSuccessDate().map(d -> day(d, zone)).orElse("never"));
        kv.put("Next test due", s.nextDue() == null ? "-" : day(Date.from(s.nextDue()), zone) + (s.overdue() ? " (OVERDUE)" : ""));
        kv.put("Last test signed off", s.lastRun() == null ? "-" : signOff(s.lastRun(), zone));
        pdf.keyValues(kv);
        List<String> actions = openActions(p, s);
        pdf.paragraph(actions.isEmpty() ? "Open actions: none." : "Open actions:");
        if (!actions.isEmpty()) {
            pdf.table(List.of("#", "Action"), numbered(actions));
        }
        List<TestRun> runs = p.getRuns().stream().filter(r -> r.getStarted() != null)
                .sorted(Comparator.comparing(TestRun::getStarted)).toList();
        if (!runs.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (TestRun r : runs) {
                String verdict = RecoveryTargets.verdict(r);
                rows.add(List.of(day(r.getStarted(), zone), String.valueOf(r.getOperation()), RecoveryTargets.result(r),
                        cell(RecoveryTargets.rpo(r)), cell(RecoveryTargets.rto(r)),
                        verdict == null ? "-" : verdict, signOff(r, zone)));
            }
            pdf.table(List.of("Test", "Operation", "Result", "RPO min", "RTO min", "Verdict", "Signed off"), rows);
            justifications(pdf, runs, zone);
            if (runs.size() > 1) {
                pdf.chart(trend(p, runs, zone));
            }
        }
    }

    /** What the board should see as still to do for a plan. */
    public static List<String> openActions(DrPlan p, PlanStatus s) {
        List<String> actions = new ArrayList<>();
        if (s.overdue()) {
            actions.add(s.lastSuccess() == null ? "Test the plan: it has never been tested successfully."
                    : "Test the plan: the last successful test is older than " + p.getTestFrequencyDays() + " days.");
        }
        TestRun last = s.lastRun();
        if (last != null) {
            for (String e : last.getErrors()) {
                actions.add("Resolve: " + e);
            }
            if (last.getResult() == RunResult.UNVERIFIED) {
                actions.add("Test again over a range with studies: the last test verified nothing.");
            }
            if (last.getOperatorVerdict() == null || last.getOperatorVerdict() == Verdict.NONE) {
                actions.add("Operator to record a verdict on the last test.");
            } else if (!TestRuns.signedOff(last)) {
                actions.add("Second person to sign off the last test.");
            }
            Integer rpo = RecoveryTargets.rpo(last);
            Integer rto = RecoveryTargets.rto(last);
            if (p.getRpoMinutes() > 0 && rpo != null && rpo > p.getRpoMinutes()) {
                actions.add("RPO achieved (" + rpo + " min) exceeds the target of " + p.getRpoMinutes() + " min.");
            }
            if (p.getRtoMinutes() > 0 && rto != null && rto > p.getRtoMinutes()) {
                actions.add("RTO achieved (" + rto + " min) exceeds the target of " + p.getRtoMinutes() + " min.");
            }
        }
        return actions;
    }

    /** RPO and RTO achieved per test, in minutes, against the RPO target. */
    public static ChartData trend(DrPlan p, List<TestRun> runs, ZoneId zone) {
        List<String> labels = runs.stream().map(r -> day(r.getStarted(), zone)).toList();
        // a figure a run did not measure is a gap in its line, never 0
        double[] rpo = runs.stream().mapToDouble(r -> RecoveryTrend.figure(RecoveryTargets.rpo(r))).toArray();
        double[] rto = runs.stream().mapToDouble(r -> RecoveryTrend.figure(RecoveryTargets.rto(r))).toArray();
        return new ChartData("RPO and RTO achieved per test (" + p.getName() + ")", labels,
                List.of(new ChartData.Series("RPO achieved", rpo), new ChartData.Series("RTO achieved", rto)),
                p.getRpoMinutes() > 0 ? (double) p.getRpoMinutes() : null, "minutes");
    }

    private static List<List<String>> numbered(List<String> items) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(List.of(Integer.toString(i + 1), items.get(i)));
        }
        return rows;
    }

    private static String achieved(TestRun r, boolean rpo) {
        if (r == null) {
            return "not tested";
        }
        return RecoveryTargets.minutes(rpo ? RecoveryTargets.rpo(r) : RecoveryTargets.rto(r));
    }

    private static String cell(Integer minutes) {
        return minutes == null ? "not measured" : minutes.toString();
    }

    /** The written reasons for each Pass the evidence alone did not support, so the board reads them too. */
    private static void justifications(PdfReport pdf, List<TestRun> runs, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        for (TestRun r : runs) {
            if (r.getVerdictJustification() != null) {
                rows.add(List.of(day(r.getStarted(), zone), String.valueOf(TestRuns.operator(r)),
                        r.getVerdictJustification()));
            }
        }
        if (!rows.isEmpty()) {
            pdf.paragraph("Verdicts given against the evidence, with the operator's justification:");
            pdf.table(List.of("Test", "Operator", "Justification"), rows);
        }
    }

    private static String signOff(TestRun r, ZoneId zone) {
        if (!TestRuns.signedOff(r)) {
            return "not signed off";
        }
        return TestRuns.signer(r) + (r.getSignedOffAt() == null ? "" : ", " + day(r.getSignedOffAt(), zone));
    }

    private static String node(PacsNode n) {
        if (n == null) {
            return "-";
        }
        return n.getName() + " (" + (n.getAeTitle() == null ? n.getDicomWebUrl() : n.getAeTitle() + "@" + n.getHost()
                + ":" + n.getPort()) + ", " + NodeEndpoints.describe(n) + ")";
    }

    private static String day(Date d, ZoneId zone) {
        return DAY.format(d.toInstant().atZone(zone));
    }
}
