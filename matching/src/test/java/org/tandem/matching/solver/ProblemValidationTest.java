package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemValidationTest {

    @Test
    void rejectsNegativeCapacity() {
        assertThatThrownBy(() -> DenseAssignmentProblem.of(new double[][] {{1, 2}}, new int[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity of mentor 1 is -1; capacities must be >= 0");
        assertThatThrownBy(() -> SparseAssignmentProblem.of(new int[][] {{0}}, new double[][] {{1}}, new int[] {-2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity of mentor 0 is -2");
    }

    @Test
    void rejectsRaggedOrWronglySizedScoreRows() {
        assertThatThrownBy(() -> DenseAssignmentProblem.of(new double[][] {{1, 2}, {1}}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scores row 1 has 1 columns, expected 2 (one per mentor capacity)");
        assertThatThrownBy(() -> DenseAssignmentProblem.of(new double[][] {{1, 2, 3}}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0 has 3 columns, expected 2");
        assertThatThrownBy(() -> DenseAssignmentProblem.of(new double[][] {{1, 2}}, new boolean[][] {{true}},
                new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forbidden row 0 has 1 columns");
        assertThatThrownBy(() -> SparseAssignmentProblem.of(new int[][] {{0, 1}}, new double[][] {{1}},
                new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scores row 0 has 1 entries but candidates row 0 has 2");
    }

    @Test
    void rejectsNanOrInfiniteScoresOfAllowedPairsOnly() {
        assertThatThrownBy(() -> DenseAssignmentProblem.of(new double[][] {{1, Double.NaN}}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score of mentee 0 and mentor 1 is NaN; scores of allowed pairs must be finite");
        assertThatThrownBy(() -> SparseAssignmentProblem.of(new int[][] {{1}}, new double[][] {{Double.NEGATIVE_INFINITY}},
                new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is -Infinity");
        // a forbidden pair's score is ignored, so NaN may mark it
        DenseAssignmentProblem p = DenseAssignmentProblem.of(new double[][] {{1, Double.NaN}},
                new boolean[][] {{false, true}}, new int[] {1, 1});
        assertThat(p.isAllowed(0, 1)).isFalse();
    }

    @Test
    void aRowMajorProblemEqualsTheProblemOfItsRowsAndCopiesItsInput() {
        double[] scores = {0.5, Double.NaN, 0.25, 1, 0, 0.75};
        boolean[] forbidden = {false, true, false, false, false, true};
        DenseAssignmentProblem flat = DenseAssignmentProblem.ofRowMajor(2, scores, forbidden, new int[] {1, 2, 1});
        DenseAssignmentProblem rows = DenseAssignmentProblem.of(new double[][] {{0.5, Double.NaN, 0.25}, {1, 0, 0.75}},
                new boolean[][] {{false, true, false}, {false, false, true}}, new int[] {1, 2, 1});
        scores[0] = 0.125;
        forbidden[2] = true;
        assertThat(flat.allowedPairCount()).isEqualTo(rows.allowedPairCount()).isEqualTo(4);
        for (int i = 0; i < 2; i++) {
            assertThat(flat.candidatesOf(i)).isEqualTo(rows.candidatesOf(i));
            for (int j : rows.candidatesOf(i)) {
                assertThat(flat.score(i, j)).isEqualTo(rows.score(i, j));
            }
        }
        assertThat(flat.score(0, 0)).isEqualTo(0.5);
        assertThat(flat.isAllowed(0, 2)).isTrue();
        assertThat(DenseAssignmentProblem.ofRowMajor(1, new double[] {1, 2}, null, new int[] {1, 1})
                .allowedPairCount()).isEqualTo(2);
    }

    @Test
    void anAdoptedRowMajorProblemKeepsTheCallersArraysAndZeroesItsForbiddenScores() {
        double[] scores = {0.5, Double.NaN, 0.25, 1, 0, Double.POSITIVE_INFINITY};
        boolean[] forbidden = {false, true, false, false, false, true};
        DenseAssignmentProblem adopted = DenseAssignmentProblem.adoptRowMajor(2, scores, forbidden,
                new int[] {1, 2, 1});
        DenseAssignmentProblem copied = DenseAssignmentProblem.ofRowMajor(2, scores.clone(), forbidden.clone(),
                new int[] {1, 2, 1});
        assertThat(scores).containsExactly(0.5, 0, 0.25, 1, 0, 0);
        assertThat(adopted.allowedPairCount()).isEqualTo(copied.allowedPairCount()).isEqualTo(4);
        for (int i = 0; i < 2; i++) {
            assertThat(adopted.candidatesOf(i)).isEqualTo(copied.candidatesOf(i));
        }
        // the arrays are the problem's own now: what the caller writes shows
        scores[0] = 0.125;
        assertThat(adopted.score(0, 0)).isEqualTo(0.125);
        assertThat(copied.score(0, 0)).isEqualTo(0.5);
    }

    @Test
    void anAdoptedRowMajorProblemRefusesWhatACopiedOneRefuses() {
        assertThatThrownBy(() -> DenseAssignmentProblem.adoptRowMajor(2, new double[5], null, new int[] {1, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scores has 5 entries, expected 2 mentees x 3 mentors = 6");
        assertThatThrownBy(() -> DenseAssignmentProblem.adoptRowMajor(1, new double[2], new boolean[3],
                new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forbidden has 3 entries, expected 2 like the scores");
        assertThatThrownBy(() -> DenseAssignmentProblem.adoptRowMajor(2, new double[] {1, 2, 3, Double.NaN},
                new boolean[4], new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score of mentee 1 and mentor 1 is NaN; scores of allowed pairs must be finite");
        assertThatThrownBy(() -> DenseAssignmentProblem.adoptRowMajor(-1, new double[0], null, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentee count is -1");
        assertThatThrownBy(() -> DenseAssignmentProblem.adoptRowMajor(1, null, null, new int[] {1}))
                .isInstanceOf(NullPointerException.class);
        // a refused input is left as it was, forbidden scores too
        double[] scores = {Double.NaN, 0.5, 0.25, Double.POSITIVE_INFINITY};
        assertThatThrownBy(() -> DenseAssignmentProblem.adoptRowMajor(2, scores,
                new boolean[] {true, false, false, false}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score of mentee 1 and mentor 1 is Infinity; scores of allowed pairs must be finite");
        assertThat(scores).containsExactly(Double.NaN, 0.5, 0.25, Double.POSITIVE_INFINITY);
    }

    @Test
    void aRowMajorProblemRefusesWrongLengthsNegativeCountsAndNanScoresOfAllowedPairs() {
        assertThatThrownBy(() -> DenseAssignmentProblem.ofRowMajor(2, new double[5], null, new int[] {1, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scores has 5 entries, expected 2 mentees x 3 mentors = 6");
        assertThatThrownBy(() -> DenseAssignmentProblem.ofRowMajor(1, new double[2], new boolean[3], new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forbidden has 3 entries, expected 2 like the scores");
        assertThatThrownBy(() -> DenseAssignmentProblem.ofRowMajor(-1, new double[0], null, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentee count is -1");
        assertThatThrownBy(() -> DenseAssignmentProblem.ofRowMajor(2, new double[] {1, 2, 3, Double.NaN}, null,
                new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score of mentee 1 and mentor 1 is NaN; scores of allowed pairs must be finite");
        assertThatThrownBy(() -> DenseAssignmentProblem.ofRowMajor(1, null, null, new int[] {1}))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsCandidateOutOfRangeAndDuplicates() {
        assertThatThrownBy(() -> SparseAssignmentProblem.of(new int[][] {{0, 2}}, new double[][] {{1, 1}},
                new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mentee 0 candidate 1 is mentor 2, outside 0..1");
        assertThatThrownBy(() -> SparseAssignmentProblem.of(new int[][] {{}, {1, 0, 1}}, new double[][] {{}, {1, 2, 3}},
                new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mentee 1 lists mentor 1 more than once");
    }

    @Test
    void acceptsEmptyProblemsAsDocumented() {
        DenseAssignmentProblem noMentees = DenseAssignmentProblem.of(new double[0][], new int[] {3});
        assertThat(noMentees.menteeCount()).isZero();
        SparseAssignmentProblem noMentors = SparseAssignmentProblem.of(new int[][] {{}}, new double[][] {{}}, new int[0]);
        assertThat(new OptimalAssignmentSolver().solve(noMentors).mentorOf()).containsExactly(-1);
        assertThat(new StableAssignmentSolver().solve(noMentors).matchedCount()).isZero();
    }

    @Test
    void rejectsInvalidPins() {
        DenseAssignmentProblem p = DenseAssignmentProblem.of(new double[][] {{1, 2}, {3, 4}},
                new boolean[][] {{false, true}, {false, false}}, new int[] {1, 1});
        assertThatThrownBy(() -> p.withPins(new int[] {-1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pins has 1 entries, expected one per mentee (2)");
        assertThatThrownBy(() -> p.withPins(new int[] {5, -1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> p.withPins(new int[] {1, -1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mentee 0 is pinned to mentor 1, but that pair is not allowed");
        assertThatThrownBy(() -> p.withPins(new int[] {0, 0})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mentor 0 has more pinned mentees than its capacity 1");
    }

    @Test
    void rejectsInfeasibleAssignmentsAndMalformedPreferences() {
        DenseAssignmentProblem p = DenseAssignmentProblem.of(new double[][] {{1, 2}, {3, 4}}, new int[] {1, 1});
        assertThatThrownBy(() -> Assignment.of(p, new int[] {0, 0})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mentor 0 is assigned more mentees than its capacity 1");
        assertThatThrownBy(() -> PreferenceProblem.of(new int[][] {{0, 0}}, new int[][] {{0}}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mentee 0 lists mentor 0 more than once");
        assertThatThrownBy(() -> PreferenceProblem.of(new int[][] {{1}}, new int[][] {{0}}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 0..0");
        PreferenceProblem prefs = PreferenceProblem.of(new int[][] {{0}, {0}}, new int[][] {{0}}, new int[] {1});
        assertThatThrownBy(() -> StabilityChecker.blockingPairs(prefs, new int[] {-1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a mutually acceptable pair");
    }
}
