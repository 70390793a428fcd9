package org.tandem.core.roadmap.upcoming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.deadline.DueWindow;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;
import org.tandem.core.roadmap.rules.ActivityNumberOrder;
import org.tandem.core.roadmap.rules.DueWindows;
import org.tandem.core.roadmap.rules.RoadmapExecutions;
import org.tandem.core.shared.DomainRuleException;

/** What a curator has to do soon: the to-do list view of a roadmap. */
public final class UpcomingDeadlines {

    private static final Comparator<UpcomingDeadline> BY_END = Comparator
            .comparing((UpcomingDeadline u) -> u.window().to())
            .thenComparing(u -> u.window().from())
            .thenComparing(UpcomingDeadline::activityNumber, ActivityNumberOrder.INSTANCE);

    private UpcomingDeadlines() {
    }

    /**
     * The due windows that overlap {@code [date, date + days]} and that no execution fulfils, sorted by the
     * window's end (then its start and the activity number). Windows already ended before {@code date} are the
     * rules' business ("overdue"), not this view's. An activity due several times in the horizon appears once
     * per window. Deadlines resolve against the roadmap's period, or the academic year of {@code date} when it
     * states none ({@link DueWindows#effectivePeriod}).
     *
     * @param days the horizon in days, 0 for today only
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public static List<UpcomingDeadline> within(Roadmap roadmap, RoadmapExecutions executions, LocalDate date, int days) {
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(executions, "executions");
        Objects.requireNonNull(date, "date");
        if (days < 0) {
            throw new DomainRuleException("Число дней вперёд не может быть отрицательным: указано " + days + ".",
                    "the horizon must not be negative, was " + days);
        }
        LocalDate horizon = date.plusDays(days);
        RoadmapPeriod period = DueWindows.effectivePeriod(roadmap, date);
        List<UpcomingDeadline> result = new ArrayList<>();
        for (Activity activity : roadmap.activities()) {
            for (DueWindow window : executions.undone(activity.number(), DueWindows.of(activity, period))) {
                if (!window.to().isBefore(date) && !window.from().isAfter(horizon)) {
                    String title = activity.title().isBlank() ? activity.content() : activity.title();
                    result.add(new UpcomingDeadline(activity.number(), title, window, activity.responsible()));
                }
            }
        }
        result.sort(BY_END);
        return List.copyOf(result);
    }
}
