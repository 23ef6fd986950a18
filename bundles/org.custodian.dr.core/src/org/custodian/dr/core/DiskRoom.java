package org.custodian.dr.core;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Room on the disk the retrieves are written to: measured before a run, and named when a retrieve fills it. */
final class DiskRoom {
    private DiskRoom() {
    }

    /** Bytes assumed per object when no object has been seen yet (a CT slice is about half a megabyte). */
    static final long DEFAULT_OBJECT_BYTES = 1L << 20;

    /** Below this the disk counts as full when a retrieve fails. */
    static final long FULL_BELOW = 1L << 20;

    /** @return usable bytes on the disk of {@code folder} (created if needed), or -1 if that cannot be told */
    static long usable(Path folder) {
        try {
            Files.createDirectories(folder);
            FileStore store = Files.getFileStore(folder);
            return store.getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** A failure's message, with the disk named when it is full. */
    static String explain(String message, Path folder) {
        String m = message == null ? "" : message;
        long free = usable(folder);
        // a receiver that failed to write answers with a failure status only: the free space tells it apart
        if (m.contains("No space left") || m.contains("not enough space") || m.contains("Disk quota")
                || (free >= 0 && free < FULL_BELOW)) {
            return "the disk holding " + folder + " is full (" + megabytes(Math.max(0, usable(folder)))
                    + " free): " + m;
        }
        return m;
    }

    static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
