package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.custodian.cli.Cli;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify-dr} with a DR node that answers only C-MOVE and with one that is a DICOMweb server (Orthanc's
 * plugin, basic authentication, the password from the environment), each against a C-GET primary: the levels, the
 * readiness check alone, and what is said when the DICOMweb password is wrong.
 */
class DrRetrieveMethodsCliTest {

    static final String AE = "CUSTODIAN";

    @TempDir
    static Path dir;
    static OrthancServer primary;
    static OrthancServer moveOnly;
    static OrthancServer web;
    static int movePort;
    static Instance study;

    @BeforeAll
    static void start() throws IOException {
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        study = DcmtkFiles.newInstance("P1", "CT", "20240310");
        Path a = files.file(study, Variant.EXPLICIT_LITTLE);
        Path b = files.file(DcmtkFiles.nextInstance(study), Variant.EXPLICIT_LITTLE);
        movePort = OrthancServer.freePorts(1)[0];
        primary = OrthancServer.start(Files.createDirectories(dir.resolve("primary")), AE);
        moveOnly = OrthancServer.start(Files.createDirectories(dir.resolve("move")), AE,
                OrthancServer.Options.moveOnly(movePort));
        web = OrthancServer.start(Files.createDirectories(dir.resolve("web")), AE,
                OrthancServer.Options.dicomWeb("dr-check", "Cli-Web-Pass"));
        for (OrthancServer s : new OrthancServer[] { primary, moveOnly, web }) {
            s.load(AE, a, b);
        }
    }

    @AfterAll
    static void stop() {
        for (OrthancServer s : new OrthancServer[] { primary, moveOnly, web }) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static String[] args(String... rest) {
        String[] head = { "verify-dr", "--primary", primary.node().toString(), "--from", "2024-03-01", "--to",
                "2024-03-31" };
        String[] all = new String[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    @Test
    void aMoveOnlyDrNodeIsVerifiedByCMove() {
        CliRun r = CliRun.run(Map.of(), args("--dr", moveOnly.node().toString(), "--dr-method", "c-move",
                "--dr-move-port", Integer.toString(movePort), "--sample", "1"));
        assertEquals(Cli.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("INFO,study," + study.studyInstanceUid() + ",\"2 objects retrieved from DR"), r.out());
        assertTrue(r.out().contains("C-MOVE granted"), "the readiness check comes first: " + r.out());
        assertTrue(r.err().contains("SUCCESS at level SAMPLE") && r.err().contains("C-MOVE from"), r.err());

        CliRun get = CliRun.run(Map.of(), args("--dr", moveOnly.node().toString(), "--readiness"));
        assertEquals(Cli.FAILED, get.code(), "C-GET is refused by this node: " + get.out());
        assertTrue(get.out().contains("C-GET refused or failed"), get.out());
        assertTrue(get.err().contains("NOT READY"), get.err());
    }

    @Test
    void aDicomWebDrNodeIsVerifiedWithTheCredentialsFromTheEnvironment() {
        Map<String, String> env = Map.of("CUSTODIAN_DR_DICOMWEB_SECRET", "Cli-Web-Pass");
        CliRun r = CliRun.run(env, args("--dr-url", web.dicomWebUrl().toString(), "--dr-auth", "basic", "--dr-user",
                "dr-check", "--level", "full"));
        assertEquals(Cli.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("DICOMweb granted"), r.out());
        assertTrue(r.err().contains("SUCCESS at level FULL"), r.err());
        assertFalse(r.out().contains("Cli-Web-Pass") || r.err().contains("Cli-Web-Pass"), "the password never shows");

        CliRun presence = CliRun.run(env, args("--dr-url", web.dicomWebUrl().toString(), "--dr-auth", "basic",
                "--dr-user", "dr-check", "--level", "presence"));
        assertEquals(Cli.WARNINGS, presence.code(), "nothing retrieved: no success " + presence.out());
        assertTrue(presence.out().contains("INFO,presence,,2 objects of 1 studies looked for on DR"), presence.out());

        CliRun wrong = CliRun.run(Map.of("CUSTODIAN_DR_DICOMWEB_SECRET", "not-it"), args("--dr-url",
                web.dicomWebUrl().toString(), "--dr-auth", "basic", "--dr-user", "dr-check", "--sample", "1"));
        assertEquals(Cli.FAILED, wrong.code(), wrong.out());
        assertTrue(wrong.out().contains("HTTP 401") && wrong.out().contains("refused our credentials"), wrong.out());
    }

    @Test
    void methodOptionsAreCheckedBeforeAnythingRuns() {
        CliRun r = CliRun.run(Map.of(), args("--dr", moveOnly.node().toString(), "--dr-method", "c-store"));
        assertEquals(Cli.FAILED, r.code());
        assertTrue(r.err().contains("--dr-method") && r.err().contains("C-GET, C-MOVE, DICOMweb"), r.err());
        CliRun noUrl = CliRun.run(Map.of(), args("--dr", moveOnly.node().toString(), "--dr-method", "dicomweb"));
        assertTrue(noUrl.err().contains("--dr-method dicomweb needs --dr-url URL"), noUrl.err());
    }
}
