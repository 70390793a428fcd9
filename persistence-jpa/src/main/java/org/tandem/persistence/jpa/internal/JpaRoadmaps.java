package org.tandem.persistence.jpa.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.core.roadmap.store.StoredRoadmap;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.RoadmapId;

/**
 * Roadmaps in {@code roadmap} (the plan as core's roadmap JSON) and their executions in {@code roadmap_execution}.
 * The owner must be a stored organization: saving a roadmap of an unknown one is a
 * {@link org.tandem.persistence.jpa.StorageException}. Two transactions recording executions of one roadmap at once:
 * the second fails with {@code ConcurrentChangeException}.
 */
public final class JpaRoadmaps implements Roadmaps {

    private static final Logger LOG = LoggerFactory.getLogger(JpaRoadmaps.class);

    private final UnitOfWork work;

    public JpaRoadmaps(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public StoredRoadmap save(RoadmapId id, OrganizationId owner, Roadmap plan) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(plan, "plan");
        StoredRoadmap saved = work.call(em -> {
            RoadmapEntity entity = em.find(RoadmapEntity.class, id.value());
            if (entity == null) {
                entity = new RoadmapEntity(id.value(), owner.value());
                entity.plan(plan);
                em.persist(entity);
            } else {
                if (!entity.ownerId.equals(owner.value())) {
                    throw new IllegalArgumentException("roadmap " + id + " is kept by " + entity.ownerId + ", not " + owner);
                }
                entity.plan(plan);
            }
            em.flush();
            return entity.toDomain(plan);
        });
        LOG.debug("roadmap {} of {} saved", id, owner);
        return saved;
    }

    @Override
    public Optional<StoredRoadmap> find(RoadmapId id) {
        Objects.requireNonNull(id, "id");
        return work.call(em -> Optional.ofNullable(em.find(RoadmapEntity.class, id.value())).map(RoadmapEntity::toDomain));
    }

    @Override
    public List<StoredRoadmap> of(OrganizationId owner) {
        Objects.requireNonNull(owner, "owner");
        return work.call(em -> em.createQuery("""
                        select distinct r from RoadmapEntity r left join fetch r.executions
                        where r.ownerId = :owner order by r.id""", RoadmapEntity.class)
                .setParameter("owner", owner.value())
                .getResultList().stream().map(RoadmapEntity::toDomain).toList());
    }

    @Override
    public StoredRoadmap record(RoadmapId id, ActivityExecution execution) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(execution, "execution");
        return work.call(em -> {
            RoadmapEntity entity = em.find(RoadmapEntity.class, id.value());
            if (entity == null) {
                throw new NoSuchElementException("no roadmap " + id);
            }
            Roadmap plan = entity.plan();
            if (plan.activity(execution.activityNumber()).isEmpty()) {
                throw new IllegalArgumentException("roadmap " + id + " has no activity " + execution.activityNumber());
            }
            entity.add(execution);
            em.flush();
            return entity.toDomain(plan);
        });
    }

    @Override
    public boolean delete(RoadmapId id) {
        Objects.requireNonNull(id, "id");
        boolean deleted = work.call(em -> {
            RoadmapEntity entity = em.find(RoadmapEntity.class, id.value());
            if (entity == null) {
                return false;
            }
            em.remove(entity);
            em.flush();
            return true;
        });
        if (deleted) {
            LOG.debug("roadmap {} deleted", id);
        }
        return deleted;
    }
}
