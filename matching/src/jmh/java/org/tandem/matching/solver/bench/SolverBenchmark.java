package org.tandem.matching.solver.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.tandem.matching.solver.Assignment;
import org.tandem.matching.solver.BlockingPair;
import org.tandem.matching.solver.DenseAssignmentProblem;
import org.tandem.matching.solver.OptimalAssignmentSolver;
import org.tandem.matching.solver.PreferenceProblem;
import org.tandem.matching.solver.SparseAssignmentProblem;
import org.tandem.matching.solver.StabilityChecker;
import org.tandem.matching.solver.StableAssignmentSolver;

/**
 * Single-shot times per solve (one call per iteration, averaged over iterations). Each state's setup solves its instance once with Tandem and once with
 * OR-Tools and refuses to run when the objectives differ, so the timings compare equal answers.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx6g")
public class SolverBenchmark {

    private static final OptimalAssignmentSolver OPTIMAL = new OptimalAssignmentSolver();

    static void agree(String scenario, Assignment ours, long[] theirs) {
        long ourTotal = Math.round(ours.totalScore());
        System.out.printf("[%s] objective: tandem matched=%d total=%d | ortools matched=%d total=%d%n", scenario,
                ours.matchedCount(), ourTotal, theirs[0], theirs[1]);
        if (ours.matchedCount() != theirs[0] || ourTotal != theirs[1]) {
            throw new IllegalStateException(scenario + ": Tandem and OR-Tools disagree on the optimum");
        }
    }

    /** Dense region: 5,000 x 1,000, capacity 5, 10% forbidden. */
    @State(Scope.Benchmark)
    public static class Region {
        DenseAssignmentProblem problem;

        @TearDown(Level.Trial)
        public void printLoad() {
            Scenarios.printLoad("region");
        }

        @Setup(Level.Trial)
        public void setUp() {
            problem = Scenarios.region();
            agree("region", OPTIMAL.solve(problem), Scenarios.orToolsFlow(problem));
        }
    }

    /** Sparse: 20,000 x 4,000, capacity 5, 50 candidates each. */
    @State(Scope.Benchmark)
    public static class Sparse {
        SparseAssignmentProblem problem;

        @TearDown(Level.Trial)
        public void printLoad() {
            Scenarios.printLoad("sparse");
        }

        @Setup(Level.Trial)
        public void setUp() {
            problem = Scenarios.sparse();
            agree("sparse", OPTIMAL.solve(problem), Scenarios.orToolsFlow(problem));
        }
    }

    /** Square 1:1, n = 2,000, scores from a million levels. */
    @State(Scope.Benchmark)
    public static class Square {
        DenseAssignmentProblem problem;

        @TearDown(Level.Trial)
        public void printLoad() {
            Scenarios.printLoad("square");
        }

        @Setup(Level.Trial)
        public void setUp() {
            problem = Scenarios.square(2000, 1_000_000, Scenarios.SEED + 2);
            agree("square", OPTIMAL.solve(problem), Scenarios.orToolsLinearSum(problem));
        }
    }

    /** Square 1:1, n = 2,000, only 100 distinct scores: many ties. */
    @State(Scope.Benchmark)
    public static class Square100 {
        DenseAssignmentProblem problem;

        @TearDown(Level.Trial)
        public void printLoad() {
            Scenarios.printLoad("square100");
        }

        @Setup(Level.Trial)
        public void setUp() {
            problem = Scenarios.square(2000, 100, Scenarios.SEED + 4);
            agree("square100", OPTIMAL.solve(problem), Scenarios.orToolsLinearSum(problem));
        }
    }

    /** Stable: 10,000 x 2,000, capacity 5, continuous scores, every pair allowed (20M pairs). */
    @State(Scope.Benchmark)
    public static class Stable {
        DenseAssignmentProblem problem;

        @TearDown(Level.Trial)
        public void printLoad() {
            Scenarios.printLoad("stable");
        }

        @Setup(Level.Trial)
        public void setUp() {
            problem = Scenarios.stable();
        }
    }

    @Benchmark
    public Assignment regionTandem(Region s) {
        return OPTIMAL.solve(s.problem);
    }

    @Benchmark
    public long[] regionOrtools(Region s) {
        return Scenarios.orToolsFlow(s.problem);
    }

    @Benchmark
    public Assignment sparseTandem(Sparse s) {
        return OPTIMAL.solve(s.problem);
    }

    @Benchmark
    public long[] sparseOrtools(Sparse s) {
        return Scenarios.orToolsFlow(s.problem);
    }

    @Benchmark
    public Assignment squareTandem(Square s) {
        return OPTIMAL.solve(s.problem);
    }

    @Benchmark
    public long[] squareOrtools(Square s) {
        return Scenarios.orToolsLinearSum(s.problem);
    }

    @Benchmark
    public Assignment square100Tandem(Square100 s) {
        return OPTIMAL.solve(s.problem);
    }

    @Benchmark
    public long[] square100Ortools(Square100 s) {
        return Scenarios.orToolsLinearSum(s.problem);
    }

    /**
     * Both sides' preference lists and ranks from the stable scenario's scores (10,000 x 2,000, 20M pairs): the
     * explicit-list route, which {@link #stableTandem} does not need.
     */
    @Benchmark
    public PreferenceProblem preferencesTandem(Stable s) {
        return PreferenceProblem.fromScores(s.problem);
    }

    /**
     * From scores to a verified stable result, the target (at most 1 s): {@link StableAssignmentSolver#solve}
     * on the scores, then {@link StabilityChecker#blockingPairs(org.tandem.matching.solver.AssignmentProblem,
     * Assignment)}, which re-checks allowed pairs and capacities and reads every allowed pair's score. No preference
     * list is built; the result equals deferred acceptance on {@link PreferenceProblem#fromScores} pair for pair.
     */
    @Benchmark
    public int stableTandem(Stable s) {
        Assignment a = new StableAssignmentSolver().solve(s.problem);
        List<BlockingPair> blocking = StabilityChecker.blockingPairs(s.problem, a);
        if (!blocking.isEmpty()) {
            throw new IllegalStateException("unstable: " + blocking.get(0));
        }
        return a.matchedCount();
    }
}
