package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tandem.matching.Hand.id;
import static org.tandem.matching.Hand.mentee;
import static org.tandem.matching.Hand.mentor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.solver.DenseAssignmentProblem;
import org.tandem.matching.spi.Criterion;
import org.tandem.matching.strategy.OptimalStrategy;

class SettingsAndScoringTest {

    private static final OptimalStrategy OPTIMAL = new OptimalStrategy();

    /** Mentor "deficits" covers the mentee's deficit but teaches physics; mentor "subject" teaches her subject. */
    private static MatchingProblem.Builder deficitsOrSubject() {
        return Hand.problem()
                .mentor(mentor("deficits").competencies("lesson-planning").subjects("физика").capacity(1).person(), 0)
                .mentor(mentor("subject").competencies("parents").subjects("математика").capacity(1).person(), 0)
                .mentee(mentee("e").deficits("lesson-planning").person());
    }

    private static MatchingSettings only(String criterion) {
        MatchingSettings settings = MatchingSettings.defaults();
        for (String id : List.of("deficits", "subject", "experience", "format", "schedule", "preferences")) {
            settings = settings.withWeight(id, id.equals(criterion) ? 1 : 0);
        }
        return settings;
    }

    @Test
    void weightsTheOrganizationSetsChangeTheChoice() {
        Proposal byDeficits = OPTIMAL.propose(deficitsOrSubject().settings(only("deficits")).build());
        assertThat(byDeficits.pairOf(id("e")).orElseThrow().mentor()).isEqualTo(id("deficits"));

        Proposal bySubject = OPTIMAL.propose(deficitsOrSubject().settings(only("subject")).build());
        assertThat(bySubject.pairOf(id("e")).orElseThrow().mentor()).isEqualTo(id("subject"));
        assertThat(bySubject.pairs().get(0).explanation().en()).isEqualTo("score 1.00: same subject: математика");
    }

    @Test
    void contributionsAddUpToTheScoreAndSayWhy() {
        ProposedPair pair = OPTIMAL.propose(deficitsOrSubject().settings(MatchingSettings.defaults()
                .withWeight("deficits", 3).withWeight("subject", 1).withWeight("experience", 0)
                .withWeight("format", 0).withWeight("schedule", 0).withWeight("preferences", 0)).build()).pairs().get(0);
        assertThat(pair.mentor()).isEqualTo(id("deficits"));
        assertThat(pair.score()).isCloseTo(0.75, within(1e-12));
        assertThat(pair.contributions()).extracting(Contribution::criterionId).containsExactly("deficits", "subject");
        assertThat(pair.contributions().get(0).weight()).isCloseTo(0.75, within(1e-12));
        assertThat(pair.contributions().get(0).points()).isCloseTo(0.75, within(1e-12));
        assertThat(pair.contributions().get(1).points()).isZero();
        assertThat(pair.explanation().en())
                .isEqualTo("score 0.75: covers 1 of 1 deficit: планирование и конструирование урока; no shared subject");
        assertThat(pair.explanation().ru())
                .isEqualTo("совместимость 0.75: закрывает 1 из 1 дефицита: планирование и конструирование урока; нет общего предмета");
    }

    @Test
    void theKnockOutThresholdDropsWeakPairs() {
        MatchingProblem problem = deficitsOrSubject().settings(only("deficits").withKnockOutThreshold(0.5)).build();
        assertThat(problem.isAllowed(0, 1)).isFalse();
        assertThat(problem.score(0, 1)).isZero();
        assertThat(OPTIMAL.propose(problem).pairOf(id("e")).orElseThrow().mentor()).isEqualTo(id("deficits"));

        Proposal none = OPTIMAL.propose(deficitsOrSubject().settings(only("deficits").withKnockOutThreshold(0.5)
                .excluding(id("deficits"), id("e"))).build());
        assertThat(none.unmatched()).singleElement().extracting(UnmatchedMentee::reason)
                .isEqualTo(UnmatchedReason.ALL_BELOW_THRESHOLD);
        assertThat(none.unmatched().get(0).explanation().en())
                .isEqualTo("all allowed pairs are below the threshold: deficits — the curator excluded this pair; "
                        + "subject — score 0.00 is below the threshold 0.50");
    }

    @Test
    void aPairRuledOutByTheThresholdOrAnExclusionKeepsItsScoreAndABlockedOneHasNone() {
        MatchingProblem problem = deficitsOrSubject().mentor(mentor("far").in(Hand.OTHER_SCHOOL)
                        .competencies("lesson-planning").person(), 0)
                .settings(only("deficits").withKnockOutThreshold(0.5).excluding(id("deficits"), id("e"))).build();
        // excluded by the curator, scored 1; below the threshold, scored 0; another school, no agreement: blocked
        assertThat(problem.isAllowed(0, 0)).isFalse();
        assertThat(problem.score(0, 0)).isEqualTo(1);
        assertThat(problem.isAllowed(0, 1)).isFalse();
        assertThat(problem.score(0, 1)).isZero();
        assertThat(problem.isAllowed(0, 2)).isFalse();
        assertThat(problem.score(0, 2)).isNaN();

        // the same in a problem whose matrix the dense solver problem took over (forbidden entries zeroed there)
        MatchingProblem dense = deficitsOrSubject().settings(only("deficits").excluding(id("deficits"), id("e")))
                .build();
        assertThat(dense.assignmentProblem()).isInstanceOf(DenseAssignmentProblem.class);
        assertThat(dense.isAllowed(0, 0)).isFalse();
        assertThat(dense.score(0, 0)).isEqualTo(1);
        assertThat(dense.isAllowed(0, 1)).isTrue();
        assertThat(dense.score(0, 1)).isZero();

        MatchingProblem pinned = deficitsOrSubject().mentor(mentor("far").in(Hand.OTHER_SCHOOL)
                .competencies("lesson-planning").person(), 0).settings(only("deficits").pinning(id("far"), id("e")))
                .build();
        // a pinned pair is allowed whatever the rules say, with the score its questionnaires give
        assertThat(pinned.isAllowed(0, 2)).isTrue();
        assertThat(pinned.score(0, 2)).isEqualTo(1);
        assertThat(pinned.assignmentProblem().score(0, 2)).isEqualTo(1);
    }

