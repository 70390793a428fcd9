package org.tandem.matching.strategy;

import java.util.Objects;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.MatchingProblem;
import org.tandem.matching.Proposal;
import org.tandem.matching.solver.GreedyAssignmentSolver;
import org.tandem.matching.spi.MatchingStrategy;

/**
 * The baseline: the best-scored allowed pair first while the mentee is free and the mentor has room
 * ({@link GreedyAssignmentSolver}). Fast, but may match fewer mentees or a lower total than {@link OptimalStrategy}.
 */
public final class GreedyStrategy implements MatchingStrategy {

    public static final String ID = "greedy";
    private static final GreedyAssignmentSolver SOLVER = new GreedyAssignmentSolver();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("жадный подбор: сначала лучшие пары", "greedy: best pairs first");
    }

    @Override
    public Proposal propose(MatchingProblem problem) {
        Objects.requireNonNull(problem, "problem");
        return problem.proposal(ID, SOLVER.solve(problem.assignmentProblem()));
    }
}
