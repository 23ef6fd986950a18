package org.custodian.app.session;

import java.nio.file.Path;

/**
 * Who is signed in to which database. Put into the application's context at sign-in, so parts and tool
 * controls that {@code @Inject @Optional Session} react to it.
 */
public record Session(String user, Path database) {
}
