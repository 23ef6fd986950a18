package org.custodian.dr.core;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodian.dicom.DataSetDigest;
import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudySummary;

/**
 * One study's objects as retrieved from DR compared with the primary's: each DR copy parses, has pixel data when
 * the primary's has, and has the same data set SHA-256; objects on one side only are named.
 */
final class ObjectComparison {

    private final DicomObjectReader reader;

    ObjectComparison(DicomObjectReader reader) {
        this.reader = reader;
    }

    /** @return how many DR objects were checked; adds a finding per problem and one for the study */
    int compare(StudySummary study, RetrievedStudy dr, RetrievedStudy primary, List<Finding> findings) {
        Map<String, Path> primaryFiles = new HashMap<>();
        if (primary != null) {
            primary.files().forEach(f -> primaryFiles.put(f.getFileName().toString(), f));
        }
        Set<String> drNames = dr.files().stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        int bad = 0;
        for (Path f : dr.files()) {
            String sop = f.getFileName().toString();
            DicomHeader h;
            try {
                h = reader.read(f);
            } catch (DicomReadException e) {
                findings.add(Finding.failure("object", sop, "DR copy does not parse: " + e.reason()));
                bad++;
                continue;
            }
            Path p = primaryFiles.get(sop);
            if (p == null) {
                if (primary != null) {
                    findings.add(Finding.warning("object", sop, "on DR only, in study " + study.studyInstanceUid()));
                }
                continue;
            }
            try {
                if (!h.hasPixelData() && reader.read(p).hasPixelData()) {
                    findings.add(Finding.failure("object", sop, "DR copy has no pixel data; the primary's has"));
                    bad++;
                    continue;
                }
                String a = DataSetDigest.sha256(p);
                String b = DataSetDigest.sha256(f);
                if (!a.equals(b)) {
                    findings.add(Finding.failure("object", sop, "DR copy differs from the primary's (data set SHA-256 "
                            + b.substring(0, 12) + "... on DR, " + a.substring(0, 12) + "... on primary)"));
                    bad++;
                }
            } catch (DicomReadException e) {
                findings.add(Finding.warning("object", sop, "primary copy cannot be read to compare: " + e.reason()));
            }
        }
        for (String sop : primaryFiles.keySet()) {
            if (!drNames.contains(sop)) {
                findings.add(Finding.failure("object", sop, "on primary, not retrieved from DR (study "
                        + study.studyInstanceUid() + ")"));
                bad++;
            }
        }
        findings.add(bad == 0 ? Finding.info("study", study.studyInstanceUid(), dr.files().size()
                + " objects retrieved from DR in " + dr.elapsed().toMillis() + " ms, all equal to the primary's")
                : Finding.failure("study", study.studyInstanceUid(), bad + " of the study's objects failed"));
        return dr.files().size();
    }
}
