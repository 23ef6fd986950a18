package org.custodian.dicom;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A node as the console reaches it: its DICOM address (for echo, C-FIND, C-GET and C-MOVE), the method it is
 * retrieved by, the port of our own storage SCP for C-MOVE, and the DICOMweb base URL with its credentials.
 *
 * @param name        how people know the node, for findings
 * @param dimse       the node's DICOM address; may be null for a node reached by DICOMweb only
 * @param method      how studies are listed and retrieved
 * @param movePort    for C-MOVE: the port our storage SCP listens on (the node knows our AE title at this port)
 * @param webUrl      for DICOMweb: the base URL of QIDO-RS and WADO-RS, e.g. https://vna.example/dicom-web
 * @param credentials for DICOMweb: how we authenticate
 */
public record ArchiveEndpoint(String name, DicomNode dimse, RetrieveMethod method, int movePort, URI webUrl,
        WebCredentials credentials) {

    /** The storage SCP port used for C-MOVE when none is configured. */
    public static final int DEFAULT_MOVE_PORT = 11112;

    /** @throws IllegalArgumentException when what the method needs is missing or malformed */
    public ArchiveEndpoint {
        Objects.requireNonNull(method, "method");
        credentials = credentials == null ? WebCredentials.NONE : credentials;
        if (method != RetrieveMethod.DICOMWEB && dimse == null) {
            throw new IllegalArgumentException(method.label() + " needs the node's AE title, host and port");
        }
        if (method == RetrieveMethod.C_MOVE) {
            movePort = movePort == 0 ? DEFAULT_MOVE_PORT : movePort;
            if (movePort < 1 || movePort > 65535) {
                throw new IllegalArgumentException("C-MOVE port " + movePort + " is out of range 1..65535");
            }
        }
        if (method == RetrieveMethod.DICOMWEB) {
            if (webUrl == null) {
                throw new IllegalArgumentException("DICOMweb needs the server's base URL (QIDO-RS and WADO-RS)");
            }
            webUrl = checkedUrl(webUrl);
        }
        if (name == null || name.isBlank()) {
            name = dimse != null ? dimse.toString() : String.valueOf(webUrl);
        }
    }

    /** A node retrieved by C-GET. */
    public static ArchiveEndpoint cGet(DicomNode node) {
        return new ArchiveEndpoint(null, node, RetrieveMethod.C_GET, 0, null, null);
    }

    /** A node retrieved by C-MOVE to our storage SCP on {@code movePort}. */
    public static ArchiveEndpoint cMove(DicomNode node, int movePort) {
        return new ArchiveEndpoint(null, node, RetrieveMethod.C_MOVE, movePort, null, null);
    }

    /** A DICOMweb server; {@code node} (may be null) is its DICOM address, if it has one. */
    public static ArchiveEndpoint dicomWeb(URI url, WebCredentials credentials, DicomNode node) {
        return new ArchiveEndpoint(null, node, RetrieveMethod.DICOMWEB, 0, url, credentials);
    }

    /**
     * Reads a base URL typed by a person: http or https, a host, no query; a trailing slash is dropped.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static URI parseUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the DICOMweb URL is empty; expected e.g. https://vna.example/dicom-web");
        }
        try {
            return checkedUrl(new URI(text.strip()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getReason());
        }
    }

    private static URI checkedUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("the DICOMweb URL '" + url + "' must start with https:// (or http://)");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("the DICOMweb URL '" + url + "' has no host");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("the DICOMweb URL '" + url + "' must be a base URL, without ? or #");
        }
        String s = url.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : url;
    }

    /** @return the method and where, e.g. "C-MOVE to us on port 11112 from PACS@host:104"; never a secret */
    public String describe() {
        return switch (method) {
            case C_GET -> "C-GET from " + dimse;
            case C_MOVE -> "C-MOVE from " + dimse + " to our storage SCP on port " + movePort;
            case DICOMWEB -> "DICOMweb at " + webUrl + " (" + credentials + ")";
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
