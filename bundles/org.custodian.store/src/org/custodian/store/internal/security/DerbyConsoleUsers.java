package org.custodian.store.internal.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.custodian.model.ConsoleRole;
import org.custodian.model.ConsoleUser;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.Staff;
import org.custodian.store.ConsoleTrail;
import org.custodian.store.ConsoleUsers;
import org.custodian.store.EntityStore;
import org.custodian.store.PasswordPolicy;
import org.custodian.store.Permission;
import org.custodian.store.Principal;
import org.custodian.store.StoreException;
import org.custodian.store.internal.Database;
import org.custodian.store.internal.derby.SignInGuard;

/**
 * {@link ConsoleUsers}: a Derby NATIVE user for the credentials, an EMF {@link ConsoleUser} (stored by the
 * EntityStore as an object of its own, outside the trust, so that signing in loads no trust) for the role.
 */
public final class DerbyConsoleUsers implements ConsoleUsers {
	/** Derby user names are SQL identifiers: letters, digits and underscores, starting with a letter. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

	private final Database db;
	private final EntityStore entities;
	private final ConsoleTrail trail;
	private final Supplier<Principal> principal;
	/** Times lock-outs of {@link #authenticate}, as the sign-in's clock does. */
	private final Clock clock;

	public DerbyConsoleUsers(Database db, EntityStore entities, ConsoleTrail trail, Supplier<Principal> principal,
			Clock clock) {
		this.db = db;
		this.entities = entities;
		this.trail = trail;
		this.principal = principal;
		this.clock = clock;
	}

	/**
	 * Who signed in. The owner of a database that knows no console user yet (its creator, or a database made
	 * before roles) becomes its administrator; anyone else must have been given a role.
	 */
	public Principal signIn(String user, boolean owner) {
		ConsoleUser found = find(user);
		if (found == null && owner) {
			found = ModelFactory.eINSTANCE.createConsoleUser();
			found.setUsername(user);
			found.setRole(ConsoleRole.ADMINISTRATOR);
			found.setEnabled(true);
			entities.save(found);
		}
		if (found == null) {
			throw new StoreException(user + " has no role in this console: an administrator gives one (Console > Users,"
					+ " or custodian-cli users add).");
		}
		if (!found.isEnabled()) {
			trail.append(user, "sign-in refused", user, "account disabled");
			throw new StoreException("The account " + user + " is disabled: ask an administrator.");
		}
		return new Principal(user, found.getRole(), found.getStaff() == null ? null : found.getStaff().getId());
	}

	/** Run when the owner signs in: every user's grants follow its role (new tables since, a changed role). */
	public void grantAll(String owner) {
		for (ConsoleUser u : loadAll()) {
			if (u.getUsername() != null && !u.getUsername().equalsIgnoreCase(owner)) {
				db.grant(u.getUsername(), u.getRole(), u.isEnabled());
			}
		}
	}

	private ConsoleUser find(String user) {
		for (ConsoleUser u : loadAll()) {
			if (u.getUsername() != null && u.getUsername().equalsIgnoreCase(user)) {
				return u;
			}
		}
		return null;
	}

	private List<ConsoleUser> loadAll() {
		return entities.loadAll(ModelPackage.Literals.CONSOLE_USER);
	}

	@Override
	public List<ConsoleUser> list() {
		principal.get().require(Permission.MANAGE_USERS);
		return loadAll();
	}

	@Override
	public ConsoleUser create(String user, char[] password, ConsoleRole role, String staffNumber) {
		Principal me = principal.get();
		me.require(Permission.MANAGE_USERS);
		if (user == null || !NAME.matcher(user).matches() || SignInGuard.reserved(user)) {
			throw new StoreException("A user name is a letter followed by letters, digits or underscores (at most 64),"
					+ " not \"" + user + "\".");
		}
		if (role == null) {
			throw new StoreException("Choose a role for " + user + ".");
		}
		if (find(user) != null) {
			throw new StoreException("There is already a console user " + user + ".");
		}
		PasswordPolicy.check(user, password);
		Staff staff = null;
		if (staffNumber != null && !staffNumber.isBlank()) {
			staff = this.<Staff>staff(staffNumber.trim());
		}
		if (role == ConsoleRole.LINE_MANAGER && staff == null) {
			throw new StoreException("A line manager sees the staff they manage: give " + user
					+ "'s staff number.");
		}
		db.createUser(user, password, role);
		ConsoleUser created = ModelFactory.eINSTANCE.createConsoleUser();
		created.setUsername(user);
		created.setRole(role);
		created.setEnabled(true);
		created.setStaff(staff);
		entities.save(created);
		trail.append(me.user(), "console user created", user, Permission.roleName(role)
				+ (staff == null ? "" : ", staff " + staff.getStaffNumber()));
		return created;
	}

	private <T> Staff staff(String staffNumber) {
		List<Staff> all = entities.loadAll(ModelPackage.Literals.STAFF);
		return all.stream().filter(s -> staffNumber.equalsIgnoreCase(s.getStaffNumber())).findFirst()
				.orElseThrow(() -> new StoreException("No member of staff has the staff number " + staffNumber
						+ ": load the staff directory first."));
	}

