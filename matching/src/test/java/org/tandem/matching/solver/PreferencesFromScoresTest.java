package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandem.matching.solver.internal.PairOrder;

/**
 * {@link PreferenceProblem#fromScores} against a plain comparator sort: each mentee's mentors by score, highest
 * first, equal scores by smaller mentor index; each mentor's mentees likewise by smaller mentee index.
 */
class PreferencesFromScoresTest {

    @Test
    void ordersEqualAComparatorSortOnRandomDenseAndSparseProblems() {
        Random random = new Random(31);
        for (int round = 0; round < 120; round++) {
            int n = 1 + random.nextInt(70);
            int m = 1 + random.nextInt(50);
            int levels = round % 4 == 0 ? 0 : round % 4 == 1 ? 2 : round % 4 == 2 ? 7 : 1000;
            DenseAssignmentProblem dense = DenseAssignmentProblem.of(Instances.scores(random, n, m, levels),
                    Instances.forbidden(random, n, m, round % 3 == 0 ? 0 : 0.4), Instances.capacities(random, m, 3));
            for (AssignmentProblem p : new AssignmentProblem[] {dense, Instances.asSparse(dense, random)}) {
                assertSameAsComparatorSort(p, PreferenceProblem.fromScores(p), "round " + round);
            }
        }
    }

    @Test
    void ordersLongListsWithScoresThatDifferOnlyInTheLastBitsOrHaveLongTiedRuns() {
        Random random = new Random(8);
        int n = 600;
        int m = 300;
        double[][] scores = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                switch ((i + j) % 4) {
                    // neighbouring doubles: only the lowest mantissa bits differ
                    case 0 -> scores[i][j] = Math.scalb(1.0 + random.nextInt(64) * Math.ulp(1.0), random.nextInt(3));
                    case 1 -> scores[i][j] = random.nextBoolean() ? 0.0 : -0.0;
                    case 2 -> scores[i][j] = -random.nextDouble() * 1e300;
                    default -> scores[i][j] = random.nextInt(3) * 1e-300;
                }
            }
        }
        int[] cap = new int[m];
        java.util.Arrays.fill(cap, 2);
        DenseAssignmentProblem p = DenseAssignmentProblem.of(scores, cap);
        assertSameAsComparatorSort(p, PreferenceProblem.fromScores(p), "mixed magnitudes");
    }

    @Test
    void positiveAndNegativeZeroAreATieBrokenByIndex() {
        DenseAssignmentProblem p = DenseAssignmentProblem.of(new double[][] {{-0.0, 0.0, -1, 1}, {0.0, -0.0, 2, -2}},
                new int[] {1, 1, 1, 1});
        PreferenceProblem prefs = PreferenceProblem.fromScores(p);
        assertThat(prefs.menteePreferences(0)).containsExactly(3, 0, 1, 2);
        assertThat(prefs.menteePreferences(1)).containsExactly(2, 0, 1, 3);
        assertThat(prefs.mentorPreferences(0)).containsExactly(0, 1);
        assertThat(prefs.mentorPreferences(1)).containsExactly(0, 1);
    }

    @Test
    void derivedPreferencesMakeOnlyAllowedPairsAcceptable() {
        DenseAssignmentProblem p = DenseAssignmentProblem.of(new double[][] {{1, 2}, {3, 4}},
                new boolean[][] {{false, true}, {false, false}}, new int[] {1, 1});
        PreferenceProblem prefs = PreferenceProblem.fromScores(p);
        assertThat(prefs.isAcceptable(0, 0)).isTrue();
        assertThat(prefs.isAcceptable(0, 1)).isFalse();
        assertThat(prefs.isAcceptable(1, 1)).isTrue();
        assertThat(prefs.mentorPreferences(1)).containsExactly(1);
    }

    @Test
    void refusesNullAndPinnedProblems() {
        assertThatThrownBy(() -> PreferenceProblem.fromScores(null)).isInstanceOf(NullPointerException.class);
        DenseAssignmentProblem pinned = DenseAssignmentProblem.of(new double[][] {{1}}, new int[] {1})
                .withPins(new int[] {0});
        assertThatThrownBy(() -> PreferenceProblem.fromScores(pinned)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pins");
    }

    @Test
    void theSorterIsStableAndOrdersUnsignedKeysWhateverTheirSpread() {
        Random random = new Random(3);
        PairOrder.Sorter sorter = new PairOrder.Sorter();
        for (int round = 0; round < 200; round++) {
            int len = random.nextInt(round % 10 == 0 ? 5000 : 200);
            long[] keys = new long[len];
            int[] values = new int[len];
            int spread = random.nextInt(64);
            long base = random.nextLong();
            for (int p = 0; p < len; p++) {
                keys[p] = base + (spread == 0 ? 0 : random.nextLong() >>> (64 - spread)) * (round % 3 == 0 ? -1 : 1);
                values[p] = p;
            }
            long[] expectedKeys = keys.clone();
            Integer[] expected = new Integer[len];
            for (int p = 0; p < len; p++) {
                expected[p] = p;
            }
            java.util.Arrays.sort(expected, (a, b) -> {
                int c = Long.compareUnsigned(expectedKeys[a], expectedKeys[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            sorter.sort(keys, values, len);
            for (int p = 0; p < len; p++) {
                assertThat(values[p]).as("round %d position %d", round, p).isEqualTo(expected[p]);
                assertThat(keys[p]).isEqualTo(expectedKeys[expected[p]]);
            }
        }
    }

    private static void assertSameAsComparatorSort(AssignmentProblem p, PreferenceProblem prefs, String what) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        assertThat(prefs.menteeCount()).isEqualTo(n);
        assertThat(prefs.mentorCount()).isEqualTo(m);
        Comparator<double[]> byScoreThenIndex = Comparator.<double[]>comparingDouble(x -> x[0] == 0 ? 0.0 : -x[0])
                .thenComparingDouble(x -> x[1]);
        for (int i = 0; i < n; i++) {
            List<double[]> pairs = new ArrayList<>();
            for (int j : p.candidatesOf(i)) {
                pairs.add(new double[] {p.score(i, j), j});
            }
            pairs.sort(byScoreThenIndex);
            assertThat(prefs.menteePreferences(i)).as("%s mentee %d", what, i)
                    .containsExactly(pairs.stream().mapToInt(x -> (int) x[1]).toArray());
        }
        for (int j = 0; j < m; j++) {
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (p.isAllowed(i, j)) {
                    pairs.add(new double[] {p.score(i, j), i});
                }
            }
            pairs.sort(byScoreThenIndex);
            int[] expected = pairs.stream().mapToInt(x -> (int) x[1]).toArray();
            assertThat(prefs.mentorPreferences(j)).as("%s mentor %d", what, j).containsExactly(expected);
            for (int r = 0; r < expected.length; r++) {
                assertThat(prefs.isAcceptable(expected[r], j)).isTrue();
            }
        }
        // the ranks fromScores fills in while sorting agree with those aligned from the same explicit lists
        int[][] menteeLists = new int[n][];
        for (int i = 0; i < n; i++) {
            menteeLists[i] = prefs.menteePreferences(i);
        }
        int[][] mentorLists = new int[m][];
        for (int j = 0; j < m; j++) {
            mentorLists[j] = prefs.mentorPreferences(j);
        }
        PreferenceProblem explicit = PreferenceProblem.of(menteeLists, mentorLists, p.capacities());
        assertThat(prefs.mentorRankView()).as(what).isDeepEqualTo(explicit.mentorRankView());
    }
}