    @Test
    void pinnedPairsStayAndUseCapacity() {
        MatchingProblem problem = deficitsOrSubject().mentee(mentee("f").deficits("lesson-planning").person())
                .settings(only("deficits").pinning(id("subject"), id("e"))).build();
        Proposal proposal = OPTIMAL.propose(problem);
        ProposedPair pinned = proposal.pairOf(id("e")).orElseThrow();
        assertThat(pinned.mentor()).isEqualTo(id("subject"));
        assertThat(pinned.pinned()).isTrue();
        assertThat(pinned.explanation().en()).startsWith("pinned pair; score 0.00");
        assertThat(proposal.pairOf(id("f")).orElseThrow().mentor()).isEqualTo(id("deficits"));
        assertThat(proposal.newPairs()).extracting(ProposedPair::mentee).containsExactly(id("f"));
    }

    @Test
    void aPinnedPairStaysEvenWhenARuleWouldBlockIt() {
        Proposal proposal = OPTIMAL.propose(Hand.problem().mentor(mentor("m").in(Hand.OTHER_SCHOOL).person(), 0)
                .mentee(mentee("e").person()).settings(MatchingSettings.defaults().pinning(id("m"), id("e"))).build());
        assertThat(proposal.pairs()).singleElement().extracting(ProposedPair::pinned).isEqualTo(true);
    }

    @Test
    void excludedPairsAreRespected() {
        Proposal proposal = OPTIMAL.propose(deficitsOrSubject().settings(only("deficits")
                .excluding(id("deficits"), id("e"))).build());
        assertThat(proposal.pairOf(id("e")).orElseThrow().mentor()).isEqualTo(id("subject"));
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void aNegativeCapacityIsRefused() {
        assertThatThrownBy(() -> Hand.problem().mentor(mentor("m").person(), java.util.Set.of(Hand.SCHOOL), -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity of mentor m is -1");
        assertThatThrownBy(() -> Hand.problem().mentor(mentor("m").person(), -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("load of mentor m is -2");
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> Hand.problem().mentor(mentor("m").person(), 0).mentor(mentor("m").person(), 0)
                .mentee(mentee("e").person()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentor m appears twice");
        assertThatThrownBy(() -> Hand.problem().mentor(mentor("m").person(), 0).mentee(mentee("e").person())
                .mentee(mentee("e").person()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentee e appears twice");
    }

    @Test
    void anEmptyBaseIsRefused() {
        assertThatThrownBy(() -> Hand.problem().mentee(mentee("e").person()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentor base is empty");
        assertThatThrownBy(() -> Hand.problem().mentor(mentor("m").person(), 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentee base is empty");
    }

    @Test
    void negativeOrNaNWeightsAreRefused() {
        assertThatThrownBy(() -> Weights.defaults().with("deficits", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight of criterion 'deficits' is -1.0");
        assertThatThrownBy(() -> Weights.of(Map.of("subject", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'subject' is NaN");
        assertThatThrownBy(() -> Weights.defaults().with("subject", Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownCriterionIdInTheWeightsIsRefused() {
        assertThatThrownBy(() -> deficitsOrSubject().settings(MatchingSettings.defaults().withWeight("charisma", 2))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown criterion id 'charisma'").hasMessageContaining("deficits");
    }

    @Test
    void settingsThatNameStrangersOrContradictThemselvesAreRefused() {
        assertThatThrownBy(() -> deficitsOrSubject().settings(MatchingSettings.defaults().pinning(id("x"), id("e")))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x, who is not in the mentor base");
        assertThatThrownBy(() -> MatchingSettings.defaults().pinning(id("m"), id("e")).excluding(id("m"), id("e")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both pinned and excluded");
        assertThatThrownBy(() -> MatchingSettings.defaults().withKnockOutThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> MatchingSettings.defaults().withKnockOutThreshold(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankedPreferences.none().withMentee(id("e"), id("m"), id("m")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names m twice");
    }

    @Test
    void aCriterionOutsideZeroToOneIsAnError() {
        Criterion broken = new Criterion() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public LocalizedText name() {
                return LocalizedText.of("сломанный", "broken");
            }

            @Override
            public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
                throw new UnsupportedOperationException();
            }

            @Override
            public double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
                return 1.5;
            }
        };
        assertThatThrownBy(() -> deficitsOrSubject().criteria(List.of(broken)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("criterion 'broken' gave 1.5");
    }
}
