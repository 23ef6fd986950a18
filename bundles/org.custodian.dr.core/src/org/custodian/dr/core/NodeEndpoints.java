package org.custodian.dr.core;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.WebCredentials;
import org.custodian.model.PacsNode;
import org.custodian.model.RetrieveMethod;
import org.custodian.model.WebAuth;

/**
 * A registered node's retrieve settings: checked and stored from a form, and turned into the
 * {@link ArchiveEndpoint} a verification reaches it by. The one place the model's node meets the DICOM bundle's.
 */
public final class NodeEndpoints {
    private NodeEndpoints() {
    }

    /**
     * Checks the retrieve settings and puts them on the node.
     *
     * @throws IllegalArgumentException naming what is missing or invalid
     */
    static void apply(PacsNode node, DrRegisters.Retrieval r) {
        RetrieveMethod method = r.method() == null ? RetrieveMethod.CGET : r.method();
        if (r.movePort() < 0 || r.movePort() > 65535) {
            throw new IllegalArgumentException("The C-MOVE port " + r.movePort() + " is not between 1 and 65535 (0 for "
                    + ArchiveEndpoint.DEFAULT_MOVE_PORT + ").");
        }
        String url = blankToNull(r.dicomWebUrl());
        if (url != null) {
            url = ArchiveEndpoint.parseUrl(url).toString();
        } else if (method == RetrieveMethod.DICOMWEB) {
            throw new IllegalArgumentException("A DICOMweb node needs its base URL (QIDO-RS and WADO-RS), e.g. "
                    + "https://vna.example.nhs.uk/dicom-web.");
        }
        WebAuth auth = r.auth() == null ? WebAuth.NONE : r.auth();
        credentials(auth, blankToNull(r.user()), r.secret()); // the same checks as at use
        node.setRetrieveMethod(method);
        node.setMovePort(r.movePort());
        node.setDicomWebUrl(url);
        node.setDicomWebAuth(auth);
        node.setDicomWebUser(auth == WebAuth.BASIC ? blankToNull(r.user()) : null);
        node.setDicomWebSecret(auth == WebAuth.NONE ? null : r.secret());
    }

    /**
     * @return the node as a verification reaches it, by its retrieve method
     * @throws IllegalArgumentException naming the node and what it lacks
     */
    public static ArchiveEndpoint endpoint(PacsNode n) {
        try {
            RetrieveMethod m = n.getRetrieveMethod() == null ? RetrieveMethod.CGET : n.getRetrieveMethod();
            DicomNode dimse = n.getAeTitle() == null && n.getHost() == null ? null
                    : new DicomNode(n.getAeTitle(), n.getHost(), n.getPort());
            return switch (m) {
                case CGET -> new ArchiveEndpoint(n.getName(), dimse, org.custodian.dicom.RetrieveMethod.C_GET, 0, null,
                        null);
                case CMOVE -> new ArchiveEndpoint(n.getName(), dimse, org.custodian.dicom.RetrieveMethod.C_MOVE,
                        n.getMovePort(), null, null);
                case DICOMWEB -> new ArchiveEndpoint(n.getName(), dimse, org.custodian.dicom.RetrieveMethod.DICOMWEB, 0,
                        n.getDicomWebUrl() == null ? null : ArchiveEndpoint.parseUrl(n.getDicomWebUrl()),
                        credentials(n.getDicomWebAuth(), n.getDicomWebUser(), n.getDicomWebSecret()));
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The node '" + n.getName() + "' cannot be reached: " + e.getMessage(), e);
        }
    }

    /** @return the method in words, e.g. "C-MOVE to port 11112", for grids */
    public static String describe(PacsNode n) {
        RetrieveMethod m = n.getRetrieveMethod() == null ? RetrieveMethod.CGET : n.getRetrieveMethod();
        return switch (m) {
            case CGET -> "C-GET";
            case CMOVE -> "C-MOVE to port " + (n.getMovePort() == 0 ? ArchiveEndpoint.DEFAULT_MOVE_PORT : n.getMovePort());
            case DICOMWEB -> "DICOMweb " + n.getDicomWebUrl();
        };
    }

    static WebCredentials credentials(WebAuth auth, String user, String secret) {
        if (auth == null) {
            return WebCredentials.NONE;
        }
        return switch (auth) {
            case NONE -> WebCredentials.NONE;
            case BASIC -> WebCredentials.basic(user, secret);
            case BEARER -> WebCredentials.bearer(secret);
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
