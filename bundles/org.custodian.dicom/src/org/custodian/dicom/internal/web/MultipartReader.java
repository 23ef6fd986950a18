package org.custodian.dicom.internal.web;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Splits a multipart/related body (RFC 2387, as WADO-RS sends objects, PS3.18 8.6) into its parts, streaming each
 * part's content into a file so that a large object never sits in memory. A body that ends before its closing
 * delimiter is reported as truncated: the part being read then is incomplete and is not handed on.
 */
final class MultipartReader {

    /** One part as written to disk, with its own content type. */
    interface PartSink {
        OutputStream open(int index, String contentType) throws IOException;

        void done(int index, String contentType, long bytes) throws IOException;
    }

    /** The body ended before its closing delimiter, inside part {@code part} after {@code bytes} of it. */
    static final class TruncatedException extends IOException {
        private static final long serialVersionUID = 1L;
        final int part;
        final long bytes;

        TruncatedException(int part, long bytes) {
            super("the answer ended in the middle of object " + part + " (after " + bytes
                    + " bytes, before the multipart delimiter): the object is truncated");
            this.part = part;
            this.bytes = bytes;
        }
    }

    private MultipartReader() {
    }

    /** @return the boundary parameter of a multipart content type */
    static String boundary(String contentType) throws IOException {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw new IOException("the answer is not multipart but " + contentType);
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length()).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                if (!b.isEmpty()) {
                    return b;
                }
            }
        }
        throw new IOException("the multipart answer names no boundary (" + contentType + ")");
    }

    /** @return the number of complete parts */
    static int read(InputStream body, String boundary, PartSink sink) throws IOException {
        InputStream in = new BufferedInputStream(body, 1 << 16);
        byte[] first = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        skipPreamble(in, first);
        int index = 0;
        while (true) {
            // after a delimiter: "--" closes the body, CRLF starts a part
            int a = in.read();
            int b = in.read();
            if (a == '-' && b == '-') {
                return index;
            }
            if (a == -1) {
                throw new IOException("the multipart answer ends without its closing delimiter after " + index
                        + " objects");
            }
            while (a == ' ' || a == '\t') { // transport padding
                a = b;
                b = in.read();
            }
            if (a != '\r' || b != '\n') {
                throw new IOException("malformed multipart answer after object " + index);
            }
            index++;
            String contentType = headers(in, index);
            long bytes;
            try (OutputStream out = new BufferedOutputStream(sink.open(index, contentType), 1 << 16)) {
                bytes = copyUntil(in, delimiter, out, index);
            }
            sink.done(index, contentType, bytes);
        }
    }

    private static void skipPreamble(InputStream in, byte[] first) throws IOException {
        int matched = 0;
        while (matched < first.length) {
            int c = in.read();
            if (c == -1) {
                throw new IOException("the multipart answer holds no part");
            }
            matched = c == first[matched] ? matched + 1 : (c == first[0] ? 1 : 0);
        }
    }

    private static String headers(InputStream in, int index) throws IOException {
        String contentType = null;
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c == -1) {
                throw new TruncatedException(index, 0);
            }
            if (c == '\n') {
                String l = line.toString().strip();
                if (l.isEmpty()) {
                    return contentType;
                }
                int colon = l.indexOf(':');
                if (colon > 0 && l.substring(0, colon).strip().equalsIgnoreCase("Content-Type")) {
                    contentType = l.substring(colon + 1).strip();
                }
                line.setLength(0);
            } else if (line.length() < 8192) {
                line.append((char) c);
            }
        }
    }

    /** Copies until the delimiter (not copied); a held-back prefix of it is written when it proves not to be one. */
    private static long copyUntil(InputStream in, byte[] delimiter, OutputStream out, int index) throws IOException {
        int matched = 0;
        long written = 0;
        while (true) {
            int c = in.read();
            if (c == -1) {
                throw new TruncatedException(index, written + matched);
            }
            if (c == delimiter[matched]) {
                if (++matched == delimiter.length) {
                    return written;
                }
                continue;
            }
            if (matched > 0) {
                // the held-back bytes were content; the delimiter starts with CR, which cannot recur inside it
                out.write(delimiter, 0, matched);
                written += matched;
                matched = 0;
                if (c == delimiter[0]) {
                    matched = 1;
                    continue;
                }
            }
            out.write(c);
            written++;
        }
    }

    static Path tempFile(Path folder, int index) throws IOException {
        return Files.createTempFile(folder, "wado-" + index + "-", ".part");
    }
}
