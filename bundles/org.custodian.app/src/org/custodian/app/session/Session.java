package org.custodian.app.session;

import java.nio.file.Path;

import org.custodian.store.Permission;
import org.custodian.store.Principal;

/**
 * Who is signed in to which database, in which role. Put into the application's context at sign-in, so parts and
 * tool controls that {@code @Inject @Optional Session} react to it.
 */
public record Session(String user, Path database, Principal principal) {

	/** Whether the role may; the services check again, this only decides what the console shows. */
	public boolean may(Permission permission) {
		return principal != null && principal.may(permission);
	}
}
