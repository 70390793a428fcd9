package org.tandem.matching.solver;

import java.util.Arrays;
import java.util.Objects;
import org.tandem.matching.solver.internal.PairOrder;

/**
 * An immutable many-to-one preference profile (hospitals/residents): each mentee ranks mentors, each mentor ranks
 * mentees, each mentor has a capacity.
 *
 * <p>{@code menteePrefs[i]} lists mentor indices, best first; {@code mentorPrefs[j]} lists mentee indices, best
 * first. Lists may be short or empty. A pair is <em>acceptable</em> only when each side lists the other. The number
 * of mentors is {@code capacities.length}. Inputs are copied.
 */
public final class PreferenceProblem {

    private final int[][] menteePrefs;
    private final int[][] mentorPrefs;
    private final int[] capacities;
    /** {@code mentorRank[i][k]}: position of mentee i in the list of mentor {@code menteePrefs[i][k]}, or -1. */
    private final int[][] mentorRank;

    private PreferenceProblem(int[][] menteePrefs, int[][] mentorPrefs, int[] capacities) {
        this.menteePrefs = menteePrefs;
        this.mentorPrefs = mentorPrefs;
        this.capacities = capacities;
        this.mentorRank = alignRanks(menteePrefs, mentorPrefs);
    }

    /**
     * Creates a preference problem.
     *
     * @param menteePrefs one list per mentee of mentor indices, best first
     * @param mentorPrefs one list per mentor of mentee indices, best first
     * @param capacities one entry per mentor, each {@code >= 0}
     * @throws IllegalArgumentException if {@code mentorPrefs.length != capacities.length}, a list is null, an index
     *     is out of range, a list names the same index twice, or a capacity is negative
     * @throws NullPointerException if an argument is null
     */
    public static PreferenceProblem of(int[][] menteePrefs, int[][] mentorPrefs, int[] capacities) {
        Objects.requireNonNull(menteePrefs, "menteePrefs");
        Objects.requireNonNull(mentorPrefs, "mentorPrefs");
        int[] caps = Checks.capacities(capacities);
        int n = menteePrefs.length;
        int m = caps.length;
        if (mentorPrefs.length != m) {
            throw new IllegalArgumentException("mentorPrefs has " + mentorPrefs.length
                    + " lists, expected one per mentor capacity (" + m + ")");
        }
        return new PreferenceProblem(copyLists(menteePrefs, m, "mentee", "mentor"),
                copyLists(mentorPrefs, n, "mentor", "mentee"), caps);
    }

