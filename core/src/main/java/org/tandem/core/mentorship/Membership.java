package org.tandem.core.mentorship;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.PersonId;

/**
 * A mentee's time in a mentorship. When the mentee leaves (reassigned, consent withdrawn) the membership
 * stays, closed, so that the history is kept.
 */
public record Membership(PersonId mentee, LocalDate from, Optional<LocalDate> until, Optional<String> leftBecause) {

    public Membership {
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(leftBecause, "leftBecause");
        if (until.filter(day -> day.isBefore(from)).isPresent()) {
            throw new DomainRuleException("Участие наставляемого в паре или группе не может закончиться раньше, чем"
                    + " началось (" + from + ").", "a membership cannot end before it began on " + from);
        }
    }

    static Membership open(PersonId mentee, LocalDate from) {
        return new Membership(mentee, from, Optional.empty(), Optional.empty());
    }

    public boolean isCurrent() {
        return until.isEmpty();
    }

    Membership closed(LocalDate day, String reason) {
        return new Membership(mentee, from, Optional.of(day), Optional.of(reason));
    }
}
