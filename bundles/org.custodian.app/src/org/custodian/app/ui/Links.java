package org.custodian.app.ui;

/**
 * Event-broker topics by which one perspective opens a task of another without depending on its bundle: the
 * sender switches to the perspective ({@link Perspectives#show}) and posts the topic; the part that owns the task
 * subscribes to it. A perspective that is not installed simply leaves the topic unanswered.
 */
public final class Links {
	/**
	 * Opens the Backup &amp; DR perspective's migration campaign (the inventory comparison of a provider change);
	 * the event's data is the name of the outgoing provider, or an empty string.
	 */
	public static final String MIGRATION_CAMPAIGN = "org/custodian/link/migrationCampaign";

	/** The perspective that holds the migration campaign. */
	public static final String RECOVERY_PERSPECTIVE = "org.custodian.dr.ui.perspective";

	private Links() {
	}
}
