package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.PersonId;
import org.tandem.matching.criteria.BuiltInCriteria;
import org.tandem.matching.spi.Criterion;
import org.tandem.matching.testkit.SampleBases;

/** The built-in criteria are scored inline in the hot loop; that must not change a single score. */
class BuiltInScoringTest {

    /** A built-in criterion behind another class, so that the problem scores it through the interface. */
    private record Wrapped(Criterion delegate) implements Criterion {
        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public LocalizedText name() {
            return delegate.name();
        }

        @Override
        public double defaultWeight() {
            return delegate.defaultWeight();
        }

        @Override
        public double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
            return delegate.score(mentor, mentee, context);
        }

        @Override
        public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
            return delegate.evaluate(mentor, mentee, context);
        }
    }

    private static void assertSameScores(SampleBases.Base base, MatchingSettings settings) {
        MatchingProblem inline = base.builder().settings(settings).build();
        MatchingProblem viaInterface = base.builder().settings(settings)
                .criteria(BuiltInCriteria.all().stream().map(Wrapped::new).toList()).build();
        for (int i = 0; i < inline.menteeCount(); i++) {
            for (int j = 0; j < inline.mentorCount(); j++) {
                assertThat(Double.doubleToRawLongBits(inline.score(i, j))).as("pair %d, %d", i, j)
                        .isEqualTo(Double.doubleToRawLongBits(viaInterface.score(i, j)));
                assertThat(inline.isAllowed(i, j)).isEqualTo(viaInterface.isAllowed(i, j));
            }
        }
    }

    @Test
    void builtInCriteriaScoredInlineGiveTheSameScoresToTheLastBitAsThroughTheInterface() {
        SampleBases.Base base = SampleBases.generate(7, 300, 80, 3, 3, true);
        assertSameScores(base, MatchingSettings.defaults());
        assertSameScores(base, MatchingSettings.defaults().withWeight("subject", 0).withWeight("deficits", 5)
                .withKnockOutThreshold(0.3));
    }

    @Test
    void rankedPreferencesCountInlineToo() {
        SampleBases.Base base = SampleBases.generate(11, 40, 12, 2, 1, false);
        PersonId mentee = base.mentees().get(0).id();
        MatchingSettings settings = MatchingSettings.defaults().withPreferences(RankedPreferences.none()
                .withMentee(mentee, base.mentors().get(3).id(), base.mentors().get(1).id())
                .withMentor(base.mentors().get(2).id(), mentee, base.mentees().get(5).id()));
        assertSameScores(base, settings);
    }
}
