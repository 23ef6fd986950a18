package org.custodian.cli;

import java.util.List;

import org.custodian.cli.access.AlertsCommand;
import org.custodian.cli.access.CasesCommand;
import org.custodian.cli.access.EventsCommand;
import org.custodian.cli.access.ExplainedCommand;
import org.custodian.cli.access.IdentifiersCommand;
import org.custodian.cli.access.ImportCommand;
import org.custodian.cli.access.LoadFeedCommand;
import org.custodian.cli.access.TimelineCommand;
import org.custodian.cli.access.TrailCommand;
import org.custodian.cli.access.TransfersCommand;
import org.custodian.cli.people.ComplianceCommand;
import org.custodian.cli.people.LoadAccountsCommand;
import org.custodian.cli.people.LoadLeaversCommand;
import org.custodian.cli.people.LoadStaffCommand;
import org.custodian.cli.people.LoadTrainingCommand;
import org.custodian.cli.people.LoadTrainingNeedsCommand;
import org.custodian.cli.people.RevocationsCommand;
import org.custodian.cli.dr.BoardReportCommand;
import org.custodian.cli.dr.CompressionAuditCommand;
import org.custodian.cli.dr.CompressionPolicyCommand;
import org.custodian.cli.dr.ImportBackupJobsCommand;
import org.custodian.cli.dr.DrRunsCommand;
import org.custodian.cli.dr.DrSignOffCommand;
import org.custodian.cli.dr.DrStatusCommand;
import org.custodian.cli.dr.DrVerdictCommand;
import org.custodian.cli.dr.EchoCommand;
import org.custodian.cli.dr.VerifyDrCommand;
import org.custodian.cli.dr.VerifyFilesCommand;
import org.custodian.cli.dr.VerifyMigrationCommand;
import org.custodian.cli.evidence.DsptCommand;
import org.custodian.cli.evidence.InspectionPackCommand;
import org.custodian.cli.evidence.StatusCommand;
import org.custodian.cli.access.ReceiveCommand;
import org.custodian.cli.access.ReceiveHl7Command;
import org.custodian.cli.access.RulesCommand;
import org.custodian.cli.console.BackupCommand;
import org.custodian.cli.console.MigrateStoreCommand;
import org.custodian.cli.console.PasswordCommand;
import org.custodian.cli.console.ServeCommand;
import org.custodian.cli.console.UsersCommand;
import org.custodian.cli.supplier.DeidCheckCommand;
import org.custodian.cli.supplier.ExpiriesCommand;
import org.custodian.cli.supplier.LabelCheckCommand;
import org.custodian.cli.supplier.LoadMediaCommand;
import org.custodian.cli.supplier.RetentionCommand;

/** Every custodian-cli command, in the order the help lists them. Each perspective appends its own. */
final class Commands {
	private Commands() {
	}

	static List<CliCommand> all() {
		return List.of(
				// access
				new ImportCommand(), new EventsCommand(), new AlertsCommand(), new TimelineCommand(), new TrailCommand(),
				new CasesCommand(), new ExplainedCommand(), new RulesCommand(),
				new LoadFeedCommand(LoadFeedCommand.Feed.CARE), new LoadFeedCommand(LoadFeedCommand.Feed.FLAGS),
				new LoadFeedCommand(LoadFeedCommand.Feed.WORKSTATIONS), new LoadFeedCommand(LoadFeedCommand.Feed.PATIENTS),
				new LoadFeedCommand(LoadFeedCommand.Feed.LOCATIONS),
				new IdentifiersCommand(), new ReceiveCommand(), new ReceiveHl7Command(), new TransfersCommand(),
				// people
				new LoadStaffCommand(), new LoadTrainingCommand(), new LoadAccountsCommand(), new LoadLeaversCommand(),
				new ComplianceCommand(), new RevocationsCommand(), new LoadTrainingNeedsCommand(false),
				new LoadTrainingNeedsCommand(true),
				// backup and DR
				new EchoCommand(), new VerifyDrCommand(), new VerifyFilesCommand(), new CompressionAuditCommand(),
				new VerifyMigrationCommand(), new DrStatusCommand(), new DrRunsCommand(), new DrVerdictCommand(),
				new DrSignOffCommand(), new BoardReportCommand(), new ImportBackupJobsCommand(true),
				new ImportBackupJobsCommand(false), new CompressionPolicyCommand(),
				// suppliers and records
				new RetentionCommand(), new DeidCheckCommand(), new ExpiriesCommand(), new LoadMediaCommand(),
				new LabelCheckCommand(),
				// start page
				new StatusCommand(), new DsptCommand(), new InspectionPackCommand(),
				// console
				new SeedDemoCommand(), new GenerateTrustCommand(), new UsersCommand(), new PasswordCommand(false),
				new PasswordCommand(true), new BackupCommand(BackupCommand.Kind.BACKUP),
				new BackupCommand(BackupCommand.Kind.VERIFY),
				new BackupCommand(BackupCommand.Kind.RESTORE), new ServeCommand(), new MigrateStoreCommand());
	}
}
