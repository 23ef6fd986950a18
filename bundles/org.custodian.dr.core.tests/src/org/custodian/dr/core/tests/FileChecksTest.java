package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.custodian.dicom.Dicom;
import org.custodian.dr.core.CompressionAudit;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.FileReport;
import org.custodian.dr.core.FileVerification;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Severity;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.Tools;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File-level verification against a manifest written by the real sha256sum, and the compression audit, on files
 * made by dcmtk and gdcm.
 */
class FileChecksTest {

    @TempDir
    Path dir;

    private static List<Finding> of(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).toList();
    }

    @Test
    void restoredFolderIsCheckedFileByFileAgainstTheManifest() throws Exception {
        Path restored = Files.createDirectories(dir.resolve("restored"));
        DcmtkFiles files = new DcmtkFiles(restored);
        Path good = files.file(DcmtkFiles.newInstance("P1", "CT"), Variant.EXPLICIT_LITTLE);
        Instance changed = DcmtkFiles.newInstance("P2", "CT");
        Path altered = files.file(changed, Variant.EXPLICIT_LITTLE);
        Path gone = files.file(DcmtkFiles.newInstance("P3", "CT"), Variant.IMPLICIT_LITTLE);
        Path truncated = files.file(DcmtkFiles.newInstance("P4", "CT"), Variant.EXPLICIT_LITTLE);
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(truncated), 400));
        // the manifest is taken now, by the tool an administrator would use; then the copy degrades
        Path list = dir.resolve("list.txt");
        Files.writeString(list, String.join("\n", restored.relativize(good).toString(),
                restored.relativize(altered).toString(), restored.relativize(gone).toString(),
                restored.relativize(truncated).toString()));
        Path manifest = dir.resolve("manifest.sha256");
        Tools.run(restored, "coreutils", "sh", "-c", "xargs sha256sum < '" + list + "' > '" + manifest + "'");
        Files.writeString(manifest, Files.readString(manifest) + "not a checksum line\n");
        Files.copy(files.file(changed, Variant.PIXELS_ALTERED), altered, StandardCopyOption.REPLACE_EXISTING);
        Files.delete(gone);

        FileReport report = new FileVerification(Dicom.reader()).run(restored, manifest, 3, new NullProgressMonitor());

        assertEquals(4, report.listed());
        assertEquals(1, report.ok(), report.findings().toString());
        List<Finding> failures = of(report.findings(), Severity.FAILURE);
        assertTrue(failures.stream().anyMatch(f -> f.subject().equals(restored.relativize(altered).toString())
                && f.detail().contains("differs from the manifest")), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.subject().equals(restored.relativize(gone).toString())
                && f.detail().startsWith("missing")), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.subject().equals(restored.relativize(truncated).toString())
                && f.detail().contains("does not parse")), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.subject().equals("manifest.sha256 line 5")), failures.toString());
        assertEquals(4, failures.size(), failures.toString());
        // the PIXELS_ALTERED source file itself is in the folder but not in the manifest
        assertTrue(of(report.findings(), Severity.WARNING).stream()
                .anyMatch(f -> f.detail().contains("not in the manifest")), report.findings().toString());
    }

    @Test
    void aCancelledVerificationSaysSo() throws Exception {
        Path restored = Files.createDirectories(dir.resolve("r"));
        Path f = new DcmtkFiles(restored).file(DcmtkFiles.newInstance("P1", "CT"), Variant.EXPLICIT_LITTLE);
        Path manifest = dir.resolve("m");
        Files.writeString(manifest, "0".repeat(64) + "  " + restored.relativize(f) + "\n");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        FileReport report = new FileVerification(Dicom.reader()).run(restored, manifest, 2, cancelled);

        assertTrue(report.cancelled());
        assertEquals(0, report.checked());
    }

    @Test
    void anEmptyManifestOrAFolderWithoutDicomVerifiesNothing() throws Exception {
        Path restored = Files.createDirectories(dir.resolve("empty-restore"));
        Path manifest = Files.writeString(dir.resolve("empty.sha256"), "");

        FileReport report = new FileVerification(Dicom.reader()).run(restored, manifest, 2, new NullProgressMonitor());
        assertEquals(org.custodian.model.RunResult.UNVERIFIED, org.custodian.dr.core.Findings.result(report.findings()),
                report.findings().toString());

        CompressionAudit.Result audit = new CompressionAudit(Dicom.reader()).audit(restored, CompressionPolicy.parse("MG"),
                new NullProgressMonitor());
        assertEquals(org.custodian.model.RunResult.UNVERIFIED, org.custodian.dr.core.Findings.result(audit.findings()),
                audit.findings().toString());
    }

    @Test
    void compressionAuditListsEveryLossyObjectAgainstThePolicy() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("audit"));
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("made")));
        Path mgJpeg = copy(files.file(DcmtkFiles.newInstance("P1", "MG"), Variant.JPEG_BASELINE), folder);
        Path ctJpeg = copy(files.file(DcmtkFiles.newInstance("P2", "CT"), Variant.JPEG_LOSSY_UNFLAGGED), folder);
        Path ctDecompressed = copy(files.file(DcmtkFiles.newInstance("P3", "CT"), Variant.JPEG_DECOMPRESSED), folder);
        copy(files.file(DcmtkFiles.newInstance("P4", "MG"), Variant.JPEG_2000_LOSSLESS), folder);
        copy(files.file(DcmtkFiles.newInstance("P5", "CT"), Variant.EXPLICIT_LITTLE), folder);
        Files.writeString(folder.resolve("readme.txt"), "not DICOM");

        CompressionAudit.Result r = new CompressionAudit(Dicom.reader()).audit(folder, CompressionPolicy.parse("mg, DX"),
                new NullProgressMonitor());

        List<Finding> lossy = r.findings().stream().filter(f -> f.check().equals("lossy")).toList();
        assertTrue(lossy.stream().anyMatch(f -> f.subject().equals(mgJpeg.toString()) && f.severity() == Severity.FAILURE
                && f.detail().contains("1.2.840.10008.1.2.4.50") && f.detail().contains("MG must be lossless")),
                lossy.toString());
        assertTrue(lossy.stream().anyMatch(f -> f.subject().equals(ctJpeg.toString()) && f.severity() == Severity.WARNING
                && f.detail().contains("LossyImageCompression absent")), lossy.toString());
        assertTrue(lossy.stream().anyMatch(f -> f.subject().equals(ctDecompressed.toString())
                && f.detail().contains("LossyImageCompression 01")), lossy.toString());
        assertEquals(3, lossy.size(), "the JPEG 2000 lossless MG is not lossy: " + lossy);
        assertEquals(5, r.objects(), "readme.txt is skipped");
        assertEquals(3, r.lossy());
    }

    private static Path copy(Path file, Path folder) throws java.io.IOException {
        return Files.copy(file, folder.resolve(file.getFileName()));
    }

    @Test
    void aPolicyWithABadModalityCodeIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompressionPolicy.parse("MG, mammo-graphy"));
        assertTrue(e.getMessage().contains("mammo-graphy"), e.getMessage());
    }
}
