package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.custodian.dr.core.BackupJobs;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.DrRegisters.NodeForm;
import org.custodian.dr.core.DrRegisters.PolicyForm;
import org.custodian.dr.core.DrSettings;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.Severity;
import org.custodian.model.BackupJobStatus;
import org.custodian.model.BackupPolicy;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.store.Store;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Veeam session export (resources/published, its shape from Veeam's PowerShell reference) imported through the
 * service into a real encrypted database: jobs kept under their policies, bad records named by line and column
 * with the good ones kept, a second import adds nothing, and each policy judged (a failed last job, a gap, no
 * job at all); the compression policy lasts beyond a session.
 */
class BackupJobsTest {

    @TempDir
    Path dir;
    Store store;
    DrRegisters registers;

    @BeforeEach
    void open() {
        store = Services.get(Store.class);
        store.create(TestDatabases.config(dir.resolve("db")));
        registers = new DrRegisters(store.entities());
        PacsNode pacs = registers.saveNode(null, new NodeForm("Main PACS", NodeRole.PRIMARY, "PACS_MAIN", "10.0.0.1",
                104, null, "General Hospital"));
        registers.savePolicy(null, new PolicyForm("PACS nightly", pacs.getId(), 24, 2, true, true, 90));
        registers.savePolicy(null, new PolicyForm("VNA weekly", pacs.getId(), 168, 1, true, false, 365));
        registers.savePolicy(null, new PolicyForm("Tape monthly", pacs.getId(), 720, 1, true, true, 3650));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path sample() throws IOException {
        // the module's folder is the tests' working directory, as for the other published samples
        Path copy = dir.resolve("veeam-backup-sessions.csv");
        Files.copy(Path.of("resources", "published", "veeam-backup-sessions.csv"), copy,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(java.time.ZoneId.systemDefault()).toInstant();
    }

    private BackupPolicy policy(String name) {
        return registers.load().policies().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aVeeamSessionExportIsImportedAndEachPolicyJudged() throws Exception {
        RecoveryVerification service = Services.get(RecoveryVerification.class);
        BackupJobs.ImportResult r = service.importBackupJobs(sample(), List.of());

        assertEquals(8, r.read());
        assertEquals(5, r.added(), r.errors().toString());
        assertEquals(3, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).contains("line 8") && r.errors().get(0).contains("Old SAN copy"), r.errors().get(0));
        assertTrue(r.errors().get(1).contains("line 9") && r.errors().get(1).contains("CreationTime"), r.errors().get(1));
        assertTrue(r.errors().get(2).contains("line 10") && r.errors().get(2).contains("\"Pending\""), r.errors().get(2));
        BackupPolicy nightly = policy("PACS nightly");
        assertEquals(4, nightly.getJobs().size());
        assertEquals(BackupJobStatus.FAILED, nightly.getJobs().get(2).getStatus());
        assertTrue(nightly.getJobs().get(0).getSource().endsWith("line 3"), nightly.getJobs().get(0).getSource());

        BackupJobs.ImportResult again = service.importBackupJobs(sample(), List.of());
        assertEquals(0, again.added(), "the same sessions exported again are not kept twice");
        assertEquals(5, again.alreadyKept());

        List<Finding> judged = BackupJobs.check(registers.load().policies(), local("2026-12-06T09:00:00"));
        Finding pacs = judged.stream().filter(f -> f.subject().equals("PACS nightly")).findFirst().orElseThrow();
        assertEquals(Severity.FAILURE, pacs.severity(), judged.toString());
        // the export's times are local (en-GB), read in the console's zone
        assertTrue(pacs.detail().contains("no successful job (every 24 h expected) from " + local("2026-12-02T01:00:02")
                + " to " + local("2026-12-04T01:00:01")), pacs.detail());
        Finding vna = judged.stream().filter(f -> f.subject().equals("VNA weekly")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, vna.severity(), vna.detail());
        Finding tape = judged.stream().filter(f -> f.subject().equals("Tape monthly")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, tape.severity());
        assertTrue(tape.detail().contains("no proof that its backups ran"), tape.detail());
    }

    @Test
    void aReportWithOtherHeadingsIsReadThroughTheSavedMapping() throws Exception {
        Path report = dir.resolve("other.csv");
        Files.writeString(report, "Job,Policy,Start,Outcome,Bytes\nnightly-1,PACS nightly,2026-12-05 01:00,OK,"
                + "1200000\n");
        RecoveryVerification service = Services.get(RecoveryVerification.class);
        assertThrows(org.custodian.report.csv.RecordException.class, () -> service.importBackupJobs(report, List.of()),
                "without a mapping the Veeam headings are looked for");
        BackupJobs.ImportResult r = service.importBackupJobs(report, List.of("job=Job", "policy=Policy",
                "started=Start", "status=Outcome", "bytes=Bytes"));
        assertEquals(1, r.added(), r.errors().toString());
        assertEquals(1_200_000L, policy("PACS nightly").getJobs().get(0).getBytes());
        assertEquals(List.of("job=Job", "policy=Policy", "started=Start", "status=Outcome", "bytes=Bytes"),
                new DrSettings(store.entities()).backupJobColumns(), "the mapping is saved for the next report");
        assertThrows(IllegalArgumentException.class, () -> service.importBackupJobs(report, List.of("size=Bytes")));
    }

    @Test
    void theCompressionPolicyIsKeptWithTheTrust() {
        RecoveryVerification service = Services.get(RecoveryVerification.class);
        assertTrue(service.compressionPolicy().isEmpty());
        service.saveCompressionPolicy(CompressionPolicy.parse("MG, DX", "CT=10, CR=12.5"));
        CompressionPolicy back = new DrSettings(store.entities()).compressionPolicy();
        assertEquals("DX, MG", back.losslessText());
        assertEquals("CR=12.5, CT=10", back.limitsText());
        assertEquals(10.0, back.maxRatio("ct"));
        assertThrows(IllegalArgumentException.class, () -> CompressionPolicy.parse("MG", "MG=5"),
                "a lossless modality has no lossy limit");
    }
}
