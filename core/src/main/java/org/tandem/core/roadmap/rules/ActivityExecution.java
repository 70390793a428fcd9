package org.tandem.core.roadmap.rules;

import java.time.LocalDate;
import java.util.Objects;

import org.tandem.core.shared.DomainRuleException;

/**
 * A record that an activity of a roadmap was carried out. Kept apart from the roadmap's
 * {@link org.tandem.core.roadmap.Activity}, which is the plan as published: the plan is imported once, the
 * executions accumulate during the year.
 *
 * @param activityNumber the activity's number in the roadmap, e.g. "2.3"
 * @param doneOn         the day it was carried out
 * @param evidence       what proves it
 */
public record ActivityExecution(String activityNumber, LocalDate doneOn, Evidence evidence) {

    public ActivityExecution {
        if (activityNumber == null || activityNumber.isBlank()) {
            throw new DomainRuleException("Нужно указать номер выполненного мероприятия.",
                    "an execution names the activity's number");
        }
        activityNumber = activityNumber.strip();
        Objects.requireNonNull(doneOn, "doneOn");
        Objects.requireNonNull(evidence, "evidence");
    }

    public static ActivityExecution of(String activityNumber, LocalDate doneOn, Evidence evidence) {
        return new ActivityExecution(activityNumber, doneOn, evidence);
    }
}
