package org.custodian.cli.dr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Removes the scratch folders retrieves are written to (they hold patient images), as dr.core does. */
public final class Folders {
    private Folders() {
    }

    public static void delete(Path dir) throws IOException {
        try {
            org.custodian.dr.core.Folders.delete(dir);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
