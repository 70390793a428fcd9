package org.tandem.core.roadmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapTemplates;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.rules.Evidence;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.RoadmapId;

class InMemoryRoadmapsTest {

    private static final OrganizationId SCHOOL = OrganizationId.of("school-7");
    private static final OrganizationId OTHER = OrganizationId.of("school-9");
    private static final RoadmapId ID = RoadmapId.of("school-7-2024");

    private final InMemoryRoadmaps roadmaps = new InMemoryRoadmaps();
    private final Roadmap plan = RoadmapTemplates.targetModelCycle("Школа № 7", OrganizationLevel.ORGANIZATION, 2024);
    private final String first = plan.activities().get(0).number();

    @Test
    void aSavedRoadmapComesBackWithNoExecutions() {
        roadmaps.save(ID, SCHOOL, plan);

        StoredRoadmap stored = roadmaps.find(ID).orElseThrow();
        assertThat(stored.plan()).isEqualTo(plan);
        assertThat(stored.owner()).isEqualTo(SCHOOL);
        assertThat(stored.executions().executions()).isEmpty();
        assertThat(roadmaps.find(RoadmapId.of("unknown"))).isEmpty();
    }

    @Test
    void recordedExecutionsAccumulateAndSurviveAReplacedPlan() {
        roadmaps.save(ID, SCHOOL, plan);
        ActivityExecution done = ActivityExecution.of(first, LocalDate.of(2024, 9, 10),
                Evidence.document("12-од", LocalDate.of(2024, 9, 10)));
        roadmaps.record(ID, done);

        Roadmap newPlan = RoadmapTemplates.targetModelCycle("Школа № 7", OrganizationLevel.ORGANIZATION, 2025);
        StoredRoadmap replaced = roadmaps.save(ID, SCHOOL, newPlan);

        assertThat(replaced.plan()).isEqualTo(newPlan);
        assertThat(replaced.executions().of(first)).containsExactly(done);
    }

    @Test
    void anOwnerListsOnlyItsRoadmapsInTheOrderOfTheirIds() {
        roadmaps.save(RoadmapId.of("b"), SCHOOL, plan);
        roadmaps.save(RoadmapId.of("a"), SCHOOL, plan);
        roadmaps.save(RoadmapId.of("c"), OTHER, plan);

        assertThat(roadmaps.of(SCHOOL)).extracting(r -> r.id().value()).containsExactly("a", "b");
        assertThat(roadmaps.of(OrganizationId.of("none"))).isEmpty();
    }

    @Test
    void anotherOwnerCannotTakeOverARoadmap() {
        roadmaps.save(ID, SCHOOL, plan);

        assertThatThrownBy(() -> roadmaps.save(ID, OTHER, plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("school-7");
        assertThat(roadmaps.find(ID).orElseThrow().owner()).isEqualTo(SCHOOL);
    }

    @Test
    void anExecutionOfAnUnknownActivityOrRoadmapIsRefused() {
        roadmaps.save(ID, SCHOOL, plan);
        ActivityExecution unknownActivity = ActivityExecution.of("99.9", LocalDate.of(2024, 9, 10),
                Evidence.document("1", LocalDate.of(2024, 9, 10)));
        ActivityExecution fine = ActivityExecution.of(first, LocalDate.of(2024, 9, 10),
                Evidence.document("1", LocalDate.of(2024, 9, 10)));

        assertThatThrownBy(() -> roadmaps.record(ID, unknownActivity))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99.9");
        assertThatThrownBy(() -> roadmaps.record(RoadmapId.of("nope"), fine))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(roadmaps.find(ID).orElseThrow().executions().executions()).isEmpty();
    }

    @Test
    void deletingRemovesTheRoadmapOnce() {
        roadmaps.save(ID, SCHOOL, plan);

        assertThat(roadmaps.delete(ID)).isTrue();
        assertThat(roadmaps.delete(ID)).isFalse();
        assertThat(roadmaps.find(ID)).isEmpty();
    }
}
