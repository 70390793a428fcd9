package org.tandem.matching.solver.bench;

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
import org.tandem.matching.MatchingProblem;
import org.tandem.matching.Proposal;
import org.tandem.matching.strategy.OptimalStrategy;
import org.tandem.matching.testkit.SampleBases;

/**
 * The domain layer end to end on the region target: 5,000 mentees and 1,000 mentors (capacity 5) as core
 * {@code Person}s with questionnaires, ten organizations each without a network agreement to one other (10% of
 * pairs forbidden), through hard rules, six weighted criteria, the optimal strategy and the explanations of every
 * pair and unmatched mentee. The target is 1.5 s in a 512 MB heap. Single-shot times, one proposal per iteration.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx512m")
public class ProposalBenchmark {

    private static final OptimalStrategy OPTIMAL = new OptimalStrategy();

    @State(Scope.Benchmark)
    public static class Region {
        SampleBases.Base base;

        @TearDown(Level.Trial)
        public void printLoad() {
            Scenarios.printLoad("regionProposal");
        }

        @Setup(Level.Trial)
        public void setUp() {
            base = SampleBases.generate(Scenarios.SEED, 5000, 1000, 5, 10, false);
            Proposal proposal = OPTIMAL.propose(base.builder().build());
            System.out.printf("[regionProposal] matched %d of 5000, unmatched %d, total score %.3f%n",
                    proposal.matchedCount(), proposal.unmatched().size(), proposal.totalScore());
        }
    }

    @Benchmark
    public Proposal regionProposalTandem(Region state) {
        MatchingProblem problem = state.base.builder().build();
        return OPTIMAL.propose(problem);
    }
}
