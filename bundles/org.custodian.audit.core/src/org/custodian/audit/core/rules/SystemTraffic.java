package org.custodian.audit.core.rules;

import java.util.Optional;

import org.custodian.model.Account;
import org.custodian.store.AccessEvent;

/**
 * Whether an access is a machine's, with no person behind it: prefetching, auto-routing, replication to a VNA
 * or DR archive. Such traffic is kept (it is DR evidence) but never attributed to a person, so no person rule
 * judges it. A machine is a user the staff directory does not know that the account lists hold as a system
 * account (no owner, not shared), or, when the lists do not hold it, whose name is an AE title or a host (no
 * lower-case letter: PREFETCH_SCU, VNA_ROUTER; or a dotted host name or an address).
 */
public final class SystemTraffic {
	private SystemTraffic() {
	}

	public static boolean is(AccessEvent e, Directory directory) {
		String user = e.userId();
		if (user == null || directory.staff(user).isPresent()) {
			return false;
		}
		Optional<Account> account = directory.account(user);
		if (account.isPresent()) {
			return account.get().getOwner() == null && !account.get().isShared();
		}
		return user.equals(user.toUpperCase(java.util.Locale.ROOT)) && user.matches(".*[A-Z].*")
				|| user.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+){2,}") || user.matches("[0-9.:]+");
	}
}
