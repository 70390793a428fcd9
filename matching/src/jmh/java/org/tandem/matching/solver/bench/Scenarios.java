package org.tandem.matching.solver.bench;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.tandem.matching.solver.AssignmentProblem;
import org.tandem.matching.solver.DenseAssignmentProblem;
import org.tandem.matching.solver.SparseAssignmentProblem;

/**
 * Seeded benchmark instances and the OR-Tools formulations of the same inputs. Scores are integers stored as
 * doubles so that OR-Tools (integer costs) and Tandem optimise exactly the same objective.
 */
final class Scenarios {

    static final long SEED = 20240601L;

    private Scenarios() {
    }

    static {
        Loader.loadNativeLibraries();
    }

    /** 5,000 mentees x 1,000 mentors, capacity 5, 10% of pairs forbidden. */
    static DenseAssignmentProblem region() {
        SplittableRandom random = new SplittableRandom(SEED);
        int n = 5000;
        int m = 1000;
        double[][] scores = new double[n][m];
        boolean[][] forbidden = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                scores[i][j] = random.nextInt(1_000_000);
                forbidden[i][j] = random.nextInt(10) == 0;
            }
        }
        return DenseAssignmentProblem.of(scores, forbidden, filled(m, 5));
    }

    /** 20,000 mentees x 4,000 mentors, capacity 5, 50 distinct random candidates per mentee. */
    static SparseAssignmentProblem sparse() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int n = 20_000;
        int m = 4000;
        int k = 50;
        int[][] candidates = new int[n][k];
        double[][] scores = new double[n][k];
        boolean[] used = new boolean[m];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                int j;
                do {
                    j = random.nextInt(m);
                } while (used[j]);
                used[j] = true;
                candidates[i][c] = j;
                scores[i][c] = random.nextInt(1_000_000);
            }
            for (int j : candidates[i]) {
                used[j] = false;
            }
        }
        return SparseAssignmentProblem.of(candidates, scores, filled(m, 5));
    }

    /** Square 1:1 dense problem; {@code levels} distinct score values (ties when small). */
    static DenseAssignmentProblem square(int n, int levels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] scores = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                scores[i][j] = random.nextInt(levels);
            }
        }
        return DenseAssignmentProblem.of(scores, filled(n, 1));
    }

    /** 10,000 mentees x 2,000 mentors, capacity 5, continuous scores, every pair allowed. */
    static DenseAssignmentProblem stable() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        int n = 10_000;
        int m = 2000;
        double[][] scores = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                scores[i][j] = random.nextDouble();
            }
        }
        return DenseAssignmentProblem.of(scores, filled(m, 5));
    }

    /** Prints the system load average, so that each figure can be read next to how busy the machine was. */
    static void printLoad(String scenario) {
        java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("[%s] load average (1 min) at the end of the trial: %.2f on %d cores%n", scenario,
                os.getSystemLoadAverage(), os.getAvailableProcessors());
    }

    static int[] filled(int m, int value) {
        int[] a = new int[m];
        Arrays.fill(a, value);
        return a;
    }

    /**
     * OR-Tools max-flow-min-cost on mentee -> mentor (capacity 1, cost -score) -> sink (capacity = mentor
     * capacity). Returns {matched, total score}. Building the network is part of using the API and is timed.
     */
    static long[] orToolsFlow(AssignmentProblem p) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        int sink = n + m;
        MinCostFlow flow = new MinCostFlow(sink + 1, (int) p.allowedPairCount() + m);
        try {
            for (int i = 0; i < n; i++) {
                flow.setNodeSupply(i, 1);
                for (int j : p.candidatesOf(i)) {
                    flow.addArcWithCapacityAndUnitCost(i, n + j, 1, -(long) p.score(i, j));
                }
            }
            for (int j = 0; j < m; j++) {
                flow.addArcWithCapacityAndUnitCost(n + j, sink, p.capacity(j), 0);
            }
            flow.setNodeSupply(sink, -n);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("OR-Tools MinCostFlow status " + status);
            }
            return new long[] {flow.getMaximumFlow(), -flow.getOptimalCost()};
        } finally {
            flow.delete();
        }
    }

    /** OR-Tools LinearSumAssignment (perfect 1:1, minimise -score). Returns {matched, total score}. */
    static long[] orToolsLinearSum(DenseAssignmentProblem p) {
        int n = p.menteeCount();
        LinearSumAssignment lsa = new LinearSumAssignment();
        try {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    lsa.addArcWithCost(i, j, -(long) p.score(i, j));
                }
            }
            LinearSumAssignment.Status status = lsa.solve();
            if (status != LinearSumAssignment.Status.OPTIMAL) {
                throw new IllegalStateException("OR-Tools LinearSumAssignment status " + status);
            }
            return new long[] {n, -lsa.getOptimalCost()};
        } finally {
            lsa.delete();
        }
    }
}
