package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.cli.Cli;
import org.custodian.model.ConsoleRole;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.PacsNode;
import org.custodian.model.RunResult;
import org.custodian.model.Site;
import org.custodian.model.TestRun;
import org.custodian.model.Trust;
import org.custodian.store.Store;
import org.custodian.testing.OrthancServer;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole test-and-report cycle without the console, as users met it: a scheduled verify-dr of a plan while
 * the primary does not answer, the operator's verdict, a second person's sign-off with their own password, the
 * console trail and the board report; and a run that missed its targets flagged as such.
 */
class DrVerdictCliTest {
    private static final String PASSWORD = "cli verdict password";
    private static final String BOOT = "cli verdict boot password";
    private static final String LEAD = "second_lead";
    private static final String AUDITOR = "an_auditor";
    private static final String THEIRS = "their own pass phrase";
    private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", BOOT, "CUSTODIAN_PASSWORD",
            PASSWORD, "CUSTODIAN_USER", TestDatabases.USER);

    @TempDir
    static Path dir;
    static OrthancServer dr;
    static Path db;
    static String planId;
    static int down;

    @BeforeAll
    static void start() throws IOException {
        dr = OrthancServer.start(Files.createDirectories(dir.resolve("dr")), "CUSTODIAN");
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            down = s.getLocalPort();
        }
        db = dir.resolve("db");
        Store store = CliRun.SERVICES.get(Store.class);
        store.create(TestDatabases.config(db, PASSWORD, BOOT));
        try {
            store.users().create(LEAD, THEIRS.toCharArray(), ConsoleRole.IT_SECURITY_LEAD, null);
            store.users().create(AUDITOR, THEIRS.toCharArray(), ConsoleRole.AUDITOR, null);
            Trust trust = ModelFactory.eINSTANCE.createTrust();
            trust.setName("Example NHS Trust");
            Site site = ModelFactory.eINSTANCE.createSite();
            site.setName("Main hospital");
            PacsNode primary = node("PACS", down);
            PacsNode copy = node("PACS-DR", dr.dicomPort());
            site.getNodes().addAll(List.of(primary, copy));
            trust.getSites().add(site);
            DrPlan plan = plan("Ransomware", primary, copy);
            trust.getDrPlans().add(plan);
            DrPlan late = plan("Fire", primary, copy);
            TestRun missed = ModelFactory.eINSTANCE.createTestRun();
            missed.setStarted(new java.util.Date());
            missed.setResult(RunResult.SUCCESS);
            missed.setRpoAchievedMinutes(328);
            missed.setRtoAchievedMinutes(142);
            late.getRuns().add(missed);
            trust.getDrPlans().add(late);
            store.entities().save(trust);
            planId = plan.getId();
        } finally {
            store.close();
        }
    }

    private static PacsNode node(String name, int port) {
        PacsNode n = ModelFactory.eINSTANCE.createPacsNode();
        n.setName(name);
        n.setAeTitle(OrthancServer.AE_TITLE);
        n.setHost("127.0.0.1");
        n.setPort(port);
        return n;
    }

    private static DrPlan plan(String name, PacsNode primary, PacsNode copy) {
        DrPlan p = ModelFactory.eINSTANCE.createDrPlan();
        p.setName(name);
        p.setScenario(DrScenario.RANSOMWARE);
        p.setRpoMinutes(240);
        p.setRtoMinutes(120);
        p.setTestFrequencyDays(30);
        p.setPrimary(primary);
        p.setDr(copy);
        return p;
    }

    @AfterAll
    static void stop() {
        if (dr != null) {
            dr.close();
        }
    }

    private static CliRun run(String... args) {
        return CliRun.run(SECRETS, CliRun.on(db, args));
    }

    private static CliRun signOff(String signer, String password, String run) {
        Map<String, String> env = new HashMap<>(SECRETS);
        env.put("CUSTODIAN_SIGNOFF_PASSWORD", password);
        return CliRun.run(env, CliRun.on(db, "dr-sign-off", "Ransomware", run, "--signer", signer));
    }

    @Test
    void aFailedScheduledRunIsJudgedSignedOffByASecondPersonAndReported() throws Exception {
        CliRun verify = run("verify-dr", "--plan", "Ransomware", "--from", "2024-03-01", "--to", "2024-03-31",
                "--sample", "2", "--timeout", "5");
        assertEquals(Cli.FAILED, verify.code(), verify.out() + verify.err());
        assertTrue(verify.out().contains("FAILURE,echo," + OrthancServer.AE_TITLE + "@127.0.0.1:" + down + ","),
                "the primary did not answer: " + verify.out());
        Matcher m = Pattern.compile("\\(run ([0-9a-f-]{36});").matcher(verify.err());
        assertTrue(m.find(), verify.err());
        String id = m.group(1);
        assertPlanStaysInItsTrust();

        CliRun listed = run("dr-runs", "Ransomware");
        assertEquals(Cli.OK, listed.code(), listed.err());
        String row = listed.lines().stream().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
        assertTrue(row.contains(",TEST,ERRORS,,,"), "RPO and RTO not measured are empty, not 0: " + row);
        String sha = row.substring(row.lastIndexOf(',') + 1);
        assertEquals(64, sha.length(), row);

        CliRun unjustified = run("dr-verdict", "Ransomware", id, "--verdict", "pass");
        assertEquals(Cli.FAILED, unjustified.code(), unjustified.err());
        assertTrue(unjustified.err().contains("needs a written justification"), unjustified.err());
        String why = "primary patched that night; DR verified alone the next morning";
        CliRun justified = run("dr-verdict", "Ransomware", id.substring(0, 8), "--verdict", "pass", "--justification",
                why);
        assertEquals(Cli.OK, justified.code(), justified.err());
        assertTrue(justified.err().contains("PASS (justified) recorded for run " + id), justified.err());
        assertTrue(run("dr-runs", "Ransomware").out().contains("PASS (justified)," + TestDatabases.USER + "," + why),
                "the justification is kept with the run");

        CliRun self = signOff(TestDatabases.USER, PASSWORD, "last");
        assertEquals(Cli.FAILED, self.code());
        assertTrue(self.err().contains("second person"), self.err());
        CliRun wrong = signOff(LEAD, "not their password", "last");
        assertEquals(Cli.FAILED, wrong.code());
        assertTrue(wrong.err().contains("password of " + LEAD + " is wrong"), wrong.err());
        CliRun auditor = signOff(AUDITOR, THEIRS, "last");
        assertEquals(Cli.FAILED, auditor.code());
        assertTrue(auditor.err().contains("may not record DR tests, verdicts and sign-offs"), auditor.err());
        assertFalse(run("trail", "list").out().contains(",DR sign-off,"), "no refusal is a sign-off");

        // the password may also come as the next line of standard input, after the boot password and password
        CliRun signed = CliRun.run(Map.of("CUSTODIAN_USER", TestDatabases.USER), BOOT + "\n" + PASSWORD + "\n" + THEIRS
                + "\n", CliRun.on(db, "dr-sign-off", "Ransomware", id, "--signer", LEAD));
        assertEquals(Cli.OK, signed.code(), signed.err());

        CliRun trail = run("trail", "list", "--limit", "20");
        String entry = trail.lines().stream().filter(l -> l.contains(",DR sign-off,")).findFirst().orElseThrow();
        assertTrue(entry.contains("," + LEAD + ",DR sign-off,"), entry);
        assertTrue(entry.contains("SHA-256 " + sha), "the sign-off names the evidence it saw: " + entry);
        assertTrue(trail.out().contains(",DR verdict,") && trail.out().contains(why), trail.out());
        assertEquals(Cli.OK, run("trail", "verify").code());

        Path pdf = dir.resolve("board.pdf");
        CliRun report = run("board-report", pdf.toString());
        assertEquals(Cli.OK, report.code(), report.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("240 min / not measured"), "the failed run measured no RPO: " + text);
        assertTrue(text.contains(why), "the board reads the justification: " + text);
        assertTrue(text.contains(LEAD), "and who signed off: " + text);
    }

    private static void assertPlanStaysInItsTrust() {
        Store store = CliRun.SERVICES.get(Store.class);
        store.open(TestDatabases.config(db, PASSWORD, BOOT));
        try {
            List<Trust> trusts = store.entities().loadAll(ModelPackage.Literals.TRUST);
            assertTrue(trusts.get(0).getDrPlans().stream().anyMatch(p -> p.getId().equals(planId)),
                    "recording the run must not take the plan out of its trust");
        } finally {
            store.close();
        }
    }

    @Test
    void aRunThatMissedItsTargetsIsFlaggedNotShownAsASuccess() {
        CliRun runs = run("dr-runs", "Fire");
        assertEquals(Cli.OK, runs.code(), runs.err());
        assertTrue(runs.out().contains(",SUCCESS,328,142,RPO 328 > 240 min; RTO 142 > 120 min,"), runs.out());
        CliRun status = run("dr-status");
        assertTrue(status.out().contains("\"SUCCESS, target missed\""), status.out());
    }

    @Test
    void aVerdictNeedsPassOrFailAndASignOffItsSigner() {
        CliRun noVerdict = run("dr-verdict", "Ransomware", "last");
        assertEquals(Cli.FAILED, noVerdict.code());
        assertTrue(noVerdict.err().contains("needs --verdict pass or --verdict fail"), noVerdict.err());
        CliRun maybe = run("dr-verdict", "Ransomware", "last", "--verdict", "maybe");
        assertTrue(maybe.err().contains("--verdict is pass or fail, not maybe"), maybe.err());
        CliRun noSigner = run("dr-sign-off", "Ransomware", "last");
        assertTrue(noSigner.err().contains("needs --signer USER"), noSigner.err());
        CliRun notPdf = run("board-report", dir.resolve("board.txt").toString());
        assertTrue(notPdf.err().contains("give a file name ending .pdf"), notPdf.err());
    }
}
