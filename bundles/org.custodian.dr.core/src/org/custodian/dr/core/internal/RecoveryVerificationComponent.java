package org.custodian.dr.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.EchoResult;
import org.custodian.dr.core.BackupJobs;
import org.custodian.dr.core.CompressionAudit;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.DrSettings;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.DrVerification;
import org.custodian.dr.core.Evidence;
import org.custodian.dr.core.FileReport;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.MigrationCampaign;
import org.custodian.dr.core.FileVerification;
import org.custodian.dr.core.Readiness;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.BackupPolicy;
import org.custodian.model.DrPlan;
import org.custodian.model.EvidenceFile;
import org.custodian.model.RunResult;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.eclipse.core.runtime.IProgressMonitor;

/** The {@link RecoveryVerification} component (OSGI-INF/org.custodian.dr.core.verification.xml). */
public final class RecoveryVerificationComponent implements RecoveryVerification {

    private DicomNetwork network;
    private DicomObjectReader reader;
    private volatile Store store;

    public void bindNetwork(DicomNetwork network) {
        this.network = network;
    }

    public void bindReader(DicomObjectReader reader) {
        this.reader = reader;
    }

    public void bindStore(Store store) {
        this.store = store;
    }

    public void unbindStore(Store store) {
        if (this.store == store) {
            this.store = null;
        }
    }

    @Override
    public EchoResult echo(DicomNode node, String callingAeTitle, Duration timeout) {
        return network.echo(node, callingAeTitle, timeout);
    }

    @Override
    public EchoResult echo(org.custodian.dicom.ArchiveEndpoint node, String callingAeTitle, Duration timeout) {
        return new DrVerification(network, reader).archive(node, callingAeTitle).echo(timeout);
    }

    @Override
    public Readiness.Report readiness(DrCheck check) {
        requireWhenSignedIn(Permission.VIEW_RECOVERY);
        return new DrVerification(network, reader).readiness(check);
    }

    @Override
    public DrReport verify(DrCheck check, IProgressMonitor monitor) {
        requireWhenSignedIn(Permission.CHANGE_RECOVERY);
        return new DrVerification(network, reader).run(check, monitor);
    }

    @Override
    public List<Finding> compareMigration(DicomNode oldPacs, DicomNode newPacs, String callingAeTitle, LocalDate from,
            LocalDate to, Duration timeout) {
        requireWhenSignedIn(Permission.VIEW_RECOVERY);
        return MigrationCampaign.check(network, oldPacs, newPacs, callingAeTitle, from, to, timeout);
    }

    @Override
    public EvidenceFile signOffMigration(DicomNode oldPacs, DicomNode newPacs, String callingAeTitle, LocalDate from,
            LocalDate to, Duration timeout) throws IOException {
        Store current = open();
        current.require(Permission.CHANGE_RECOVERY);
        Instant started = Instant.now();
        List<Finding> findings = MigrationCampaign.check(network, oldPacs, newPacs, callingAeTitle, from, to, timeout);
        if (!MigrationCampaign.gateOpen(findings)) {
            throw new IllegalStateException("The migration cannot be signed off: the gate is "
                    + findings.get(findings.size() - 1).detail());
        }
        String name = "migration-signoff-" + EVIDENCE_TIME.format(started.atZone(ZoneOffset.UTC)) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        EvidenceFile evidence = Evidence.writeFindings(evidenceFolder(current), name, findings);
        current.trail().append(current.user(), "sign off migration", oldPacs + " -> " + newPacs, "studies from "
                + from + " to " + to + "; evidence " + evidence.getName() + ", SHA-256 " + evidence.getSha256());
        return evidence;
    }

    @Override
    public FileReport verifyFiles(Path folder, Path manifest, IProgressMonitor monitor) throws IOException {
        return new FileVerification(reader).run(folder, manifest, Runtime.getRuntime().availableProcessors(), monitor);
    }

    @Override
    public CompressionAudit.Result auditCompression(Path folder, CompressionPolicy policy, IProgressMonitor monitor)
            throws IOException {
        return new CompressionAudit(reader).audit(folder, policy, monitor);
    }

    @Override
    public TestRun record(DrPlan plan, DrReport report) {
        Store current = open();
        current.require(Permission.CHANGE_RECOVERY);
        TestRun run = TestRuns.fromReport(report);
        keepFindings(current, run, "dr-verification", report.started(), report.findings());
        return new TestRuns(current.entities()).record(plan, run);
    }

    @Override
    public TestRun record(DrPlan plan, String check, Instant started, Duration duration, List<Finding> findings,
            boolean cancelled) {
        Store current = open();
        TestRun run = TestRuns.fromFindings(TestOperation.TEST, started, duration,
                cancelled ? RunResult.CANCELLED : Findings.result(findings), findings);
        keepFindings(current, run, check, started, findings);
        return new TestRuns(current.entities()).record(plan, run);
    }

