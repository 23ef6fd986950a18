package org.custodian.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds and runs the Debian command line tools the tests use to make real DICOM files and peers.
 * A missing tool FAILS the test with the name of the package to install: these tests are the
 * proof that the DICOM code works against real peers and real files, and a skipped proof is no
 * proof.
 */
public final class Tools {

    private static final long TOOL_TIMEOUT_SECONDS = 120;

    private Tools() {
    }

    /**
     * @param name         executable name, e.g. "dump2dcm"
     * @param debianPackage package that provides it, named in the failure message
     * @return the absolute path of the executable
     */
    public static Path find(String name, String debianPackage) {
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        dirs.addAll(List.of("/usr/bin", "/usr/sbin", "/bin", "/sbin"));
        for (String dir : dirs) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("'" + name + "' was not found on PATH or in /usr/bin; install the Debian package '"
                + debianPackage + "' (apt-get install " + debianPackage + ")");
    }

    /**
     * Runs a tool to completion in {@code workDir} and fails the test, showing its stderr and
     * stdout, if it exits with a non-zero code or runs longer than two minutes.
     */
    public static void run(Path workDir, String debianPackage, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(find(tool, debianPackage).toString());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workDir, tool + "-", ".out");
            Path err = Files.createTempFile(workDir, tool + "-", ".err");
            Process p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " did not finish within " + TOOL_TIMEOUT_SECONDS + " s\nstderr:\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            if (p.exitValue() != 0) {
                fail(String.join(" ", command) + " (in " + workDir + ") exited with " + p.exitValue() + "\nstderr:\n"
                        + Files.readString(err, StandardCharsets.UTF_8) + "\nstdout:\n"
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        } catch (IOException e) {
            fail("could not run " + String.join(" ", command) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while running " + String.join(" ", command), e);
        }
    }
}
