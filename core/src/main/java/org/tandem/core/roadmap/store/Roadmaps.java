package org.tandem.core.roadmap.store;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.RoadmapId;

/**
 * The roadmaps organizations keep, with their executions. Implementations: {@link InMemoryRoadmaps}, and a stored
 * one in persistence-jpa. Implementations are thread-safe.
 */
public interface Roadmaps {

    /**
     * Stores a new roadmap, or replaces the plan of the stored one with the same id. Replacing keeps the executions
     * recorded so far, also those of activities the new plan no longer has (the rules report them as unknown
     * rather than losing the record).
     *
     * @throws IllegalArgumentException if a roadmap with this id is kept by another owner
     */
    StoredRoadmap save(RoadmapId id, OrganizationId owner, Roadmap plan);

    Optional<StoredRoadmap> find(RoadmapId id);

    /** The owner's roadmaps, in the order of their ids. */
    List<StoredRoadmap> of(OrganizationId owner);

    /**
     * Records that an activity of a stored roadmap was carried out.
     *
     * @return the roadmap with the execution added
     * @throws NoSuchElementException   if no roadmap has this id
     * @throws IllegalArgumentException if the roadmap's plan has no activity with the execution's number
     */
    StoredRoadmap record(RoadmapId id, ActivityExecution execution);

    /**
     * Removes a roadmap with its executions.
     *
     * @return whether there was one
     */
    boolean delete(RoadmapId id);
}
