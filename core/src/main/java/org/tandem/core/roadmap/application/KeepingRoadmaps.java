package org.tandem.core.roadmap.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.core.roadmap.store.StoredRoadmap;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.Refusal;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;
import org.tandem.core.shared.RoadmapId;

/**
 * Keeps an organization's roadmap, records the activities carried out and deletes a roadmap, each change with who
 * made it (events {@link EventType#ROADMAP_KEPT}, {@link EventType#ROADMAP_ACTIVITY_DONE} and
 * {@link EventType#ROADMAP_DELETED} on subject {@code "Roadmap"}). Whoever may open programs in the owner
 * organization (its curator or head, a coordinator above it) may do all three.
 */
public final class KeepingRoadmaps {

    private final CommandContext context;
    private final Roadmaps roadmaps;

    public KeepingRoadmaps(CommandContext context, Roadmaps roadmaps) {
        this.context = Objects.requireNonNull(context, "context");
        this.roadmaps = Objects.requireNonNull(roadmaps, "roadmaps");
    }

    /**
     * Stores a new roadmap of {@code owner}, or replaces the plan of the one with the same id (its executions stay).
     * Refused with {@link RefusalReason#WRONG_STATE} when another organization keeps a roadmap with this id.
     */
    public Result<StoredRoadmap> keep(Actor actor, RoadmapId id, OrganizationId owner, Roadmap plan) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(plan, "plan");
        Optional<Refusal> refusal = context.deny(actor, Action.OPEN_PROGRAM, AccessTarget.organization(owner));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        Optional<StoredRoadmap> existing = roadmaps.find(id);
        if (existing.isPresent() && !existing.get().owner().equals(owner)) {
            return Result.refused(RefusalReason.WRONG_STATE,
                    "Дорожная карта «" + id + "» принадлежит другой организации.",
                    "Roadmap '" + id + "' is kept by another organization.");
        }
        StoredRoadmap stored = roadmaps.save(id, owner, plan);
        Map<String, String> change = new LinkedHashMap<>();
        change.put("owner", owner.value());
        change.put("title", plan.title());
        change.put("activities", String.valueOf(plan.activities().size()));
        change.put("replaced", String.valueOf(existing.isPresent()));
        context.publish(EventType.ROADMAP_KEPT, actor, "Roadmap", id, change);
        return Result.ok(stored);
    }

    /**
     * Records that an activity of a kept roadmap was carried out. Refused with {@link RefusalReason#WRONG_STATE}
     * when the plan has no activity with the execution's number.
     *
     * @throws NoSuchElementException if no roadmap has this id
     */
    public Result<StoredRoadmap> record(Actor actor, RoadmapId id, ActivityExecution execution) {
        Objects.requireNonNull(execution, "execution");
        return kept(actor, id).flatMap(roadmap -> record(actor, roadmap, execution));
    }

    private Result<StoredRoadmap> record(Actor actor, StoredRoadmap roadmap, ActivityExecution execution) {
        RoadmapId id = roadmap.id();
        if (roadmap.plan().activity(execution.activityNumber()).isEmpty()) {
            return Result.refused(RefusalReason.WRONG_STATE,
                    "В дорожной карте нет мероприятия «" + execution.activityNumber() + "».",
                    "The roadmap has no activity '" + execution.activityNumber() + "'.");
        }
        StoredRoadmap updated = roadmaps.record(id, execution);
        Map<String, String> change = new LinkedHashMap<>();
        change.put("activity", execution.activityNumber());
        change.put("doneOn", execution.doneOn().toString());
        execution.evidence().documentNumber().ifPresent(number -> change.put("document", number));
        execution.evidence().documentDate().ifPresent(date -> change.put("documentDate", date.toString()));
        execution.evidence().link().ifPresent(link -> change.put("link", link.toString()));
        context.publish(EventType.ROADMAP_ACTIVITY_DONE, actor, "Roadmap", id, change);
        return Result.ok(updated);
    }

    /**
     * Deletes a roadmap with its executions; the audit log keeps what was deleted (owner, title, how many
     * activities and executions).
     *
     * @return the roadmap as it was before the deletion
     * @throws NoSuchElementException if no roadmap has this id
     */
    public Result<StoredRoadmap> delete(Actor actor, RoadmapId id) {
        return kept(actor, id).map(roadmap -> {
            roadmaps.delete(id);
            Map<String, String> change = new LinkedHashMap<>();
            change.put("owner", roadmap.owner().value());
            change.put("title", roadmap.plan().title());
            change.put("activities", String.valueOf(roadmap.plan().activities().size()));
            change.put("executions", String.valueOf(roadmap.executions().executions().size()));
            context.publish(EventType.ROADMAP_DELETED, actor, "Roadmap", id, change);
            return roadmap;
        });
    }

    /** The stored roadmap, when the actor may keep it: he may open programs in its owner organization. */
    private Result<StoredRoadmap> kept(Actor actor, RoadmapId id) {
        StoredRoadmap roadmap = roadmaps.find(Objects.requireNonNull(id, "id"))
                .orElseThrow(() -> new NoSuchElementException("no roadmap " + id));
        Optional<Refusal> refusal = context.deny(actor, Action.OPEN_PROGRAM,
                AccessTarget.organization(roadmap.owner()));
        return refusal.isPresent() ? Result.refused(refusal.get()) : Result.ok(roadmap);
    }
}
