package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.tandem.core.roadmap.deadline.DueWindow;

/**
 * Every recorded execution of the activities of one roadmap.
 *
 * <p><b>Which due window an execution fulfils.</b> An activity may be due several times (annual, monthly,
 * "январь, июль"). An execution fulfils the <em>latest window that had begun on the day it was done</em>, or
 * the first window when it was done before any began. So a late execution counts for the window it is late
 * for rather than for the next one, and an early one for the first. A window is done when at least one
 * execution fulfils it.
 *
 * @param executions the executions, in any order
 */
public record RoadmapExecutions(List<ActivityExecution> executions) {

    public RoadmapExecutions {
        executions = executions.stream()
                .map(e -> Objects.requireNonNull(e, "execution"))
                .sorted(Comparator.comparing(ActivityExecution::doneOn))
                .toList();
    }

    /** No activity carried out yet. */
    public static RoadmapExecutions none() {
        return new RoadmapExecutions(List.of());
    }

    public static RoadmapExecutions of(ActivityExecution... executions) {
        return new RoadmapExecutions(List.of(executions));
    }

    /** These executions and one more. */
    public RoadmapExecutions with(ActivityExecution execution) {
        return new RoadmapExecutions(Stream.concat(executions.stream(), Stream.of(execution)).toList());
    }

    /** The executions of one activity, earliest first. */
    public List<ActivityExecution> of(String activityNumber) {
        return executions.stream().filter(e -> e.activityNumber().equals(activityNumber)).toList();
    }

    /** Whether the activity was carried out at least once. */
    public boolean anyFor(String activityNumber) {
        return executions.stream().anyMatch(e -> e.activityNumber().equals(activityNumber));
    }

    /**
     * The windows of the activity that no execution fulfils, in the order given.
     *
     * @param windows the activity's due windows, in chronological order
     */
    public List<DueWindow> undone(String activityNumber, List<DueWindow> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        boolean[] done = new boolean[windows.size()];
        for (ActivityExecution execution : of(activityNumber)) {
            int target = 0;
            for (int i = 0; i < windows.size(); i++) {
                if (!windows.get(i).from().isAfter(execution.doneOn())) {
                    target = i;
                }
            }
            done[target] = true;
        }
        List<DueWindow> result = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            if (!done[i]) {
                result.add(windows.get(i));
            }
        }
        return List.copyOf(result);
    }
}
