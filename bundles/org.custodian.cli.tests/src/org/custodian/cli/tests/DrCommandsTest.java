package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.custodian.cli.Cli;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.ModelFactory;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.model.Site;
import org.custodian.store.Store;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.custodian.testing.TestDatabases;
import org.custodian.testing.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DR commands as a scheduler runs them: CSV on stdout, exit 0 / 1 / 2, against two real Orthancs (primary
 * and DR, one study missing on DR) and real files; a registered node name opens the database, an address does not.
 */
class DrCommandsTest {
        private static final String AE = "CUSTODIAN";

    @TempDir
    static Path dir;
    static OrthancServer primary;
    static OrthancServer dr;
    static DcmtkFiles files;
    static Instance kept;
    static Instance lost;
    static Instance mammogram;

    private static CliRun run(Map<String, String> env, String... args) {
        return CliRun.run(env, args);
    }

    private static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    @BeforeAll
    static void start() throws IOException {
        files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        kept = DcmtkFiles.newInstance("P1", "CT", "20240301");
        lost = DcmtkFiles.newInstance("P2", "CT", "20240302");
        mammogram = DcmtkFiles.newInstance("P3", "MG", "20240301");
        primary = OrthancServer.start(Files.createDirectories(dir.resolve("primary")), AE);
        dr = OrthancServer.start(Files.createDirectories(dir.resolve("dr")), AE);
        Path a = files.file(kept, Variant.EXPLICIT_LITTLE);
        Path mg = files.file(mammogram, Variant.JPEG_BASELINE);
        primary.load(AE, a, mg, files.file(lost, Variant.EXPLICIT_LITTLE));
        dr.load(AE, a, mg);
    }

    @AfterAll
    static void stop() {
        if (primary != null) {
            primary.close();
        }
        if (dr != null) {
            dr.close();
        }
    }

    @Test
    void echoAnAddressNeedsNoDatabase() {
        CliRun r = run("--db", dir.resolve("no-db").toString(), "echo", primary.node().toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("node,success,round_trip_ms,message"), r.out());
        assertTrue(r.out().contains(primary.node() + ",true,"), r.out());
        assertFalse(Files.exists(dir.resolve("no-db")));
    }

