package org.tandem.persistence.jpa.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.json.RoadmapJson;
import org.tandem.core.roadmap.json.RoadmapJsonException;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.rules.Evidence;
import org.tandem.core.roadmap.rules.RoadmapExecutions;
import org.tandem.core.roadmap.store.StoredRoadmap;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.RoadmapId;
import org.tandem.persistence.jpa.StorageException;
import org.tandem.persistence.jpa.internal.Rows.ExecutionRow;

/** A kept roadmap in {@code roadmap}, its plan as roadmap JSON; its executions in {@code roadmap_execution}. */
@Entity
@Table(name = "roadmap")
public class RoadmapEntity {

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "owner_id")
    String ownerId;
    // varchar(10485760) in the schema; no length here, which Hibernate would map to a CLOB beyond the dialect's varchar
    @Column(name = "plan")
    String plan;
    @Version
    @Column(name = "version")
    long version;

    /** In the order recorded; adding one advances the roadmap's version, so two concurrent records do not both win. */
    @ElementCollection
    @CollectionTable(name = "roadmap_execution", joinColumns = @JoinColumn(name = "roadmap_id"))
    @OrderColumn(name = "position")
    List<ExecutionRow> executions = new ArrayList<>();

    protected RoadmapEntity() {
    }

    RoadmapEntity(String id, String ownerId) {
        this.id = id;
        this.ownerId = ownerId;
    }

    void plan(Roadmap value) {
        plan = RoadmapJson.write(value);
    }

    Roadmap plan() {
        try {
            return RoadmapJson.read(plan);
        } catch (RoadmapJsonException e) {
            throw new StorageException("the stored plan of roadmap " + id + " is not readable: " + e.getMessage(), e);
        }
    }

    void add(ActivityExecution execution) {
        Evidence evidence = execution.evidence();
        executions.add(new ExecutionRow(execution.activityNumber(), execution.doneOn(),
                evidence.documentNumber().orElse(null), evidence.documentDate().orElse(null),
                evidence.link().map(URI::toString).orElse(null)));
    }

    StoredRoadmap toDomain() {
        return toDomain(plan());
    }

    /** The stored roadmap with a plan already read from {@link #plan}. */
    StoredRoadmap toDomain(Roadmap readPlan) {
        List<ActivityExecution> done = executions.stream().map(row -> ActivityExecution.of(row.activityNumber(),
                row.doneOn(), new Evidence(Optional.ofNullable(row.documentNumber()),
                        Optional.ofNullable(row.documentDate()), Optional.ofNullable(row.link()).map(URI::create))))
                .toList();
        return new StoredRoadmap(RoadmapId.of(id), OrganizationId.of(ownerId), readPlan, new RoadmapExecutions(done));
    }
}
