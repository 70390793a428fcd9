package org.tandem.matching.solver.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.tandem.matching.solver.Assignment;
import org.tandem.matching.solver.DenseAssignmentProblem;
import org.tandem.matching.solver.OptimalAssignmentSolver;

/**
 * How the cost of the square 1:1 dense problem grows with {@code n} (scores from a million levels), for Tandem and
 * OR-Tools' LinearSumAssignment on the same input. Run one size with {@code -Dbench.include=growth
 * -Dbench.params=n=2000}. Single-shot times; the setup refuses to run when the two optima differ.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx6g")
public class GrowthBenchmark {

    private static final OptimalAssignmentSolver OPTIMAL = new OptimalAssignmentSolver();

    @State(Scope.Benchmark)
    public static class Square {
        @Param({"500", "1000", "2000", "4000"})
        int n;

        DenseAssignmentProblem problem;

        @TearDown(Level.Trial)
        public void printLoad() {
            Scenarios.printLoad("growth n=" + n);
        }

        @Setup(Level.Trial)
        public void setUp() {
            problem = Scenarios.square(n, 1_000_000, Scenarios.SEED + n);
            SolverBenchmark.agree("growth n=" + n, OPTIMAL.solve(problem), Scenarios.orToolsLinearSum(problem));
        }
    }

    @Benchmark
    public Assignment growthTandem(Square s) {
        return OPTIMAL.solve(s.problem);
    }

    @Benchmark
    public long[] growthOrtools(Square s) {
        return Scenarios.orToolsLinearSum(s.problem);
    }
}
