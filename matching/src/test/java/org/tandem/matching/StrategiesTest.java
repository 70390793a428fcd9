package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.matching.Hand.id;
import static org.tandem.matching.Hand.mentee;
import static org.tandem.matching.Hand.mentor;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.tandem.matching.solver.Assignment;
import org.tandem.matching.solver.PreferenceProblem;
import org.tandem.matching.solver.StabilityChecker;
import org.tandem.matching.strategy.GreedyStrategy;
import org.tandem.matching.strategy.OptimalStrategy;
import org.tandem.matching.strategy.StableStrategy;
import org.tandem.matching.testkit.SampleBases;

class StrategiesTest {

    private static MatchingSettings deficitsOnly() {
        MatchingSettings settings = MatchingSettings.defaults();
        for (String id : new String[] {"subject", "experience", "format", "schedule", "preferences"}) {
            settings = settings.withWeight(id, 0);
        }
        return settings;
    }

    @Test
    void optimalMatchesMoreMenteesThanGreedyWhereTheBestPairBlocksAnother() {
        // e1 fits a best but could take b; e2 can only take a: greedy gives a to e1 and leaves e2 out
        MatchingProblem problem = Hand.problem()
                .mentor(mentor("a").competencies("lesson-planning", "assessment").capacity(1).person(), 0)
                .mentor(mentor("b").competencies("parents").capacity(1).person(), 0)
                .mentee(mentee("e1").deficits("lesson-planning", "assessment").person())
                .mentee(mentee("e2").deficits("lesson-planning", "documentation").person())
                .settings(deficitsOnly().excluding(id("b"), id("e2"))).build();

        Proposal greedy = new GreedyStrategy().propose(problem);
        Proposal optimal = new OptimalStrategy().propose(problem);

        assertThat(greedy.matchedCount()).isEqualTo(1);
        assertThat(greedy.pairOf(id("e1")).orElseThrow().mentor()).isEqualTo(id("a"));
        assertThat(greedy.unmatchedOf(id("e2")).orElseThrow().reason()).isEqualTo(UnmatchedReason.ALL_ALLOWED_MENTORS_FULL);
        assertThat(optimal.matchedCount()).isEqualTo(2);
        assertThat(optimal.pairOf(id("e1")).orElseThrow().mentor()).isEqualTo(id("b"));
        assertThat(optimal.pairOf(id("e2")).orElseThrow().mentor()).isEqualTo(id("a"));
    }

    @Test
    void optimalNeverMatchesFewerOrScoresLessThanGreedyOrStableOnSampleBases() {
        for (long seed = 1; seed <= 3; seed++) {
            MatchingProblem problem = SampleBases.generate(seed, 120, 30, 3, 5, true).builder().build();
            Proposal optimal = new OptimalStrategy().propose(problem);
            for (Proposal other : new Proposal[] {new GreedyStrategy().propose(problem),
                new StableStrategy().propose(problem)}) {
                assertThat(optimal.matchedCount()).isGreaterThanOrEqualTo(other.matchedCount());
                if (optimal.matchedCount() == other.matchedCount()) {
                    assertThat(optimal.totalScore()).isGreaterThanOrEqualTo(other.totalScore() - 1e-9);
                }
            }
        }
    }

    @Test
    void stableFromScoresLeavesNoBlockingPair() {
        MatchingProblem problem = SampleBases.generate(11, 200, 40, 3, 5, true).builder().build();
        Proposal stable = new StableStrategy().propose(problem);
        int[] mentorOf = mentorOf(problem, stable);
        assertThat(StabilityChecker.blockingPairs(problem.assignmentProblem(),
                Assignment.of(problem.assignmentProblem(), mentorOf))).isEmpty();
    }

    @Test
    void stableFollowsQuestionnairePreferencesOverScores() {
        MatchingProblem.Builder builder = Hand.problem()
                .mentor(mentor("strong").competencies("lesson-planning", "assessment").capacity(1).person(), 0)
                .mentor(mentor("chosen").competencies("parents").capacity(1).person(), 0)
                .mentee(mentee("e").person());
        assertThat(new StableStrategy().propose(builder.settings(deficitsOnly()).build()).pairs().get(0).mentor())
                .isEqualTo(id("strong"));

        MatchingProblem withQuestionnaire = builder.settings(deficitsOnly()
                .withPreferences(RankedPreferences.none().withMentee(id("e"), id("chosen")))).build();
        assertThat(new StableStrategy().propose(withQuestionnaire).pairs().get(0).mentor()).isEqualTo(id("chosen"));
    }

    @Test
    void aMentorsQuestionnaireDecidesBetweenMenteesWhoWantHim() {
        MatchingProblem problem = Hand.problem()
                .mentor(mentor("m").capacity(1).person(), 0)
                .mentee(mentee("good-fit").person())
                .mentee(mentee("named").deficits("parents").person())
                .settings(deficitsOnly().withPreferences(RankedPreferences.none().withMentor(id("m"), id("named"))))
                .build();
        Proposal stable = new StableStrategy().propose(problem);
        assertThat(stable.pairs()).singleElement().extracting(ProposedPair::mentee).isEqualTo(id("named"));
        assertThat(new OptimalStrategy().propose(problem).pairs().get(0).mentee()).isEqualTo(id("good-fit"));
    }

    @Test
    void stableWithQuestionnairesOnSampleBasesLeavesNoBlockingPairUnderThoseLists() {
        SampleBases.Base base = SampleBases.generate(5, 150, 30, 3, 5, true);
        RankedPreferences preferences = RankedPreferences.none();
        for (int k = 0; k < 60; k++) {
            preferences = preferences.withMentee(base.mentees().get(k).id(), base.mentors().get((k * 7) % 30).id(),
                    base.mentors().get((k * 11 + 3) % 30).id());
        }
        for (int j = 0; j < 10; j++) {
            preferences = preferences.withMentor(base.mentors().get(j).id(), base.mentees().get(j * 5).id(),
                    base.mentees().get(j * 5 + 1).id());
        }
        MatchingProblem problem = base.builder().settings(MatchingSettings.defaults().withPreferences(preferences)
                .pinning(base.mentors().get(29).id(), base.mentees().get(149).id())).build();
        Proposal stable = new StableStrategy().propose(problem);
        int[] mentorOf = mentorOf(problem, stable);
        mentorOf[149] = -1;
        PreferenceProblem lists = StableStrategy.preferences(problem);
        assertThat(StabilityChecker.blockingPairs(lists, mentorOf)).isEmpty();
        assertThat(stable.pairOf(base.mentees().get(149).id()).orElseThrow().pinned()).isTrue();
    }

    @Test
    void everyStrategyGivesTheSameProposalForTheSameInput() {
        for (var strategy : new org.tandem.matching.spi.MatchingStrategy[] {new OptimalStrategy(), new StableStrategy(),
            new GreedyStrategy()}) {
            Proposal first = strategy.propose(SampleBases.generate(3, 100, 20, 3, 4, true).builder().build());
            Proposal second = strategy.propose(SampleBases.generate(3, 100, 20, 3, 4, true).builder().build());
            assertThat(second).as(strategy.id()).isEqualTo(first);
        }
    }

    private static int[] mentorOf(MatchingProblem problem, Proposal proposal) {
        int[] mentorOf = new int[problem.menteeCount()];
        Arrays.fill(mentorOf, -1);
        for (ProposedPair pair : proposal.pairs()) {
            mentorOf[problem.menteeIndex(pair.mentee())] = problem.mentorIndex(pair.mentor());
        }
        return mentorOf;
    }
}
