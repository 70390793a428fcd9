package org.tandem.matching.solver;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.matching.solver.internal.ScoreScale;
import org.tandem.matching.solver.internal.ShortestAugmentingPath;
import org.tandem.matching.solver.internal.TopCandidates;

/**
 * Exact capacitated assignment: matches as many mentees as possible and, among all assignments that do, returns
 * one with the largest total score. Pinned pairs are kept and consume capacity.
 *
 * <p><b>Method.</b> Min-cost flow by successive shortest augmenting paths with Johnson/Hungarian dual potentials
 * (Dijkstra on non-negative reduced costs), Jonker–Volgenant style: a greedy start in which each mentee takes its
 * best mentor while capacity lasts (on ties one that still has room), then one shortest-path search per remaining
 * mentee. A mentor of capacity {@code k} is a single node with {@code k} lazily filled slots, never {@code k}
 * copied columns. Cardinality comes
 * first through a lexicographic cost {@code -(BIG + score)}, with {@code BIG} larger than any possible score
 * difference, against a zero-cost "unmatched" exit. Dense problems use array-scan Dijkstra, sparse ones (or dense
 * ones given as sparse) a radix heap; a sparse problem with at least a quarter of all pairs allowed is solved in
 * the dense layout.
 *
 * <p><b>Warm start on the best pairs.</b> With {@code a} allowed pairs per mentee on average, the solver keeps
 * each mentee's {@code k = clamp(sqrt(a), 8, 32)} best pairs when {@code a >= 2k}, solves that small problem
 * exactly and checks its dual potentials against <em>every</em> allowed pair of the full problem (reduced costs
 * {@code >= 0}, free mentors and unmatched mentees at potential 0). Passing the check proves the answer optimal for
 * the full problem. Otherwise each mentee's {@code k} pairs with the most negative reduced cost are added and the
 * widened problem is solved again, up to 6 rounds in all; if that still does not certify, or the widened problem
 * grows past half of the full one, the full problem is solved as above. The answer is exact either way; on the
 * benchmark instances the first or second round certifies and the solve is several times faster.
 *
 * <p><b>Precision.</b> Scores are converted to 64-bit integers on a power-of-two grid with at least
 * {@code 53 - ceil(log2(n + m + 3))} significant bits relative to the largest |score| (about 38 bits, i.e. 11
 * decimal digits, for 20,000 nodes). Scores that lie on that grid, such as integers, are exact; otherwise the result
 * is exactly optimal for the rounded scores and within {@code menteeCount * maxAbsScore * 2^-bits} of the true
 * optimum. {@link Assignment#totalScore()} always sums the original scores.
 *
 * <p><b>Ties.</b> Deterministic: mentees, in increasing index, first take their best mentor (on equal scores the
 * smallest mentor index that still has room); the remaining mentees are then augmented in increasing index order,
 * and each search settles mentors by distance, then mentors with spare capacity first, then the smaller mentor
 * index. The warm start keeps, among pairs of equal score, those first in a fixed pseudo-random order of the pairs, so which
 * of several equally good answers is returned may differ between the two routes; the same pairs give the same
 * assignment whether stated densely or sparsely.
 *
 * <p><b>Complexity.</b> {@code O(E)} for the start; each later mentee costs one Dijkstra search that stops at the
 * first mentor with spare capacity: {@code O(s * m)} dense or {@code O(E_s + 64 * m_s)} sparse (radix heap) for the
 * {@code s} rows, {@code E_s} edges and {@code m_s} mentors it reaches. Worst case {@code O(n * m * n)} dense,
 * {@code O(n * (E + 64 m))} sparse, plus the warm start's rounds of {@code O(E)} checks; in practice a few hundred
 * milliseconds for 5,000 x 1,000. Memory {@code O(E)} for the integer costs.
 *
 * <p>Stateless and thread-safe.
 */
public final class OptimalAssignmentSolver implements AssignmentSolver {

