package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custodian.dicom.DicomNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DicomNodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ORTHANC@127.0.0.1:4242          | ORTHANC          | 127.0.0.1                | 4242",
        "PACS_DR@pacs-dr.trust.local:104 | PACS_DR          | pacs-dr.trust.local      | 104",
        "'  STORESCP@localhost:11112  '  | STORESCP         | localhost                | 11112",
        "SIXTEEN_CHARS_AE@h:65535        | SIXTEEN_CHARS_AE | h                        | 65535",
        "A@h:1                           | A                | h                        | 1",
        "WITH SPACE@host:104             | WITH SPACE       | host                     | 104",
        "AE@DR@host:104                  | AE@DR            | host                     | 104",
        "IPV6@[::1]:11112                | IPV6             | ::1                      | 11112",
        "IPV6@[fe80::1%eth0]:104         | IPV6             | fe80::1%eth0             | 104",
    })
    void parsesGoodNodes(String text, String aeTitle, String host, int port) {
        DicomNode node = DicomNode.parse(text);
        assertEquals(new DicomNode(aeTitle, host, port), node);
        assertEquals(node, DicomNode.parse(node.toString()), "toString() is what parse() reads");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "ORTHANC",                     // no @
        "ORTHANC@127.0.0.1",           // no port
        "ORTHANC@127.0.0.1:",          // empty port
        "ORTHANC@:104",                // no host
        "@127.0.0.1:104",              // empty AE title
        "SEVENTEEN_CHARS_A@h:104",     // AE title too long
        "BACK\\SLASH@h:104",           // backslash separates DICOM values
        "TAB\tAE@h:104",               // control character
        "ÄRZTE@h:104",                 // not ASCII
        "TRAILING @h:104",             // trailing space
        "ORTHANC@127.0.0.1:0",         // port too small
        "ORTHANC@127.0.0.1:65536",     // port too large
        "ORTHANC@127.0.0.1:-1",        // negative port
        "ORTHANC@127.0.0.1:http",      // port not a number
        "ORTHANC@::1:104",             // IPv6 without brackets
        "ORTHANC@[::1:104",            // unclosed bracket
        "ORTHANC@[::1]104",            // no colon after bracket
        "ORTHANC@my host:104",         // space in host
    })
    void refusesBadNodesWithAClearMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DicomNode.parse(text));
        assertFalse(e.getMessage().isBlank());
        assertTrue(e.getMessage().startsWith("DICOM node '" + text.strip() + "'"),
                "names the input: " + e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesNothing(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DicomNode.parse(text));
        assertTrue(e.getMessage().contains("AET@host:port"), e.getMessage());
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertTrue(message("SEVENTEEN_CHARS_A@h:104").contains("17 characters"));
        assertTrue(message("BACK\\SLASH@h:104").contains("backslash"));
        assertTrue(message("ORTHANC@h:70000").contains("out of range 1..65535"));
        assertTrue(message("ORTHANC@h:abc").contains("'abc' is not a number"));
        assertTrue(message("ORTHANC@h").contains("no port"));
    }

    @Test
    void constructorValidatesToo() {
        assertThrows(IllegalArgumentException.class, () -> new DicomNode("", "h", 104));
        assertThrows(IllegalArgumentException.class, () -> new DicomNode("AE", "", 104));
        assertThrows(IllegalArgumentException.class, () -> new DicomNode("AE", "h", 0));
        assertEquals("AE", DicomNode.validateAeTitle("AE"));
        assertThrows(IllegalArgumentException.class, () -> DicomNode.validateAeTitle("   "));
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> DicomNode.parse(text)).getMessage();
    }
}
