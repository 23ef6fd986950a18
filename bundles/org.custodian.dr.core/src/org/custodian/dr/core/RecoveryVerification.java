package org.custodian.dr.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.custodian.dicom.DicomNode;
import org.custodian.dicom.EchoResult;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The Backup &amp; DR checks as one Declarative Service: the console's jobs and custodian-cli call it. Every
 * check returns findings; {@link #record} saves a DR verification as a test run of its plan.
 */
public interface RecoveryVerification {

    /** C-ECHO with the round-trip time; a failure is a result, never an exception. */
    EchoResult echo(DicomNode node, String callingAeTitle, Duration timeout);

    /** Verifies a DR node against its primary ({@link DrVerification}). */
    DrReport verify(DrCheck check, IProgressMonitor monitor);

    /** Checks a restored folder against a manifest, in parallel ({@link FileVerification}). */
    FileReport verifyFiles(Path folder, Path manifest, IProgressMonitor monitor) throws IOException;

    /** Lists the lossy objects of a folder against the policy ({@link CompressionAudit}). */
    CompressionAudit.Result auditCompression(Path folder, CompressionPolicy policy, IProgressMonitor monitor)
            throws IOException;

    /**
     * Saves the report as a new test run of the plan, in the open database, with its full findings as an
     * evidence file (CSV) in the folder {@code evidence} beside the database.
     *
     * @throws IllegalStateException if no database is open
     */
    TestRun record(DrPlan plan, DrReport report);
}
