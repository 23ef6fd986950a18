package org.custodian.cli.dr;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliContext;
import org.custodian.cli.UsageException;
import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.RetrieveMethod;
import org.custodian.dicom.WebCredentials;
import org.custodian.dr.core.NodeEndpoints;
import org.custodian.model.ModelPackage;
import org.custodian.model.PacsNode;
import org.custodian.model.Site;

/**
 * How the DR commands reach a node: {@code --ROLE NODE} (AET@host:port or a registered node's name, whose stored
 * retrieve settings apply) and the retrieve options {@code --ROLE-method c-get|c-move|dicomweb},
 * {@code --ROLE-move-port N}, {@code --ROLE-url URL}, {@code --ROLE-auth none|basic|bearer} and
 * {@code --ROLE-user NAME}; a DICOMweb password or token comes from CUSTODIAN_ROLE_DICOMWEB_SECRET (ROLE in
 * capitals) or the next line of standard input, never from the command line.
 */
final class Endpoints {
    private Endpoints() {
    }

    /** What the command line said about one node, checked for syntax at parse time. */
    record Spec(String role, String node, RetrieveMethod method, Integer movePort, URI url, String auth, String user) {
        boolean given() {
            return node != null || url != null;
        }
    }

    static final String HELP = """
                            [--ROLE-method c-get|c-move|dicomweb] [--ROLE-move-port N]
                            [--ROLE-url URL] [--ROLE-auth none|basic|bearer] [--ROLE-user NAME]
                                        ROLE is primary or dr: how the node is retrieved from (a
                                        registered node's own settings otherwise; C-GET for an address).
                                        C-MOVE sends to our storage SCP on the move port (default 11112),
                                        registered at the node under our AE title. A DICOMweb password or
                                        token comes from CUSTODIAN_PRIMARY_DICOMWEB_SECRET or
                                        CUSTODIAN_DR_DICOMWEB_SECRET, or the next line of standard input
            """;

    static Spec parse(CliArgs args, String role) {
        String node = args.option("--" + role).map(n -> Nodes.argument(n, "--" + role)).orElse(null);
        RetrieveMethod method = args.option("--" + role + "-method").map(m -> {
            try {
                return RetrieveMethod.parse(m);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--" + role + "-method: " + e.getMessage());
            }
        }).orElse(null);
        Integer movePort = args.number("--" + role + "-move-port", 1).orElse(null);
        URI url = args.option("--" + role + "-url").map(u -> {
            try {
                return ArchiveEndpoint.parseUrl(u);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--" + role + "-url: " + e.getMessage());
            }
        }).orElse(null);
        String auth = args.option("--" + role + "-auth").map(a -> a.toLowerCase(Locale.ROOT)).orElse(null);
        if (auth != null && !List.of("none", "basic", "bearer").contains(auth)) {
            throw new UsageException("--" + role + "-auth must be none, basic or bearer, not '" + auth + "'");
        }
        String user = args.option("--" + role + "-user").orElse(null);
        if ("basic".equals(auth) && user == null) {
            throw new UsageException("--" + role + "-auth basic needs --" + role + "-user NAME");
        }
        if (url != null && method == null) {
            method = RetrieveMethod.DICOMWEB;
        }
        if (method == RetrieveMethod.DICOMWEB && url == null && (node == null || Nodes.isAddress(node))) {
            throw new UsageException("--" + role + "-method dicomweb needs --" + role + "-url URL");
        }
        return new Spec(role, node, method, movePort, url, auth, user);
    }

    /** The node as the command reaches it; a registered name opens the database. */
    static ArchiveEndpoint resolve(CliContext context, Spec spec, PacsNode fromPlan) {
        ArchiveEndpoint base;
        if (spec.node() == null && spec.url() == null) {
            base = fromPlan == null ? null : registered(fromPlan);
        } else if (spec.node() == null) {
            base = null;
        } else if (Nodes.isAddress(spec.node())) {
            base = ArchiveEndpoint.cGet(DicomNode.parse(spec.node()));
        } else {
            base = registered(named(context, spec.node()));
        }
        if (base == null && spec.url() == null) {
            throw new UsageException("give --" + spec.role() + " NODE or --" + spec.role() + "-url URL");
        }
        RetrieveMethod method = spec.method() != null ? spec.method() : base.method();
        DicomNode dimse = base == null ? null : base.dimse();
        int movePort = spec.movePort() != null ? spec.movePort() : base == null ? 0 : base.movePort();
        URI url = spec.url() != null ? spec.url() : base == null ? null : base.webUrl();
        WebCredentials credentials = base == null ? WebCredentials.NONE : base.credentials();
        if (spec.auth() != null) {
            credentials = switch (spec.auth()) {
                case "basic" -> WebCredentials.basic(spec.user(), secret(context, spec));
                case "bearer" -> WebCredentials.bearer(secret(context, spec));
                default -> WebCredentials.NONE;
            };
        }
        try {
            return new ArchiveEndpoint(base == null ? null : base.name(), dimse, method, movePort, url, credentials);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + spec.role() + ": " + e.getMessage());
        }
    }

    private static String secret(CliContext context, Spec spec) {
        String variable = "CUSTODIAN_" + spec.role().toUpperCase(Locale.ROOT) + "_DICOMWEB_SECRET";
        return new String(context.secret(variable, "the " + spec.role() + " node's DICOMweb password or token"));
    }

    private static ArchiveEndpoint registered(PacsNode n) {
        try {
            return NodeEndpoints.endpoint(n);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static PacsNode named(CliContext context, String text) {
        List<PacsNode> matches = context.store().entities().<Site>loadAll(ModelPackage.Literals.SITE).stream()
                .flatMap(s -> s.getNodes().stream()).filter(n -> text.equalsIgnoreCase(n.getName())).toList();
        if (matches.isEmpty()) {
            throw new UsageException("no PACS node named '" + text + "' is registered; give AET@host:port or a "
                    + "registered node's name");
        }
        if (matches.size() > 1) {
            throw new UsageException(matches.size() + " PACS nodes are named '" + text + "'; give AET@host:port");
        }
        return matches.get(0);
    }
}