    @Test
    void echoToNothingFailsWithExitTwoAndTheReason() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CliRun r = run("echo", "--timeout", "5", "GONE@127.0.0.1:" + port);
        assertEquals(Cli.FAILED, r.code());
        assertTrue(r.out().contains(",false,"), r.out());
        assertTrue(r.err().contains("connection refused"), r.err());
    }

    @Test
    void aRegisteredNodeNameIsLookedUpInTheDatabase() {
        Path db = dir.resolve("db");
        Store store = CliRun.SERVICES.get(Store.class);
        store.create(TestDatabases.config(db, "cli dr password", "cli dr boot password"));
        try {
            Site site = ModelFactory.eINSTANCE.createSite();
            site.setName("Main hospital");
            PacsNode node = ModelFactory.eINSTANCE.createPacsNode();
            node.setName("PACS-DR");
            node.setRole(NodeRole.DR);
            node.setAeTitle(OrthancServer.AE_TITLE);
            node.setHost("127.0.0.1");
            node.setPort(dr.dicomPort());
            site.getNodes().add(node);
            store.entities().save(site);
        } finally {
            store.close();
        }
        Map<String, String> secrets = Map.of("CUSTODIAN_BOOT_PASSWORD", "cli dr boot password", "CUSTODIAN_PASSWORD",
                "cli dr password", "CUSTODIAN_USER", TestDatabases.USER);
        CliRun r = run(secrets, "--db", db.toString(), "echo", "pacs-dr");
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains(dr.node() + ",true,"), r.out());

        CliRun unknown = run(secrets, "--db", db.toString(), "echo", "PACS-NOWHERE");
        assertEquals(Cli.FAILED, unknown.code());
        assertTrue(unknown.err().contains("no PACS node named 'PACS-NOWHERE'"), unknown.err());
    }

    @Test
    void aScheduledCheckOfAPlanIsRecordedAsATestRunAndShowsInTheStatus() {
        Path db = dir.resolve("plan-db");
        Store store = CliRun.SERVICES.get(Store.class);
        store.create(TestDatabases.config(db, "cli plan password", "cli plan boot password"));
        try {
            Site site = ModelFactory.eINSTANCE.createSite();
            site.setName("Main hospital");
            PacsNode p = ModelFactory.eINSTANCE.createPacsNode();
            p.setName("PACS");
            p.setAeTitle(OrthancServer.AE_TITLE);
            p.setHost("127.0.0.1");
            p.setPort(primary.dicomPort());
            PacsNode d = ModelFactory.eINSTANCE.createPacsNode();
            d.setName("PACS-DR");
            d.setAeTitle(OrthancServer.AE_TITLE);
            d.setHost("127.0.0.1");
            d.setPort(dr.dicomPort());
            site.getNodes().add(p);
            site.getNodes().add(d);
            store.entities().save(site);
            DrPlan plan = ModelFactory.eINSTANCE.createDrPlan();
            plan.setName("Ransomware");
            plan.setScenario(DrScenario.RANSOMWARE);
            plan.setRpoMinutes(60);
            plan.setRtoMinutes(240);
            plan.setTestFrequencyDays(30);
            plan.setPrimary(p);
            plan.setDr(d);
            store.entities().save(plan);
        } finally {
            store.close();
        }
        Map<String, String> secrets = Map.of("CUSTODIAN_BOOT_PASSWORD", "cli plan boot password", "CUSTODIAN_PASSWORD",
                "cli plan password", "CUSTODIAN_USER", TestDatabases.USER);

        CliRun before = run(secrets, "--db", db.toString(), "dr-status");
        assertEquals(Cli.WARNINGS, before.code(), before.out() + before.err());
        assertTrue(before.out().contains("Ransomware,RANSOMWARE,60,240,30,,never tested,,"), before.out());
        assertTrue(before.out().contains(",OVERDUE"), before.out());

        CliRun check = run(secrets, "--db", db.toString(), "verify-dr", "--plan", "ransomware", "--from", "2024-03-01",
                "--to", "2024-03-31", "--sample", "2");
        assertEquals(Cli.FAILED, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("FAILURE,missing," + lost.studyInstanceUid()), check.out());
        assertTrue(check.err().contains("recorded as a test run of the plan 'Ransomware'"), check.err());

        CliRun after = run(secrets, "--db", db.toString(), "dr-status");
        // the DR node's newest study is a day behind the primary's: the 60-minute RPO target is missed too
        assertTrue(after.out().contains(",\"ERRORS, target missed\","), "the recorded run is the last test: "
                + after.out());
        assertTrue(after.out().contains(",OVERDUE"), "a failed test does not make the plan in date: " + after.out());

        CliRun unknown = run(secrets, "--db", db.toString(), "verify-dr", "--plan", "Flood", "--from", "2024-03-01",
                "--to", "2024-03-31");
        assertEquals(Cli.FAILED, unknown.code());
        assertTrue(unknown.err().contains("no DR plan named 'Flood'"), unknown.err());
    }

    @Test
    void verifyDrListsTheMissingStudyAndExitsTwo() {
        CliRun r = run("verify-dr", "--primary", primary.node().toString(), "--dr", dr.node().toString(), "--from",
                "2024-03-01", "--to", "2024-03-31", "--sample", "5");
        assertEquals(Cli.FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("severity,check,subject,detail"), r.out());
        assertTrue(r.out().contains("FAILURE,missing," + lost.studyInstanceUid() + ","), r.out());
        assertTrue(r.out().contains("INFO,study," + kept.studyInstanceUid() + ","), r.out());
        assertFalse(r.out().contains("FAILURE,object"), "the studies on both nodes are intact: " + r.out());
    }

    @Test
    void verifyDrOfANodeAgainstItselfIsClean() {
        CliRun r = run("verify-dr", "--primary", dr.node().toString(), "--dr", dr.node().toString(), "--from", "2024-03-01",
                "--to", "2024-03-31", "--sample", "1");
        assertEquals(Cli.OK, r.code(), r.out() + r.err());
    }

    @Test
    void verifyDrOfARangeWithoutStudiesIsNoSuccessAndExitsOne() {
        CliRun r = run("verify-dr", "--primary", dr.node().toString(), "--dr", dr.node().toString(), "--from", "2023-01-01",
                "--to", "2023-01-31", "--sample", "3");
        assertEquals(Cli.WARNINGS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("INFO,inventory,,\"primary 0 studies, DR 0 studies"), r.out());
        assertTrue(r.out().contains("WARNING,unverified,,\"the primary holds no study from 2023-01-01 to 2023-01-31"),
                r.out());
        assertTrue(r.err().contains("verify-dr: UNVERIFIED"), r.err());
        assertTrue(r.err().contains("nothing was verified: the primary holds no study"), r.err());
        assertFalse(r.err().contains("SUCCESS"), r.err());
    }

    @Test
    void migrationGateStaysClosedWhileAStudyIsMissingOnTheNewPacs() {
        CliRun closed = run("verify-migration", "--old", primary.node().toString(), "--new", dr.node().toString(),
                "--from", "2024-03-01", "--to", "2024-03-31");
        assertEquals(Cli.FAILED, closed.code(), closed.out() + closed.err());
        assertTrue(closed.out().contains("FAILURE,missing," + lost.studyInstanceUid()), closed.out());
        assertTrue(closed.out().contains("FAILURE,gate,,closed: 1 studies"), closed.out());

        CliRun open = run("verify-migration", "--old", dr.node().toString(), "--new", primary.node().toString(),
                "--from", "2024-03-01", "--to", "2024-03-31");
        assertEquals(Cli.WARNINGS, open.code(), "a study only on the new PACS is a warning: " + open.out());
        assertTrue(open.out().contains("INFO,gate,,open: all 2 studies"), open.out());
    }

    @Test
    void verifyDrWithoutTheDrNodeIsAUsageError() {
        CliRun r = run("verify-dr", "--primary", primary.node().toString(), "--from", "2024-03-01", "--to", "2024-03-31");
        assertEquals(Cli.FAILED, r.code());
        assertTrue(r.err().contains("verify-dr needs --dr NODE (or --plan NAME)"), r.err());
        CliRun bad = run("verify-dr", "--primary", "PACS@host", "--dr", "x", "--from", "2024-03-01", "--to", "2024-03-31");
        assertTrue(bad.err().contains("--primary") && bad.err().contains("no port"), bad.err());
    }

    @Test
    void verifyFilesExitsZeroWhenAllMatchAndTwoWhenAFileChanged() throws IOException {
        Path restored = Files.createDirectories(dir.resolve("restored"));
        Path f = Files.copy(files.file(kept, Variant.EXPLICIT_LITTLE), restored.resolve("a.dcm"));
        Path manifest = dir.resolve("restored.sha256");
        Tools.run(restored, "coreutils", "sh", "-c", "sha256sum a.dcm > '" + manifest + "'");

        CliRun good = run("verify-files", restored.toString(), "--manifest", manifest.toString());
        assertEquals(Cli.OK, good.code(), good.out() + good.err());

        byte[] b = Files.readAllBytes(f);
        b[b.length - 1] ^= 0x55;
        Files.write(f, b);
        CliRun bad = run("verify-files", restored.toString(), "--manifest", manifest.toString());
        assertEquals(Cli.FAILED, bad.code(), bad.out());
        assertTrue(bad.out().contains("FAILURE,file,a.dcm,"), bad.out());
    }

    @Test
    void compressionAuditOfAFolderFlagsTheLossyMammogram() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("audit"));
        Files.copy(files.file(mammogram, Variant.JPEG_BASELINE), folder.resolve("mg.dcm"));

        CliRun strict = run("compression-audit", folder.toString(), "--lossless-only", "MG");
        assertEquals(Cli.FAILED, strict.code(), strict.out());
        assertTrue(strict.out().contains("FAILURE,lossy," + folder.resolve("mg.dcm")), strict.out());
        CliRun lenient = run("compression-audit", folder.toString());
        assertEquals(Cli.WARNINGS, lenient.code(), lenient.out());
    }

    @Test
    void compressionAuditOfANodeRetrievesAndFlags() {
        CliRun r = run("compression-audit", dr.node().toString(), "--from", "2024-03-01", "--to", "2024-03-31",
                "--lossless-only", "MG");
        assertEquals(Cli.FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAILURE,lossy," + mammogram.studyInstanceUid() + "/" + mammogram.sopInstanceUid()),
                r.out());
        assertTrue(r.out().contains("2 DICOM objects, 1 lossy"), r.out());
    }
}
