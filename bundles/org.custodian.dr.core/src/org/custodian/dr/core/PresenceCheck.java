package org.custodian.dr.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.StudyArchive;
import org.custodian.dicom.StudySummary;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The levels between the inventory and a retrieve: the object count of every study on both sides (COUNT), and
 * every object of every study found on DR by an instance-level query (PRESENCE).
 */
final class PresenceCheck {
    private PresenceCheck() {
    }

    /**
     * Counts of studies the nodes reported without counts, by instance-level query; the inventory comparison has
     * already judged those both reported.
     *
     * @return studies whose counts were compared
     */
    static int counts(List<StudySummary[]> both, StudyArchive primary, StudyArchive dr, DrCheck check,
            List<Finding> findings, SubMonitor progress) {
        int compared = 0;
        for (StudySummary[] pair : both) {
            if (progress.isCanceled()) {
                return compared;
            }
            Integer p = pair[0].numberOfInstances();
            Integer d = pair[1].numberOfInstances();
            try {
                if (p == null) {
                    p = primary.findInstances(pair[0].studyInstanceUid(), check.timeout()).size();
                }
                if (d == null) {
                    d = dr.findInstances(pair[1].studyInstanceUid(), check.timeout()).size();
                }
            } catch (DicomExchangeException e) {
                findings.add(Finding.failure("counts", pair[0].studyInstanceUid(), "cannot count the study's objects: "
                        + e.getMessage()));
                continue;
            }
            compared++;
            if (d < p && (pair[0].numberOfInstances() == null || pair[1].numberOfInstances() == null)) {
                findings.add(Finding.failure("counts", pair[0].studyInstanceUid(), "instances " + p + " on primary, "
                        + d + " on DR (counted by instance-level query)"));
            }
            progress.worked(1);
        }
        findings.add(Finding.info("counts", "", "object counts compared for " + compared + " of " + both.size()
                + " studies on both nodes"));
        return compared;
    }

    /** @return studies whose every object was looked for on DR */
    static int presence(List<StudySummary[]> both, StudyArchive primary, StudyArchive dr, DrCheck check,
            List<Finding> findings, SubMonitor progress) {
        int checked = 0;
        long objects = 0;
        for (StudySummary[] pair : both) {
            if (progress.isCanceled()) {
                break;
            }
            String uid = pair[0].studyInstanceUid();
            Set<String> onPrimary;
            Set<String> onDr;
            try {
                onPrimary = new HashSet<>(primary.findInstances(uid, check.timeout()));
                onDr = new HashSet<>(dr.findInstances(uid, check.timeout()));
            } catch (DicomExchangeException e) {
                findings.add(Finding.failure("presence", uid, "cannot list the study's objects: " + e.getMessage()));
                continue;
            }
            checked++;
            objects += onPrimary.size();
            int absent = 0;
            for (String sop : onPrimary) {
                if (!onDr.contains(sop)) {
                    findings.add(Finding.failure("presence", sop, "on primary, not found on DR (study " + uid + ")"));
                    absent++;
                }
            }
            if (absent == 0 && onPrimary.isEmpty()) {
                findings.add(Finding.warning("presence", uid, "the primary lists no object of the study"));
            }
            progress.worked(1);
        }
        findings.add(Finding.info("presence", "", objects + " objects of " + checked + " studies looked for on DR"));
        return checked;
    }
}
