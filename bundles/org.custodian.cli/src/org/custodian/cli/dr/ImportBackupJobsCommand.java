package org.custodian.cli.dr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dr.core.BackupJobColumns;
import org.custodian.dr.core.BackupJobs;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.store.Permission;

/**
 * {@code import-backup-jobs [--map FIELD=COLUMN]... FILE}: the jobs of the backup system's report export kept under
 * their backup policies, then every policy judged by its jobs (a failed or missing job, no job at all), so that a
 * scheduled import proves each night that the backups ran. {@code backup-jobs} judges without importing.
 */
public final class ImportBackupJobsCommand implements CliCommand {

    private final boolean imports;

    public ImportBackupJobsCommand(boolean imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return imports ? "import-backup-jobs" : "backup-jobs";
    }

    @Override
    public String help() {
        return imports ? """
                  import-backup-jobs [--map FIELD=COLUMN]... FILE
                                        the backup system's report export (CSV; a Veeam session list as
                                        PowerShell's Export-Csv writes it, Name, CreationTime, EndTime, Result,
                                        reads as it is): each job kept under the backup policy its name (or
                                        its policy column) names; --map saves the trust's own heading for a
                                        field (job, policy, started, finished, status, bytes, message). Bad
                                        records are named by line and column, the others kept; then every
                                        policy is judged (CSV of findings; exit 2 when a job failed or is
                                        missing, 1 when a policy has no job or a record was refused)
                """ : """
                  backup-jobs           every backup policy judged by the jobs imported for it (CSV of findings)
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        List<String> entries = new ArrayList<>();
        if (imports) {
            for (Optional<String> e = args.option("--map"); e.isPresent(); e = args.option("--map")) {
                try {
                    entries.add(BackupJobColumns.entry(e.get()));
                } catch (IllegalArgumentException bad) {
                    throw new UsageException("--map: " + bad.getMessage());
                }
            }
        }
        Path file = imports ? args.path("FILE") : null;
        args.end(name());
        if (file != null && !Files.isRegularFile(file)) {
            throw new UsageException(file + " is not a file");
        }
        return context -> {
            int refused = 0;
            context.store(); // opens the database the jobs are kept in
            if (imports) {
                BackupJobs.ImportResult r = context.service(RecoveryVerification.class).importBackupJobs(file, entries);
                r.errors().forEach(e -> context.err().println("import-backup-jobs: refused: " + e));
                context.err().println("import-backup-jobs: " + r.read() + " records, " + r.added() + " jobs added, "
                        + r.alreadyKept() + " already kept, " + r.errors().size() + " refused");
                refused = r.errors().size();
            } else {
                context.store().require(Permission.VIEW_RECOVERY);
            }
            List<Finding> judged = BackupJobs.check(new DrRegisters(context.store().entities()).load().policies(),
                    Instant.now());
            var csv = context.csv();
            Nodes.header(csv);
            Nodes.print(csv, judged);
            return Math.max(Findings.exitCode(judged), refused > 0 ? Cli.WARNINGS : Cli.OK);
        };
    }
}