    @Override
    public TestRun recordManual(DrPlan plan, TestRun run, List<Path> evidence) throws IOException {
        Store current = open();
        String prefix = "manual-" + EVIDENCE_TIME.format(run.getStarted().toInstant().atZone(ZoneOffset.UTC)) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        for (Path file : evidence) {
            run.getEvidence().add(Evidence.attach(evidenceFolder(current), file, prefix));
        }
        return new TestRuns(current.entities()).record(plan, run);
    }

    @Override
    public TestRun recordVerdict(DrPlan plan, String runId, Verdict verdict, String notes, String justification) {
        Store current = open();
        current.require(Permission.CHANGE_RECOVERY);
        RunClosing closing = new RunClosing(current);
        DrPlan stored = closing.stored(plan);
        TestRun run = closing.run(stored, runId);
        String user = current.user();
        new TestRuns(current.entities()).verdict(stored, run, user, closing.staff(current.principal()), verdict, notes,
                justification, Instant.now());
        current.trail().append(user, "DR verdict", RunClosing.subject(stored, run), verdict + "; "
                + RunClosing.evidence(run) + (run.getVerdictJustification() == null ? ""
                        : "; justification: " + run.getVerdictJustification()));
        return run;
    }

    @Override
    public TestRun signOff(DrPlan plan, String runId, String signer, char[] password) {
        Store current = open();
        current.require(Permission.CHANGE_RECOVERY);
        RunClosing closing = new RunClosing(current);
        DrPlan stored = closing.stored(plan);
        TestRun run = closing.run(stored, runId);
        TestRuns.requireSignable(run, signer, null); // refused before a password is tried
        org.custodian.store.Principal who = current.users().authenticate(signer, password);
        who.require(Permission.CHANGE_RECOVERY);
        new TestRuns(current.entities()).signOff(stored, run, who.user(), closing.staff(who), Instant.now());
        String session = who.user().equalsIgnoreCase(current.user()) ? "" : "; in the session of " + current.user();
        current.trail().append(who.user(), "DR sign-off", RunClosing.subject(stored, run), "verdict "
                + run.getOperatorVerdict() + " by " + TestRuns.operator(run) + "; " + RunClosing.evidence(run) + session);
        return run;
    }

    @Override
    public BackupJobs.ImportResult importBackupJobs(Path file, List<String> columns) throws IOException {
        Store current = open();
        current.require(Permission.CHANGE_RECOVERY);
        DrSettings settings = new DrSettings(current.entities());
        List<String> saved = columns.isEmpty() ? settings.backupJobColumns() : settings.saveBackupJobColumns(columns);
        List<BackupPolicy> policies = new DrRegisters(current.entities()).load().policies();
        Set<BackupPolicy> changed = new LinkedHashSet<>();
        BackupJobs.ImportResult r = BackupJobs.read(file, policies, saved, ZoneId.systemDefault(), changed);
        changed.forEach(current.entities()::save);
        current.trail().append(current.user(), "import backup jobs", file.getFileName().toString(), r.added()
                + " jobs added, " + r.alreadyKept() + " already kept, " + r.errors().size() + " records refused");
        return r;
    }

    @Override
    public CompressionPolicy compressionPolicy() {
        Store current = store;
        return current == null || !current.isOpen() ? CompressionPolicy.NONE
                : new DrSettings(current.entities()).compressionPolicy();
    }

    @Override
    public void saveCompressionPolicy(CompressionPolicy policy) {
        Store current = open();
        current.require(Permission.CHANGE_RECOVERY);
        new DrSettings(current.entities()).saveCompressionPolicy(policy);
        current.trail().append(current.user(), "compression policy", "trust", policy.toString());
    }

    /**
     * Checks of nodes and files need no database and may run before anyone signs in (from a scheduler); once a
     * user is signed in, their role decides.
     */
    private void requireWhenSignedIn(Permission permission) {
        Store current = store;
        if (current != null && current.isOpen()) {
            current.require(permission);
        }
    }

    private Store open() {
        Store current = store;
        if (current == null || !current.isOpen()) {
            throw new IllegalStateException("no database is open: sign in before recording a test run");
        }
        return current;
    }

    private static Path evidenceFolder(Store current) {
        return current.location().toAbsolutePath().resolveSibling("evidence");
    }

    /** The full findings (the run keeps only errors and warnings) go next to the database as evidence. */
    private static void keepFindings(Store current, TestRun run, String check, Instant started, List<Finding> findings) {
        Path folder = evidenceFolder(current);
        String name = check + "-" + EVIDENCE_TIME.format(started.atZone(ZoneOffset.UTC)) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        try {
            run.getEvidence().add(Evidence.writeFindings(folder, name, findings));
        } catch (IOException e) {
            run.getWarnings().add("evidence: the findings could not be written to " + folder + ": " + e.getMessage());
        }
    }

    private static final DateTimeFormatter EVIDENCE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
}
