package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandem.matching.solver.OptimalAssignmentSolver.Route;
import org.tandem.matching.solver.OptimalAssignmentSolver.Traced;

/**
 * The optimal solver's warm start: solve each mentee's best pairs, accept only what the duals certify for the
 * full problem, widen by the pairs the duals find wanting, and solve the full problem when that does not settle
 * it. A small candidate limit forces every outcome on instances small enough for brute force.
 */
class RestrictedWarmStartTest {

    @Test
    void aCertifiedRestrictedAnswerIsOptimalForTheFullProblem() {
        // every mentee's best mentor differs, so the best pair per mentee already is the optimum
        double[][] scores = {{9, 1, 1}, {1, 9, 1}, {1, 1, 9}};
        Traced t = new OptimalAssignmentSolver(1).solveTraced(DenseAssignmentProblem.of(scores, new int[] {1, 1, 1}));
        assertThat(t.route()).isEqualTo(Route.RESTRICTED_CERTIFIED);
        assertThat(t.restrictedRounds()).isEqualTo(1);
        assertThat(t.assignment().mentorOf()).containsExactly(0, 1, 2);
        assertThat(t.assignment().totalScore()).isEqualTo(27.0);
    }

    @Test
    void anUncertifiedRestrictedAnswerIsWidenedBeforeItIsAccepted() {
        // both mentees' best pair is mentor 0; kept to one pair each, mentee 1 would stay unmatched
        double[][] scores = {{10, 9, 0, 0, 0, 0}, {10, 1, 0, 0, 0, 0}};
        Traced t = new OptimalAssignmentSolver(1).solveTraced(
                DenseAssignmentProblem.of(scores, new int[] {1, 1, 0, 0, 0, 0}));
        assertThat(t.route()).isEqualTo(Route.RESTRICTED_CERTIFIED);
        assertThat(t.restrictedRounds()).isEqualTo(2);
        assertThat(t.assignment().mentorOf()).containsExactly(1, 0);
        assertThat(t.assignment().totalScore()).isEqualTo(19.0);
    }

    @Test
    void whenWideningWouldNotPayTheFullProblemIsSolved() {
        double[][] scores = {{10, 9}, {10, 1}};
        Traced t = new OptimalAssignmentSolver(1).solveTraced(DenseAssignmentProblem.of(scores, new int[] {1, 1}));
        assertThat(t.route()).isEqualTo(Route.RESTRICTED_THEN_FULL);
        assertThat(t.assignment().mentorOf()).containsExactly(1, 0);
    }

    @Test
    void smallProblemsAndALimitOfZeroTakeTheFullRoute() {
        double[][] scores = {{10, 9}, {10, 1}};
        assertThat(new OptimalAssignmentSolver().solveTraced(DenseAssignmentProblem.of(scores, new int[] {1, 1}))
                .route()).isEqualTo(Route.FULL);
        assertThat(new OptimalAssignmentSolver(0).solveTraced(DenseAssignmentProblem.of(scores, new int[] {1, 1}))
                .route()).isEqualTo(Route.FULL);
        assertThatThrownBy(() -> new OptimalAssignmentSolver(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRouteEqualsBruteForceOnHundredsOfSmallRandomInstances() {
        Random random = new Random(2024);
        Map<Route, Integer> routes = new EnumMap<>(Route.class);
        int widened = 0;
        for (int round = 0; round < 800; round++) {
            int n = 2 + random.nextInt(5);
            int m = 2 + random.nextInt(5);
            int levels = round % 3 == 0 ? 3 : round % 3 == 1 ? 0 : 2;
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(Instances.scores(random, n, m, levels),
                    Instances.forbidden(random, n, m, random.nextDouble() * 0.3), Instances.capacities(random, m, 2));
            if (round % 5 == 0) {
                dense = dense.withPins(Instances.pins(random, dense, 0.3));
            }
            double[] best = Instances.bruteForce(dense);
            OptimalAssignmentSolver solver = new OptimalAssignmentSolver(1 + round % 2);
            for (AssignmentProblem p : new AssignmentProblem[] {dense, Instances.asSparse(dense, random)}) {
                Traced t = solver.solveTraced(p);
                Assignment.of(p, t.assignment().mentorOf());
                assertThat(t.assignment().matchedCount()).as("round %d count", round).isEqualTo((int) best[0]);
                assertThat(t.assignment().totalScore()).as("round %d score", round).isCloseTo(best[1], within(1e-9));
                routes.merge(t.route(), 1, Integer::sum);
                if (t.route() == Route.RESTRICTED_CERTIFIED && t.restrictedRounds() > 1) {
                    widened++;
                }
            }
        }
        assertThat(routes).containsKeys(Route.RESTRICTED_CERTIFIED, Route.RESTRICTED_THEN_FULL);
        assertThat(widened).isPositive();
    }

    @Test
    void restrictedRoutesEqualAnIndependentMinCostFlowOnLargerInstances() {
        Random random = new Random(99);
        Map<Route, Integer> routes = new EnumMap<>(Route.class);
        for (int round = 0; round < 6; round++) {
            int n = 300;
            int m = 60;
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(
                    Instances.scores(random, n, m, round % 2 == 0 ? 1000 : 4),
                    Instances.forbidden(random, n, m, round < 3 ? 0.1 : 0.6), Instances.capacities(random, m, 6));
            if (round % 3 == 2) {
                dense = dense.withPins(Instances.pins(random, dense, 0.1));
            }
            long[] reference = Instances.referenceMinCostFlow(dense);
            OptimalAssignmentSolver solver = new OptimalAssignmentSolver(2 + round);
            for (AssignmentProblem p : new AssignmentProblem[] {dense, Instances.asSparse(dense, random)}) {
                Traced t = solver.solveTraced(p);
                assertThat(t.assignment().matchedCount()).as("round %d count", round).isEqualTo(reference[0]);
                assertThat(t.assignment().totalScore()).as("round %d score", round).isEqualTo((double) reference[1]);
                routes.merge(t.route(), 1, Integer::sum);
            }
        }
        assertThat(routes).containsKey(Route.RESTRICTED_CERTIFIED).doesNotContainKey(Route.FULL);
    }

    @Test
    void restrictedRoutesGiveTheSameAssignmentForDenseAndSparseFormsDespiteTies() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            int n = 60 + random.nextInt(40);
            int m = 20 + random.nextInt(20);
            double[][] scores = Instances.scores(random, n, m, 3);
            boolean[][] forbidden = Instances.forbidden(random, n, m, round % 2 == 0 ? 0.1 : 0.7);
            int[] cap = Instances.capacities(random, m, 4);
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(scores, forbidden, cap);
            OptimalAssignmentSolver solver = new OptimalAssignmentSolver(1 + round % 2);
            Traced first = solver.solveTraced(dense);
            assertThat(first.route()).isNotEqualTo(Route.FULL);
            assertThat(solver.solve(DenseAssignmentProblem.of(scores, forbidden, cap))).isEqualTo(first.assignment());
            assertThat(solver.solve(Instances.asSparse(dense, random))).isEqualTo(first.assignment());
        }
    }
}
