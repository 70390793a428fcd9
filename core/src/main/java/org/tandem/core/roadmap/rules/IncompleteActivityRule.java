package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.roadmap.Activity;

/**
 * An activity nobody is responsible for (a warning: nobody will do it), or without the document or form its
 * result takes (a remark: nothing will prove it was done). A roadmap that has no document column at all gets
 * one remark for the whole roadmap rather than one per activity.
 */
public final class IncompleteActivityRule implements RoadmapRule {

    public static final String ID = "roadmap.activity-incomplete";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Activity> activities = context.roadmap().activities();
        List<Finding> findings = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.responsible().isEmpty()) {
                findings.add(Finding.warning(ID, Subject.activity(activity.number()),
                        "У мероприятия " + activity.number() + " не указан ответственный",
                        "Activity " + activity.number() + " has no responsible party"));
            }
        }
        boolean anyDocument = activities.stream().anyMatch(a -> !a.documentType().isBlank());
        if (!activities.isEmpty() && !anyDocument) {
            findings.add(Finding.info(ID, Subject.roadmap(),
                    "Ни у одного мероприятия дорожной карты не указан вид документа (форма результата)",
                    "No activity of the roadmap names the document type (form of its result)"));
        } else {
            for (Activity activity : activities) {
                if (activity.documentType().isBlank()) {
                    findings.add(Finding.info(ID, Subject.activity(activity.number()),
                            "У мероприятия " + activity.number() + " не указан вид документа (форма результата)",
                            "Activity " + activity.number() + " does not name the document type (form of its result)"));
                }
            }
        }
        return findings;
    }
}
