package org.tandem.core.questionnaire;

import java.util.List;
import java.util.Optional;

import org.tandem.core.shared.OrganizationId;

/**
 * The column mappings each organization saved for its form exports. Only {@link InMemoryColumnMappings} exists
 * for now; a stored implementation will come with persistence-jpa.
 */
public interface ColumnMappings {

    /** Saves or replaces the mapping with the same organization and id. */
    void save(ColumnMapping mapping);

    Optional<ColumnMapping> find(OrganizationId organization, String id);

    /** The organization's mappings, in the order of their ids. */
    List<ColumnMapping> of(OrganizationId organization);
}
