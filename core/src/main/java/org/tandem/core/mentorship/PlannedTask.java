package org.tandem.core.mentorship;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.PersonId;

/**
 * An activity of a personalized program, with its deadline and who is responsible.
 *
 * @param number      the task's number in the program, from 1
 * @param title       what is to be done
 * @param deadline    by when
 * @param responsible who answers for it: the mentor, a mentee or the curator
 * @param doneOn      when it was done, once it was
 */
public record PlannedTask(int number, String title, LocalDate deadline, PersonId responsible,
                          Optional<LocalDate> doneOn) {

    public PlannedTask {
        if (number < 1) {
            // numbers are given by the program in order, never typed: a bug
            throw new IllegalArgumentException("tasks are numbered from 1, was " + number);
        }
        if (title == null || title.isBlank()) {
            throw new DomainRuleException("У задачи " + number + " должно быть название.",
                    "task " + number + " needs a title");
        }
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(doneOn, "doneOn");
    }

    public static PlannedTask of(int number, String title, LocalDate deadline, PersonId responsible) {
        return new PlannedTask(number, title, deadline, responsible, Optional.empty());
    }

    public boolean isDone() {
        return doneOn.isPresent();
    }

    PlannedTask done(LocalDate day) {
        return new PlannedTask(number, title, deadline, responsible, Optional.of(day));
    }
}
