package org.custodian.cli.dr;

import java.nio.file.Files;
import java.nio.file.Path;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dr.core.FileReport;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.RecoveryVerification;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code verify-files DIR --manifest FILE}: a restored folder against a sha256sum manifest. */
public final class VerifyFilesCommand implements CliCommand {

    @Override
    public String name() {
        return "verify-files";
    }

    @Override
    public String help() {
        return """
                  verify-files DIR --manifest FILE
                                        checks every file the manifest (sha256sum format) lists: SHA-256, and a
                                        header parse for DICOM files; missing, changed and unlisted files as CSV
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        Path manifest = args.option("--manifest").map(Path::of)
                .orElseThrow(() -> new UsageException("verify-files needs --manifest FILE"));
        Path dir = args.path("DIR");
        args.end(name());
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + " is not a folder");
        }
        if (!Files.isReadable(manifest)) {
            throw new UsageException("cannot read the manifest " + manifest);
        }
        return context -> {
            FileReport r = context.service(RecoveryVerification.class).verifyFiles(dir, manifest,
                    new NullProgressMonitor());
            var csv = context.csv();
            Nodes.header(csv);
            Nodes.print(csv, r.findings());
            return Findings.exitCode(r.findings());
        };
    }
}
