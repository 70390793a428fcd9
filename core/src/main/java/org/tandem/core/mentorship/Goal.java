package org.tandem.core.mentorship;

import java.util.Objects;
import java.util.Optional;

import org.tandem.core.people.Competency;
import org.tandem.core.shared.DomainRuleException;

/**
 * A goal of a personalized program, tied to a deficit of the mentee it should remove.
 *
 * @param number      the goal's number in the program, from 1
 * @param description what is to be reached
 * @param deficit     the mentee's deficit it addresses
 * @param assessment  the final assessment, once given
 */
public record Goal(int number, String description, Competency deficit, Optional<GoalAssessment> assessment) {

    public Goal {
        if (number < 1) {
            // numbers are given by the program in order, never typed: a bug
            throw new IllegalArgumentException("goals are numbered from 1, was " + number);
        }
        if (description == null || description.isBlank()) {
            throw new DomainRuleException("У цели " + number + " должно быть описание.",
                    "goal " + number + " needs a description");
        }
        Objects.requireNonNull(deficit, "deficit");
        Objects.requireNonNull(assessment, "assessment");
    }

    public static Goal of(int number, String description, Competency deficit) {
        return new Goal(number, description, deficit, Optional.empty());
    }

    Goal assessed(GoalAssessment value) {
        return new Goal(number, description, deficit, Optional.of(value));
    }
}
