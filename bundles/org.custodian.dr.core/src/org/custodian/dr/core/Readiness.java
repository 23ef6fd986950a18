package org.custodian.dr.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.EchoResult;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudyArchive;
import org.custodian.dicom.StudySummary;
import org.custodian.model.VerificationLevel;

/**
 * Whether a verification can run, checked before it starts and kept with it: each node answers, our AE title is
 * accepted, we may find (a query over the range's last day, or the whole range when that day is empty) and
 * retrieve (the smallest study of that query on both nodes, by the node's own method), and the disk has room for
 * what the level retrieves. Each check is one finding; a failure means the run would not verify what it should.
 */
public final class Readiness {
    private Readiness() {
    }

    /** The readiness of one check: its findings, and whether none failed. */
    public record Report(List<Finding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }

        public boolean ready() {
            return findings.stream().noneMatch(f -> f.severity() == Severity.FAILURE);
        }
    }

    public static Report check(StudyArchive primary, StudyArchive dr, DrCheck check) {
        return check(primary, dr, check, null);
    }

    /**
     * @param open opens a node by another method, to say which methods a DICOM node allows besides its own (null:
     *             only the node's own method is tried)
     */
    public static Report check(StudyArchive primary, StudyArchive dr, DrCheck check,
            java.util.function.Function<org.custodian.dicom.ArchiveEndpoint, StudyArchive> open) {
        List<Finding> f = new ArrayList<>();
        boolean primaryUp = answers("primary", primary, check, f);
        boolean drUp = answers("DR", dr, check, f);
        List<StudySummary> onPrimary = primaryUp ? find("primary", primary, check, f) : null;
        List<StudySummary> onDr = drUp ? find("DR", dr, check, f) : null;
        long objectBytes = DiskRoom.DEFAULT_OBJECT_BYTES;
        if (check.retrieves() && onPrimary != null && onDr != null) {
            Map<String, StudySummary> drByUid = onDr.stream()
                    .collect(Collectors.toMap(StudySummary::studyInstanceUid, Function.identity(), (a, b) -> a));
            StudySummary smallest = onPrimary.stream().filter(s -> drByUid.containsKey(s.studyInstanceUid()))
                    .min(Comparator.comparing(s -> s.numberOfInstances() == null ? Integer.MAX_VALUE
                            : s.numberOfInstances()))
                    .orElse(null);
            if (smallest == null) {
                f.add(Finding.warning("ready", "retrieve", "not tried: no study of the range is on both nodes"));
            } else {
                long a = retrieve("primary", primary, smallest, check, f);
                long b = retrieve("DR", dr, drByUid.get(smallest.studyInstanceUid()), check, f);
                objectBytes = Math.max(objectBytes, Math.max(a, b));
                if (open != null) {
                    otherMethod("primary", primary, smallest, check, open, f);
                    otherMethod("DR", dr, drByUid.get(smallest.studyInstanceUid()), check, open, f);
                }
            }
        }
        disk(check, onPrimary, objectBytes, f);
        return new Report(f);
    }

    private static boolean answers(String role, StudyArchive node, DrCheck check, List<Finding> f) {
        EchoResult echo = node.echo(check.timeout());
        String subject = role + " " + node.endpoint();
        if (echo.success()) {
            f.add(Finding.info("ready", subject, "answers and accepts our "
                    + (node.endpoint().dimse() == null ? "credentials" : "AE title " + check.callingAeTitle()) + " ("
                    + echo.roundTrip().toMillis() + " ms)"));
            return true;
        }
        boolean refused = echo.message().contains("association rejected") || echo.message().contains("HTTP 401")
                || echo.message().contains("HTTP 403");
        f.add(Finding.failure("ready", subject, (refused ? "refuses us: " : "does not answer: ") + echo.message()));
        return false;
    }

    private static List<StudySummary> find(String role, StudyArchive node, DrCheck check, List<Finding> f) {
        String subject = role + " " + node.endpoint();
        try {
            LocalDate day = check.to();
            List<StudySummary> studies = node.findStudies(day, day, check.timeout());
            String range = "on " + day;
            if (studies.isEmpty() && check.from().isBefore(day)) {
                studies = node.findStudies(check.from(), day, check.timeout());
                range = "from " + check.from() + " to " + day;
            }
            f.add(Finding.info("ready", subject, "find granted: " + studies.size() + " studies " + range));
            return studies;
        } catch (DicomExchangeException e) {
            f.add(Finding.failure("ready", subject, "find refused or failed: " + e.getMessage()));
            return null;
        }
    }

    /** @return the largest object's size in bytes, 0 when nothing came back */
    private static long retrieve(String role, StudyArchive node, StudySummary study, DrCheck check, List<Finding> f) {
        String subject = role + " " + node.endpoint();
        Path folder = check.workDir().resolve("readiness").resolve(role);
        try {
            Files.createDirectories(folder);
            RetrievedStudy got = node.retrieveStudy(study, folder, check.timeout());
            long largest = 0;
            for (Path p : got.files()) {
                largest = Math.max(largest, Files.size(p));
            }
            if (got.files().isEmpty()) {
                f.add(Finding.failure("ready", subject, node.endpoint().method().label() + " of study "
                        + study.studyInstanceUid() + " brought back no object"));
            } else {
                f.add(Finding.info("ready", subject, node.endpoint().method().label() + " granted: "
                        + got.files().size() + " objects of study " + study.studyInstanceUid() + " in "
                        + got.elapsed().toMillis() + " ms"));
            }
            return largest;
        } catch (DicomExchangeException e) {
            f.add(Finding.failure("ready", subject, node.endpoint().method().label() + " refused or failed: "
                    + e.getMessage()));
        } catch (java.io.IOException e) {
            f.add(Finding.failure("ready", subject, "cannot write to " + folder + ": "
                    + DiskRoom.explain(e.getMessage(), check.workDir())));
        } finally {
            Folders.delete(folder);
        }
        return 0;
    }

    /**
     * Which other DICOM method the node allows: a node retrieved by C-MOVE is asked for C-GET too (no port of ours is
     * needed for it); a node whose C-GET is refused is pointed to C-MOVE. Information only: the run uses the node's
     * own method.
     */
    private static void otherMethod(String role, StudyArchive node, StudySummary study, DrCheck check,
            java.util.function.Function<org.custodian.dicom.ArchiveEndpoint, StudyArchive> open, List<Finding> f) {
        org.custodian.dicom.ArchiveEndpoint e = node.endpoint();
        String subject = role + " " + e;
        if (e.method() == org.custodian.dicom.RetrieveMethod.C_MOVE) {
            Path folder = check.workDir().resolve("readiness").resolve(role + "-get");
            try {
                Files.createDirectories(folder);
                RetrievedStudy got = open.apply(org.custodian.dicom.ArchiveEndpoint.cGet(e.dimse())).retrieveStudy(study,
                        folder, check.timeout());
                f.add(Finding.info("ready", subject, "C-GET allowed too (" + got.files().size() + " objects)"));
            } catch (DicomExchangeException | java.io.IOException ex) {
                f.add(Finding.info("ready", subject, "C-GET not allowed; the node offers C-MOVE"));
            } finally {
                Folders.delete(folder);
            }
        } else if (e.method() == org.custodian.dicom.RetrieveMethod.C_GET && f.stream().anyMatch(x -> x.subject()
                .equals(subject) && x.severity() == Severity.FAILURE && x.detail().startsWith("C-GET"))) {
            f.add(Finding.info("ready", subject, "many PACS answer C-MOVE but not C-GET: if this one does, set its "
                    + "retrieve method to C-MOVE with our storage port, registered at the node"));
        }
    }

    private static void disk(DrCheck check, List<StudySummary> onPrimary, long objectBytes, List<Finding> f) {
        if (!check.retrieves()) {
            f.add(Finding.info("ready", "disk", "level " + check.level() + " retrieves nothing: no room needed"));
            return;
        }
        int perStudy = 1;
        if (onPrimary != null) {
            perStudy = onPrimary.stream().map(StudySummary::numberOfInstances).filter(n -> n != null)
                    .max(Integer::compare).orElse(1);
        }
        // both copies of every study in flight: the sample kept to the end, a full run only what is in flight
        int studies = check.level() == VerificationLevel.FULL ? check.associations() : Math.max(1, check.sample());
        long needed = 2L * studies * perStudy * objectBytes;
        long usable = DiskRoom.usable(check.workDir());
        if (usable < 0) {
            f.add(Finding.warning("ready", "disk", "the free space of " + check.workDir() + " cannot be read"));
        } else if (usable < needed) {
            f.add(Finding.failure("ready", "disk", "not enough room in " + check.workDir() + ": "
                    + DiskRoom.megabytes(usable) + " free, about " + DiskRoom.megabytes(needed) + " needed"));
        } else {
            f.add(Finding.info("ready", "disk", DiskRoom.megabytes(usable) + " free in " + check.workDir()
                    + ", about " + DiskRoom.megabytes(needed) + " needed"));
        }
    }
}
