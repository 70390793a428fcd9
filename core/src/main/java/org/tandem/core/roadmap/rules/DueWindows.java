package org.tandem.core.roadmap.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.deadline.DueWindow;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;

/** Turns activities' deadlines into dates, the same way for every rule and for the upcoming-deadlines view. */
public final class DueWindows {

    private DueWindows() {
    }

    /**
     * The period deadlines resolve against: the roadmap's own, or, when the roadmap does not state one, the
     * academic year that contains {@code date} (a roadmap without a period is almost always the current year's
     * plan, and months without a year need some academic year to land in).
     */
    public static RoadmapPeriod effectivePeriod(Roadmap roadmap, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return roadmap.period().orElseGet(() -> RoadmapPeriod.academicYear(RoadmapPeriod.academicYearOf(date)));
    }

    /**
     * The activity's due windows in chronological order; empty when its deadline is missing, was not
     * understood, or promises no date ("по мере необходимости").
     */
    public static List<DueWindow> of(Activity activity, RoadmapPeriod period) {
        return activity.deadline()
                .flatMap(parse -> parse.deadline())
                .map(deadline -> deadline.windowsWithin(period).stream()
                        .sorted(Comparator.comparing(DueWindow::from).thenComparing(DueWindow::to))
                        .toList())
                .orElse(List.of());
    }
}
