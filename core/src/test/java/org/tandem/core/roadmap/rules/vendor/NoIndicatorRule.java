package org.tandem.core.roadmap.rules.vendor;

import java.util.List;
import org.tandem.core.roadmap.rules.Finding;
import org.tandem.core.roadmap.rules.RoadmapRule;
import org.tandem.core.roadmap.rules.RuleContext;
import org.tandem.core.roadmap.rules.Subject;

/** A vendor's rule, registered in META-INF/services of the test tree: activities without an indicator. */
public final class NoIndicatorRule implements RoadmapRule {

    public static final String ID = "acme.no-indicator";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        return context.roadmap().activities().stream()
                .filter(a -> a.indicator().isBlank())
                .map(a -> Finding.info(ID, Subject.activity(a.number()),
                        "У мероприятия " + a.number() + " нет показателя", "Activity " + a.number() + " has no indicator"))
                .toList();
    }
}
