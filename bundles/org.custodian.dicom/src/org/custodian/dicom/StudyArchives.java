package org.custodian.dicom;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.SSLContext;

import org.custodian.dicom.internal.web.DicomWebClient;

/**
 * Opens a node as a {@link StudyArchive} by the method it is retrieved with: C-GET and C-MOVE through the
 * {@link DicomNetwork}, DICOMweb through java.net.http.
 */
public final class StudyArchives {
    private StudyArchives() {
    }

    /** TLS with the runtime's trusted certificates. */
    public static StudyArchive open(ArchiveEndpoint endpoint, String callingAeTitle, DicomNetwork network,
            DicomObjectReader reader) {
        return open(endpoint, callingAeTitle, network, reader, null);
    }

    /** @param ssl the TLS context for DICOMweb over https (null: the runtime's default) */
    public static StudyArchive open(ArchiveEndpoint endpoint, String callingAeTitle, DicomNetwork network,
            DicomObjectReader reader, SSLContext ssl) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint.method() == RetrieveMethod.DICOMWEB) {
            return new DicomWebClient(endpoint, reader, ssl);
        }
        return new Dimse(endpoint, DicomNode.validateAeTitle(callingAeTitle), network);
    }

    private record Dimse(ArchiveEndpoint endpoint, String callingAe, DicomNetwork network) implements StudyArchive {
        @Override
        public EchoResult echo(Duration timeout) {
            return network.echo(endpoint.dimse(), callingAe, timeout);
        }

        @Override
        public List<StudySummary> findStudies(LocalDate from, LocalDate to, Duration timeout)
                throws DicomExchangeException {
            return network.findStudies(endpoint.dimse(), callingAe, from, to, timeout);
        }

        @Override
        public List<String> findInstances(String studyInstanceUid, Duration timeout) throws DicomExchangeException {
            return network.findInstances(endpoint.dimse(), callingAe, studyInstanceUid, timeout);
        }

        @Override
        public RetrievedStudy retrieveStudy(StudySummary study, Path folder, Duration timeout)
                throws DicomExchangeException {
            return endpoint.method() == RetrieveMethod.C_MOVE
                    ? network.moveStudy(endpoint.dimse(), callingAe, study, endpoint.movePort(), folder, timeout)
                    : network.retrieveStudy(endpoint.dimse(), callingAe, study, folder, timeout);
        }
    }
}
