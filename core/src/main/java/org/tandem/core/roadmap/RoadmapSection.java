package org.tandem.core.roadmap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stage or section of a roadmap and its activities, in document order.
 *
 * @param number     number as printed without "Этап" and the trailing dot ("1"), empty if none
 * @param title      the section title without its number
 * @param stage      the program-cycle stage the title names, if it names one
 * @param activities the activities of the section
 */
public record RoadmapSection(String number, String title, Optional<TargetModelStage> stage, List<Activity> activities) {

    public RoadmapSection {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
        activities = List.copyOf(activities);
    }

    /** A section whose stage is guessed from its title. */
    public static RoadmapSection titled(String number, String title, List<Activity> activities) {
        return new RoadmapSection(number, title, TargetModelStage.guessFromTitle(title), activities);
    }
}
