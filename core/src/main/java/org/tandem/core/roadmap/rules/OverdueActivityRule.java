package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.deadline.DueWindow;

/**
 * An activity with a due window that ended before the evaluation date and that no execution fulfils (see
 * {@link RoadmapExecutions} for how executions are matched to windows). Monitoring and completion activities are
 * left to {@link MonitoringNotDoneRule}.
 */
public final class OverdueActivityRule implements RoadmapRule {

    public static final String ID = "roadmap.activity-overdue";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Activity activity : context.roadmap().activities()) {
            if (MonitoringActivities.isMonitoring(activity)) {
                continue;
            }
            List<DueWindow> overdue = context.overdueWindowsOf(activity);
            if (!overdue.isEmpty()) {
                boolean several = overdue.size() > 1;
                findings.add(Finding.warning(ID, Subject.activity(activity.number()),
                        "Мероприятие " + activity.number() + " просрочено: " + (several ? "сроки " : "срок ")
                                + Texts.ruEnds(overdue) + ", отметки о выполнении нет",
                        "Activity " + activity.number() + " is overdue: due " + Texts.enEnds(overdue)
                                + ", no execution recorded"));
            }
        }
        return findings;
    }
}
