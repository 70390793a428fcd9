package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.deadline.DeadlineParse;

/**
 * An activity whose deadline was not understood, or that has none. Such an activity is invisible to the
 * overdue and upcoming checks, which is why it is a warning and not a remark on style.
 */
public final class UnparsedDeadlineRule implements RoadmapRule {

    public static final String ID = "roadmap.deadline-unparsed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Activity activity : context.roadmap().activities()) {
            String number = activity.number();
            if (activity.deadline().filter(DeadlineParse::isParsed).isPresent()) {
                continue;
            }
            if (activity.deadline().isPresent()) {
                DeadlineParse.Unparsed unparsed = (DeadlineParse.Unparsed) activity.deadline().get();
                findings.add(Finding.warning(ID, Subject.activity(number),
                        "Срок мероприятия " + number + " «" + activity.deadlineText().strip() + "» не распознан ("
                                + unparsed.reason().ru() + "); выполнение в срок проверить нельзя",
                        "The deadline of activity " + number + " \"" + activity.deadlineText().strip()
                                + "\" was not understood (" + unparsed.reason().en() + "); timeliness cannot be checked"));
            } else if (activity.deadlineText().isBlank()) {
                findings.add(Finding.warning(ID, Subject.activity(number),
                        "У мероприятия " + number + " не указан срок; выполнение в срок проверить нельзя",
                        "Activity " + number + " has no deadline; timeliness cannot be checked"));
            } else {
                findings.add(Finding.warning(ID, Subject.activity(number),
                        "Срок мероприятия " + number + " «" + activity.deadlineText().strip()
                                + "» не разобран; выполнение в срок проверить нельзя",
                        "The deadline of activity " + number + " \"" + activity.deadlineText().strip()
                                + "\" was not read; timeliness cannot be checked"));
            }
        }
        return findings;
    }
}
