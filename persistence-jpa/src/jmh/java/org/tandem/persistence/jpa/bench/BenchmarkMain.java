package org.tandem.persistence.jpa.bench;

import java.util.Collection;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ImportBenchmark} and {@link LoadBenchmark} (single shot, one forked JVM each) and prints each figure
 * against its target: the import of 100,000 rows within 30 s, the load of 50,000 participants within 2 s.
 * Settings come from the system properties {@code bench.*} (see the module's pom).
 */
public final class BenchmarkMain {

    private static final Map<String, Double> TARGET_SECONDS = Map.of("importRows", 30.0, "loadIntoMatchingProblems", 2.0);

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        int iterations = Integer.getInteger("bench.iterations", 1);
        OptionsBuilder builder = new OptionsBuilder();
        builder.include("org\\.tandem\\.persistence\\.jpa\\.bench\\.\\w+Benchmark\\." + System.getProperty("bench.include", ".*"))
                .warmupIterations(Integer.getInteger("bench.warmup", 0))
                .measurementIterations(iterations)
                .forks(1)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xmx8g");
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("bench.")) {
                builder.jvmArgsAppend("-D" + name + "=" + System.getProperty(name));
            }
        }
        Options options = builder.build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (NoBenchmarksException e) {
            // -Dbench.include names benchmarks of another module of the same reactor build (-am): nothing to run here
            System.out.println("No benchmark of this module matches bench.include; skipped.");
            return;
        }
        System.out.println();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            double seconds = toSeconds(r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreUnit());
            double target = TARGET_SECONDS.getOrDefault(method, Double.NaN);
            System.out.printf("[%s] %.2f s (target %.0f s): %s%n", method, seconds, target,
                    seconds <= target ? "MET" : String.format("MISSED by %.2f s (%.1f×)", seconds - target, seconds / target));
        }
    }

    private static double toSeconds(double score, String unit) {
        return switch (unit.substring(0, unit.indexOf('/'))) {
            case "s" -> score;
            case "ms" -> score / 1e3;
            case "us" -> score / 1e6;
            default -> score / 1e9;
        };
    }
}
