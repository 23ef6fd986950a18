package org.custodian.store;

import java.util.EnumSet;
import java.util.Set;

import org.custodian.model.ConsoleRole;

/**
 * What a console user may do, and which roles may do it. The one place where roles meet actions: every service
 * entry point asks {@link Store#require} for the permission it needs, and the console hides what the signed-in
 * role lacks. The administrator, who sets the console up and loads its first data, holds every permission.
 */
public enum Permission {
	VIEW_ACCESS("see access events, alerts, patients' access timelines and cases", ConsoleRole.CALDICOTT_GUARDIAN,
			ConsoleRole.AUDITOR),
	CHANGE_ACCESS("import audit trails, load reference feeds, run the rules and work on cases",
			ConsoleRole.CALDICOTT_GUARDIAN),
	VIEW_RECOVERY("see backup policies, DR plans and their test runs", ConsoleRole.IT_SECURITY_LEAD,
			ConsoleRole.AUDITOR),
	CHANGE_RECOVERY("record DR tests, verdicts and sign-offs", ConsoleRole.IT_SECURITY_LEAD),
	VIEW_RECORDS("see suppliers, agreements, retention and the media register", ConsoleRole.IG_MANAGER,
			ConsoleRole.AUDITOR),
	CHANGE_RECORDS("change suppliers, agreements, retention and the media register", ConsoleRole.IG_MANAGER),
	VIEW_STAFF("see every member of staff, their training, accounts and leavers", ConsoleRole.IG_MANAGER,
			ConsoleRole.AUDITOR),
	VIEW_OWN_STAFF("see the staff they manage", ConsoleRole.LINE_MANAGER, ConsoleRole.IG_MANAGER,
			ConsoleRole.AUDITOR),
	CHANGE_STAFF("load staff, training, accounts and leavers, and record decisions on them", ConsoleRole.IG_MANAGER),
	VIEW_EVIDENCE("see the start page and write the inspection pack", ConsoleRole.CALDICOTT_GUARDIAN,
			ConsoleRole.IT_SECURITY_LEAD, ConsoleRole.IG_MANAGER, ConsoleRole.AUDITOR),
	VIEW_CONSOLE_TRAIL("read the console's own trail", ConsoleRole.CALDICOTT_GUARDIAN, ConsoleRole.IT_SECURITY_LEAD,
			ConsoleRole.AUDITOR),
	BACK_UP("back up the console's database and verify its backups", ConsoleRole.IT_SECURITY_LEAD),
	MANAGE_USERS("create console users and give them roles"),
	MAINTAIN_DATABASE("change the boot password and serve the database to other consoles");

	private final String action;
	private final Set<ConsoleRole> roles;

	Permission(String action, ConsoleRole... roles) {
		this.action = action;
		this.roles = EnumSet.of(ConsoleRole.ADMINISTRATOR, roles);
	}

	/** What the permission lets one do, as the end of "may ...". */
	public String action() {
		return action;
	}

	public boolean grantedTo(ConsoleRole role) {
		return role != null && roles.contains(role);
	}

	/**
	 * Roles that may look but never change anything: their connections to the database are read-only, so even a
	 * path that forgot its check cannot write.
	 */
	public static boolean readOnly(ConsoleRole role) {
		return role == ConsoleRole.AUDITOR || role == ConsoleRole.LINE_MANAGER;
	}

	/** A role's name as people say it ("Caldicott guardian"). */
	public static String roleName(ConsoleRole role) {
		return switch (role) {
		case CALDICOTT_GUARDIAN -> "Caldicott guardian";
		case IT_SECURITY_LEAD -> "IT security lead";
		case IG_MANAGER -> "IG manager";
		case LINE_MANAGER -> "line manager";
		case AUDITOR -> "auditor";
		case ADMINISTRATOR -> "administrator";
		};
	}
}
