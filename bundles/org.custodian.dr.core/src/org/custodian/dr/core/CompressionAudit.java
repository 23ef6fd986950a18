package org.custodian.dr.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;
import org.custodian.dicom.TransferSyntaxes;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Lists every lossy object under a folder with its reason (a lossy transfer syntax, Lossy Image Compression 01,
 * the ratio and method as written) and judges it against the trust's {@link CompressionPolicy}: a lossy object
 * of a lossless-only modality is a failure, any other lossy object a warning to review. Files that do not look
 * like DICOM are skipped; DICOM files that do not parse are failures (their compression is unknown).
 */
public final class CompressionAudit {

    private final DicomObjectReader reader;

    public CompressionAudit(DicomObjectReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The result: findings (one per lossy or unreadable object, and a summary) and the object count. */
    public record Result(int objects, int lossy, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /** @throws IOException if the folder cannot be listed */
    public Result audit(Path folder, CompressionPolicy policy, IProgressMonitor monitor) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        return audit(files, policy, monitor);
    }

    /** Audits the given files (for instance those a retrieve brought back). */
    public Result audit(List<Path> files, CompressionPolicy policy, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Compression audit", files.size());
        List<Finding> findings = new ArrayList<>();
        int objects = 0;
        int lossy = 0;
        for (Path f : files) {
            if (progress.isCanceled()) {
                findings.add(Finding.warning("run", "", "cancelled after " + objects + " objects"));
                break;
            }
            progress.worked(1);
            if (!reader.isDicom(f)) {
                continue;
            }
            objects++;
            DicomHeader h;
            try {
                h = reader.read(f);
            } catch (DicomReadException e) {
                findings.add(Finding.failure("unreadable", f.toString(), e.reason()));
                continue;
            }
            if (!h.isLossy()) {
                continue;
            }
            lossy++;
            String text = "modality " + (h.modality() == null ? "unknown" : h.modality()) + ": " + reason(h);
            Double limit = policy.maxRatio(h.modality());
            Double ratio = ratio(h.lossyImageCompressionRatio());
            if (policy.requiresLossless(h.modality())) {
                findings.add(Finding.failure("lossy", f.toString(), text + "; policy says " + h.modality()
                        + " must be lossless"));
            } else if (limit != null && ratio != null && ratio > limit) {
                findings.add(Finding.failure("lossy", f.toString(), text + "; above the policy's limit of "
                        + (limit == Math.rint(limit) ? Long.toString(limit.longValue()) : limit.toString()) + ":1 for "
                        + h.modality()));
            } else {
                findings.add(Finding.warning("lossy", f.toString(), text));
            }
        }
        if (objects == 0 && !progress.isCanceled()) {
            findings.add(Finding.nothingVerified("no DICOM object was found to audit"));
        }
        findings.add(Finding.info("summary", "", objects + " DICOM objects, " + lossy + " lossy; " + policy));
        return new Result(objects, lossy, findings);
    }

    /** The largest of the ratios written (the attribute is multi-valued: one per lossy step), or null. */
    static Double ratio(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        Double max = null;
        for (String v : written.split("\\\\")) {
            try {
                double r = Double.parseDouble(v.strip());
                max = max == null ? r : Math.max(max, r);
            } catch (NumberFormatException e) {
                // a ratio that is no number says nothing about the limit
            }
        }
        return max;
    }

    /** Why an object counts as lossy, with the attributes that say so. */
    static String reason(DicomHeader h) {
        List<String> why = new ArrayList<>();
        if (TransferSyntaxes.isLossy(h.transferSyntaxUid())) {
            why.add("lossy transfer syntax " + h.transferSyntaxUid());
        }
        if ("01".equals(h.lossyImageCompression())) {
            why.add("LossyImageCompression 01");
        } else {
            why.add("LossyImageCompression " + (h.lossyImageCompression() == null ? "absent" : h.lossyImageCompression()));
        }
        if (h.lossyImageCompressionRatio() != null) {
            why.add("ratio " + h.lossyImageCompressionRatio());
        }
        if (h.lossyImageCompressionMethod() != null) {
            why.add("method " + h.lossyImageCompressionMethod());
        }
        return String.join(", ", why) + " (SOP instance " + h.sopInstanceUid() + ")";
    }
}
