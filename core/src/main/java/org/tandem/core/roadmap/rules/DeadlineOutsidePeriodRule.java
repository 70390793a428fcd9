package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.deadline.DueWindow;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;

/**
 * An activity due, partly or wholly, outside the period the roadmap states ({@code Deadline.windowsOutside}),
 * e.g. "август – сентябрь" in a roadmap for the academic year that starts on 1 September. Silent for a roadmap
 * that states no period: there is nothing to be outside of.
 */
public final class DeadlineOutsidePeriodRule implements RoadmapRule {

    public static final String ID = "roadmap.deadline-outside-period";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        if (context.roadmap().period().isEmpty()) {
            return List.of();
        }
        RoadmapPeriod period = context.roadmap().period().get();
        List<Finding> findings = new ArrayList<>();
        for (Activity activity : context.roadmap().activities()) {
            List<DueWindow> outside = activity.deadline().flatMap(d -> d.deadline())
                    .map(d -> d.windowsOutside(period)).orElse(List.of());
            if (outside.isEmpty()) {
                continue;
            }
            boolean partly = outside.stream().allMatch(w -> overlaps(w, period));
            String windowsRu = outside.stream().map(Texts::ru).collect(Collectors.joining("; "));
            String windowsEn = outside.stream().map(Texts::en).collect(Collectors.joining("; "));
            findings.add(Finding.warning(ID, Subject.activity(activity.number()),
                    "Срок мероприятия " + activity.number() + " «" + activity.deadlineText().strip() + "» "
                            + (partly ? "частично выходит" : "выходит") + " за период дорожной карты "
                            + Texts.ru(period) + ": " + windowsRu,
                    "The deadline of activity " + activity.number() + " \"" + activity.deadlineText().strip() + "\" "
                            + (partly ? "partly falls" : "falls") + " outside the roadmap's period "
                            + Texts.en(period) + ": " + windowsEn));
        }
        return findings;
    }

    private static boolean overlaps(DueWindow window, RoadmapPeriod period) {
        return !window.to().isBefore(period.start()) && !window.from().isAfter(period.end());
    }
}
