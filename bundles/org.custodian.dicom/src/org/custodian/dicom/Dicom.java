package org.custodian.dicom;

import org.custodian.dicom.internal.pixelmed.PixelMedDeidentifier;
import org.custodian.dicom.internal.pixelmed.PixelMedNetwork;
import org.custodian.dicom.internal.pixelmed.PixelMedObjectReader;

/**
 * Static entry points for callers that run outside OSGi (command line tools, plain unit tests).
 *
 * <p>Inside the application, inject {@link DicomObjectReader} and {@link DicomNetwork} instead: they
 * are registered as Declarative Services, and injection keeps parts independent of which
 * implementation is installed. Both implementations are stateless and thread safe, so one shared
 * instance each is enough.
 */
public final class Dicom {

    private static final DicomObjectReader READER = new PixelMedObjectReader();
    private static final DicomNetwork NETWORK = new PixelMedNetwork();
    private static final DicomDeidentifier DEIDENTIFIER = new PixelMedDeidentifier();

    private Dicom() {
    }

    /** @return the default header reader (thread safe, shared) */
    public static DicomObjectReader reader() {
        return READER;
    }

    /** @return the default DICOM network client (thread safe, shared) */
    public static DicomNetwork network() {
        return NETWORK;
    }

    /** @return the default de-identifier (thread safe, shared) */
    public static DicomDeidentifier deidentifier() {
        return DEIDENTIFIER;
    }
}
