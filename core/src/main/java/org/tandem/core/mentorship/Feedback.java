package org.tandem.core.mentorship;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.PersonId;

/**
 * A filled-in feedback questionnaire.
 *
 * @param respondent who answered
 * @param role       as mentor, mentee or curator
 * @param stage      intermediate or final
 * @param on         when
 * @param ratings    answers on a scale of 1 to 5, by question
 * @param comment    free text
 */
public record Feedback(PersonId respondent, FeedbackRole role, FeedbackStage stage, LocalDate on,
                       Map<String, Integer> ratings, String comment) {

    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 5;

    public Feedback {
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(on, "on");
        ratings = Map.copyOf(ratings);
        ratings.forEach((question, rating) -> {
            if (rating < LOWEST_RATING || rating > HIGHEST_RATING) {
                throw new DomainRuleException("Оценка по вопросу «" + question + "» ставится от " + LOWEST_RATING
                        + " до " + HIGHEST_RATING + ", а указано " + rating + ".",
                        "rating of '" + question + "' must be from " + LOWEST_RATING + " to " + HIGHEST_RATING
                                + ", was " + rating);
            }
        });
        comment = comment == null ? "" : comment.strip();
    }

    /** The mean of the ratings, or NaN when there are none. */
    public double averageRating() {
        return ratings.values().stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
    }
}
