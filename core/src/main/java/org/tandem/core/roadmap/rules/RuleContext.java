package org.tandem.core.roadmap.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.deadline.DueWindow;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;

/**
 * Everything a {@link RoadmapRule} may look at.
 *
 * @param date          the day of evaluation; rules never read a clock
 * @param roadmap       the roadmap evaluated
 * @param executions    what has been carried out of it so far
 * @param parentRoadmap the roadmap of the organization above (a school's municipality), for rules that compare
 * @param liveState     the organization's programs, pairs and people; absent when only the document is checked
 */
public record RuleContext(LocalDate date, Roadmap roadmap, RoadmapExecutions executions,
                          Optional<Roadmap> parentRoadmap, Optional<LiveState> liveState) {

    public RuleContext {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(executions, "executions");
        Objects.requireNonNull(parentRoadmap, "parentRoadmap");
        Objects.requireNonNull(liveState, "liveState");
    }

    /** The roadmap alone on {@code date}, nothing carried out yet. */
    public static RuleContext of(Roadmap roadmap, LocalDate date) {
        return new RuleContext(date, roadmap, RoadmapExecutions.none(), Optional.empty(), Optional.empty());
    }

    /** The same context with the executions recorded so far. */
    public RuleContext withExecutions(RoadmapExecutions newExecutions) {
        return new RuleContext(date, roadmap, newExecutions, parentRoadmap, liveState);
    }

    /** The same context with the parent organization's roadmap. */
    public RuleContext withParentRoadmap(Roadmap parent) {
        return new RuleContext(date, roadmap, executions, Optional.of(parent), liveState);
    }

    /** The same context with read access to live state. */
    public RuleContext withLiveState(LiveState state) {
        return new RuleContext(date, roadmap, executions, parentRoadmap, Optional.of(state));
    }

    /** The roadmap's period, or the academic year of {@link #date()} when it states none (see {@link DueWindows}). */
    public RoadmapPeriod effectivePeriod() {
        return DueWindows.effectivePeriod(roadmap, date);
    }

    /** The activity's due windows against {@link #effectivePeriod()}, chronologically. */
    public List<DueWindow> windowsOf(Activity activity) {
        return DueWindows.of(activity, effectivePeriod());
    }

    /** The activity's windows that ended before {@link #date()} and that no execution fulfils. */
    public List<DueWindow> overdueWindowsOf(Activity activity) {
        return executions.undone(activity.number(), windowsOf(activity)).stream()
                .filter(w -> w.to().isBefore(date))
                .toList();
    }
}
