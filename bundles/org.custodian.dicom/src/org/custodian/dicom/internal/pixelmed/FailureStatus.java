package org.custodian.dicom.internal.pixelmed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the DIMSE failure statuses a query or retrieve SCP answers with (PS3.4 C.4), which PixelMed reports only
 * as a number in an exception's text ("... status 0xa801").
 */
final class FailureStatus {
    private FailureStatus() {
    }

    private static final Pattern STATUS = Pattern.compile("(?i)status\\s*(?:=\\s*)?(?:0x)?([0-9a-f]{4})\\b");

    /** @return the status in words, or null if the text names none */
    static String describe(String message) {
        Matcher m = STATUS.matcher(message);
        if (!m.find()) {
            return null;
        }
        int status = Integer.parseInt(m.group(1), 16);
        return "the node answered with failure status 0x" + String.format("%04X", status) + " (" + meaning(status)
                + ")";
    }

    static String meaning(int status) {
        if (status == 0xA801) {
            return "move destination unknown: register our AE title, address and storage port at the node";
        }
        if (status == 0xA701 || status == 0xA702) {
            return "out of resources";
        }
        if (status == 0xA900) {
            return "identifier does not match SOP class";
        }
        if (status == 0x0122) {
            return "SOP class not supported";
        }
        if (status == 0x0124) {
            return "refused: not authorised";
        }
        if (status == 0xB000) {
            return "some sub-operations failed";
        }
        if (status == 0xFE00) {
            return "cancelled";
        }
        if ((status & 0xF000) == 0xC000) {
            return "unable to process";
        }
        if ((status & 0xFF00) == 0xA700) {
            return "refused: out of resources";
        }
        return "failure";
    }
}
