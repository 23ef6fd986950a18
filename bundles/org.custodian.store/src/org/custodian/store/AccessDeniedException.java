package org.custodian.store;

/** A signed-in user asked for something their role does not allow; nothing was read or changed. */
public class AccessDeniedException extends StoreException {
	private static final long serialVersionUID = 1L;

	public AccessDeniedException(Principal who, Permission what) {
		super(who.user() + " (" + Permission.roleName(who.role()) + ") may not " + what.action()
				+ ": that needs the role " + rolesFor(what) + ".");
	}

	public AccessDeniedException(String message) {
		super(message);
	}

	private static String rolesFor(Permission what) {
		StringBuilder names = new StringBuilder();
		for (org.custodian.model.ConsoleRole r : org.custodian.model.ConsoleRole.values()) {
			if (what.grantedTo(r)) {
				names.append(names.isEmpty() ? "" : " or ").append(Permission.roleName(r));
			}
		}
		return names.toString();
	}
}