    private static final Logger LOG = LoggerFactory.getLogger(OptimalAssignmentSolver.class);

    /**
     * The fewest best pairs per mentee the warm start keeps; it keeps about the square root of the average number
     * of pairs per mentee, between this and {@link #MAX_CANDIDATES}. See the class comment.
     */
    static final int MIN_CANDIDATES = 8;

    /** The most best pairs per mentee the warm start keeps at first. */
    static final int MAX_CANDIDATES = 32;

    /** Restricted solves before giving up on the warm start; each adds the pairs the last duals found wanting. */
    static final int RESTRICTED_ROUNDS = 6;

    private final int candidateLimit;

    /** Creates the solver. */
    public OptimalAssignmentSolver() {
        this(-1);
    }

    /**
     * Creates a solver whose warm start keeps {@code candidateLimit} pairs per mentee, 0 to turn the warm start
     * off, or -1 for the default rule. For tests, which force every outcome of the certificate on small instances.
     */
    OptimalAssignmentSolver(int candidateLimit) {
        if (candidateLimit < -1) {
            throw new IllegalArgumentException("candidateLimit must be >= -1, was " + candidateLimit);
        }
        this.candidateLimit = candidateLimit;
    }

    /** Which way a solve went; for tests and the debug log. */
    enum Route {
        /** The full problem was solved directly (small or already sparse enough). */
        FULL,
        /** The best pairs per mentee were solved and their duals certified the answer for the full problem. */
        RESTRICTED_CERTIFIED,
        /** The restricted answer was not certified, so the full problem was solved. */
        RESTRICTED_THEN_FULL
    }

    /** An assignment with the route that produced it and the number of restricted solves (0 on the full route). */
    record Traced(Assignment assignment, Route route, int restrictedRounds) {
    }

    /**
     * Returns an assignment that matches the most mentees and, among those, has the largest total score.
     *
     * @throws NullPointerException if {@code problem} is null
     */
    @Override
    public Assignment solve(AssignmentProblem problem) {
        return solveTraced(problem).assignment();
    }

