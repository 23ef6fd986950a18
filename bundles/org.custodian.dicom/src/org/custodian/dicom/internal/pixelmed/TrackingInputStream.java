package org.custodian.dicom.internal.pixelmed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes the parser consumes and notices when it asks for bytes beyond the end of the
 * file.
 *
 * <p>PixelMed treats an end of file in the middle of a data set as the end of the data set: it
 * returns what it has read and says nothing. A truncated file would then look like a good one
 * with fewer attributes. The parser reads each element header and value with requests of exactly
 * the size it needs, so a request that starts inside the file and ends beyond it means the file
 * is cut short. Requests that start exactly at the end of the file are the parser probing for
 * the next element, which is how a complete data set ends, and are not reported.
 *
 * <p>Must sit above any buffering (it relies on seeing the parser's own request sizes), and is
 * only {@link #arm() armed} after the stream has looked for the preamble, which peeks 132 bytes
 * whatever the file size.
 */
final class TrackingInputStream extends FilterInputStream {

    private final long size;
    private long position;
    private long markPosition;
    private boolean armed;
    private long overrunStart = -1;
    private long overrunEnd = -1;

    TrackingInputStream(InputStream in, long size) {
        super(in);
        this.size = size;
    }

    /** Starts reporting requests that run past the end of the file. */
    void arm() {
        armed = true;
    }

    /** @return the position of the first request that ran past the end of the file, or -1 */
    long overrunStart() {
        return overrunStart;
    }

    /** @return the end of that request (the byte the element would need to end at), or -1 */
    long overrunEnd() {
        return overrunEnd;
    }

    /** @return bytes consumed so far */
    long position() {
        return position;
    }

    private void request(long n) {
        if (armed && overrunStart < 0 && n > 0 && position < size && position + n > size) {
            overrunStart = position;
            overrunEnd = position + n;
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        request(len);
        int n = super.read(b, off, len);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        request(n);
        long skipped = super.skip(Math.min(n, Math.max(0, size - position)));
        if (skipped > 0) {
            position += skipped;
        }
        return skipped;
    }

    @Override
    public synchronized void mark(int readlimit) {
        super.mark(readlimit);
        markPosition = position;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        position = markPosition;
    }
}
