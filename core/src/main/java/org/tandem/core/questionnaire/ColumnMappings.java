package org.tandem.core.questionnaire;

import java.util.List;
import java.util.Optional;

import org.tandem.core.shared.OrganizationId;

/**
 * The column mappings each organization saved for its form exports: {@link InMemoryColumnMappings} here, a stored
 * implementation in persistence-jpa.
 */
public interface ColumnMappings {

    /** Saves or replaces the mapping with the same organization and id. */
    void save(ColumnMapping mapping);

    Optional<ColumnMapping> find(OrganizationId organization, String id);

    /** The organization's mappings, in the order of their ids. */
    List<ColumnMapping> of(OrganizationId organization);
}
