package org.custodian.store;

import org.custodian.model.ConsoleRole;

/**
 * Who is signed in: the console user, their role, and the staff record they are (for a line manager: whose
 * staff they see), or null when none is linked.
 *
 * @param staffId the id of the user's {@code Staff} object, or null
 */
public record Principal(String user, ConsoleRole role, String staffId) {

	public boolean may(Permission permission) {
		return permission.grantedTo(role);
	}

	/** Throws {@link AccessDeniedException} unless the role holds the permission. */
	public void require(Permission permission) {
		if (!may(permission)) {
			throw new AccessDeniedException(this, permission);
		}
	}

	public boolean readOnly() {
		return Permission.readOnly(role);
	}
}
