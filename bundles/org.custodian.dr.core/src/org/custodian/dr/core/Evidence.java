package org.custodian.dr.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.custodian.model.EvidenceFile;
import org.custodian.model.ModelFactory;
import org.custodian.report.csv.CsvWriter;

/**
 * Keeps the full findings of a check as an evidence file of its test run: a CSV ({@code severity,check,subject,
 * detail}, the same rows custodian-cli prints) next to the database, with its SHA-256 recorded in the run so
 * that a later change to the file shows.
 */
public final class Evidence {
    private Evidence() {
    }

    /**
     * Writes the findings to {@code folder/name} (the folder is made if needed; an existing file is not
     * overwritten) and describes the file.
     *
     * @throws IOException if the file cannot be written
     */
    public static EvidenceFile writeFindings(Path folder, String name, List<Finding> findings) throws IOException {
        Files.createDirectories(folder);
        StringBuilder csv = new StringBuilder();
        CsvWriter writer = new CsvWriter(csv);
        writer.row("severity", "check", "subject", "detail");
        for (Finding f : findings) {
            writer.row(f.severity(), f.check(), f.subject(), f.detail());
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve(name);
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        EvidenceFile e = ModelFactory.eINSTANCE.createEvidenceFile();
        e.setName(name);
        e.setPath(file.toAbsolutePath().toString());
        e.setSha256(sha256(bytes));
        e.setSizeBytes(bytes.length);
        e.setAddedAt(Date.from(Instant.now()));
        return e;
    }

    /**
     * Copies a file the operator attaches (a supplier's report, a screenshot) into {@code folder} under a name of
     * its own, so that moving or editing the original later does not change the evidence, and describes the copy.
     *
     * @throws IOException if the file cannot be read or copied
     */
    public static EvidenceFile attach(Path folder, Path file, String prefix) throws IOException {
        Files.createDirectories(folder);
        byte[] bytes = Files.readAllBytes(file);
        String name = prefix + "-" + file.getFileName();
        Path copy = folder.resolve(name);
        Files.write(copy, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        EvidenceFile e = ModelFactory.eINSTANCE.createEvidenceFile();
        e.setName(file.getFileName().toString());
        e.setPath(copy.toAbsolutePath().toString());
        e.setSha256(sha256(bytes));
        e.setSizeBytes(bytes.length);
        e.setAddedAt(Date.from(Instant.now()));
        return e;
    }

    /** An evidence file as read back: its text, and whether it is still the file the run recorded. */
    public record Contents(String text, boolean present, boolean intact, String sha256) {
    }

    /**
     * Reads an evidence file back and checks it against the SHA-256 recorded in the run, so an edited or
     * replaced file shows as such.
     *
     * @throws IOException if the file exists but cannot be read
     */
    public static Contents read(EvidenceFile evidence) throws IOException {
        Path file = evidence.getPath() == null ? null : Path.of(evidence.getPath());
        if (file == null || !Files.isRegularFile(file)) {
            return new Contents("", false, false, null);
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha = sha256(bytes);
        return new Contents(new String(bytes, StandardCharsets.UTF_8), true, sha.equalsIgnoreCase(
                evidence.getSha256() == null ? "" : evidence.getSha256()), sha);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
