package org.tandem.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds blocking pairs of a many-to-one matching. A pair {@code (i, j)} blocks when it is acceptable, mentee
 * {@code i} is unmatched or prefers {@code j} to its mentor, and mentor {@code j} has spare capacity or prefers
 * {@code i} to the worst mentee it holds. A matching is stable when no pair blocks.
 *
 * <p>Complexity {@code O(E + n + m)}; the result lists every blocking pair, ordered by mentee (then by the mentee's
 * preference for explicit lists, by mentor index for scores).
 */
public final class StabilityChecker {

    private StabilityChecker() {
    }

    /**
     * Returns the blocking pairs of a matching under explicit preferences; empty when it is stable.
     *
     * @param preferences the preference profile
     * @param mentorOf the mentor of each mentee, {@code -1} for unmatched
     * @throws IllegalArgumentException if {@code mentorOf} is not a matching for the profile: wrong length, index
     *     out of range, a pair that is not mutually acceptable, or a mentor over capacity
     * @throws NullPointerException if an argument is null
     */
    public static List<BlockingPair> blockingPairs(PreferenceProblem preferences, int[] mentorOf) {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(mentorOf, "mentorOf");
        int[][] prefs = preferences.menteePrefsView();
        int[][] rank = preferences.mentorRankView();
        int[] cap = preferences.capacitiesView();
        int n = prefs.length;
        int m = cap.length;
        if (mentorOf.length != n) {
            throw new IllegalArgumentException("mentorOf has " + mentorOf.length + " entries, expected one per mentee ("
                    + n + ")");
        }
        int[] load = new int[m];
        int[] worstRank = new int[m];
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            int j = mentorOf[i];
            position[i] = prefs[i].length;
            if (j == -1) {
                continue;
            }
            if (j < 0 || j >= m) {
                throw new IllegalArgumentException("mentee " + i + " is matched to mentor " + j + ", outside 0.."
                        + (m - 1));
            }
            int k = preferences.positionOf(i, j);
            if (k < 0 || rank[i][k] < 0) {
                throw new IllegalArgumentException("mentee " + i + " is matched to mentor " + j
                        + ", which is not a mutually acceptable pair");
            }
            if (++load[j] > cap[j]) {
                throw new IllegalArgumentException("mentor " + j + " holds more mentees than its capacity " + cap[j]);
            }
            position[i] = k;
            worstRank[j] = Math.max(worstRank[j], rank[i][k]);
        }
        List<BlockingPair> blocking = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < position[i]; k++) {
                int r = rank[i][k];
                if (r < 0) {
                    continue;
                }
                int j = prefs[i][k];
                if (load[j] < cap[j] || r < worstRank[j]) {
                    blocking.add(new BlockingPair(i, j));
                }
            }
        }
        return blocking;
    }

    /**
     * Returns the blocking pairs of an assignment under the preferences {@link StableAssignmentSolver} derives from
     * scores (higher score first; equal scores by smaller mentor index for mentees, smaller mentee index for
     * mentors); empty when it is stable. Pinned mentees never block, and a mentor's pinned mentees cannot be
     * displaced, so a mentor prefers a newcomer only to its worst unpinned mentee.
     *
     * <p>Reads the scores directly, one pass over the allowed pairs, and builds no preference lists: for a problem
     * without pins the result is the same set of pairs as {@link #blockingPairs(PreferenceProblem, int[])} over
     * {@link PreferenceProblem#fromScores}, at a fraction of the cost. Memory {@code O(n + m)} beyond the result.
     *
     * @param problem the problem the assignment is for
     * @param assignment an assignment for {@code problem}
     * @throws IllegalArgumentException if the assignment's shape does not fit the problem, or it is infeasible
     * @throws NullPointerException if an argument is null
     */
    public static List<BlockingPair> blockingPairs(AssignmentProblem problem, Assignment assignment) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(assignment, "assignment");
        if (assignment.mentorCount() != problem.mentorCount()) {
            throw new IllegalArgumentException("assignment has " + assignment.mentorCount()
                    + " mentors but the problem has " + problem.mentorCount());
        }
        // re-validated against this problem: allowed pairs, capacities and pins
        int[] mentorOf = Assignment.of(problem, assignment.mentorOf()).mentorOf();
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        int[] pins = problem.pins();
        int[] cap = problem.capacities();
        int[] load = new int[m];
        int[] worst = new int[m];
        double[] worstScore = new double[m];
        Arrays.fill(worst, -1);
        double[] currentScore = new double[n];
        for (int i = 0; i < n; i++) {
            int j = mentorOf[i];
            if (j < 0) {
                continue;
            }
            load[j]++;
            double s = problem.score(i, j);
            currentScore[i] = s;
            if (pins[i] < 0 && (worst[j] < 0
                    || StableAssignmentSolver.mentorPrefers(worstScore[j], worst[j], s, i))) {
                worst[j] = i;
                worstScore[j] = s;
            }
        }
        // mentor j takes a newcomer (s, i) iff s > barScore[j] || (s == barScore[j] && i < barMentee[j]): with room
        // it takes anyone, full it takes those it prefers to its worst unpinned mentee, full of pins no one
        double[] barScore = new double[m];
        int[] barMentee = new int[m];
        for (int j = 0; j < m; j++) {
            if (load[j] < cap[j]) {
                barScore[j] = Double.NEGATIVE_INFINITY;
            } else if (worst[j] < 0) {
                barScore[j] = Double.POSITIVE_INFINITY;
            } else {
                barScore[j] = worstScore[j];
                barMentee[j] = worst[j];
            }
        }
        List<BlockingPair> blocking = new ArrayList<>();
        if (problem instanceof DenseAssignmentProblem dense) {
            double[] scores = dense.scoresView();
            boolean[] forbidden = dense.forbiddenView();
            for (int i = 0; i < n; i++) {
                if (pins[i] >= 0) {
                    continue;
                }
                int current = mentorOf[i];
                // an unmatched mentee wants every allowed mentor
                double s0 = current < 0 ? Double.NEGATIVE_INFINITY : currentScore[i];
                int off = i * m;
                for (int j = 0; j < m; j++) {
                    double s = scores[off + j];
                    if ((s > s0 || (s == s0 && j < current)) && (forbidden == null || !forbidden[off + j])
                            && (s > barScore[j] || (s == barScore[j] && i < barMentee[j]))) {
                        blocking.add(new BlockingPair(i, j));
                    }
                }
            }
        } else {
            SparseAssignmentProblem sparse = (SparseAssignmentProblem) problem;
            int[] rowStart = sparse.rowStartView();
            int[] mentors = sparse.mentorsView();
            double[] scores = sparse.scoresView();
            for (int i = 0; i < n; i++) {
                if (pins[i] >= 0) {
                    continue;
                }
                int current = mentorOf[i];
                double s0 = current < 0 ? Double.NEGATIVE_INFINITY : currentScore[i];
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    int j = mentors[e];
                    double s = scores[e];
                    if ((s > s0 || (s == s0 && j < current))
                            && (s > barScore[j] || (s == barScore[j] && i < barMentee[j]))) {
                        blocking.add(new BlockingPair(i, j));
                    }
                }
            }
        }
        return blocking;
    }
}
