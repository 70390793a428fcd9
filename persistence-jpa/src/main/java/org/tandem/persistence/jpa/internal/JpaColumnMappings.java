package org.tandem.persistence.jpa.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.questionnaire.ColumnMapping;
import org.tandem.core.questionnaire.ColumnMappings;
import org.tandem.core.shared.OrganizationId;

/**
 * Questionnaire column mappings in {@code column_mapping} and {@code column_mapping_column}, keyed by organization
 * and id. The organization must be stored: saving a mapping of an unknown organization is a {@code StorageException}.
 */
public final class JpaColumnMappings implements ColumnMappings {

    private final UnitOfWork work;

    public JpaColumnMappings(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public void save(ColumnMapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        work.call(em -> {
            ColumnMappingEntity.Key key = new ColumnMappingEntity.Key(mapping.organization().value(), mapping.id());
            ColumnMappingEntity entity = em.find(ColumnMappingEntity.class, key);
            if (entity == null) {
                entity = new ColumnMappingEntity(key);
                entity.update(mapping);
                em.persist(entity);
            } else {
                entity.update(mapping);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<ColumnMapping> find(OrganizationId organization, String id) {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(id, "id");
        return work.call(em -> Optional.ofNullable(em.find(ColumnMappingEntity.class,
                        new ColumnMappingEntity.Key(organization.value(), id.strip())))
                .map(ColumnMappingEntity::toDomain));
    }

    @Override
    public List<ColumnMapping> of(OrganizationId organization) {
        Objects.requireNonNull(organization, "organization");
        return work.call(em -> em.createQuery("""
                        select distinct m from ColumnMappingEntity m left join fetch m.columns
                        where m.key.organizationId = :organization
                        order by m.key.id""", ColumnMappingEntity.class)
                .setParameter("organization", organization.value())
                .getResultList().stream().map(ColumnMappingEntity::toDomain).toList());
    }
}