    /**
     * Derives both sides' preferences from the scores of an assignment problem: each mentee ranks its allowed
     * mentors by score, highest first, equal scores by smaller mentor index; each mentor ranks the mentees it is
     * allowed with by score, highest first, equal scores by smaller mentee index. Capacities are copied.
     *
     * <p>Pins cannot be expressed in a preference profile; {@link StableAssignmentSolver#solve(AssignmentProblem)}
     * honours them directly.
     *
     * @throws IllegalArgumentException if the problem has pins
     * @throws NullPointerException if {@code problem} is null
     */
    public static PreferenceProblem fromScores(AssignmentProblem problem) {
        Objects.requireNonNull(problem, "problem");
        if (problem.hasPins()) {
            throw new IllegalArgumentException("a preference profile cannot express pins; "
                    + "use StableAssignmentSolver.solve(AssignmentProblem) for a problem with pins");
        }
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        // transpose into per-mentor lists in mentee-ascending order, so a stable sort breaks ties by mentee index
        int[] degree = new int[m + 1];
        int[][] menteeCands = new int[n][];
        double[][] menteeScores = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] cands = problem.candidatesOf(i);
            double[] s = new double[cands.length];
            for (int k = 0; k < cands.length; k++) {
                s[k] = problem.score(i, cands[k]);
                degree[cands[k] + 1]++;
            }
            menteeCands[i] = cands;
            menteeScores[i] = s;
        }
        for (int j = 0; j < m; j++) {
            degree[j + 1] += degree[j];
        }
        int[] fill = Arrays.copyOf(degree, m);
        int[] byMentorMentee = new int[degree[m]];
        double[] byMentorScore = new double[degree[m]];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < menteeCands[i].length; k++) {
                int at = fill[menteeCands[i][k]]++;
                byMentorMentee[at] = i;
                byMentorScore[at] = menteeScores[i][k];
            }
        }
        int[][] menteePrefs = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] order = PairOrder.byScoreDescending(menteeScores[i]);
            int[] list = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                list[k] = menteeCands[i][order[k]];
            }
            menteePrefs[i] = list;
        }
        int[][] mentorPrefs = new int[m][];
        for (int j = 0; j < m; j++) {
            double[] s = Arrays.copyOfRange(byMentorScore, degree[j], degree[j + 1]);
            int[] order = PairOrder.byScoreDescending(s);
            int[] list = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                list[k] = byMentorMentee[degree[j] + order[k]];
            }
            mentorPrefs[j] = list;
        }
        return new PreferenceProblem(menteePrefs, mentorPrefs, problem.capacities());
    }

    private static int[][] copyLists(int[][] lists, int bound, String owner, String item) {
        int[][] copy = new int[lists.length][];
        boolean[] seen = new boolean[bound];
        for (int a = 0; a < lists.length; a++) {
            int[] list = lists[a];
            if (list == null) {
                throw new IllegalArgumentException(owner + " " + a + " has a null preference list");
            }
            for (int k = 0; k < list.length; k++) {
                int b = list[k];
                if (b < 0 || b >= bound) {
                    throw new IllegalArgumentException(owner + " " + a + " lists " + item + " " + b + " at position "
                            + k + ", outside 0.." + (bound - 1));
                }
                if (seen[b]) {
                    for (int x : list) {
                        if (x >= 0 && x < bound) {
                            seen[x] = false;
                        }
                    }
                    throw new IllegalArgumentException(owner + " " + a + " lists " + item + " " + b + " more than once");
                }
                seen[b] = true;
            }
            for (int b : list) {
                seen[b] = false;
            }
            copy[a] = list.clone();
        }
        return copy;
    }

    /** Bucket the mentor lists by mentee, then look each mentee's mentors up in one scratch array: O(total). */
    private static int[][] alignRanks(int[][] menteePrefs, int[][] mentorPrefs) {
        int n = menteePrefs.length;
        int m = mentorPrefs.length;
        int[] start = new int[n + 1];
        for (int[] list : mentorPrefs) {
            for (int i : list) {
                start[i + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] bucketMentor = new int[start[n]];
        int[] bucketRank = new int[start[n]];
        for (int j = 0; j < m; j++) {
            int[] list = mentorPrefs[j];
            for (int r = 0; r < list.length; r++) {
                int at = fill[list[r]]++;
                bucketMentor[at] = j;
                bucketRank[at] = r;
            }
        }
        int[] scratch = new int[m];
        int[][] rank = new int[n][];
        for (int i = 0; i < n; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                scratch[bucketMentor[e]] = bucketRank[e] + 1;
            }
            int[] list = menteePrefs[i];
            int[] row = new int[list.length];
            for (int k = 0; k < list.length; k++) {
                row[k] = scratch[list[k]] - 1;
            }
            rank[i] = row;
            for (int e = start[i]; e < start[i + 1]; e++) {
                scratch[bucketMentor[e]] = 0;
            }
        }
        return rank;
    }

    /** Returns the number of mentees. */
    public int menteeCount() {
        return menteePrefs.length;
    }

    /** Returns the number of mentors. */
    public int mentorCount() {
        return capacities.length;
    }

    /**
     * Returns the capacity of a mentor.
     *
     * @throws IndexOutOfBoundsException if {@code mentor} is out of range
     */
    public int capacity(int mentor) {
        Checks.index(mentor, capacities.length, "mentor");
        return capacities[mentor];
    }

    /**
     * Returns a copy of the mentee's list of mentors, best first.
     *
     * @throws IndexOutOfBoundsException if {@code mentee} is out of range
     */
    public int[] menteePreferences(int mentee) {
        Checks.index(mentee, menteePrefs.length, "mentee");
        return menteePrefs[mentee].clone();
    }

    /**
     * Returns a copy of the mentor's list of mentees, best first.
     *
     * @throws IndexOutOfBoundsException if {@code mentor} is out of range
     */
    public int[] mentorPreferences(int mentor) {
        Checks.index(mentor, mentorPrefs.length, "mentor");
        return mentorPrefs[mentor].clone();
    }

    /**
     * Returns whether the mentee and the mentor list each other.
     *
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public boolean isAcceptable(int mentee, int mentor) {
        Checks.index(mentee, menteePrefs.length, "mentee");
        Checks.index(mentor, capacities.length, "mentor");
        return positionOf(mentee, mentor) >= 0 && mentorRank[mentee][positionOf(mentee, mentor)] >= 0;
    }

    /** Position of the mentor in the mentee's list, or -1. */
    int positionOf(int mentee, int mentor) {
        int[] list = menteePrefs[mentee];
        for (int k = 0; k < list.length; k++) {
            if (list[k] == mentor) {
                return k;
            }
        }
        return -1;
    }

    // Package-private views for the solver and the checker; never handed to callers.

    int[][] menteePrefsView() {
        return menteePrefs;
    }

    int[][] mentorRankView() {
        return mentorRank;
    }

    int[] capacitiesView() {
        return capacities;
    }

    @Override
    public String toString() {
        return "PreferenceProblem[" + menteePrefs.length + " mentees x " + capacities.length + " mentors]";
    }
}
