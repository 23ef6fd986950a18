package org.custodian.dr.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The trust's compression policy: which modalities must be kept lossless (for example mammography: a lossy MG
 * image may hide microcalcifications), and for others the highest lossy compression ratio accepted (for example
 * CT at 10:1). Written as modality codes, {@code "MG,DX"}, and limits, {@code "CT=10, CR=15"}; kept per trust
 * ({@code Trust.losslessModalities}, {@code Trust.lossyRatioLimits}) so that it lasts beyond a session.
 *
 * @param losslessOnly modality codes whose objects must never be lossy
 * @param maxRatio     per modality, the highest lossy compression ratio accepted
 */
public record CompressionPolicy(Set<String> losslessOnly, Map<String, Double> maxRatio) {

    /** No modality restricted: every lossy object is listed as a warning. */
    public static final CompressionPolicy NONE = new CompressionPolicy(Set.of(), Map.of());

    public CompressionPolicy {
        losslessOnly = Set.copyOf(losslessOnly);
        maxRatio = Map.copyOf(maxRatio);
    }

    public CompressionPolicy(Set<String> losslessOnly) {
        this(losslessOnly, Map.of());
    }

    /**
     * @param text modality codes separated by commas or spaces, e.g. "MG, DX"
     * @throws IllegalArgumentException naming the code that is not a modality code (1 to 16 upper-case letters,
     *                                  digits or underscores)
     */
    public static CompressionPolicy parse(String text) {
        return parse(text, null);
    }

    /**
     * @param lossless modality codes that must stay lossless, e.g. "MG, DX"
     * @param limits   per-modality ratio limits, e.g. "CT=10, CR=15" (null or empty: none)
     * @throws IllegalArgumentException naming the entry that is wrong
     */
    public static CompressionPolicy parse(String lossless, String limits) {
        Set<String> codes = new TreeSet<>();
        for (String code : split(lossless)) {
            codes.add(code(code));
        }
        Map<String, Double> max = new TreeMap<>();
        for (String entry : split(limits)) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + entry + "' is not MODALITY=RATIO (like CT=10)");
            }
            String m = code(entry.substring(0, eq));
            double ratio;
            try {
                ratio = Double.parseDouble(entry.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + entry + "': the ratio must be a number (like CT=10)");
            }
            if (!(ratio >= 1)) {
                throw new IllegalArgumentException("'" + entry + "': a compression ratio is 1 or more");
            }
            if (codes.contains(m)) {
                throw new IllegalArgumentException(m + " must stay lossless, so it cannot have a lossy ratio limit");
            }
            max.put(m, ratio);
        }
        return new CompressionPolicy(codes, max);
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String s : text.split("[,;\\s]+")) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String code(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9_]{1,16}")) {
            throw new IllegalArgumentException("'" + code.strip() + "' is not a modality code (like MG or DX)");
        }
        return c;
    }

    /** @return true if objects of the modality must be lossless */
    public boolean requiresLossless(String modality) {
        return modality != null && losslessOnly.contains(modality.toUpperCase(Locale.ROOT));
    }

    /** @return the highest lossy ratio accepted for the modality, or null when the policy sets none */
    public Double maxRatio(String modality) {
        return modality == null ? null : maxRatio.get(modality.toUpperCase(Locale.ROOT));
    }

    /** @return the lossless modalities as typed back, "MG, DX" */
    public String losslessText() {
        return String.join(", ", new TreeSet<>(losslessOnly));
    }

    /** @return the limits as typed back, "CT=10, CR=15" */
    public String limitsText() {
        List<String> out = new ArrayList<>();
        new TreeMap<>(maxRatio).forEach((m, r) -> out.add(m + "=" + (r == Math.rint(r) ? Long.toString(r.longValue())
                : Double.toString(r))));
        return String.join(", ", out);
    }

    public boolean isEmpty() {
        return losslessOnly.isEmpty() && maxRatio.isEmpty();
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "no modality restricted";
        }
        String lossless = losslessOnly.isEmpty() ? "" : "lossless only: " + losslessText();
        String limits = maxRatio.isEmpty() ? "" : "lossy at most " + limitsText().replace("=", " ") + ":1";
        return lossless + (lossless.isEmpty() || limits.isEmpty() ? "" : "; ") + limits;
    }
}