    Traced solveTraced(AssignmentProblem problem) {
        Objects.requireNonNull(problem, "problem");
        long start = System.nanoTime();
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        int[] pins = problem.pins();
        int[] cap = problem.capacities();
        boolean[] skip = new boolean[n];
        int activeRows = 0;
        for (int i = 0; i < n; i++) {
            if (pins[i] >= 0) {
                skip[i] = true;
                cap[pins[i]]--;
            } else {
                activeRows++;
            }
        }
        int k = candidateLimit;
        if (k < 0) {
            double perRow = activeRows == 0 ? 0 : (double) problem.allowedPairCount() / activeRows;
            k = (int) Math.max(MIN_CANDIDATES, Math.min(MAX_CANDIDATES, Math.round(Math.sqrt(perRow))));
        }
        boolean restrict = k > 0 && problem.allowedPairCount() >= 2L * k * activeRows;
        int[] mentorOf = null;
        Route route = Route.FULL;
        int[] rounds = new int[1];
        if (restrict) {
            mentorOf = problem instanceof DenseAssignmentProblem dense
                    ? solveRestrictedDense(dense, cap, skip, k, rounds)
                    : solveRestrictedSparse((SparseAssignmentProblem) problem, cap, skip, k, rounds);
            route = mentorOf != null ? Route.RESTRICTED_CERTIFIED : Route.RESTRICTED_THEN_FULL;
        }
        if (mentorOf == null) {
            mentorOf = solveFull(problem, cap, skip);
        }
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                mentorOf[i] = pins[i];
            }
        }
        Assignment result = Assignment.checked(problem, mentorOf);
        if (LOG.isDebugEnabled()) {
            LOG.debug("optimal assignment of {}: {} matched, total {} in {} ms ({}, {} restricted rounds)", problem,
                    result.matchedCount(), result.totalScore(), (System.nanoTime() - start) / 1_000_000, route,
                    rounds[0]);
        }
        return new Traced(result, route, rounds[0]);
    }

    private static int[] solveFull(AssignmentProblem problem, int[] cap, boolean[] skip) {
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        if (problem instanceof DenseAssignmentProblem dense) {
            return solveDense(dense, cap, skip);
        }
        SparseAssignmentProblem sparse = (SparseAssignmentProblem) problem;
        boolean denseEnough = (long) n * m <= Integer.MAX_VALUE - 8
                && sparse.allowedPairCount() * 4 >= (long) n * m && n > 0 && m > 0;
        return denseEnough ? solveSparseAsDense(sparse, cap, skip) : solveSparse(sparse, cap, skip);
    }

    /** The warm start on a dense problem; null when no round's duals certify the full problem. */
    private static int[] solveRestrictedDense(DenseAssignmentProblem p, int[] cap, boolean[] skip, int k,
            int[] rounds) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        double[] scores = p.scoresView();
        boolean[] forbidden = p.forbiddenView();
        ScoreScale scale = ScoreScale.of(maxAbsDense(n, m, scores, skip), (long) n + m);
        return certifiedRounds(p, TopCandidates.fromDense(n, m, scores, forbidden, cap, skip, scale, k), cap, skip,
                rounds, (top, r) -> TopCandidates.extendDense(top, n, m, scores, forbidden, cap, skip, scale, r, k));
    }

    /** The warm start on a sparse problem; null when no round's duals certify the full problem. */
    private static int[] solveRestrictedSparse(SparseAssignmentProblem p, int[] cap, boolean[] skip, int k,
            int[] rounds) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        int[] rowStart = p.rowStartView();
        int[] col = p.mentorsView();
        double[] scores = p.scoresView();
        ScoreScale scale = ScoreScale.of(maxAbs(rowStart, scores, skip), (long) n + m);
        return certifiedRounds(p, TopCandidates.fromSparse(n, rowStart, col, scores, cap, skip, scale, k), cap, skip,
                rounds, (top, r) -> TopCandidates.extendSparse(top, n, m, rowStart, col, scores, cap, skip, scale, r,
                        k));
    }

    /** Widens a restricted problem after its solve; null when the solve's duals certify the full problem. */
    @FunctionalInterface
    private interface Widening {
        TopCandidates.Csr widen(TopCandidates.Csr restricted, ShortestAugmentingPath.Result solved);
    }

    /**
     * Solves the restricted problem {@code top} and widens it by what its duals find wanting until they certify the
     * full problem {@code p}; null after {@link #RESTRICTED_ROUNDS} rounds or once it holds half the allowed pairs.
     */
    private static int[] certifiedRounds(AssignmentProblem p, TopCandidates.Csr top, int[] cap, boolean[] skip,
            int[] rounds, Widening widening) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        for (int round = 1; ; round++) {
            rounds[0] = round;
            ShortestAugmentingPath.Result r = ShortestAugmentingPath.solveSparse(n, m, top.rowStart(), top.col(),
                    top.cost(), cap, skip);
            TopCandidates.Csr wider = widening.widen(top, r);
            if (wider == null) {
                LOG.debug("restricted solve certified in round {} with {} pairs", round, top.col().length);
                return r.mentorOf();
            }
            if (round == RESTRICTED_ROUNDS || wider.col().length * 2L > p.allowedPairCount()) {
                return null;
            }
            top = wider;
        }
    }

    private static double maxAbsDense(int n, int m, double[] scores, boolean[] skip) {
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
        return maxAbs;
    }

    private static int[] solveDense(DenseAssignmentProblem p, int[] cap, boolean[] skip) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        double[] scores = p.scoresView();
        boolean[] forbidden = p.forbiddenView();
        ScoreScale scale = ScoreScale.of(maxAbsDense(n, m, scores, skip), (long) n + m);
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
