package org.tandem.core.roadmap.rules;

import static org.tandem.core.roadmap.TargetModelStage.COMPLETION;
import static org.tandem.core.roadmap.TargetModelStage.MENTEE_BASE;
import static org.tandem.core.roadmap.TargetModelStage.MENTOR_BASE;
import static org.tandem.core.roadmap.TargetModelStage.MENTOR_SELECTION_AND_TRAINING;
import static org.tandem.core.roadmap.TargetModelStage.PAIRS_AND_GROUPS;
import static org.tandem.core.roadmap.TargetModelStage.PAIRS_AND_GROUPS_WORK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.roadmap.deadline.DueWindow;

/**
 * An activity of a later stage of the target model that is due entirely before a stage it depends on has
 * begun: pairs fixed before the mentee or mentor base is formed, mentors selected before the mentor base,
 * pairs at work before they are formed, monitoring and completion before the work of pairs began.
 *
 * <p>"Begun" is the earliest start of any activity of the earlier stage, and "entirely before" means the later
 * activity's last window ends before that day. The comparison is deliberately loose: stages overlap in real
 * roadmaps (the base is topped up all year), so only an order that cannot be right is reported. Activities
 * without a stage or without dates take no part.
 */
public final class StageOrderRule implements RoadmapRule {

    public static final String ID = "roadmap.stage-order";

    /** Each stage and the stages whose start it must not precede, following the cycle of the model. */
    private static final Map<TargetModelStage, List<TargetModelStage>> DEPENDS_ON = Map.of(
            MENTOR_SELECTION_AND_TRAINING, List.of(MENTOR_BASE),
            PAIRS_AND_GROUPS, List.of(MENTEE_BASE, MENTOR_BASE),
            PAIRS_AND_GROUPS_WORK, List.of(PAIRS_AND_GROUPS),
            COMPLETION, List.of(PAIRS_AND_GROUPS_WORK));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Activity> activities = context.roadmap().activities();
        for (Activity later : activities) {
            if (later.stage().isEmpty() || !DEPENDS_ON.containsKey(later.stage().get())) {
                continue;
            }
            List<DueWindow> windows = context.windowsOf(later);
            if (windows.isEmpty()) {
                continue;
            }
            LocalDate end = windows.stream().map(DueWindow::to).max(Comparator.naturalOrder()).orElseThrow();
            for (TargetModelStage earlierStage : DEPENDS_ON.get(later.stage().get())) {
                firstOf(earlierStage, activities, context)
                        .filter(first -> end.isBefore(first.start))
                        .ifPresent(first -> findings.add(finding(later, end, earlierStage, first)));
            }
        }
        return findings;
    }

    private record Start(Activity activity, LocalDate start) {
    }

    private static Optional<Start> firstOf(TargetModelStage stage, List<Activity> activities, RuleContext context) {
        return activities.stream()
                .filter(a -> a.stage().filter(stage::equals).isPresent())
                .flatMap(a -> context.windowsOf(a).stream().findFirst().map(w -> new Start(a, w.from())).stream())
                .min(Comparator.comparing(Start::start));
    }

    private static Finding finding(Activity later, LocalDate end, TargetModelStage earlierStage, Start first) {
        TargetModelStage laterStage = later.stage().orElseThrow();
        return Finding.warning(ID, Subject.activity(later.number()),
                "Мероприятие " + later.number() + " этапа «" + laterStage.displayName().ru()
                        + "» должно завершиться к " + Texts.ru(end) + ", до начала этапа «"
                        + earlierStage.displayName().ru() + "» (мероприятие " + first.activity().number() + " с "
                        + Texts.ru(first.start()) + "), от которого оно зависит",
                "Activity " + later.number() + " of stage \"" + laterStage.displayName().en() + "\" is due by "
                        + Texts.en(end) + ", before stage \"" + earlierStage.displayName().en()
                        + "\" it depends on begins (activity " + first.activity().number() + " from "
                        + Texts.en(first.start()) + ")");
    }
}
