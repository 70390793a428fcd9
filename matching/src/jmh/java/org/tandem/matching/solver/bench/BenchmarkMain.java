package org.tandem.matching.solver.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SolverBenchmark} and {@link ProposalBenchmark} (each forks with its own heap) with short defaults and prints, per scenario, Tandem's and OR-Tools' average time
 * and the ratio {@code ortools/tandem} (above 1 means Tandem is faster). Settings come from system properties
 * {@code bench.warmup}, {@code bench.iterations}, {@code bench.forks} and {@code bench.include}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include("org\\.tandem\\.matching\\.solver\\.bench\\.\\w+Benchmark\\." + System.getProperty("bench.include", ".*"))
                .warmupIterations(Integer.getInteger("bench.warmup", 3))
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .forks(Integer.getInteger("bench.forks", 1))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> byScenario = new TreeMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            boolean ortools = method.endsWith("Ortools");
            String scenario = method.substring(0, method.length() - (ortools ? "Ortools".length() : "Tandem".length()));
            double[] times = byScenario.computeIfAbsent(scenario, k -> new double[] {Double.NaN, Double.NaN});
            times[ortools ? 1 : 0] = r.getPrimaryResult().getScore();
        }
        System.out.println();
        System.out.println("scenario     tandem ms   ortools ms   ratio ortools/tandem");
        for (Map.Entry<String, double[]> e : byScenario.entrySet()) {
            double ours = e.getValue()[0];
            double theirs = e.getValue()[1];
            String ratio = Double.isNaN(theirs) ? "n/a (no OR-Tools counterpart)" : String.format("%.2f", theirs / ours);
            System.out.printf("%-11s %10.1f %12s   %s%n", e.getKey(), ours,
                    Double.isNaN(theirs) ? "-" : String.format("%.1f", theirs), ratio);
            if (!Double.isNaN(theirs)) {
                System.out.printf("[%s] ratio ortools/tandem = %.2f%n", e.getKey(), theirs / ours);
            }
        }
    }
}
