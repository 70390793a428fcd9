package org.tandem.matching.solver;

import java.util.Objects;
import org.tandem.matching.solver.internal.PairOrder;

/**
 * Fast baseline: takes allowed pairs from the highest score down and keeps a pair when its mentee is still
 * unmatched and its mentor still has capacity. Pinned pairs are placed first.
 *
 * <p><b>Ties.</b> Pairs with equal scores are taken in increasing mentee index, then increasing mentor index, so
 * the result is deterministic.
 *
 * <p><b>Quality.</b> The result is maximal (no allowed pair could be added) but in general neither of maximum size
 * nor of maximum score; it is a 1/2-approximation of the best total score when all scores are non-negative.
 *
 * <p><b>Complexity.</b> {@code O(E)} time and memory besides a stable radix sort of the {@code E} allowed pairs
 * by score ({@code O(E)} with a constant of six passes).
 *
 * <p>Stateless and thread-safe.
 */
public final class GreedyAssignmentSolver implements AssignmentSolver {

    /** Creates the solver. */
    public GreedyAssignmentSolver() {
    }

    /**
     * Returns the greedy assignment described in the class documentation.
     *
     * @throws NullPointerException if {@code problem} is null
     */
    @Override
    public Assignment solve(AssignmentProblem problem) {
        Objects.requireNonNull(problem, "problem");
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        int[] mentorOf = problem.pins();
        int[] room = problem.capacities();
        for (int i = 0; i < n; i++) {
            if (mentorOf[i] >= 0) {
                room[mentorOf[i]]--;
            }
        }
        // pairs in (mentee, mentor) order, so that a stable sort by score breaks ties by mentee then mentor
        int pairCount = (int) problem.allowedPairCount();
        int[] pairMentee = new int[pairCount];
        int[] pairMentor = new int[pairCount];
        double[] pairScore = new double[pairCount];
        int k = 0;
        if (problem instanceof DenseAssignmentProblem dense) {
            double[] scores = dense.scoresView();
            boolean[] forbidden = dense.forbiddenView();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    if (forbidden == null || !forbidden[i * m + j]) {
                        pairMentee[k] = i;
                        pairMentor[k] = j;
                        pairScore[k++] = scores[i * m + j];
                    }
                }
            }
        } else {
            SparseAssignmentProblem sparse = (SparseAssignmentProblem) problem;
            int[] rowStart = sparse.rowStartView();
            int[] col = sparse.mentorsView();
            double[] scores = sparse.scoresView();
            for (int i = 0; i < n; i++) {
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    pairMentee[k] = i;
                    pairMentor[k] = col[e];
                    pairScore[k++] = scores[e];
                }
            }
        }
        int[] order = PairOrder.byScoreDescending(pairScore);
        for (int p : order) {
            int i = pairMentee[p];
            int j = pairMentor[p];
            if (mentorOf[i] < 0 && room[j] > 0) {
                mentorOf[i] = j;
                room[j]--;
            }
        }
        return Assignment.checked(problem, mentorOf);
    }
}
