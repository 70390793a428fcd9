package org.tandem.matching.solver;

import java.util.Arrays;
import java.util.Objects;

/**
 * An assignment problem given as a candidate list per mentee: only listed pairs are allowed.
 *
 * <p>{@code candidates[i]} lists mentor indices for mentee {@code i} in any order, and {@code scores[i][k]} is the
 * finite score of the pair {@code (i, candidates[i][k])}. Lists may be empty. The problem stores each list sorted
 * by mentor index; that order is the one {@link #candidatesOf(int)} returns. Inputs are copied.
 *
 * <p>Memory: about {@code 12 * allowedPairCount()} bytes.
 */
public final class SparseAssignmentProblem implements AssignmentProblem {

    private final int menteeCount;
    private final int mentorCount;
    /** CSR layout: the candidates of mentee i are at {@code rowStart[i] .. rowStart[i+1]-1}, mentor-ascending. */
    private final int[] rowStart;
    private final int[] mentors;
    private final double[] scores;
    private final CapacitiesAndPins slots;

    private SparseAssignmentProblem(int n, int[] rowStart, int[] mentors, double[] scores, CapacitiesAndPins slots) {
        this.menteeCount = n;
        this.mentorCount = slots.mentorCount();
        this.rowStart = rowStart;
        this.mentors = mentors;
        this.scores = scores;
        this.slots = slots;
    }

    /**
     * Creates a sparse problem.
     *
     * @param candidates one list per mentee of the mentor indices it may be matched with
     * @param scores one list per mentee, parallel to {@code candidates}, of finite scores
     * @param capacities one entry per mentor, each {@code >= 0}; its length is the number of mentors
     * @throws IllegalArgumentException if the outer lengths differ, a list is null, a score list's length differs
     *     from its candidate list's, a candidate index is out of range, a mentee lists a mentor twice, a score is not
     *     finite, or a capacity is negative
     * @throws NullPointerException if an argument is null
     */
    public static SparseAssignmentProblem of(int[][] candidates, double[][] scores, int[] capacities) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(scores, "scores");
        CapacitiesAndPins slots = CapacitiesAndPins.of(capacities, candidates.length);
        int n = candidates.length;
        int m = slots.mentorCount();
        if (scores.length != n) {
            throw new IllegalArgumentException("scores has " + scores.length + " rows but candidates has " + n);
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (candidates[i] == null) {
                throw new IllegalArgumentException("candidates row " + i + " is null");
            }
            if (scores[i] == null) {
                throw new IllegalArgumentException("scores row " + i + " is null");
            }
            if (scores[i].length != candidates[i].length) {
                throw new IllegalArgumentException("scores row " + i + " has " + scores[i].length
                        + " entries but candidates row " + i + " has " + candidates[i].length);
            }
            total += candidates[i].length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a sparse problem holds at most " + (Integer.MAX_VALUE - 8) + " pairs");
        }
        int[] rowStart = new int[n + 1];
        int[] mentors = new int[(int) total];
        double[] flatScores = new double[(int) total];
        long[] keys = new long[0];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            int[] row = candidates[i];
            double[] rowScores = scores[i];
            int len = row.length;
            if (keys.length < len) {
                keys = new long[Math.max(len, keys.length * 2)];
            }
            for (int k = 0; k < len; k++) {
                int j = row[k];
                if (j < 0 || j >= m) {
                    throw new IllegalArgumentException("mentee " + i + " candidate " + k + " is mentor " + j
                            + ", outside 0.." + (m - 1));
                }
                Checks.finiteScore(rowScores[k], i, j);
                // mentor in the high half, original position in the low half: sorting the keys sorts by mentor
                keys[k] = ((long) j << 32) | k;
            }
            Arrays.sort(keys, 0, len);
            rowStart[i] = pos;
            int previous = -1;
            for (int k = 0; k < len; k++) {
                int j = (int) (keys[k] >>> 32);
                if (j == previous) {
                    throw new IllegalArgumentException("mentee " + i + " lists mentor " + j + " more than once");
                }
                previous = j;
                mentors[pos] = j;
                flatScores[pos] = rowScores[(int) keys[k]];
                pos++;
            }
        }
        rowStart[n] = pos;
        return new SparseAssignmentProblem(n, rowStart, mentors, flatScores, slots);
    }

    @Override
    public int menteeCount() {
        return menteeCount;
    }

    @Override
    public int mentorCount() {
        return mentorCount;
    }

    @Override
    public int capacity(int mentor) {
        return slots.capacity(mentor);
    }

    @Override
    public int[] capacities() {
        return slots.capacities();
    }

    /** Returns the CSR position of the pair, or a negative value when the mentee does not list the mentor. */
    private int find(int mentee, int mentor) {
        Checks.index(mentee, menteeCount, "mentee");
        Checks.index(mentor, mentorCount, "mentor");
        int found = Arrays.binarySearch(mentors, rowStart[mentee], rowStart[mentee + 1], mentor);
        return found;
    }

    @Override
    public boolean isAllowed(int mentee, int mentor) {
        return find(mentee, mentor) >= 0;
    }

    @Override
    public double score(int mentee, int mentor) {
        int at = find(mentee, mentor);
        if (at < 0) {
            throw new IllegalArgumentException("mentee " + mentee + " does not list mentor " + mentor
                    + " as a candidate");
        }
        return scores[at];
    }

    @Override
    public int[] candidatesOf(int mentee) {
        Checks.index(mentee, menteeCount, "mentee");
        return Arrays.copyOfRange(mentors, rowStart[mentee], rowStart[mentee + 1]);
    }

    /**
     * Returns the scores of {@link #candidatesOf(int)}, in the same order, as a fresh array.
     *
     * @throws IndexOutOfBoundsException if {@code mentee} is out of range
     */
    public double[] candidateScoresOf(int mentee) {
        Checks.index(mentee, menteeCount, "mentee");
        return Arrays.copyOfRange(scores, rowStart[mentee], rowStart[mentee + 1]);
    }

    @Override
    public long allowedPairCount() {
        return mentors.length;
    }

    @Override
    public int pinnedMentorOf(int mentee) {
        return slots.pinnedMentorOf(mentee);
    }

    @Override
    public int[] pins() {
        return slots.pins();
    }

    @Override
    public boolean hasPins() {
        return slots.hasPins();
    }

    @Override
    public SparseAssignmentProblem withPins(int[] pinnedMentorOf) {
        return new SparseAssignmentProblem(menteeCount, rowStart, mentors, scores,
                slots.withPins(pinnedMentorOf, this));
    }

    // Package-private views of the internal arrays for the solvers; never handed to callers.

    int[] rowStartView() {
        return rowStart;
    }

    int[] mentorsView() {
        return mentors;
    }

    double[] scoresView() {
        return scores;
    }

    int[] capacitiesView() {
        return slots.capacitiesView();
    }

    int[] pinsView() {
        return slots.pinsView();
    }

    @Override
    public String toString() {
        return "SparseAssignmentProblem[" + menteeCount + " mentees x " + mentorCount + " mentors, "
                + mentors.length + " allowed pairs]";
    }
}
