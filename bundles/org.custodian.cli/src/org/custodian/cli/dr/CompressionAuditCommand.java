package org.custodian.cli.dr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.StudySummary;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.RecoveryVerification;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code compression-audit DIR|NODE}: every lossy object with its reason, judged against a policy. For a node,
 * the studies of the date range are retrieved one by one into a scratch folder (deleted afterwards) and audited.
 */
public final class CompressionAuditCommand implements CliCommand {

    @Override
    public String name() {
        return "compression-audit";
    }

    @Override
    public String help() {
        return """
                  compression-audit DIR|NODE [--lossless-only MG,DX] [--max-ratio CT=10] [--trust-policy]
                            [--from YYYY-MM-DD --to YYYY-MM-DD] [--aet AET] [--timeout SECONDS]
                                        lists every lossy object (transfer syntax, LossyImageCompression,
                                        ratio); a lossy object of a lossless-only modality, or above its
                                        modality's ratio limit, is a failure; --trust-policy judges by the
                                        trust's stored policy (compression-policy); for a NODE the studies of
                                        the date range are retrieved and audited
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        CompressionPolicy given;
        try {
            given = CompressionPolicy.parse(args.option("--lossless-only").orElse(""),
                    args.option("--max-ratio").orElse(null));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lossless-only / --max-ratio: " + e.getMessage());
        }
        boolean trustPolicy = args.flag("--trust-policy");
        if (trustPolicy && !given.isEmpty()) {
            throw new UsageException("give --trust-policy or --lossless-only/--max-ratio, not both");
        }
        LocalDate from = args.date("--from").orElse(null);
        LocalDate to = args.date("--to").orElse(null);
        String ae = Nodes.callingAe(args);
        Duration timeout = Nodes.timeout(args, 60);
        String target = args.required("DIR or NODE");
        args.end(name());
        Path dir = Path.of(target);
        if (Files.isDirectory(dir)) {
            return context -> print(context, context.service(RecoveryVerification.class)
                    .auditCompression(dir, policy(context, given, trustPolicy), new NullProgressMonitor()).findings());
        }
        if (!Nodes.isAddress(target) && (target.contains("/") || target.contains("\\"))) {
            throw new UsageException(target + " is not a folder");
        }
        Nodes.argument(target, "NODE");
        if (from == null || to == null) {
            throw new UsageException("auditing a node needs --from and --to (the study dates to retrieve)");
        }
        return context -> {
            CompressionPolicy policy = policy(context, given, trustPolicy);
            DicomNode node = Nodes.resolve(context, target);
            DicomNetwork network = context.service(DicomNetwork.class);
            List<Finding> findings = new ArrayList<>();
            Path scratch = Files.createTempDirectory("custodian-compression-audit");
            try {
                List<StudySummary> studies;
                try {
                    studies = network.findStudies(node, ae, from, to, timeout);
                } catch (DicomExchangeException e) {
                    context.err().println("custodian-cli: " + e.getMessage());
                    return print(context, List.of(Finding.failure("inventory", node.toString(), e.getMessage())));
                }
                for (StudySummary s : studies) {
                    Path folder = Files.createDirectories(scratch.resolve(s.studyInstanceUid()));
                    try {
                        network.retrieveStudy(node, ae, s, folder, timeout);
                    } catch (DicomExchangeException e) {
                        findings.add(Finding.failure("retrieve", s.studyInstanceUid(), e.getMessage()));
                    }
                }
                findings.addAll(context.service(RecoveryVerification.class)
                        .auditCompression(scratch, policy, new NullProgressMonitor()).findings().stream()
                        .map(f -> new Finding(f.severity(), f.check(), strip(scratch, f.subject()), f.detail())).toList());
                return print(context, findings);
            } finally {
                Folders.delete(scratch);
            }
        };
    }

    private static CompressionPolicy policy(org.custodian.cli.CliContext context, CompressionPolicy given,
            boolean trustPolicy) {
        if (!trustPolicy) {
            return given;
        }
        context.store(); // opens the database the policy is kept in
        CompressionPolicy stored = context.service(RecoveryVerification.class).compressionPolicy();
        if (stored.isEmpty()) {
            throw new UsageException("the trust has no compression policy; store one with compression-policy");
        }
        return stored;
    }

    /** Files of a node audit are named study/SOP instance UID, not by the scratch folder that is gone. */
    private static String strip(Path scratch, String subject) {
        return subject.startsWith(scratch.toString()) ? scratch.relativize(Path.of(subject)).toString() : subject;
    }

    private static int print(org.custodian.cli.CliContext context, List<Finding> findings) {
        var csv = context.csv();
        Nodes.header(csv);
        Nodes.print(csv, findings);
        return Findings.exitCode(findings);
    }
}
