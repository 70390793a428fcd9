package org.tandem.matching.solver;

/**
 * Assigns mentees to mentors. Implementations are stateless and thread-safe, never modify the problem, always
 * return a feasible assignment that keeps every pinned pair, and are deterministic: the same problem always gives
 * an equal assignment.
 */
@FunctionalInterface
public interface AssignmentSolver {

    /**
     * Solves the problem.
     *
     * @param problem a validated problem
     * @return a feasible assignment for {@code problem}
     * @throws NullPointerException if {@code problem} is null
     */
    Assignment solve(AssignmentProblem problem);
}
