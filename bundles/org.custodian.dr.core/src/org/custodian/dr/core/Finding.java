package org.custodian.dr.core;

import java.util.Objects;

/**
 * One line of evidence from a check: what was checked, about what, and what was found. Reports are lists of
 * findings, so the console, the command line (one CSV row each) and the stored test run (errors and warnings)
 * show the same thing.
 *
 * @param severity how much it matters
 * @param check    the check that found it: echo, day, missing, extra, counts, object, rpo, rto, file, lossy...
 * @param subject  what it is about: a node, a date, a study or SOP instance UID, a file
 * @param detail   what was found, in words an administrator can act on
 */
public record Finding(Severity severity, String check, String subject, String detail) {

    /** The check of a finding that says a run verified nothing (see {@link #nothingVerified}). */
    public static final String UNVERIFIED = "unverified";

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(detail, "detail");
    }

    public static Finding info(String check, String subject, String detail) {
        return new Finding(Severity.INFO, check, subject, detail);
    }

    public static Finding warning(String check, String subject, String detail) {
        return new Finding(Severity.WARNING, check, subject, detail);
    }

    public static Finding failure(String check, String subject, String detail) {
        return new Finding(Severity.FAILURE, check, subject, detail);
    }

    /**
     * A run that found nothing wrong because it looked at nothing (no study in the range, nothing retrieved, an
     * empty manifest): a warning that makes the run's result UNVERIFIED, never SUCCESS.
     *
     * @param detail what could not be checked and why
     */
    public static Finding nothingVerified(String detail) {
        return new Finding(Severity.WARNING, UNVERIFIED, "", detail);
    }

    /** @return "check subject: detail", as stored in a test run's errors and warnings */
    public String line() {
        return check + (subject.isEmpty() ? "" : " " + subject) + ": " + detail;
    }
}
