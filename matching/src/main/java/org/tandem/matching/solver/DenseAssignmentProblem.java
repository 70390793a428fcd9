package org.tandem.matching.solver;

import java.util.Arrays;
import java.util.Objects;

/**
 * An assignment problem given as a full score matrix, an optional forbidden mask and mentor capacities.
 *
 * <p>The number of mentors is {@code capacities.length}; every score row must have exactly that many columns.
 * The score of a forbidden pair is ignored and may be anything, including {@code NaN}; the score of every allowed
 * pair must be finite. Inputs are copied, so later changes to the caller's arrays have no effect, except by
 * {@link #adoptRowMajor}, which takes the caller's arrays as they are.
 *
 * <p>Memory: {@code 9 * menteeCount * mentorCount} bytes.
 */
public final class DenseAssignmentProblem implements AssignmentProblem {

    private final int menteeCount;
    private final int mentorCount;
    /** Row-major scores; forbidden entries hold 0 so that they never leak a NaN into arithmetic. */
    private final double[] scores;
    /** Row-major mask, {@code null} when every pair is allowed. */
    private final boolean[] forbidden;
    private final CapacitiesAndPins slots;
    private final long allowedPairs;

    private DenseAssignmentProblem(int n, double[] scores, boolean[] forbidden, CapacitiesAndPins slots,
            long allowedPairs) {
        this.menteeCount = n;
        this.mentorCount = slots.mentorCount();
        this.scores = scores;
        this.forbidden = forbidden;
        this.slots = slots;
        this.allowedPairs = allowedPairs;
    }

    /**
     * Creates a problem in which every pair is allowed.
     *
     * @param scores one row per mentee, each with one finite score per mentor
     * @param capacities one entry per mentor, each {@code >= 0}
     * @throws IllegalArgumentException if a row is null or has the wrong length, a score is not finite, or a
     *     capacity is negative
     * @throws NullPointerException if an argument is null
     */
    public static DenseAssignmentProblem of(double[][] scores, int[] capacities) {
        return of(scores, null, capacities);
    }

