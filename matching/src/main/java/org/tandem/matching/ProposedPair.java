package org.tandem.matching;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.PersonId;

/**
 * A mentor and mentee a proposal puts together, with the score and each criterion's contribution.
 *
 * @param mentor        the mentor
 * @param mentee        the mentee
 * @param score         the weighted mean of the criterion values, in {@code [0, 1]}
 * @param pinned        whether the pair was pinned (e.g. already approved) rather than chosen now
 * @param contributions each weighted criterion's part, in the problem's criterion order
 */
public record ProposedPair(PersonId mentor, PersonId mentee, double score, boolean pinned,
                           List<Contribution> contributions) {

    public ProposedPair {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
        contributions = List.copyOf(contributions);
    }

    /** The whole explanation in one text: the score, then each criterion's words. */
    public LocalizedText explanation() {
        String score = String.format(Locale.ROOT, "%.2f", this.score);
        String ru = (pinned ? "закреплённая пара; " : "") + "совместимость " + score
                + contributions.stream().map(c -> c.explanation().ru()).collect(Collectors.joining("; ", ": ", ""));
        String en = (pinned ? "pinned pair; " : "") + "score " + score
                + contributions.stream().map(c -> c.explanation().en()).collect(Collectors.joining("; ", ": ", ""));
        return LocalizedText.of(ru, en);
    }
}
