package org.tandem.core.roadmap.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.core.Fixture.COORDINATOR;
import static org.tandem.core.Fixture.CURATOR;
import static org.tandem.core.Fixture.OTHER_CURATOR;
import static org.tandem.core.Fixture.OTHER_SCHOOL;
import static org.tandem.core.Fixture.SCHOOL;
import static org.tandem.core.Fixture.ok;

import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.tandem.core.Fixture;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapTemplates;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.rules.Evidence;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.core.roadmap.store.StoredRoadmap;
import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;
import org.tandem.core.shared.RoadmapId;

class KeepingRoadmapsTest {

    private static final RoadmapId ID = RoadmapId.of("school-roadmap");

    private final Fixture fixture = new Fixture();
    private final KeepingRoadmaps keeping = fixture.get(KeepingRoadmaps.class);
    private final Roadmap plan = RoadmapTemplates.targetModelCycle("Школа № 1", OrganizationLevel.ORGANIZATION, 2024);
    private final String first = plan.activities().get(0).number();

    @Test
    void theCuratorKeepsTheSchoolsRoadmapAndTheAuditLogSaysWhoDidIt() {
        ok(keeping.keep(CURATOR, ID, SCHOOL, plan));

        assertThat(fixture.get(Roadmaps.class).find(ID)).map(StoredRoadmap::plan).contains(plan);
        DomainEvent event = fixture.auditLog().of("Roadmap", ID.value()).get(0);
        assertThat(event.type()).isEqualTo(EventType.ROADMAP_KEPT);
        assertThat(event.actor()).isEqualTo(CURATOR.person());
        assertThat(event.change()).containsEntry("owner", SCHOOL.value()).containsEntry("replaced", "false");
    }

    @Test
    void aCoordinatorAboveTheSchoolRecordsAnActivityWithItsEvidence() {
        ok(keeping.keep(CURATOR, ID, SCHOOL, plan));
        ActivityExecution done = ActivityExecution.of(first, LocalDate.of(2024, 9, 5),
                Evidence.document("17-од", LocalDate.of(2024, 9, 5)));

        StoredRoadmap updated = ok(keeping.record(COORDINATOR, ID, done));

        assertThat(updated.executions().of(first)).containsExactly(done);
        DomainEvent event = fixture.auditLog().of("Roadmap", ID.value()).get(1);
        assertThat(event.type()).isEqualTo(EventType.ROADMAP_ACTIVITY_DONE);
        assertThat(event.actor()).isEqualTo(COORDINATOR.person());
        assertThat(event.change()).containsEntry("activity", first).containsEntry("document", "17-од");
    }

    @Test
    void aCuratorOfAnotherSchoolIsDeniedAndNothingChanges() {
        Result<StoredRoadmap> denied = keeping.keep(OTHER_CURATOR, ID, SCHOOL, plan);

        assertThat(denied.isOk()).isFalse();
        assertThat(denied.refusal().reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
        assertThat(fixture.get(Roadmaps.class).find(ID)).isEmpty();
        assertThat(fixture.auditLog().of("Roadmap", ID.value())).isEmpty();
    }

    @Test
    void anotherOrganizationCannotTakeOverTheIdAndAnUnknownActivityIsRefused() {
        ok(keeping.keep(CURATOR, ID, SCHOOL, plan));

        Result<StoredRoadmap> takeOver = keeping.keep(OTHER_CURATOR, ID, OTHER_SCHOOL, plan);
        assertThat(takeOver.refusal().reason()).isEqualTo(RefusalReason.WRONG_STATE);
        assertThat(takeOver.refusal().message().en()).contains("another organization");

        Result<StoredRoadmap> unknown = keeping.record(CURATOR, ID, ActivityExecution.of("99.9",
                LocalDate.of(2024, 9, 5), Evidence.document("1", LocalDate.of(2024, 9, 5))));
        assertThat(unknown.refusal().reason()).isEqualTo(RefusalReason.WRONG_STATE);
        assertThat(unknown.refusal().message().ru()).contains("99.9");
        assertThat(fixture.auditLog().of("Roadmap", ID.value())).hasSize(1);
    }

    @Test
    void recordingOnAnUnknownRoadmapIsAnError() {
        assertThatThrownBy(() -> keeping.record(CURATOR, RoadmapId.of("nope"), ActivityExecution.of(first,
                LocalDate.of(2024, 9, 5), Evidence.document("1", LocalDate.of(2024, 9, 5)))))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theCuratorDeletesTheRoadmapWithItsExecutionsAndTheAuditLogKeepsWhatWasDeleted() {
        ok(keeping.keep(CURATOR, ID, SCHOOL, plan));
        ok(keeping.record(CURATOR, ID, ActivityExecution.of(first, LocalDate.of(2024, 9, 5),
                Evidence.document("17-од", LocalDate.of(2024, 9, 5)))));

        StoredRoadmap deleted = ok(keeping.delete(CURATOR, ID));

        assertThat(deleted.plan()).isEqualTo(plan);
        assertThat(fixture.get(Roadmaps.class).find(ID)).isEmpty();
        DomainEvent event = fixture.auditLog().of("Roadmap", ID.value()).get(2);
        assertThat(event.type()).isEqualTo(EventType.ROADMAP_DELETED);
        assertThat(event.actor()).isEqualTo(CURATOR.person());
        assertThat(event.change()).containsEntry("owner", SCHOOL.value()).containsEntry("executions", "1")
                .containsEntry("activities", String.valueOf(plan.activities().size()));
    }

    @Test
    void aCuratorOfAnotherSchoolCannotDeleteAndAnUnknownRoadmapIsNotFound() {
        ok(keeping.keep(CURATOR, ID, SCHOOL, plan));

        Result<StoredRoadmap> denied = keeping.delete(OTHER_CURATOR, ID);

        assertThat(denied.refusal().reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
        assertThat(fixture.get(Roadmaps.class).find(ID)).isPresent();
        assertThat(fixture.auditLog().of("Roadmap", ID.value())).hasSize(1);
        assertThatThrownBy(() -> keeping.delete(CURATOR, RoadmapId.of("nothing")))
                .isInstanceOf(NoSuchElementException.class);
    }
}
