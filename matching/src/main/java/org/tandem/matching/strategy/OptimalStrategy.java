package org.tandem.matching.strategy;

import java.util.Objects;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.MatchingProblem;
import org.tandem.matching.Proposal;
import org.tandem.matching.solver.OptimalAssignmentSolver;
import org.tandem.matching.spi.MatchingStrategy;

/**
 * The most mentees matched and, among all proposals that match that many, the largest total score
 * ({@link OptimalAssignmentSolver}: a capacitated assignment by shortest augmenting paths). Pinned pairs stay.
 */
public final class OptimalStrategy implements MatchingStrategy {

    public static final String ID = "optimal";
    private static final OptimalAssignmentSolver SOLVER = new OptimalAssignmentSolver();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("оптимальное распределение: больше всего пар, затем наибольшая совместимость",
                "optimal: the most pairs, then the highest total score");
    }

    @Override
    public Proposal propose(MatchingProblem problem) {
        Objects.requireNonNull(problem, "problem");
        return problem.proposal(ID, SOLVER.solve(problem.assignmentProblem()));
    }
}
