package org.custodian.audit.core.read;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.custodian.model.AuditCsvMapping;
import org.custodian.model.ModelPackage;
import org.custodian.store.EntityStore;

/**
 * The CSV column mappings users saved, one per source, by name; stored as {@link AuditCsvMapping} objects
 * through the {@link EntityStore} like every other entity.
 */
public final class CsvMappings {
	private final EntityStore entities;

	public CsvMappings(EntityStore entities) {
		this.entities = Objects.requireNonNull(entities, "entities");
	}

	/** Every saved mapping, by name. */
	public List<CsvColumnMapping> all() {
		return saved().stream().map(CsvColumnMapping::of).sorted(Comparator.comparing(CsvColumnMapping::name)).toList();
	}

	/** The mapping saved under the name (case ignored). */
	public Optional<CsvColumnMapping> named(String name) {
		return find(name).map(CsvColumnMapping::of);
	}

	/** Saves the mapping under its name, replacing one saved before under that name. */
	public void save(CsvColumnMapping mapping) {
		if (mapping.name() == null || mapping.name().isBlank()) {
			throw new IllegalArgumentException("a mapping needs a name to be saved under");
		}
		AuditCsvMapping model = mapping.toModel();
		find(mapping.name()).ifPresent(old -> model.setId(old.getId()));
		entities.save(model);
	}

	private Optional<AuditCsvMapping> find(String name) {
		return saved().stream().filter(m -> m.getName() != null && m.getName().equalsIgnoreCase(name.strip()))
				.findFirst();
	}

	private List<AuditCsvMapping> saved() {
		return entities.loadAll(ModelPackage.Literals.AUDIT_CSV_MAPPING);
	}
}
