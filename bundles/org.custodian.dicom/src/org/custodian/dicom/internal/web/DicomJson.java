package org.custodian.dicom.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custodian.dicom.StudySummary;

/** Reads QIDO-RS answers in the DICOM JSON model (PS3.18 F.2): an array of objects keyed by tag. */
final class DicomJson {
    private DicomJson() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> matches(Object json) {
        if (!(json instanceof List<?> list)) {
            throw new IllegalArgumentException("a QIDO-RS answer must be a JSON array of matches");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("match " + (out.size() + 1) + " is not a JSON object");
            }
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    static StudySummary study(Map<String, Object> m) {
        String uid = string(m, "0020000D");
        if (uid == null) {
            return null; // a match without its unique key cannot be compared
        }
        return new StudySummary(uid, date(string(m, "00080020")), string(m, "00080030"), string(m, "00100020"),
                string(m, "00080050"), strings(m, "00080061"), strings(m, "00080062"), integer(m, "00201206"),
                integer(m, "00201208"));
    }

    /** @return the values of the attribute joined with a backslash, as C-FIND gives them, or null */
    static String strings(Map<String, Object> m, String tag) {
        List<Object> values = values(m, tag);
        if (values == null) {
            return null;
        }
        List<String> s = new ArrayList<>();
        for (Object v : values) {
            if (v != null && !String.valueOf(v).isBlank()) {
                s.add(String.valueOf(v).strip());
            }
        }
        return s.isEmpty() ? null : String.join("\\", s);
    }

    static String string(Map<String, Object> m, String tag) {
        List<Object> values = values(m, tag);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return null;
        }
        String s = String.valueOf(values.get(0)).strip();
        return s.isEmpty() ? null : s;
    }

    private static Integer integer(Map<String, Object> m, String tag) {
        List<Object> values = values(m, tag);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return null;
        }
        Object v = values.get(0);
        try {
            return v instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> values(Map<String, Object> m, String tag) {
        Object element = m.get(tag);
        if (element == null) {
            element = m.get(tag.toLowerCase(java.util.Locale.ROOT));
        }
        if (element instanceof Map<?, ?> e && e.get("Value") instanceof List<?> values) {
            return (List<Object>) values;
        }
        return null;
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.replace("-", ""), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
