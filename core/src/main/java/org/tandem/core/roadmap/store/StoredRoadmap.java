package org.tandem.core.roadmap.store;

import java.util.Objects;

import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.rules.RoadmapExecutions;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.RoadmapId;

/**
 * A roadmap as an organization keeps it.
 *
 * @param id         its identity
 * @param owner      the municipality or organization that keeps it
 * @param plan       the plan: sections and activities with deadlines and responsible parties
 * @param executions what was carried out so far, with evidence
 */
public record StoredRoadmap(RoadmapId id, OrganizationId owner, Roadmap plan, RoadmapExecutions executions) {

    public StoredRoadmap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(executions, "executions");
    }
}
