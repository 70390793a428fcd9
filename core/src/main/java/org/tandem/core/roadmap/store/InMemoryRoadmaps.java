package org.tandem.core.roadmap.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.rules.RoadmapExecutions;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.RoadmapId;

/** Roadmaps kept in memory, lost when the application stops; thread-safe. */
public final class InMemoryRoadmaps implements Roadmaps {

    private final Map<RoadmapId, StoredRoadmap> roadmaps = new ConcurrentHashMap<>();

    @Override
    public StoredRoadmap save(RoadmapId id, OrganizationId owner, Roadmap plan) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(plan, "plan");
        return roadmaps.compute(id, (key, stored) -> {
            if (stored == null) {
                return new StoredRoadmap(id, owner, plan, RoadmapExecutions.none());
            }
            if (!stored.owner().equals(owner)) {
                // KeepingRoadmaps refuses this first (WRONG_STATE); reaching it here is a caller's bug
                throw new IllegalArgumentException("roadmap " + id + " is kept by " + stored.owner() + ", not " + owner);
            }
            return new StoredRoadmap(id, owner, plan, stored.executions());
        });
    }

    @Override
    public Optional<StoredRoadmap> find(RoadmapId id) {
        return Optional.ofNullable(roadmaps.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public List<StoredRoadmap> of(OrganizationId owner) {
        Objects.requireNonNull(owner, "owner");
        return roadmaps.values().stream().filter(r -> r.owner().equals(owner))
                .sorted(Comparator.comparing(r -> r.id().value())).toList();
    }

    @Override
    public StoredRoadmap record(RoadmapId id, ActivityExecution execution) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(execution, "execution");
        StoredRoadmap updated = roadmaps.computeIfPresent(id, (key, stored) -> {
            if (stored.plan().activity(execution.activityNumber()).isEmpty()) {
                // KeepingRoadmaps refuses this first (WRONG_STATE); reaching it here is a caller's bug
                throw new IllegalArgumentException("roadmap " + id + " has no activity " + execution.activityNumber());
            }
            return new StoredRoadmap(id, stored.owner(), stored.plan(), stored.executions().with(execution));
        });
        if (updated == null) {
            throw new NoSuchElementException("no roadmap " + id);
        }
        return updated;
    }

    @Override
    public boolean delete(RoadmapId id) {
        return roadmaps.remove(Objects.requireNonNull(id, "id")) != null;
    }
}
