package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Beasley's OR-Library linear assignment instances with their published optima. The files live outside the
 * project (in the shared data folder next to the repository); the test is skipped where they are absent.
 */
class OrLibraryAssignmentTest {

    private static final Path FOLDER = Path.of("../../shared/data/or-library");

    @ParameterizedTest(name = "{0} has optimal cost {1}")
    @CsvSource({"assign100.txt, 305", "assign500.txt, 991", "assign600.txt, 1176", "assign700.txt, 1362"})
    void reachesThePublishedOptimum(String file, long optimum) throws IOException {
        Path path = FOLDER.resolve(file);
        assumeTrue(Files.isRegularFile(path), () -> "OR-Library instance " + path.toAbsolutePath()
                + " is not present (it is shared data outside the repository); skipping");
        long[] numbers = Arrays.stream(Files.readString(path).trim().split("\\s+")).mapToLong(Long::parseLong)
                .toArray();
        int n = (int) numbers[0];
        assertThat(numbers).hasSize(1 + n * n);
        double[][] scores = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                scores[i][j] = -numbers[1 + i * n + j];
            }
        }
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        Assignment a = new OptimalAssignmentSolver().solve(DenseAssignmentProblem.of(scores, ones));
        assertThat(a.matchedCount()).isEqualTo(n);
        assertThat(-a.totalScore()).isEqualTo((double) optimum);
    }
}
