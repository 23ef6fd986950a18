package org.custodian.dicom;

/**
 * A DICOM application entity on the network: the AE title and where it listens.
 *
 * <p>Nodes are typed in by administrators and kept in configuration as {@code AET@host:port}
 * (for example {@code PACS_DR@10.1.2.3:104}); {@link #parse(String)} reads that form and
 * {@link #toString()} writes it back. Validation happens here, once, so that a typo is reported
 * with a clear message when the node is entered rather than as an obscure association failure
 * later.
 *
 * @param aeTitle the application entity title: 1 to 16 characters of the default repertoire, no
 *                backslash, no leading or trailing space
 * @param host    a host name or IP address (an IPv6 literal without brackets)
 * @param port    the TCP port, 1..65535
 */
public record DicomNode(String aeTitle, String host, int port) {

    /** Longest AE title DICOM allows (PS3.5, AE value representation). */
    public static final int MAX_AE_TITLE_LENGTH = 16;

    /**
     * @throws IllegalArgumentException if the AE title, host or port is not valid
     */
    public DicomNode {
        validateAeTitle(aeTitle);
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is missing");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '@' || c == '/' || c == '\\'
                    || c == '[' || c == ']') {
                throw new IllegalArgumentException("host '" + host + "' contains an invalid character '"
                        + printable(c) + "'");
            }
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 1..65535");
        }
    }

    /**
     * Reads {@code AET@host:port}. An IPv6 address goes in brackets: {@code AET@[::1]:104}.
     * Surrounding white space is ignored.
     *
     * @param text the node in {@code AET@host:port} form
     * @return the node
     * @throws IllegalArgumentException with a message saying what is wrong, if the text is not a
     *         valid node
     */
    public static DicomNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("DICOM node is empty; expected AET@host:port, e.g. PACS@10.0.0.5:104");
        }
        String s = text.strip();
        int at = s.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("DICOM node '" + s + "' has no '@'; expected AET@host:port");
        }
        String ae = s.substring(0, at);
        String hostPort = s.substring(at + 1);
        String host;
        String portText;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0 || close + 1 >= hostPort.length() || hostPort.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("DICOM node '" + s
                        + "': an IPv6 address must be written [address]:port");
            }
            host = hostPort.substring(1, close);
            portText = hostPort.substring(close + 2);
        } else {
            int colon = hostPort.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("DICOM node '" + s + "' has no port; expected AET@host:port");
            }
            host = hostPort.substring(0, colon);
            portText = hostPort.substring(colon + 1);
            if (host.indexOf(':') >= 0) {
                throw new IllegalArgumentException("DICOM node '" + s
                        + "': write an IPv6 address in brackets, AET@[address]:port");
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("DICOM node '" + s + "' has no host; expected AET@host:port");
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DICOM node '" + s + "': port '" + portText + "' is not a number");
        }
        try {
            return new DicomNode(ae, host, port);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DICOM node '" + s + "': " + e.getMessage(), e);
        }
    }

    /**
     * Checks an AE title, ours (calling) or a remote one (called).
     *
     * @param aeTitle the AE title
     * @return the same AE title
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String validateAeTitle(String aeTitle) {
        if (aeTitle == null || aeTitle.isEmpty()) {
            throw new IllegalArgumentException("AE title is empty; it must have 1 to " + MAX_AE_TITLE_LENGTH
                    + " characters");
        }
        if (aeTitle.length() > MAX_AE_TITLE_LENGTH) {
            throw new IllegalArgumentException("AE title '" + aeTitle + "' has " + aeTitle.length()
                    + " characters; DICOM allows 1 to " + MAX_AE_TITLE_LENGTH);
        }
        if (aeTitle.isBlank()) {
            throw new IllegalArgumentException("AE title must not consist of spaces only");
        }
        if (aeTitle.charAt(0) == ' ' || aeTitle.charAt(aeTitle.length() - 1) == ' ') {
            throw new IllegalArgumentException("AE title '" + aeTitle
                    + "' starts or ends with a space; DICOM ignores those, so leave them out");
        }
        for (int i = 0; i < aeTitle.length(); i++) {
            char c = aeTitle.charAt(i);
            if (c == '\\') {
                throw new IllegalArgumentException("AE title '" + aeTitle
                        + "' contains a backslash, which DICOM uses to separate values");
            }
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("AE title '" + aeTitle + "' contains '" + printable(c)
                        + "'; only printable ASCII characters are allowed");
            }
        }
        return aeTitle;
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7F || Character.isWhitespace(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    }

    /** @return {@code AET@host:port}, the form {@link #parse(String)} reads */
    @Override
    public String toString() {
        return aeTitle + "@" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
