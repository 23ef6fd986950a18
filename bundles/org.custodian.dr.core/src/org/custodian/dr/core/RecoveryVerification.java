package org.custodian.dr.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.custodian.dicom.DicomNode;
import org.custodian.dicom.EchoResult;
import org.custodian.model.DrPlan;
import org.custodian.model.EvidenceFile;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The Backup &amp; DR checks as one Declarative Service: the console's jobs and custodian-cli call it. Every
 * check returns findings; {@link #record} saves a DR verification as a test run of its plan.
 */
public interface RecoveryVerification {

    /** C-ECHO with the round-trip time; a failure is a result, never an exception. */
    EchoResult echo(DicomNode node, String callingAeTitle, Duration timeout);

    /** Whether a node answers by its own method: C-ECHO, or a QIDO-RS query for DICOMweb (credentials included). */
    EchoResult echo(org.custodian.dicom.ArchiveEndpoint node, String callingAeTitle, Duration timeout);

    /**
     * Whether the check can run: both nodes answer and accept us, find and retrieve are granted by each node's
     * method, and the disk has room ({@link Readiness}); shown before a run, and made again (and kept) by it.
     */
    Readiness.Report readiness(DrCheck check);

    /** Verifies a DR node against its primary ({@link DrVerification}). */
    DrReport verify(DrCheck check, IProgressMonitor monitor);

    /**
     * Compares the old and the new PACS of a provider change over a range of study dates
     * ({@link MigrationCampaign#check}); the last finding is the sign-off gate.
     */
    List<Finding> compareMigration(DicomNode oldPacs, DicomNode newPacs, String callingAeTitle, LocalDate from,
            LocalDate to, Duration timeout);

    /**
     * Signs a migration off: compares the two PACS once more, refuses while the gate is closed, then keeps the
     * comparison's findings as an evidence file beside the database and records the sign-off, with that file's
     * SHA-256, on the console's hash-chained trail.
     *
     * @throws IllegalStateException naming what holds the gate, or when no database is open
     * @throws IOException           if the evidence file cannot be written (nothing is recorded then)
     */
    EvidenceFile signOffMigration(DicomNode oldPacs, DicomNode newPacs, String callingAeTitle, LocalDate from,
            LocalDate to, Duration timeout) throws IOException;

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

    /**
     * Saves the outcome of another check of the plan (a restored folder against its manifest) as a new test run:
     * result from the worst finding (CANCELLED when stopped), the full findings as an evidence file named after
     * {@code check}.
     *
     * @throws IllegalStateException if no database is open
     */
    TestRun record(DrPlan plan, String check, Instant started, Duration duration, List<Finding> findings,
            boolean cancelled);

    /**
     * Saves a test run the operator records by hand (a failover or clean-up exercise with the supplier), with
     * copies of its evidence files (reports, screenshots) kept in the evidence folder beside the database, each
     * with its SHA-256.
     *
     * @throws IOException if an evidence file cannot be copied (nothing is saved then)
     * @throws IllegalStateException if no database is open
     */
    TestRun recordManual(DrPlan plan, TestRun run, List<Path> evidence) throws IOException;

    /**
     * The operator's verdict on a run of the plan, given by the signed-in user (their role must record DR tests):
     * a Pass the evidence does not support (errors, nothing verified, cancelled, a target missed) is refused
     * without a written justification, which is kept with the run. Recorded on the console's hash-chained trail
     * with the SHA-256 of the run's evidence files.
     *
     * @param runId the run's id (see {@link TestRuns#find} for the forms the command line accepts)
     * @throws IllegalStateException saying why the verdict is refused, or when no database is open
     * @throws IllegalArgumentException when the plan or the run is not stored
     */
    TestRun recordVerdict(DrPlan plan, String runId, Verdict verdict, String notes, String justification);

    /**
     * The second person's sign-off of a run that has its verdict: the signer gives their own password, checked as
     * at sign-in (wrong ones count towards their lock-out), must hold a role that records DR tests and must not be
     * the operator. Recorded on the console's hash-chained trail under the signer's name, with the SHA-256 of the
     * run's evidence files.
     *
     * @throws IllegalStateException saying why the sign-off is refused, or when no database is open
     * @throws org.custodian.store.StoreException when the password is wrong or the account locked or disabled
     * @throws org.custodian.store.AccessDeniedException when the signer's role may not sign off
     */
    TestRun signOff(DrPlan plan, String runId, String signer, char[] password);

    /**
     * Imports the jobs of a backup system's report export (CSV) under their backup policies; {@code columns}
     * (entries {@code field=column heading}, may be empty) are saved first as the trust's mapping. A bad record is
     * named by line and column and the others land; a job already kept is not added again. On the console trail.
     *
     * @throws IllegalStateException when no database is open
     * @throws IllegalArgumentException when a column entry is not FIELD=COLUMN
     * @throws IOException when the file cannot be read
     */
    BackupJobs.ImportResult importBackupJobs(Path file, List<String> columns) throws IOException;

    /** The trust's compression policy ({@link CompressionPolicy#NONE} when none is stored, or no database open). */
    CompressionPolicy compressionPolicy();

    /** Stores the trust's compression policy, on the console trail. */
    void saveCompressionPolicy(CompressionPolicy policy);
}
