package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.deadline.DueWindow;

/**
 * A monitoring or completion activity (see {@link MonitoringActivities}) whose due window passed with no
 * execution. Reported apart from ordinary overdue activities because monitoring feeds the municipality's and the
 * region's reports: a missed one is missing data upstream, not just a late event.
 */
public final class MonitoringNotDoneRule implements RoadmapRule {

    public static final String ID = "roadmap.monitoring-not-done";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Activity activity : context.roadmap().activities()) {
            if (!MonitoringActivities.isMonitoring(activity)) {
                continue;
            }
            List<DueWindow> overdue = context.overdueWindowsOf(activity);
            if (!overdue.isEmpty()) {
                boolean several = overdue.size() > 1;
                findings.add(Finding.warning(ID, Subject.activity(activity.number()),
                        "Мониторинг не проведён: мероприятие " + activity.number() + " («"
                                + Texts.shortTitle(activity.title()) + "») " + (several ? "со сроками " : "со сроком ")
                                + Texts.ruEnds(overdue)
                                + " не отмечено как выполненное",
                        "Monitoring not done: activity " + activity.number() + " (\"" + Texts.shortTitle(activity.title())
                                + "\") was due " + Texts.enEnds(overdue) + " and no execution is recorded"));
            }
        }
        return findings;
    }
}
