package org.tandem.matching;

import java.util.List;
import java.util.Objects;

import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.PersonId;

/**
 * A mentee a proposal leaves without a mentor, with the reason and the best candidates that were blocked.
 *
 * @param mentee       the mentee
 * @param reason       why
 * @param explanation  the reason in words, naming what blocked the best candidates
 * @param bestBlocked  the few best mentors by score that were blocked, best first, with what blocked each
 */
public record UnmatchedMentee(PersonId mentee, UnmatchedReason reason, LocalizedText explanation,
                              List<BlockedCandidate> bestBlocked) {

    public UnmatchedMentee {
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
        bestBlocked = List.copyOf(bestBlocked);
    }
}
