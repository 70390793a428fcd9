package org.tandem.core.questionnaire;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.tandem.core.shared.OrganizationId;

/**
 * Column mappings kept in memory; thread-safe. Mappings are lost when the application stops; persistence-jpa
 * stores them.
 */
public final class InMemoryColumnMappings implements ColumnMappings {

    private record Key(OrganizationId organization, String id) {
    }

    private final Map<Key, ColumnMapping> mappings = new ConcurrentHashMap<>();

    @Override
    public void save(ColumnMapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        mappings.put(new Key(mapping.organization(), mapping.id()), mapping);
    }

    @Override
    public Optional<ColumnMapping> find(OrganizationId organization, String id) {
        return Optional.ofNullable(mappings.get(new Key(organization, id == null ? null : id.strip())));
    }

    @Override
    public List<ColumnMapping> of(OrganizationId organization) {
        return mappings.values().stream().filter(m -> m.organization().equals(organization))
                .sorted(Comparator.comparing(ColumnMapping::id)).toList();
    }
}
