package org.custodian.dr.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a backup system's report export, mapped to the import's own field names. By default those of a
 * Veeam Backup &amp; Replication session list exported from PowerShell ({@code Get-VBRBackupSession | Select-Object
 * Name, CreationTime, EndTime, Result | Export-Csv}): the property names of Veeam's documented VBRBackupSession
 * type. A report whose columns are named otherwise is read through the trust's saved entries
 * {@code field=column heading}.
 */
public final class BackupJobColumns {
    private BackupJobColumns() {
    }

    public static final String JOB = "job";
    public static final String POLICY = "policy";
    public static final String STARTED = "started";
    public static final String FINISHED = "finished";
    public static final String STATUS = "status";
    public static final String BYTES = "bytes";
    public static final String MESSAGE = "message";

    /** Every field the import reads. */
    public static final List<String> FIELDS = List.of(JOB, POLICY, STARTED, FINISHED, STATUS, BYTES, MESSAGE);

    /** Our names to a Veeam session export's. */
    public static final Map<String, String> DEFAULTS = Map.of(JOB, "Name", STARTED, "CreationTime", FINISHED,
            "EndTime", STATUS, "Result");

    /** The names a file is read by: the defaults overlaid by the saved entries. */
    public static Map<String, String> mapping(List<String> saved) {
        Map<String, String> m = new LinkedHashMap<>(DEFAULTS);
        for (String e : saved) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                m.put(e.substring(0, eq).strip(), e.substring(eq + 1).strip());
            }
        }
        return m;
    }

    /**
     * @return the entry {@code field=column} with the field checked
     * @throws IllegalArgumentException naming the fields
     */
    public static String entry(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("\"" + text + "\" is not FIELD=COLUMN (like job=Job Name)");
        }
        String field = text.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown field \"" + field + "\"; the fields are " + String.join(", ",
                    FIELDS));
        }
        return field + "=" + text.substring(eq + 1).strip();
    }
}
