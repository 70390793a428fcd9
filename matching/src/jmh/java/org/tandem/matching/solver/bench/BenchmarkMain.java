package org.tandem.matching.solver.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SolverBenchmark}, {@link ProposalBenchmark} and {@link GrowthBenchmark} (each forks with its own
 * heap) with short defaults and prints, per scenario (and parameter), Tandem's and OR-Tools' average time, the
 * ratio {@code ortools/tandem} (above 1 means Tandem is faster) and the system load average at the end; each
 * trial also prints the load when it ends ({@code [scenario] load ...}), since the machine may be shared. Settings come from system properties {@code bench.warmup},
 * {@code bench.iterations}, {@code bench.forks}, {@code bench.include} (a regex on the method name, e.g.
 * {@code sparse} or {@code square(Tandem|Ortools)}) and {@code bench.params} ({@code name=v1,v2;name2=v}, e.g.
 * {@code n=500,1000}).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include("org\\.tandem\\.matching\\.solver\\.bench\\.\\w+Benchmark\\." + System.getProperty("bench.include", ".*"))
                .warmupIterations(Integer.getInteger("bench.warmup", 3))
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .forks(Integer.getInteger("bench.forks", 1))
                .shouldFailOnError(true);
        String params = System.getProperty("bench.params", "");
        for (String param : params.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0) {
                builder.param(param.substring(0, eq).trim(), param.substring(eq + 1).trim().split("\\s*,\\s*"));
            }
        }
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        Map<String, double[]> byScenario = new LinkedHashMap<>();
        Collection<RunResult> results;
        try {
            results = new Runner(builder.build()).run();
        } catch (NoBenchmarksException e) {
            // -Dbench.include names benchmarks of another module of the same reactor build (-am): nothing to run here
            System.out.println("No benchmark of this module matches bench.include; skipped.");
            return;
        }
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            boolean ortools = method.endsWith("Ortools");
            String scenario = method.substring(0, method.length() - (ortools ? "Ortools".length() : "Tandem".length()));
            StringBuilder key = new StringBuilder(scenario);
            for (String name : r.getParams().getParamsKeys()) {
                key.append(' ').append(name).append('=').append(r.getParams().getParam(name));
            }
            double[] times = byScenario.computeIfAbsent(key.toString(), k -> new double[] {Double.NaN, Double.NaN});
            times[ortools ? 1 : 0] = r.getPrimaryResult().getScore();
        }
        System.out.println();
        System.out.printf("load average (1 min) at the end: %.2f on %d cores%n", os.getSystemLoadAverage(),
                os.getAvailableProcessors());
        System.out.println("scenario           tandem ms   ortools ms   ratio ortools/tandem");
        for (Map.Entry<String, double[]> e : byScenario.entrySet()) {
            double ours = e.getValue()[0];
            double theirs = e.getValue()[1];
            String ratio = Double.isNaN(theirs) ? "n/a (no OR-Tools counterpart)" : String.format("%.2f", theirs / ours);
            System.out.printf("%-17s %10.1f %12s   %s%n", e.getKey(), ours,
                    Double.isNaN(theirs) ? "-" : String.format("%.1f", theirs), ratio);
            if (!Double.isNaN(theirs)) {
                System.out.printf("[%s] ratio ortools/tandem = %.2f%n", e.getKey(), theirs / ours);
            }
        }
    }
}
