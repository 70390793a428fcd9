package org.tandem.matching.spi;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.CriterionResult;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MenteeView;
import org.tandem.matching.MentorView;

/**
 * Scores how well a mentor fits a mentee on one aspect. The organization weighs criteria against each other
 * ({@link org.tandem.matching.Weights}); a pair's score is the weighted mean of the values.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #id()} is stable, unique among the criteria of a problem, and is what weights refer to;</li>
 *   <li>implementations are stateless and thread-safe: a problem may score rows on several threads;</li>
 *   <li>criteria are asked only about pairs that passed every hard rule, so both people have a questionnaire;</li>
 *   <li>the value lies in {@code [0, 1]}, 1 the best fit, and depends only on the two views and the context, so
 *       the same input gives the same value;</li>
 *   <li>{@link #score} returns exactly {@code evaluate(...).value()}; it is called for every allowed pair (up to
 *       millions) and should neither allocate nor hash, which is why the views carry interned
 *       {@link org.tandem.matching.CodeSet}s and bit masks; {@link #evaluate} is called only for the pairs a
 *       proposal explains.</li>
 * </ul>
 * Vendors register criteria through {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/org.tandem.matching.spi.Criterion} file), a Guice multibinding, or by passing them to
 * {@link MatchingPlugins#of}; {@link MatchingPlugins.Builder#override} replaces a built-in with the same id.
 */
public interface Criterion {

    /** A stable id, e.g. {@code "deficits"}. */
    String id();

    /** What the criterion measures, for a curator. */
    LocalizedText name();

    /** The weight when the organization sets none; finite and not negative. */
    default double defaultWeight() {
        return 1;
    }

    /** The value for the pair with its explanation in Russian and English. */
    CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context);

    /** The value alone, in {@code [0, 1]}; override it to avoid building the explanation in the hot loop. */
    default double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
        return evaluate(mentor, mentee, context).value();
    }
}
