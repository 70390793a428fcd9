package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StableAssignmentSolverTest {

    private final StableAssignmentSolver solver = new StableAssignmentSolver();

    @Test
    void menteeProposingGivesMenteesTheirBestStablePartners() {
        // two stable matchings exist: {0-0, 1-1} (mentees' favourites) and {0-1, 1-0} (mentors' favourites)
        PreferenceProblem p = PreferenceProblem.of(new int[][] {{0, 1}, {1, 0}}, new int[][] {{1, 0}, {0, 1}},
                new int[] {1, 1});
        assertThat(solver.match(p)).containsExactly(0, 1);
        assertThat(StabilityChecker.blockingPairs(p, new int[] {1, 0})).isEmpty();
        assertThat(Instances.mentorProposing(new int[][] {{0, 1}, {1, 0}}, new int[][] {{1, 0}, {0, 1}},
                new int[] {1, 1})).containsExactly(1, 0);
    }

    @Test
    void mentorWithCapacityKeepsItsBestProposalsAndRejectsTheWorst() {
        // worked by hand: 2 displaces 0 at mentor 0, 0 moves to mentor 1, 3 displaces 1, mentor 1 keeps 0 over 1
        int[][] menteePrefs = {{0, 1}, {0, 1}, {0, 1}, {0, 1}};
        int[][] mentorPrefs = {{3, 2, 1, 0}, {0, 1, 2, 3}};
        PreferenceProblem p = PreferenceProblem.of(menteePrefs, mentorPrefs, new int[] {2, 1});
        int[] matching = solver.match(p);
        assertThat(matching).containsExactly(1, -1, 0, 0);
        assertThat(StabilityChecker.blockingPairs(p, matching)).isEmpty();
    }

    @Test
    void onlyMutuallyAcceptablePairsAreMatched() {
        // mentee 2 lists mentor 0, which does not list it back; mentee 1 is acceptable to mentor 0 but worse than 0
        PreferenceProblem p = PreferenceProblem.of(new int[][] {{0, 1}, {0}, {0}}, new int[][] {{0, 1}, {1, 0}},
                new int[] {1, 1});
        assertThat(solver.match(p)).containsExactly(0, -1, -1);
        assertThat(p.isAcceptable(2, 0)).isFalse();
    }

    @Test
    void checkerFindsTheBlockingPairOfAHandBrokenMatching() {
        int[][] menteePrefs = {{0, 1}, {0, 1}, {0, 1}, {0, 1}};
        int[][] mentorPrefs = {{3, 2, 1, 0}, {0, 1, 2, 3}};
        PreferenceProblem p = PreferenceProblem.of(menteePrefs, mentorPrefs, new int[] {2, 1});
        // mentor 0 keeps 1 instead of its favourite 3, who is left unmatched
        int[] broken = {1, 0, 0, -1};
        assertThat(StabilityChecker.blockingPairs(p, broken)).containsExactly(new BlockingPair(3, 0));
    }

    @Test
    void checkerFindsABlockingPairFromScoresIncludingSpareCapacity() {
        DenseAssignmentProblem p = DenseAssignmentProblem.of(new double[][] {{5, 1}, {4, 2}}, new int[] {1, 1});
        Assignment swapped = Assignment.of(p, new int[] {1, 0});
        assertThat(StabilityChecker.blockingPairs(p, swapped)).containsExactly(new BlockingPair(0, 0));
        Assignment half = Assignment.of(p, new int[] {0, -1});
        assertThat(StabilityChecker.blockingPairs(p, half)).containsExactly(new BlockingPair(1, 1));
        assertThat(StabilityChecker.blockingPairs(p, solver.solve(p))).isEmpty();
    }

    @Test
    void resultsFromScoresAreStableOnRandomInstancesWithTiesAndPins() {
        Random random = new Random(5);
        for (int round = 0; round < 60; round++) {
            int n = 5 + random.nextInt(60);
            int m = 1 + random.nextInt(12);
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(Instances.scores(random, n, m, round % 2 == 0 ? 4 : 0),
                    Instances.forbidden(random, n, m, 0.3), Instances.capacities(random, m, 4));
            AssignmentProblem withPins = dense.withPins(Instances.pins(random, dense, 0.2));
            for (AssignmentProblem p : new AssignmentProblem[] {dense, withPins, Instances.asSparse(dense, random)}) {
                Assignment a = solver.solve(p);
                assertThat(StabilityChecker.blockingPairs(p, a)).as("round %d", round).isEmpty();
            }
            PreferenceProblem prefs = PreferenceProblem.fromScores(dense);
            int[] matching = solver.match(prefs);
            assertThat(StabilityChecker.blockingPairs(prefs, matching)).isEmpty();
            assertThat(matching).as("explicit and score-based paths agree").containsExactly(
                    solver.solve(dense).mentorOf());
        }
    }

    @Test
    void matchesTheSameMenteesAndLoadsAsMentorProposingOnRandomProfiles() {
        Random random = new Random(9);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(40);
            int m = 1 + random.nextInt(10);
            int[][] menteePrefs = Instances.randomLists(random, n, m, 0.6);
            int[][] mentorPrefs = Instances.randomLists(random, m, n, 0.6);
            int[] cap = Instances.capacities(random, m, 4);
            PreferenceProblem p = PreferenceProblem.of(menteePrefs, mentorPrefs, cap);
            int[] menteeSide = solver.match(p);
            int[] mentorSide = Instances.mentorProposing(menteePrefs, mentorPrefs, cap);
            assertThat(StabilityChecker.blockingPairs(p, menteeSide)).isEmpty();
            assertThat(StabilityChecker.blockingPairs(p, mentorSide)).isEmpty();
            for (int i = 0; i < n; i++) {
                assertThat(menteeSide[i] >= 0).as("round %d mentee %d matched", round, i).isEqualTo(mentorSide[i] >= 0);
            }
            assertThat(loads(menteeSide, m)).as("round %d loads", round).containsExactly(loads(mentorSide, m));
        }
    }

    @Test
    void derivesPreferencesFromScoresWithIndexTieBreaks() {
        DenseAssignmentProblem p = DenseAssignmentProblem.of(new double[][] {{3, 5, 5}, {5, 1, 2}},
                new boolean[][] {{false, false, false}, {false, false, true}}, new int[] {1, 1, 1});
        PreferenceProblem prefs = PreferenceProblem.fromScores(p);
        assertThat(prefs.menteePreferences(0)).containsExactly(1, 2, 0);
        assertThat(prefs.menteePreferences(1)).containsExactly(0, 1);
        assertThat(prefs.mentorPreferences(0)).containsExactly(1, 0);
        assertThat(prefs.mentorPreferences(2)).containsExactly(0);
    }

    private static int[] loads(int[] mentorOf, int m) {
        int[] load = new int[m];
        Arrays.stream(mentorOf).filter(j -> j >= 0).forEach(j -> load[j]++);
        return load;
    }
}
