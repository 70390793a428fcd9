package org.tandem.portal.vendor;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.tandem.core.roadmap.rules.Finding;
import org.tandem.core.roadmap.rules.RoadmapRule;
import org.tandem.core.roadmap.rules.RuleContext;
import org.tandem.core.roadmap.rules.Subject;

/** A vendor's roadmap rule, shipped in the same example bundle: a roadmap should state the period it covers. */
@Component(service = RoadmapRule.class)
public final class RoadmapPeriodStated implements RoadmapRule {

    public static final String ID = "example.roadmap-period-stated";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        if (context.roadmap().period().isPresent()) {
            return List.of();
        }
        return List.of(Finding.info(ID, Subject.roadmap(), "В дорожной карте не указан период, который она охватывает",
                "The roadmap does not state the period it covers"));
    }
}
