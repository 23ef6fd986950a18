package org.custodian.dr.core;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which modalities must be kept lossless, as the trust decides (for example mammography: a lossy MG image may
 * hide microcalcifications). Written as a list of modality codes, {@code "MG,DX"}.
 *
 * @param losslessOnly modality codes whose objects must never be lossy
 */
public record CompressionPolicy(Set<String> losslessOnly) {

    /** No modality restricted: every lossy object is listed as a warning. */
    public static final CompressionPolicy NONE = new CompressionPolicy(Set.of());

    public CompressionPolicy {
        losslessOnly = Set.copyOf(losslessOnly);
    }

    /**
     * @param text modality codes separated by commas or spaces, e.g. "MG, DX"
     * @throws IllegalArgumentException naming the code that is not a modality code (1 to 16 upper-case letters,
     *                                  digits or underscores)
     */
    public static CompressionPolicy parse(String text) {
        Set<String> codes = new TreeSet<>();
        if (text != null) {
            for (String code : text.split("[,\\s]+")) {
                if (code.isEmpty()) {
                    continue;
                }
                String c = code.toUpperCase(Locale.ROOT);
                if (!c.matches("[A-Z0-9_]{1,16}")) {
                    throw new IllegalArgumentException("'" + code + "' is not a modality code (like MG or DX)");
                }
                codes.add(c);
            }
        }
        return new CompressionPolicy(codes);
    }

    /** @return true if objects of the modality must be lossless */
    public boolean requiresLossless(String modality) {
        return modality != null && losslessOnly.contains(modality.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return losslessOnly.isEmpty() ? "no modality restricted" : "lossless only: " + String.join(", ", new TreeSet<>(losslessOnly));
    }
}
