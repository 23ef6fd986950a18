package org.custodian.dr.ui;

/** The Backup &amp; DR perspective's part, command and event ids (fragment.e4xmi names the same). */
final class DrIds {
	private DrIds() {
	}

	static final String PLANS_PART = "org.custodian.dr.ui.part";
	static final String RUNS_PART = "org.custodian.dr.ui.part.runs";
	static final String NODES_PART = "org.custodian.dr.ui.part.nodes";
	static final String POLICIES_PART = "org.custodian.dr.ui.part.policies";

	static final String VERIFY = "org.custodian.dr.ui.command.verify";
	static final String ECHO = "org.custodian.dr.ui.command.echo";
	static final String BOARD_REPORT = "org.custodian.dr.ui.command.boardReport";
	static final String VERDICT = "org.custodian.dr.ui.command.verdict";
	static final String SIGN_OFF = "org.custodian.dr.ui.command.signOff";
	static final String IMPORT_JOBS = "org.custodian.dr.ui.command.importJobs";
	static final String COMPRESSION_POLICY = "org.custodian.dr.ui.command.compressionPolicy";

	/**
	 * The application context's variable holding the id of the plan chosen in Plans, so that the runs part acts on
	 * the same plan (it may be made after the choice).
	 */
	static final String CHOSEN_PLAN = "org.custodian.dr.ui.chosenPlan";
}
