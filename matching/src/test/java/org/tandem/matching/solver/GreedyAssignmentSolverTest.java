package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GreedyAssignmentSolverTest {

    private final GreedyAssignmentSolver greedy = new GreedyAssignmentSolver();

    @Test
    void takesTheBestPairFirstEvenWhenThatLosesAMatch() {
        double[][] scores = {{100, 1}, {2, 0}};
        boolean[][] forbidden = {{false, false}, {false, true}};
        Assignment a = greedy.solve(DenseAssignmentProblem.of(scores, forbidden, new int[] {1, 1}));
        assertThat(a.mentorOf()).containsExactly(0, -1);
    }

    @Test
    void breaksEqualScoresByMenteeThenMentorIndex() {
        Assignment a = greedy.solve(DenseAssignmentProblem.of(new double[][] {{1, 1}, {1, 1}}, new int[] {1, 1}));
        assertThat(a.mentorOf()).containsExactly(0, 1);
    }

    @Test
    void equalsTheTextbookSortedGreedyAndIsFeasibleAndDeterministic() {
        Random random = new Random(3);
        for (int round = 0; round < 150; round++) {
            int n = 1 + random.nextInt(50);
            int m = 1 + random.nextInt(10);
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(Instances.scores(random, n, m, round % 2 == 0 ? 3 : 0),
                    Instances.forbidden(random, n, m, 0.3), Instances.capacities(random, m, 3));
            AssignmentProblem p = round % 3 == 0 ? dense.withPins(Instances.pins(random, dense, 0.2)) : dense;
            Assignment a = greedy.solve(p);
            Assignment.of(p, a.mentorOf());
            assertThat(a.mentorOf()).as("round %d", round).containsExactly(Instances.sortedGreedy(p));
            assertThat(greedy.solve(p)).isEqualTo(a);
            assertThat(greedy.solve(Instances.asSparse((DenseAssignmentProblem) p, random))).isEqualTo(a);
        }
    }

    @Test
    void neverBeatsTheOptimalSolverOnCountThenScore() {
        Random random = new Random(4);
        OptimalAssignmentSolver optimal = new OptimalAssignmentSolver();
        int strictlyWorse = 0;
        for (int round = 0; round < 150; round++) {
            int n = 1 + random.nextInt(40);
            int m = 1 + random.nextInt(8);
            DenseAssignmentProblem p = DenseAssignmentProblem.of(Instances.scores(random, n, m, 0),
                    Instances.forbidden(random, n, m, 0.4), Instances.capacities(random, m, 3));
            Assignment g = greedy.solve(p);
            Assignment o = optimal.solve(p);
            assertThat(g.matchedCount()).isLessThanOrEqualTo(o.matchedCount());
            if (g.matchedCount() == o.matchedCount()) {
                assertThat(g.totalScore()).isLessThanOrEqualTo(o.totalScore() + 1e-9);
            }
            if (g.matchedCount() < o.matchedCount() || g.totalScore() < o.totalScore() - 1e-9) {
                strictlyWorse++;
            }
        }
        // the comparison is meaningful only if greedy actually loses sometimes
        assertThat(strictlyWorse).isPositive();
    }
}
