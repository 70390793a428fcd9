package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The path from scores to a verified stable matching that builds no preference list
 * ({@link StableAssignmentSolver#solve(AssignmentProblem)} and
 * {@link StabilityChecker#blockingPairs(AssignmentProblem, Assignment)}) against the path through fully sorted
 * lists ({@link PreferenceProblem#fromScores}, {@link StableAssignmentSolver#match} and the list checker).
 */
class StableFromScoresTest {

    private final StableAssignmentSolver solver = new StableAssignmentSolver();

    @Test
    void solvingFromScoresEqualsDeferredAcceptanceOnTheDerivedListsPairForPair() {
        Random random = new Random(2024);
        int[] levelChoices = {0, 1, 2, 3, 7, 1000};
        double[] forbiddenChoices = {0, 0.2, 0.7};
        int[] maxCapChoices = {0, 1, 3, 10};
        int scarce = 0;
        int ample = 0;
        int zeroCapacities = 0;
        for (int round = 0; round < 400; round++) {
            int n = 1 + random.nextInt(120);
            // up to 150 mentors, so that proposals run through several batches (8, 16, 32, ...)
            int m = 1 + random.nextInt(round % 3 == 0 ? 150 : 25);
            int levels = levelChoices[round % levelChoices.length];
            double[][] scores = Instances.scores(random, n, m, levels);
            mixSignedZeros(random, scores);
            int[] cap = Instances.capacities(random, m, maxCapChoices[(round / 6) % maxCapChoices.length]);
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(scores,
                    Instances.forbidden(random, n, m, forbiddenChoices[round % forbiddenChoices.length]), cap);
            int total = Arrays.stream(cap).sum();
            scarce += total < n ? 1 : 0;
            ample += total > n ? 1 : 0;
            zeroCapacities += Arrays.stream(cap).anyMatch(c -> c == 0) ? 1 : 0;
            for (AssignmentProblem p : new AssignmentProblem[] {dense, Instances.asSparse(dense, random)}) {
                assertSamePathsAgree(p, "round " + round + " " + p.getClass().getSimpleName());
            }
        }
        assertThat(scarce).as("rounds with fewer places than mentees").isGreaterThan(50);
        assertThat(ample).as("rounds with more places than mentees").isGreaterThan(50);
        assertThat(zeroCapacities).as("rounds with a mentor of capacity 0").isGreaterThan(50);
    }

    @Test
    void menteesWhoProposeFarDownTheirListsStillGetTheSameMentors() {
        Random random = new Random(77);
        for (int round = 0; round < 6; round++) {
            int n = 400;
            int m = 300;
            // every mentee roughly agrees on the mentors' order and there is one place per mentor, so most mentees
            // are rejected many times and need batch after batch
            double[] quality = new double[m];
            for (int j = 0; j < m; j++) {
                quality[j] = random.nextInt(round % 2 == 0 ? 40 : 1_000_000);
            }
            double[][] scores = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    scores[i][j] = quality[j] + random.nextInt(round % 2 == 0 ? 3 : 50_000);
                }
            }
            int[] cap = new int[m];
            Arrays.fill(cap, 1);
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(scores,
                    Instances.forbidden(random, n, m, round < 3 ? 0 : 0.3), cap);
            PreferenceProblem prefs = PreferenceProblem.fromScores(dense);
            int[] matching = solver.match(prefs);
            int deepest = 0;
            for (int i = 0; i < n; i++) {
                if (matching[i] >= 0) {
                    deepest = Math.max(deepest, prefs.positionOf(i, matching[i]));
                }
            }
            assertThat(deepest).as("round %d: some mentee matched beyond its first four batches", round)
                    .isGreaterThan(8 + 16 + 32 + 64);
            for (AssignmentProblem p : new AssignmentProblem[] {dense, Instances.asSparse(dense, random)}) {
                assertSamePathsAgree(p, "round " + round + " " + p.getClass().getSimpleName());
            }
        }
    }

    @Test
    void solvingFromScoresEqualsTheListPathOnABenchmarkShapedInstance() {
        // the stable benchmark's shape scaled down: continuous scores, every pair allowed, capacity 5
        Random random = new Random(11);
        int n = 2000;
        int m = 400;
        double[][] scores = new double[n][m];
        for (double[] row : scores) {
            for (int j = 0; j < m; j++) {
                row[j] = random.nextDouble();
            }
        }
        int[] cap = new int[m];
        Arrays.fill(cap, 5);
        assertSamePathsAgree(DenseAssignmentProblem.of(scores, cap), "benchmark shape");
    }

    @Test
    void scoreCheckerFindsTheSameBlockingPairsAsTheListCheckerOnArbitraryMatchings() {
        Random random = new Random(404);
        int unstable = 0;
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(40);
            int m = 1 + random.nextInt(15);
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(Instances.scores(random, n, m, round % 3 == 0 ? 3 : 0),
                    Instances.forbidden(random, n, m, 0.3), Instances.capacities(random, m, 3));
            for (AssignmentProblem p : new AssignmentProblem[] {dense, Instances.asSparse(dense, random)}) {
                int[] mentorOf = randomFeasibleMatching(random, p);
                List<BlockingPair> fromScores = StabilityChecker.blockingPairs(p, Assignment.of(p, mentorOf));
                List<BlockingPair> fromLists = StabilityChecker.blockingPairs(PreferenceProblem.fromScores(p), mentorOf);
                assertThat(fromScores).as("round %d", round).containsExactlyInAnyOrderElementsOf(fromLists);
                assertThat(fromScores).as("round %d: ordered by mentee, then mentor", round)
                        .isSortedAccordingTo(Comparator.comparingInt(BlockingPair::mentee)
                                .thenComparingInt(BlockingPair::mentor));
                unstable += fromScores.isEmpty() ? 0 : 1;
            }
        }
        assertThat(unstable).as("random matchings that are unstable").isGreaterThan(300);
    }

    @Test
    void scoreCheckerFollowsTheDefinitionPairByPairWhenMenteesArePinned() {
        Random random = new Random(505);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(30);
            int m = 1 + random.nextInt(10);
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(Instances.scores(random, n, m, round % 2 == 0 ? 3 : 0),
                    Instances.forbidden(random, n, m, 0.3), Instances.capacities(random, m, 3));
            DenseAssignmentProblem pinned = dense.withPins(Instances.pins(random, dense, 0.3));
            for (AssignmentProblem p : new AssignmentProblem[] {pinned, Instances.asSparse(pinned, random)}) {
                int[] mentorOf = randomFeasibleMatching(random, p);
                assertThat(StabilityChecker.blockingPairs(p, Assignment.of(p, mentorOf))).as("round %d", round)
                        .containsExactlyElementsOf(blockingByDefinition(p, mentorOf));
                assertThat(StabilityChecker.blockingPairs(p, solver.solve(p))).as("round %d solved", round).isEmpty();
            }
        }
    }

    @Test
    void scoreCheckerFindsThePairLeftBlockingWhenOneMenteeIsDroppedFromAStableMatching() {
        Random random = new Random(606);
        int dropped = 0;
        for (int round = 0; round < 100; round++) {
            int n = 5 + random.nextInt(60);
            int m = 1 + random.nextInt(20);
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(Instances.scores(random, n, m, round % 2 == 0 ? 4 : 0),
                    Instances.forbidden(random, n, m, 0.3), Instances.capacities(random, m, 4));
            for (AssignmentProblem p : new AssignmentProblem[] {dense, Instances.asSparse(dense, random)}) {
                int[] mentorOf = solver.solve(p).mentorOf();
                int i = random.nextInt(n);
                int j = mentorOf[i];
                if (j < 0) {
                    continue;
                }
                mentorOf[i] = -1;
                // the dropped mentee would take any allowed mentor, and her mentor now has a free place
                assertThat(StabilityChecker.blockingPairs(p, Assignment.of(p, mentorOf))).as("round %d", round)
                        .contains(new BlockingPair(i, j));
                dropped++;
            }
        }
        assertThat(dropped).isGreaterThan(100);
    }

    @Test
    void scoreCheckerRefusesAnAssignmentThatDoesNotFitTheProblem() {
        DenseAssignmentProblem p = DenseAssignmentProblem.of(new double[][] {{1, 2}, {3, 4}},
                new boolean[][] {{false, true}, {false, false}}, new int[] {1, 1});
        DenseAssignmentProblem open = DenseAssignmentProblem.of(new double[][] {{1, 2}, {3, 4}}, new int[] {2, 1});
        assertThatThrownBy(() -> StabilityChecker.blockingPairs(p, Assignment.of(open, new int[] {1, 0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an allowed pair");
        assertThatThrownBy(() -> StabilityChecker.blockingPairs(p, Assignment.of(open, new int[] {0, 0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
        DenseAssignmentProblem wider = DenseAssignmentProblem.of(new double[][] {{1, 2, 3}, {3, 4, 5}},
                new int[] {1, 1, 1});
        assertThatThrownBy(() -> StabilityChecker.blockingPairs(p, Assignment.of(wider, new int[] {0, 1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 mentors");
        DenseAssignmentProblem taller = DenseAssignmentProblem.of(new double[][] {{1, 2}, {3, 4}, {5, 6}},
                new int[] {1, 1});
        assertThatThrownBy(() -> StabilityChecker.blockingPairs(p, Assignment.of(taller, new int[] {0, 1, -1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 entries");
        DenseAssignmentProblem pinned = open.withPins(new int[] {-1, 1});
        assertThatThrownBy(() -> StabilityChecker.blockingPairs(pinned, Assignment.of(open, new int[] {1, 0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pinned");
        assertThatThrownBy(() -> StabilityChecker.blockingPairs(p, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> StabilityChecker.blockingPairs((AssignmentProblem) null, Assignment.of(p,
                new int[] {0, 1}))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> solver.solve(null)).isInstanceOf(NullPointerException.class);
    }

    /** Both paths give the same matching, and each checker finds it stable. */
    private void assertSamePathsAgree(AssignmentProblem p, String what) {
        Assignment fast = solver.solve(p);
        PreferenceProblem prefs = PreferenceProblem.fromScores(p);
        int[] listed = solver.match(prefs);
        assertThat(fast.mentorOf()).as(what).containsExactly(listed);
        assertThat(StabilityChecker.blockingPairs(p, fast)).as(what).isEmpty();
        assertThat(StabilityChecker.blockingPairs(prefs, listed)).as(what).isEmpty();
    }

    private static void mixSignedZeros(Random random, double[][] scores) {
        for (double[] row : scores) {
            for (int j = 0; j < row.length; j++) {
                if (row[j] == 0 && random.nextBoolean()) {
                    row[j] = -0.0;
                }
            }
        }
    }

    /** Pins kept; every other mentee, in random order, takes a random allowed mentor with room or stays unmatched. */
    private static int[] randomFeasibleMatching(Random random, AssignmentProblem p) {
        int n = p.menteeCount();
        int[] mentorOf = p.pins();
        int[] room = p.capacities();
        for (int i = 0; i < n; i++) {
            if (mentorOf[i] >= 0) {
                room[mentorOf[i]]--;
            }
        }
        for (int i = 0; i < n; i++) {
            if (mentorOf[i] >= 0 || random.nextInt(4) == 0) {
                continue;
            }
            int[] candidates = p.candidatesOf(i);
            if (candidates.length > 0) {
                int j = candidates[random.nextInt(candidates.length)];
                if (room[j] > 0) {
                    room[j]--;
                    mentorOf[i] = j;
                }
            }
        }
        return mentorOf;
    }

    /**
     * The definition, read literally: an unpinned mentee and an allowed mentor she prefers to her own (higher score,
     * or equal and smaller index) or any mentor if she has none, where the mentor has a free place or holds some
     * unpinned mentee he likes less than her (lower score, or equal and larger index).
     */
    private static List<BlockingPair> blockingByDefinition(AssignmentProblem p, int[] mentorOf) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        int[] load = new int[m];
        for (int j : mentorOf) {
            if (j >= 0) {
                load[j]++;
            }
        }
        List<BlockingPair> blocking = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (p.pinnedMentorOf(i) >= 0) {
                continue;
            }
            int own = mentorOf[i];
            for (int j = 0; j < m; j++) {
                if (!p.isAllowed(i, j) || j == own) {
                    continue;
                }
                double s = p.score(i, j);
                boolean sheWants = own < 0 || s > p.score(i, own) || (s == p.score(i, own) && j < own);
                boolean heWants = load[j] < p.capacity(j);
                for (int k = 0; k < n && !heWants; k++) {
                    if (mentorOf[k] == j && p.pinnedMentorOf(k) < 0) {
                        double t = p.score(k, j);
                        heWants = t < s || (t == s && k > i);
                    }
                }
                if (sheWants && heWants) {
                    blocking.add(new BlockingPair(i, j));
                }
            }
        }
        return blocking;
    }
}
