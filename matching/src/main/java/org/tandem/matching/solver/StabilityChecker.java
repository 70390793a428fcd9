package org.tandem.matching.solver;

import java.util.ArrayList;
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
        int[] mentorOf = Assignment.of(problem, assignment.mentorOf()).mentorOf();
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        int[] pins = problem.pins();
        int[] load = new int[m];
        int[] worst = new int[m];
        double[] worstScore = new double[m];
        java.util.Arrays.fill(worst, -1);
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
        int[] cap = problem.capacities();
        List<BlockingPair> blocking = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (pins[i] >= 0) {
                continue;
            }
            int current = mentorOf[i];
            double s0 = currentScore[i];
            for (int j : problem.candidatesOf(i)) {
                if (j == current) {
                    continue;
                }
                double s = problem.score(i, j);
                boolean menteeWants = current < 0 || s > s0 || (s == s0 && j < current);
                if (!menteeWants) {
                    continue;
                }
                if (load[j] < cap[j]
                        || (worst[j] >= 0 && StableAssignmentSolver.mentorPrefers(s, i, worstScore[j], worst[j]))) {
                    blocking.add(new BlockingPair(i, j));
                }
            }
        }
        return blocking;
    }
}