    /**
     * Creates a problem in which {@code forbidden[i][j] == true} rules out the pair {@code (i, j)}.
     *
     * @param scores one row per mentee, each with one score per mentor; finite wherever the pair is allowed
     * @param forbidden same shape as {@code scores}, or {@code null} when every pair is allowed
     * @param capacities one entry per mentor, each {@code >= 0}
     * @throws IllegalArgumentException if a row is null or has the wrong length, the mask's shape differs from
     *     the scores', an allowed pair's score is not finite, or a capacity is negative
     * @throws NullPointerException if {@code scores} or {@code capacities} is null
     */
    public static DenseAssignmentProblem of(double[][] scores, boolean[][] forbidden, int[] capacities) {
        Objects.requireNonNull(scores, "scores");
        CapacitiesAndPins slots = CapacitiesAndPins.of(capacities, scores.length);
        int n = scores.length;
        int m = slots.mentorCount();
        if (forbidden != null && forbidden.length != n) {
            throw new IllegalArgumentException("forbidden has " + forbidden.length + " rows, expected one per mentee ("
                    + n + ")");
        }
        if ((long) n * m > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a dense problem holds at most " + (Integer.MAX_VALUE - 8)
                    + " pairs; use SparseAssignmentProblem for " + n + " x " + m);
        }
        double[] flat = new double[n * m];
        boolean[] mask = forbidden == null ? null : new boolean[n * m];
        long allowed = 0;
        for (int i = 0; i < n; i++) {
            double[] row = scores[i];
            if (row == null) {
                throw new IllegalArgumentException("scores row " + i + " is null");
            }
            if (row.length != m) {
                throw new IllegalArgumentException("scores row " + i + " has " + row.length
                        + " columns, expected " + m + " (one per mentor capacity)");
            }
            boolean[] forbiddenRow = null;
            if (forbidden != null) {
                forbiddenRow = forbidden[i];
                if (forbiddenRow == null) {
                    throw new IllegalArgumentException("forbidden row " + i + " is null");
                }
                if (forbiddenRow.length != m) {
                    throw new IllegalArgumentException("forbidden row " + i + " has " + forbiddenRow.length
                            + " columns, expected " + m + " (one per mentor capacity)");
                }
            }
            int off = i * m;
            for (int j = 0; j < m; j++) {
                if (forbiddenRow != null && forbiddenRow[j]) {
                    mask[off + j] = true;
                    continue;
                }
                Checks.finiteScore(row[j], i, j);
                flat[off + j] = row[j];
                allowed++;
            }
        }
        return new DenseAssignmentProblem(n, flat, mask, slots, allowed);
    }

    /**
     * Creates a problem from row-major arrays: the pair of mentee {@code i} and mentor {@code j} is at
     * {@code i * capacities.length + j}. Saves the caller who already holds one flat matrix from building a row
     * array per mentee; the arrays are copied like those of {@link #of(double[][], boolean[][], int[])}.
     *
     * @param menteeCount how many mentees, {@code >= 0}
     * @param scores {@code menteeCount * capacities.length} scores; finite wherever the pair is allowed
     * @param forbidden same length as {@code scores}, or {@code null} when every pair is allowed
     * @param capacities one entry per mentor, each {@code >= 0}
     * @throws IllegalArgumentException if the mentee count is negative, an array has the wrong length, an allowed
     *     pair's score is not finite, or a capacity is negative
     * @throws NullPointerException if {@code scores} or {@code capacities} is null
     */
    public static DenseAssignmentProblem ofRowMajor(int menteeCount, double[] scores, boolean[] forbidden,
                                                    int[] capacities) {
        Objects.requireNonNull(scores, "scores");
        return adoptRowMajor(menteeCount, scores.clone(), forbidden == null ? null : forbidden.clone(), capacities);
    }

    /**
     * Creates a problem over row-major arrays like {@link #ofRowMajor}, but takes the arrays themselves instead of
     * copies: for a caller that fills a matrix only to hand it over, so that a large problem is not held twice
     * while it is built. The problem sets the score of every forbidden pair to 0 in {@code scores} (an input it
     * refuses is left unchanged). The caller must not change either array afterwards; the problem would see it.
     *
     * @throws IllegalArgumentException as {@link #ofRowMajor} does
     * @throws NullPointerException if {@code scores} or {@code capacities} is null
     */
    public static DenseAssignmentProblem adoptRowMajor(int menteeCount, double[] scores, boolean[] forbidden,
                                                       int[] capacities) {
        Objects.requireNonNull(scores, "scores");
        if (menteeCount < 0) {
            throw new IllegalArgumentException("the mentee count is " + menteeCount + "; it must not be negative");
        }
        CapacitiesAndPins slots = CapacitiesAndPins.of(capacities, menteeCount);
        int m = slots.mentorCount();
        long pairs = (long) menteeCount * m;
        if (scores.length != pairs) {
            throw new IllegalArgumentException("scores has " + scores.length + " entries, expected " + menteeCount
                    + " mentees x " + m + " mentors = " + pairs);
        }
        if (forbidden != null && forbidden.length != pairs) {
            throw new IllegalArgumentException("forbidden has " + forbidden.length + " entries, expected " + pairs
                    + " like the scores");
        }
        long allowed = 0;
        for (int k = 0; k < scores.length; k++) {
            if (forbidden != null && forbidden[k]) {
                continue;
            }
            double score = scores[k];
            if (!Double.isFinite(score)) {
                Checks.finiteScore(score, k / m, k % m);
            }
            allowed++;
        }
        // only once every allowed score is known good: a refused input is left as it was
        if (forbidden != null) {
            for (int k = 0; k < scores.length; k++) {
                if (forbidden[k]) {
                    scores[k] = 0;
                }
            }
        }
        return new DenseAssignmentProblem(menteeCount, scores, forbidden, slots, allowed);
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

    @Override
    public boolean isAllowed(int mentee, int mentor) {
        Checks.index(mentee, menteeCount, "mentee");
        Checks.index(mentor, mentorCount, "mentor");
        return forbidden == null || !forbidden[mentee * mentorCount + mentor];
    }

    @Override
    public double score(int mentee, int mentor) {
        if (!isAllowed(mentee, mentor)) {
            throw new IllegalArgumentException("mentee " + mentee + " and mentor " + mentor + " is a forbidden pair");
        }
        return scores[mentee * mentorCount + mentor];
    }

    @Override
    public int[] candidatesOf(int mentee) {
        Checks.index(mentee, menteeCount, "mentee");
        int[] out = new int[mentorCount];
        int k = 0;
        int off = mentee * mentorCount;
        for (int j = 0; j < mentorCount; j++) {
            if (forbidden == null || !forbidden[off + j]) {
                out[k++] = j;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    @Override
    public long allowedPairCount() {
        return allowedPairs;
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
    public DenseAssignmentProblem withPins(int[] pinnedMentorOf) {
        return new DenseAssignmentProblem(menteeCount, scores, forbidden, slots.withPins(pinnedMentorOf, this),
                allowedPairs);
    }

    // Package-private views of the internal arrays for the solvers; never handed to callers.

    double[] scoresView() {
        return scores;
    }

    boolean[] forbiddenView() {
        return forbidden;
    }

    int[] capacitiesView() {
        return slots.capacitiesView();
    }

    int[] pinsView() {
        return slots.pinsView();
    }

    @Override
    public String toString() {
        return "DenseAssignmentProblem[" + menteeCount + " mentees x " + mentorCount + " mentors, " + allowedPairs
                + " allowed pairs]";
    }
}
