package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.WebCredentials;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.Severity;
import org.custodian.model.RunResult;
import org.custodian.model.VerificationLevel;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.custodian.testing.SmallDisk;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk the retrieves are written to is full, for real: the work folder is a tmpfs of a few MiB (never the
 * machine's disk) filled by a ballast file. The readiness check says there is no room before anything is
 * retrieved, and the retrieve that fails names the full disk; the inventory compared before is kept.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsNamedBeforeAndDuringTheRun() throws Exception {
        String why = SmallDisk.whyNot();
        assumeTrue(why == null, why);
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        Instance study = DcmtkFiles.newInstance("P1", "CT", "20240310");
        Path a = files.file(study, Variant.EXPLICIT_LITTLE);
        WebCredentials web = WebCredentials.basic("dr-check", "Disk-Pass-3");
        try (OrthancServer primary = OrthancServer.start(Files.createDirectories(dir.resolve("primary")), "CUSTODIAN");
                OrthancServer dr = OrthancServer.start(Files.createDirectories(dir.resolve("dr")), "CUSTODIAN",
                        OrthancServer.Options.dicomWeb(web.user(), web.secret()));
                SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 4)) {
            primary.load("CUSTODIAN", a);
            dr.load("CUSTODIAN", a);
            Files.createDirectories(disk.folder().resolve("work"));
            disk.leaveFree(0);
            DrCheck check = new DrCheck(ArchiveEndpoint.cGet(primary.node()),
                    ArchiveEndpoint.dicomWeb(dr.dicomWebUrl(), web, null), "CUSTODIAN", LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 3, 31), VerificationLevel.SAMPLE, 1, 1, Duration.ofSeconds(30),
                    disk.folder().resolve("work"), 0, 0, 1);

            DrReport r = Services.get(RecoveryVerification.class).verify(check, new NullProgressMonitor());

            assertTrue(r.readiness().stream().anyMatch(f -> f.severity() == Severity.FAILURE
                    && f.subject().equals("disk") && f.detail().startsWith("not enough room")), r.readiness().toString());
            Finding retrieve = r.findings().stream().filter(f -> f.check().equals("retrieve")).findFirst()
                    .orElseThrow(() -> new AssertionError(r.findings().toString()));
            assertTrue(retrieve.detail().contains("is full"), retrieve.detail());
            assertEquals(RunResult.ERRORS, r.result());
            assertTrue(r.diff() != null && r.diff().common() == 1, "the inventory compared before is kept");
        }
    }
}
