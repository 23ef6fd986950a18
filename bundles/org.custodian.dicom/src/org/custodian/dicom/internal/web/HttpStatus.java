package org.custodian.dicom.internal.web;

import org.custodian.dicom.WebCredentials;

/** HTTP statuses of a DICOMweb server in words an administrator can act on. */
final class HttpStatus {
    private HttpStatus() {
    }

    static String meaning(int status, WebCredentials credentials) {
        return switch (status) {
            case 400 -> "the server did not understand the request";
            case 401 -> credentials.kind() == WebCredentials.Kind.NONE
                    ? "the server wants credentials: set basic or bearer authentication for the node"
                    : "the server refused our credentials (" + credentials + ")";
            case 403 -> "our credentials are valid but not allowed to do this";
            case 404 -> "not found on the server (wrong base URL, or the study is not there)";
            case 406 -> "the server cannot send objects as stored (transfer-syntax=*)";
            case 429 -> "too many requests: the server asks us to slow down";
            case 500 -> "the server failed";
            case 502, 503, 504 -> "the server or a proxy in front of it is unavailable";
            default -> status >= 300 && status < 400 ? "redirected: give the final base URL" : "unexpected status";
        };
    }
}
