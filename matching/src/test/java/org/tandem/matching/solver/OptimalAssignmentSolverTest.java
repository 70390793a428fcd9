package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OptimalAssignmentSolverTest {

    private final OptimalAssignmentSolver solver = new OptimalAssignmentSolver();

    @Test
    void matchesMostMenteesBeforeMaximisingScore() {
        // alone, mentee 0 with mentor 0 scores 100; but only the pairing 0-1, 1-0 matches both mentees
        double[][] scores = {{100, 1}, {2, 0}};
        boolean[][] forbidden = {{false, false}, {false, true}};
        Assignment a = solver.solve(DenseAssignmentProblem.of(scores, forbidden, new int[] {1, 1}));
        assertThat(a.mentorOf()).containsExactly(1, 0);
        assertThat(a.matchedCount()).isEqualTo(2);
        assertThat(a.totalScore()).isEqualTo(3.0);
    }

    @Test
    void matchesEvenWhenEveryScoreIsNegative() {
        Assignment a = solver.solve(DenseAssignmentProblem.of(new double[][] {{-5, -7}, {-9, -1}}, new int[] {1, 1}));
        assertThat(a.mentorOf()).containsExactly(0, 1);
        assertThat(a.totalScore()).isEqualTo(-6.0);
    }

    @Test
    void prefersTheMenteeWhoseLossCostsMoreWhenCapacityIsShort() {
        // row-by-row augmentation alone would keep mentee 0; the best single match is mentee 1
        Assignment a = solver.solve(DenseAssignmentProblem.of(new double[][] {{1}, {10}}, new int[] {1}));
        assertThat(a.mentorOf()).containsExactly(-1, 0);
    }

    @Test
    void fillsMentorCapacityAndRespectsIt() {
        double[][] scores = {{5, 1}, {5, 1}, {5, 1}, {5, 1}};
        Assignment a = solver.solve(DenseAssignmentProblem.of(scores, new int[] {3, 1}));
        assertThat(a.loads()).containsExactly(3, 1);
        assertThat(a.totalScore()).isEqualTo(16.0);
    }

    @Test
    void keepsPinnedPairsAndCountsTheirCapacity() {
        double[][] scores = {{1, 9}, {9, 1}, {8, 7}};
        DenseAssignmentProblem p = DenseAssignmentProblem.of(scores, new int[] {1, 2}).withPins(new int[] {0, -1, -1});
        Assignment a = solver.solve(p);
        assertThat(a.mentorOf(0)).isEqualTo(0);
        assertThat(a.mentorOf()).containsExactly(0, 1, 1);
        assertThat(a.totalScore()).isEqualTo(1 + 1 + 7.0);
    }

    @Test
    void equalScoresGiveEachMenteeTheSmallestFreeMentor() {
        double[][] scores = {{4, 4, 4}, {4, 4, 4}, {4, 4, 4}};
        Assignment a = solver.solve(DenseAssignmentProblem.of(scores, new int[] {1, 1, 1}));
        assertThat(a.mentorOf()).containsExactly(0, 1, 2);
    }

    @Test
    void leavesEveryoneUnmatchedInEmptyOrCapacityFreeProblems() {
        assertThat(solver.solve(DenseAssignmentProblem.of(new double[0][], new int[] {2})).menteeCount()).isZero();
        Assignment noMentors = solver.solve(DenseAssignmentProblem.of(new double[][] {{}, {}}, new int[0]));
        assertThat(noMentors.mentorOf()).containsExactly(-1, -1);
        Assignment noCapacity = solver.solve(DenseAssignmentProblem.of(new double[][] {{1}, {2}}, new int[] {0}));
        assertThat(noCapacity.matchedCount()).isZero();
    }

    @Test
    void equalsBruteForceOnHundredsOfSmallRandomInstances() {
        Random random = new Random(42);
        for (int round = 0; round < 600; round++) {
            int n = 1 + random.nextInt(6);
            int m = 1 + random.nextInt(4);
            int levels = round % 3 == 0 ? 3 : round % 3 == 1 ? 0 : 1;
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(Instances.scores(random, n, m, levels),
                    Instances.forbidden(random, n, m, random.nextDouble() * 0.5), Instances.capacities(random, m, 3));
            if (round % 4 == 0) {
                dense = dense.withPins(Instances.pins(random, dense, 0.3));
            }
            double[] best = Instances.bruteForce(dense);
            for (AssignmentProblem p : new AssignmentProblem[] {dense, Instances.asSparse(dense, random)}) {
                Assignment a = solver.solve(p);
                Assignment.of(p, a.mentorOf());
                assertThat(a.matchedCount()).as("round %d count", round).isEqualTo((int) best[0]);
                assertThat(a.totalScore()).as("round %d score", round).isCloseTo(best[1], within(1e-9));
            }
        }
    }

    @Test
    void equalsIndependentMinCostFlowOnLargerRandomInstances() {
        Random random = new Random(7);
        for (int round = 0; round < 4; round++) {
            int n = 300;
            int m = 60;
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(Instances.scores(random, n, m, round < 2 ? 1000 : 5),
                    Instances.forbidden(random, n, m, round == 3 ? 0.9 : 0.3), Instances.capacities(random, m, 8));
            if (round % 2 == 1) {
                dense = dense.withPins(Instances.pins(random, dense, 0.1));
            }
            long[] reference = Instances.referenceMinCostFlow(dense);
            for (AssignmentProblem p : new AssignmentProblem[] {dense, Instances.asSparse(dense, random)}) {
                Assignment a = solver.solve(p);
                assertThat(a.matchedCount()).as("round %d count", round).isEqualTo(reference[0]);
                assertThat(a.totalScore()).as("round %d score", round).isEqualTo((double) reference[1]);
            }
        }
    }

    @Test
    void givesTheSameAssignmentForTheSameInputAndForDenseAndSparseForms() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            int n = 40 + random.nextInt(40);
            int m = 5 + random.nextInt(20);
            double[][] scores = Instances.scores(random, n, m, 4);
            boolean[][] forbidden = Instances.forbidden(random, n, m, round % 2 == 0 ? 0.2 : 0.85);
            int[] cap = Instances.capacities(random, m, 4);
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(scores, forbidden, cap);
            Assignment first = solver.solve(dense);
            assertThat(solver.solve(DenseAssignmentProblem.of(scores, forbidden, cap))).isEqualTo(first);
            assertThat(solver.solve(Instances.asSparse(dense, random))).isEqualTo(first);
        }
    }

    @Test
    void keepsExactIntegerScoresAcrossLargeMagnitudes() {
        // integers up to 2^30 lie on the internal grid, so the optimum is exact, not merely close
        double big = 1 << 30;
        double[][] scores = {{big, big - 1}, {big - 1, big - 3}};
        Assignment a = solver.solve(DenseAssignmentProblem.of(scores, new int[] {1, 1}));
        assertThat(a.mentorOf()).containsExactly(1, 0);
        assertThat(a.totalScore()).isEqualTo(2 * big - 2);
    }
}
