package org.custodian.dr.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A checksum manifest in the form {@code sha256sum} writes and reads: one line per file, 64 hex digits, two
 * spaces (or a space and {@code *}), the path, relative to the folder checked or absolute. Blank lines and
 * lines starting with {@code #} are skipped. A malformed line becomes a problem naming its line number; the good
 * lines are still used.
 *
 * @param entries  the files listed, in manifest order
 * @param problems one failure finding per malformed line
 */
public record Manifest(List<Entry> entries, List<Finding> problems) {

    /** One listed file. */
    public record Entry(int line, String path, String sha256) {
    }

    /** @throws IOException if the manifest cannot be read */
    public static Manifest read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = in.readLine()) != null;) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String error = null;
                if (line.length() < 67 || !hex(line.substring(0, 64))) {
                    error = "expected 64 hex digits of SHA-256, two spaces and a path";
                } else if (line.charAt(64) != ' ' || (line.charAt(65) != ' ' && line.charAt(65) != '*')) {
                    error = "expected two spaces (or a space and '*') between the checksum and the path";
                }
                if (error != null) {
                    problems.add(Finding.failure("manifest", file.getFileName() + " line " + n, error + ": '"
                            + (line.length() > 80 ? line.substring(0, 80) + "..." : line) + "'"));
                } else {
                    entries.add(new Entry(n, line.substring(66), line.substring(0, 64).toLowerCase(Locale.ROOT)));
                }
            }
        }
        return new Manifest(List.copyOf(entries), List.copyOf(problems));
    }

    private static boolean hex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
