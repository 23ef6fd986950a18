package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.custodian.dicom.Dicom;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node that knows our AE title but does not let it query: Orthanc with C-FIND refused to us aborts the
 * association (other nodes answer with a failure status, named the same way), which must be an error that says
 * so, never an empty inventory (an empty answer would read as "no study in the range").
 */
class FindRefusedTest {

    @TempDir
    Path dir;

    @Test
    void aFindFailureStatusIsAnErrorNotAnEmptyInventory() throws Exception {
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        try (OrthancServer orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")), "CUSTODIAN",
                new OrthancServer.Options(0, false, true, false, false, null, null))) {
            orthanc.load("CUSTODIAN", files.file(DcmtkFiles.newInstance("P1", "CT", "20240310"), Variant.EXPLICIT_LITTLE));
            DicomExchangeException e = assertThrows(DicomExchangeException.class, () -> Dicom.network()
                    .findStudies(orthanc.node(), "CUSTODIAN", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
                            Duration.ofSeconds(20)));
            assertTrue(e.getMessage().contains("C-FIND") && e.getMessage().contains("the node aborted the association")
                    && e.getMessage().contains("find and retrieve rights"), e.getMessage());
        }
    }
}
