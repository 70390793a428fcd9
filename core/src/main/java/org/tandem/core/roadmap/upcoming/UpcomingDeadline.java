package org.tandem.core.roadmap.upcoming;

import java.util.List;
import java.util.Objects;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.deadline.DueWindow;

/**
 * One due window of an activity that is coming up and not yet done.
 *
 * @param activityNumber the activity's number
 * @param title          the activity's title (its content when the roadmap gave no title)
 * @param window         the window that falls in the horizon
 * @param responsible    who is responsible, as the roadmap names them, with their level and kind
 */
public record UpcomingDeadline(String activityNumber, String title, DueWindow window, List<ResponsibleParty> responsible) {

    public UpcomingDeadline {
        if (activityNumber == null || activityNumber.isBlank()) {
            // made from an activity, which always has a number: a bug
            throw new IllegalArgumentException("an upcoming deadline names its activity");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(window, "window");
        responsible = List.copyOf(responsible);
    }

    /** The names of the responsible parties, in order, as written. */
    public List<String> responsibleNames() {
        return responsible.stream().map(ResponsibleParty::name).toList();
    }
}
