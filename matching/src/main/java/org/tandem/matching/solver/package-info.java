/**
 * Low-level mentor–mentee assignment solvers over plain arrays.
 *
 * <p>Mentees are rows {@code 0..n-1}, mentors are columns {@code 0..m-1}; mentor {@code j} takes at most
 * {@code capacity(j)} mentees. An {@link org.tandem.matching.solver.AssignmentProblem} is either a
 * {@link org.tandem.matching.solver.DenseAssignmentProblem} (full score matrix plus a forbidden mask) or a
 * {@link org.tandem.matching.solver.SparseAssignmentProblem} (a candidate list per mentee). Solvers implement the
 * one-method {@link org.tandem.matching.solver.AssignmentSolver}:
 * <ul>
 *   <li>{@link org.tandem.matching.solver.OptimalAssignmentSolver}: most mentees matched, then largest total score;</li>
 *   <li>{@link org.tandem.matching.solver.GreedyAssignmentSolver}: best pair first, a fast baseline;</li>
 *   <li>{@link org.tandem.matching.solver.StableAssignmentSolver}: mentee-proposing deferred acceptance, checked by
 *       {@link org.tandem.matching.solver.StabilityChecker}.</li>
 * </ul>
 * All types are immutable or stateless and every solver is deterministic: the same input always yields the same
 * output.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tandem.matching.solver;
