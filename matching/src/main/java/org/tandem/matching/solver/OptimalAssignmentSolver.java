package org.tandem.matching.solver;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.matching.solver.internal.ScoreScale;
import org.tandem.matching.solver.internal.ShortestAugmentingPath;

/**
 * Exact capacitated assignment: matches as many mentees as possible and, among all assignments that do, returns
 * one with the largest total score. Pinned pairs are kept and consume capacity.
 *
 * <p><b>Method.</b> Min-cost flow by successive shortest augmenting paths with Johnson/Hungarian dual potentials
 * (Dijkstra on non-negative reduced costs), Jonker–Volgenant style: a greedy start in which each mentee takes its
 * best mentor while capacity lasts, then one shortest-path search per remaining mentee. A mentor of capacity
 * {@code k} is a single node with {@code k} lazily filled slots, never {@code k} copied columns. Cardinality comes
 * first through a lexicographic cost {@code -(BIG + score)}, with {@code BIG} larger than any possible score
 * difference, against a zero-cost "unmatched" exit. Dense problems use array-scan Dijkstra, sparse ones (or dense
 * ones given as sparse) a binary heap; a sparse problem with at least a quarter of all pairs allowed is solved in
 * the dense layout.
 *
 * <p><b>Precision.</b> Scores are converted to 64-bit integers on a power-of-two grid with at least
 * {@code 53 - ceil(log2(n + m + 3))} significant bits relative to the largest |score| (about 38 bits, i.e. 11
 * decimal digits, for 20,000 nodes). Scores that lie on that grid, such as integers, are exact; otherwise the result
 * is exactly optimal for the rounded scores and within {@code menteeCount * maxAbsScore * 2^-bits} of the true
 * optimum. {@link Assignment#totalScore()} always sums the original scores.
 *
 * <p><b>Ties.</b> Deterministic: mentees are first offered their best mentor in increasing mentee index (on equal
 * scores the smaller mentor index); the remaining mentees are then augmented in increasing index order, and each
 * search settles mentors by distance, then mentors with spare capacity first, then the smaller mentor index. The
 * same pairs give the same assignment whether stated densely or sparsely.
 *
 * <p><b>Complexity.</b> {@code O(E)} for the start; each later mentee costs one Dijkstra search that stops at the
 * first mentor with spare capacity: {@code O(s * m)} dense or {@code O((E_s) log m)} sparse for the {@code s} rows
 * and {@code E_s} edges it reaches. Worst case {@code O(n * m * n)} dense, {@code O(n * E log m)} sparse; in
 * practice a few hundred milliseconds for 5,000 x 1,000. Memory {@code O(E)} for the integer costs.
 *
 * <p>Stateless and thread-safe.
 */
public final class OptimalAssignmentSolver implements AssignmentSolver {

    private static final Logger LOG = LoggerFactory.getLogger(OptimalAssignmentSolver.class);

    /** Creates the solver. */
    public OptimalAssignmentSolver() {
    }

    /**
     * Returns an assignment that matches the most mentees and, among those, has the largest total score.
     *
     * @throws NullPointerException if {@code problem} is null
     */
    @Override
    public Assignment solve(AssignmentProblem problem) {
        Objects.requireNonNull(problem, "problem");
        long start = System.nanoTime();
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        int[] pins = problem.pins();
        int[] cap = problem.capacities();
        boolean[] skip = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (pins[i] >= 0) {
                skip[i] = true;
                cap[pins[i]]--;
            }
        }
        int[] mentorOf;
        if (problem instanceof DenseAssignmentProblem dense) {
            mentorOf = solveDense(dense, cap, skip);
        } else {
            SparseAssignmentProblem sparse = (SparseAssignmentProblem) problem;
            boolean denseEnough = (long) n * m <= Integer.MAX_VALUE - 8
                    && sparse.allowedPairCount() * 4 >= (long) n * m && n > 0 && m > 0;
            mentorOf = denseEnough ? solveSparseAsDense(sparse, cap, skip) : solveSparse(sparse, cap, skip);
        }
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                mentorOf[i] = pins[i];
            }
        }
        Assignment result = Assignment.checked(problem, mentorOf);
        if (LOG.isDebugEnabled()) {
            LOG.debug("optimal assignment of {}: {} matched, total {} in {} ms", problem, result.matchedCount(),
                    result.totalScore(), (System.nanoTime() - start) / 1_000_000);
        }
        return result;
    }

    private static int[] solveDense(DenseAssignmentProblem p, int[] cap, boolean[] skip) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        double[] scores = p.scoresView();
        boolean[] forbidden = p.forbiddenView();
        double maxAbs = 0;
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                continue;
            }
            int off = i * m;
            for (int j = 0; j < m; j++) {
                // forbidden entries hold 0 and cannot raise the maximum
                maxAbs = Math.max(maxAbs, Math.abs(scores[off + j]));
            }
        }
        ScoreScale scale = ScoreScale.of(maxAbs, (long) n + m);
        long[] cost = new long[n * m];
        for (int i = 0; i < n; i++) {
            int off = i * m;
            for (int j = 0; j < m; j++) {
                boolean absent = skip[i] || cap[j] == 0 || (forbidden != null && forbidden[off + j]);
                cost[off + j] = absent ? ShortestAugmentingPath.FORBIDDEN : scale.cost(scores[off + j]);
            }
        }
        ShortestAugmentingPath.Result r = ShortestAugmentingPath.solveDense(n, m, cost, cap, skip);
        assert ShortestAugmentingPath.certifiesDense(n, m, cost, cap, skip, r) : "optimality certificate failed";
        return r.mentorOf();
    }

    private static int[] solveSparseAsDense(SparseAssignmentProblem p, int[] cap, boolean[] skip) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        int[] rowStart = p.rowStartView();
        int[] col = p.mentorsView();
        double[] scores = p.scoresView();
        ScoreScale scale = ScoreScale.of(maxAbs(rowStart, scores, skip), (long) n + m);
        long[] cost = new long[n * m];
        java.util.Arrays.fill(cost, ShortestAugmentingPath.FORBIDDEN);
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                continue;
            }
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = col[e];
                if (cap[j] > 0) {
                    cost[i * m + j] = scale.cost(scores[e]);
                }
            }
        }
        ShortestAugmentingPath.Result r = ShortestAugmentingPath.solveDense(n, m, cost, cap, skip);
        assert ShortestAugmentingPath.certifiesDense(n, m, cost, cap, skip, r) : "optimality certificate failed";
        return r.mentorOf();
    }

    private static int[] solveSparse(SparseAssignmentProblem p, int[] cap, boolean[] skip) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        int[] rowStart = p.rowStartView();
        int[] col = p.mentorsView();
        double[] scores = p.scoresView();
        ScoreScale scale = ScoreScale.of(maxAbs(rowStart, scores, skip), (long) n + m);
        long[] cost = new long[col.length];
        for (int e = 0; e < col.length; e++) {
            cost[e] = scale.cost(scores[e]);
        }
        ShortestAugmentingPath.Result r = ShortestAugmentingPath.solveSparse(n, m, rowStart, col, cost, cap, skip);
        assert ShortestAugmentingPath.certifiesSparse(n, m, rowStart, col, cost, cap, skip, r)
                : "optimality certificate failed";
        return r.mentorOf();
    }

    private static double maxAbs(int[] rowStart, double[] scores, boolean[] skip) {
        double maxAbs = 0;
        for (int i = 0; i < skip.length; i++) {
            if (!skip[i]) {
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    maxAbs = Math.max(maxAbs, Math.abs(scores[e]));
                }
            }
        }
        return maxAbs;
    }
}
