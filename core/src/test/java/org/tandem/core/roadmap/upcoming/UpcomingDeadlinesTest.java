package org.tandem.core.roadmap.upcoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.SharedSeeds;
import org.tandem.core.roadmap.deadline.DueWindow;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.rules.Evidence;
import org.tandem.core.roadmap.rules.RoadmapExecutions;

class UpcomingDeadlinesTest {

    private static final LocalDate OCT_15 = LocalDate.of(2023, 10, 15);

    @Test
    void listsWindowsOverlappingTheHorizonThatAreNotDoneSortedByEnd() {
        Roadmap roadmap = SharedSeeds.roadmap(SharedSeeds.KRAEVOY_CENTER_2023);

        List<UpcomingDeadline> upcoming = UpcomingDeadlines.within(roadmap, RoadmapExecutions.none(), OCT_15, 30);

        assertThat(upcoming).extracting(UpcomingDeadline::activityNumber, UpcomingDeadline::window).containsExactly(
                tuple("5.3", DueWindow.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 31))),
                tuple("4.3", DueWindow.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 5, 31))),
                tuple("6.1", DueWindow.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 5, 31))));
        assertThat(upcoming.get(0).title()).isEqualTo("Закрепление наставнических пар/групп");
        assertThat(upcoming.get(0).responsibleNames()).containsExactly("наставники");
    }

    @Test
    void leavesOutWhatIsDoneAndWhatStartsAfterTheHorizon() {
        Roadmap roadmap = SharedSeeds.roadmap(SharedSeeds.KRAEVOY_CENTER_2023);
        RoadmapExecutions done = RoadmapExecutions.of(
                ActivityExecution.of("5.3", LocalDate.of(2023, 10, 10), Evidence.document("17-од", LocalDate.of(2023, 10, 10))));

        assertThat(UpcomingDeadlines.within(roadmap, done, OCT_15, 30)).extracting(UpcomingDeadline::activityNumber)
                .containsExactly("4.3", "6.1");
        // 6.2 is due in December: in a 60-day horizon, not in a 30-day one.
        assertThat(UpcomingDeadlines.within(roadmap, done, OCT_15, 60)).extracting(UpcomingDeadline::activityNumber)
                .containsExactly("6.2", "4.3", "6.1");
    }

    @Test
    void refusesANegativeHorizon() {
        Roadmap roadmap = new Roadmap(java.util.Optional.empty(), java.util.Optional.empty(), "", java.util.Optional.empty(),
                List.of());
        assertThatThrownBy(() -> UpcomingDeadlines.within(roadmap, RoadmapExecutions.none(), OCT_15, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
