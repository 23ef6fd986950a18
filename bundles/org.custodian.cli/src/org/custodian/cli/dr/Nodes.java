package org.custodian.cli.dr;

import java.time.Duration;
import java.util.List;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliContext;
import org.custodian.report.csv.CsvWriter;
import org.custodian.cli.UsageException;
import org.custodian.dicom.DicomNode;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.Finding;
import org.custodian.model.ModelPackage;
import org.custodian.model.PacsNode;
import org.custodian.model.Site;

/**
 * What the DR commands share: a NODE written {@code AET@host:port} (no database needed) or the name of a PACS
 * node registered in the console (the database is opened to look it up), our AE title and the timeout options,
 * and the findings as CSV.
 */
public final class Nodes {
    private Nodes() {
    }

    /** True if the text is an address rather than a registered name. */
    public static boolean isAddress(String text) {
        return text.indexOf('@') >= 0;
    }

    /** Resolves a node argument; a name opens the database. */
    public static DicomNode resolve(CliContext context, String text) {
        if (isAddress(text)) {
            return DicomNode.parse(text);
        }
        List<PacsNode> matches = context.store().entities().<Site>loadAll(ModelPackage.Literals.SITE).stream()
                .flatMap(s -> s.getNodes().stream()).filter(n -> text.equalsIgnoreCase(n.getName())).toList();
        if (matches.isEmpty()) {
            throw new UsageException("no PACS node named '" + text + "' is registered; give AET@host:port or a "
                    + "registered node's name");
        }
        if (matches.size() > 1) {
            throw new UsageException(matches.size() + " PACS nodes are named '" + text + "'; give AET@host:port");
        }
        PacsNode n = matches.get(0);
        try {
            return new DicomNode(n.getAeTitle(), n.getHost(), n.getPort());
        } catch (IllegalArgumentException e) {
            throw new UsageException("the registered node '" + text + "' has no valid DICOM address: " + e.getMessage());
        }
    }

    /** Checks a node argument's syntax at parse time, before anything is opened. */
    public static String argument(String text, String what) {
        if (isAddress(text)) {
            try {
                DicomNode.parse(text);
            } catch (IllegalArgumentException e) {
                throw new UsageException(what + ": " + e.getMessage());
            }
        }
        return text;
    }

    public static String callingAe(CliArgs args) {
        String ae = args.option("--aet").orElse(DrCheck.DEFAULT_CALLING_AE);
        try {
            DicomNode.validateAeTitle(ae);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--aet: " + e.getMessage());
        }
        return ae;
    }

    public static Duration timeout(CliArgs args, int defaultSeconds) {
        return Duration.ofSeconds(args.number("--timeout", 1).orElse(defaultSeconds));
    }

    static void header(CsvWriter csv) {
        csv.row("severity", "check", "subject", "detail");
    }

    static void print(CsvWriter csv, List<Finding> findings) {
        for (Finding f : findings) {
            csv.row(f.severity().name(), f.check(), f.subject(), f.detail());
        }
    }
}
