package org.tandem.matching.solver;

import java.util.Objects;

/**
 * Fast baseline: takes allowed pairs from the highest score down and keeps a pair when its mentee is still
 * unmatched and its mentor still has capacity. Pinned pairs are placed first.
 *
 * <p><b>Ties.</b> Pairs with equal scores are taken in increasing mentee index, then increasing mentor index, so
 * the result is deterministic.
 *
 * <p><b>Method.</b> Sorting all {@code E} pairs is not needed: the order above ranks every pair globally, and both
 * sides' score-derived preferences used by {@link StableAssignmentSolver} (higher score, then smaller index) are
 * restrictions of it. Under such a globally ranked profile the stable matching is unique and equals this greedy
 * matching (the best remaining pair always consists of mutual first choices), so the solver runs the lazy deferred
 * acceptance instead of a sort. The tests check the equality against a plain sort-based greedy.
 *
 * <p><b>Quality.</b> The result is maximal (no allowed pair could be added) but in general neither of maximum size
 * nor of maximum score; with non-negative scores its total is at least half the optimum.
 *
 * <p><b>Complexity.</b> That of {@link StableAssignmentSolver#solve(AssignmentProblem)}: near {@code O(E)} in
 * practice, {@code O(n + m)} extra memory.
 *
 * <p>Stateless and thread-safe.
 */
public final class GreedyAssignmentSolver implements AssignmentSolver {

    private final StableAssignmentSolver stable = new StableAssignmentSolver();

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
        return stable.solve(problem);
    }
}
