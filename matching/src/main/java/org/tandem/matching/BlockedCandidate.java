package org.tandem.matching;

import java.util.Objects;

import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.PersonId;

/**
 * A mentor an unmatched mentee might have had, and what kept them apart.
 *
 * @param mentor      the mentor
 * @param blocker     what kept them apart
 * @param ruleId      the id of the rule that blocked: a built-in rule's or a vendor's
 * @param explanation the specific words, e.g. «стаж 2 г., положение требует не менее 5»
 * @param score       the pair's score, in {@code [0, 1]}, or NaN when it cannot be computed (no questionnaire)
 */
public record BlockedCandidate(PersonId mentor, Blocker blocker, String ruleId, LocalizedText explanation,
                               double score) {

    public BlockedCandidate {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(blocker, "blocker");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(explanation, "explanation");
    }
}
