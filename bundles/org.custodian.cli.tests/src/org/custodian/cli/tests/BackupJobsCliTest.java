package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.custodian.cli.Cli;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.DrRegisters.NodeForm;
import org.custodian.dr.core.DrRegisters.PolicyForm;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.store.Store;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-backup-jobs}, {@code backup-jobs} and {@code compression-policy} as a scheduler runs them: a Veeam
 * session export (PowerShell's Export-Csv, #TYPE line first) and a report with its own headings read through a
 * saved mapping; a failed last job flagged per policy; the compression policy stored and read back.
 */
class BackupJobsCliTest {

    static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "jobs boot password",
            "CUSTODIAN_PASSWORD", "jobs password", "CUSTODIAN_USER", TestDatabases.USER);
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void database() {
        db = dir.resolve("db");
        Store store = CliRun.SERVICES.get(Store.class);
        store.create(TestDatabases.config(db, "jobs password", "jobs boot password"));
        try {
            DrRegisters r = new DrRegisters(store.entities());
            PacsNode pacs = r.saveNode(null, new NodeForm("Main PACS", NodeRole.PRIMARY, "PACS_MAIN", "10.0.0.1", 104,
                    null, "General Hospital"));
            r.savePolicy(null, new PolicyForm("PACS nightly", pacs.getId(), 24, 2, true, true, 90));
            r.savePolicy(null, new PolicyForm("VNA nightly", pacs.getId(), 24, 2, true, true, 90));
        } finally {
            store.close();
        }
    }

    private static CliRun run(String... args) {
        return CliRun.run(SECRETS, CliRun.on(db, args));
    }

    private static String hoursAgo(int h) {
        return LocalDateTime.now().minusHours(h).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"));
    }

    @Test
    void aNightlyImportFlagsTheFailedJobAndNamesTheBadRecord() throws Exception {
        Path veeam = dir.resolve("sessions.csv");
        Files.writeString(veeam, "#TYPE Selected.Veeam.Backup.Core.CBackupSession\r\n"
                + "\"Name\",\"CreationTime\",\"EndTime\",\"Result\",\"State\"\r\n"
                + "\"PACS nightly\",\"" + hoursAgo(30) + "\",\"" + hoursAgo(29) + "\",\"Success\",\"Stopped\"\r\n"
                + "\"PACS nightly\",\"" + hoursAgo(6) + "\",\"" + hoursAgo(5) + "\",\"Failed\",\"Stopped\"\r\n"
                + "\"PACS nightly\",\"yesterday\",\"\",\"Success\",\"Stopped\"\r\n");
        CliRun r = run("import-backup-jobs", veeam.toString());
        assertEquals(Cli.FAILED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("2 jobs added") && r.err().contains("1 refused"), r.err());
        assertTrue(r.err().contains("line 5") && r.err().contains("CreationTime"), r.err());
        assertTrue(r.out().contains("FAILURE,backup,PACS nightly,\"the last job (PACS nightly"), r.out());
        assertTrue(r.out().contains("WARNING,backup,VNA nightly,no backup job is kept"), r.out());

        Path other = dir.resolve("other.csv");
        Files.writeString(other, "Job,Policy,Start,Outcome\nvna-1,VNA nightly," + LocalDateTime.now().minusHours(2)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + ",Completed\n");
        CliRun mapped = run("import-backup-jobs", "--map", "job=Job", "--map", "policy=Policy", "--map", "started=Start",
                "--map", "status=Outcome", other.toString());
        assertTrue(mapped.err().contains("1 jobs added"), mapped.out() + mapped.err());
        assertTrue(mapped.out().contains("INFO,backup,VNA nightly"), mapped.out());

        CliRun judged = run("backup-jobs");
        assertEquals(Cli.FAILED, judged.code(), "the PACS's failed job still counts: " + judged.out());
    }

    @Test
    void theCompressionPolicyIsStoredAndShown() {
        CliRun set = run("compression-policy", "--lossless", "MG,DX", "--max-ratio", "CT=10");
        assertEquals(Cli.OK, set.code(), set.out() + set.err());
        CliRun shown = run("compression-policy");
        assertTrue(shown.out().contains("\"DX, MG\",CT=10"), shown.out());
        CliRun bad = run("compression-policy", "--max-ratio", "CT=ten");
        assertEquals(Cli.FAILED, bad.code());
        assertTrue(bad.err().contains("the ratio must be a number"), bad.err());
    }
}