	@Override
	public void resetPassword(String user, char[] password) {
		Principal me = principal.get();
		me.require(Permission.MANAGE_USERS);
		ConsoleUser u = find(user);
		if (u == null) {
			throw new StoreException("There is no console user " + user + ".");
		}
		PasswordPolicy.check(u.getUsername(), password);
		db.resetPassword(u.getUsername(), password);
		trail.append(me.user(), "password reset", u.getUsername(), "by an administrator");
	}

	@Override
	public void setEnabled(String user, boolean enabled) {
		Principal me = principal.get();
		me.require(Permission.MANAGE_USERS);
		ConsoleUser u = find(user);
		if (u == null) {
			throw new StoreException("There is no console user " + user + ".");
		}
		if (!enabled && u.getUsername().equalsIgnoreCase(me.user())) {
			throw new StoreException("You cannot disable your own account.");
		}
		u.setEnabled(enabled);
		db.grant(u.getUsername(), u.getRole(), enabled);
		entities.save(u);
		trail.append(me.user(), enabled ? "console user enabled" : "console user disabled", user, "");
	}

	@Override
	public void changeOwnPassword(char[] current, char[] replacement) {
		Principal me = principal.get();
		if (!db.passwordIs(current)) {
			trail.append(me.user(), "password change refused", me.user(), "current password wrong");
			throw new StoreException("The current password is wrong; the password was not changed.");
		}
		PasswordPolicy.checkChange(me.user(), current, replacement);
		db.modifyOwnPassword(replacement);
		trail.append(me.user(), "password changed", me.user().toLowerCase(Locale.ROOT), "");
	}

	@Override
	public Principal authenticate(String user, char[] password) {
		principal.get(); // only inside a signed-in session
		ConsoleUser found = user == null || !NAME.matcher(user).matches() || SignInGuard.reserved(user) ? null
				: find(user);
		if (found == null) {
			throw new StoreException(user + " is not a user of this console.");
		}
		// the sign-in's own guard, over this session's connection: the same count, lock-out and trail entries
		SignInGuard guard = SignInGuard.over(db::writableConnection, clock);
		guard.refuseIfLocked(found.getUsername());
		if (!db.acceptsCredentials(found.getUsername(), password)) {
			StoreException wrong = new StoreException("The password of " + found.getUsername() + " is wrong.");
			guard.failed(found.getUsername(), wrong);
			throw wrong;
		}
		guard.succeeded(found.getUsername());
		if (!found.isEnabled()) {
			throw new StoreException("The account " + found.getUsername() + " is disabled: ask an administrator.");
		}
		return new Principal(found.getUsername(), found.getRole(), found.getStaff() == null ? null
				: found.getStaff().getId());
	}

	private static final Pattern TRUST = Pattern.compile("[A-Z0-9]{1,16}|\\*");

	@Override
	public void assignTrust(String user, String trust) {
		Principal me = principal.get();
		me.require(Permission.MANAGE_USERS);
		ConsoleUser u = find(user);
		if (u == null) {
			throw new StoreException("There is no console user " + user + ".");
		}
		String code = trust == null ? "" : trust.trim().toUpperCase(Locale.ROOT);
		if (!TRUST.matcher(code).matches()) {
			throw new StoreException("A trust is a code of up to 16 letters and digits (its ODS code, say), or * for"
					+ " the imaging network, not \"" + trust + "\".");
		}
		org.custodian.store.internal.jdbc.Jdbc.transaction(db::writableConnection, "The trust of " + user
				+ " could not be recorded", c -> {
					try (java.sql.PreparedStatement del = c.prepareStatement("DELETE FROM USER_TRUST WHERE USER_NAME = ?")) {
						del.setString(1, roleName(u.getUsername()));
						del.executeUpdate();
					}
					try (java.sql.PreparedStatement ins = c
							.prepareStatement("INSERT INTO USER_TRUST (USER_NAME, TRUST) VALUES (?, ?)")) {
						ins.setString(1, roleName(u.getUsername()));
						ins.setString(2, code);
						ins.executeUpdate();
					}
					return null;
				});
		trail.append(me.user(), "trust assigned", u.getUsername(), NETWORK.equals(code) ? "the network" : code);
	}

	@Override
	public String trustOf(String user) {
		return org.custodian.store.internal.jdbc.Jdbc.transaction(db::writableConnection, "The trust of " + user
				+ " could not be read", c -> {
					try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT TRUST FROM USER_TRUST WHERE USER_NAME = ?")) {
						ps.setString(1, roleName(user));
						try (java.sql.ResultSet rs = ps.executeQuery()) {
							return rs.next() ? rs.getString(1) : "LOCAL";
						}
					}
				});
	}

	/** The name the database knows the user by (PostgreSQL's roles are lower case; so are USER_TRUST's names). */
	private static String roleName(String user) {
		return user.trim().toLowerCase(Locale.ROOT);
	}
}
