package org.custodian.dr.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.custodian.model.Trust;
import org.custodian.store.EntityStore;
import org.custodian.store.Trusts;

/**
 * The trust's Backup &amp; DR settings that outlast a session: the compression policy, and the saved column mapping
 * of the backup system's report export.
 */
public final class DrSettings {

    private final EntityStore entities;

    public DrSettings(EntityStore entities) {
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    /** @return the trust's policy, {@link CompressionPolicy#NONE} when none is stored */
    public CompressionPolicy compressionPolicy() {
        Trust t = trust(false);
        return t == null ? CompressionPolicy.NONE : of(t);
    }

    /** The policy stored on a trust already loaded. */
    public static CompressionPolicy of(Trust t) {
        return CompressionPolicy.parse(String.join(",", t.getLosslessModalities()),
                String.join(",", t.getLossyRatioLimits()));
    }

    public void saveCompressionPolicy(CompressionPolicy policy) {
        Trust t = trust(true);
        t.getLosslessModalities().clear();
        t.getLosslessModalities().addAll(new java.util.TreeSet<>(policy.losslessOnly()));
        t.getLossyRatioLimits().clear();
        for (String e : policy.limitsText().split(",\\s*")) {
            if (!e.isBlank()) {
                t.getLossyRatioLimits().add(e.strip());
            }
        }
        entities.save(t);
    }

    /** @return the saved entries {@code field=column heading} */
    public List<String> backupJobColumns() {
        Trust t = trust(false);
        return t == null ? List.of() : List.copyOf(t.getBackupJobColumns());
    }

    /** Saves entries {@code field=column heading} over those saved for the same fields. */
    public List<String> saveBackupJobColumns(List<String> entries) {
        Trust t = trust(true);
        List<String> merged = new ArrayList<>(t.getBackupJobColumns());
        for (String e : entries) {
            String checked = BackupJobColumns.entry(e);
            String field = checked.substring(0, checked.indexOf('='));
            merged.removeIf(old -> old.startsWith(field + "="));
            merged.add(checked);
        }
        t.getBackupJobColumns().clear();
        t.getBackupJobColumns().addAll(merged);
        entities.save(t);
        return List.copyOf(merged);
    }

    /** The database's trust, through the one finder; made (and saved) only when {@code create}. */
    private Trust trust(boolean create) {
        return create ? Trusts.findOrCreate(entities) : Trusts.find(entities);
    }
}
