package org.tandem.matching;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.PersonId;

/**
 * What the organization and its curator decide for one matching run.
 *
 * @param weights            the weight of each criterion
 * @param knockOutThreshold  pairs whose score (in {@code [0, 1]}) is below this are never proposed; 0 keeps all
 * @param excluded           pairs the curator ruled out
 * @param pinned             pairs that stay as they are and use the mentor's capacity, such as approved ones
 * @param preferences        ranked choices from the questionnaire after the group meeting
 */
public record MatchingSettings(Weights weights, double knockOutThreshold, Set<PersonPair> excluded,
                               Set<PersonPair> pinned, RankedPreferences preferences) {

    /**
     * @throws IllegalArgumentException if the threshold is outside {@code [0, 1]} or NaN, a pair is both excluded
     *     and pinned, or a mentee is pinned twice
     */
    public MatchingSettings {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(preferences, "preferences");
        if (!(knockOutThreshold >= 0 && knockOutThreshold <= 1)) {
            throw new DomainRuleException("Порог отсечения лежит от 0 до 1, как и оценки пар: указано "
                    + knockOutThreshold + ".", "the knock-out threshold is " + knockOutThreshold
                    + "; it must lie in [0, 1], like the scores");
        }
        excluded = Set.copyOf(excluded);
        pinned = Set.copyOf(pinned);
        Set<PersonId> pinnedMentees = new HashSet<>();
        for (PersonPair pair : pinned) {
            if (excluded.contains(pair)) {
                throw new DomainRuleException("Пара «" + pair.mentor() + "» – «" + pair.mentee()
                        + "» не может быть одновременно закреплена и исключена.",
                        "the pair " + pair + " is both pinned and excluded");
            }
            if (!pinnedMentees.add(pair.mentee())) {
                throw new DomainRuleException("Наставляемый «" + pair.mentee() + "» закреплён за двумя наставниками.",
                        "the mentee " + pair.mentee() + " is pinned to two mentors");
            }
        }
    }

    /** Default weights, no threshold, nothing excluded or pinned, no questionnaire preferences. */
    public static MatchingSettings defaults() {
        return new MatchingSettings(Weights.defaults(), 0, Set.of(), Set.of(), RankedPreferences.none());
    }

    public MatchingSettings withWeights(Weights value) {
        return new MatchingSettings(value, knockOutThreshold, excluded, pinned, preferences);
    }

    public MatchingSettings withWeight(String criterionId, double weight) {
        return withWeights(weights.with(criterionId, weight));
    }

    public MatchingSettings withKnockOutThreshold(double value) {
        return new MatchingSettings(weights, value, excluded, pinned, preferences);
    }

    public MatchingSettings excluding(PersonId mentor, PersonId mentee) {
        Set<PersonPair> copy = new HashSet<>(excluded);
        copy.add(PersonPair.of(mentor, mentee));
        return new MatchingSettings(weights, knockOutThreshold, copy, pinned, preferences);
    }

    public MatchingSettings pinning(PersonId mentor, PersonId mentee) {
        Set<PersonPair> copy = new HashSet<>(pinned);
        copy.add(PersonPair.of(mentor, mentee));
        return new MatchingSettings(weights, knockOutThreshold, excluded, copy, preferences);
    }

    public MatchingSettings withPreferences(RankedPreferences value) {
        return new MatchingSettings(weights, knockOutThreshold, excluded, pinned, value);
    }
}
