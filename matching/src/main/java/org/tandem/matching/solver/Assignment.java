package org.tandem.matching.solver;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable, feasible assignment of mentees to mentors for one {@link AssignmentProblem}.
 *
 * <p>{@code mentorOf(i)} is the mentor of mentee {@code i}, or {@code -1} when the mentee is unmatched. The total
 * score is the sum of the original (unrounded) scores of the matched pairs, added in mentee index order so that it
 * is reproducible to the last bit. Two assignments are equal when they have the same mentor count and the same
 * {@code mentorOf} array.
 */
public final class Assignment {

    private final int[] mentorOf;
    private final int mentorCount;
    private final int matchedCount;
    private final double totalScore;

    private Assignment(int[] mentorOf, int mentorCount, int matchedCount, double totalScore) {
        this.mentorOf = mentorOf;
        this.mentorCount = mentorCount;
        this.matchedCount = matchedCount;
        this.totalScore = totalScore;
    }

    /**
     * Checks that {@code mentorOf} is feasible for the problem and wraps it with its matched count and total score.
     *
     * @param problem the problem the assignment is for
     * @param mentorOf one entry per mentee: a mentor index or {@code -1}; copied
     * @throws IllegalArgumentException if the length differs from the mentee count, an index is out of range, a
     *     pair is not allowed, a mentor is over capacity, or a pinned mentee is not with its pinned mentor
     * @throws NullPointerException if an argument is null
     */
    public static Assignment of(AssignmentProblem problem, int[] mentorOf) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(mentorOf, "mentorOf");
        return checked(problem, mentorOf.clone());
    }

    /** Like {@link #of} but takes ownership of the array; for solvers that built it themselves. */
    static Assignment checked(AssignmentProblem problem, int[] mentorOf) {
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        if (mentorOf.length != n) {
            throw new IllegalArgumentException("mentorOf has " + mentorOf.length + " entries, expected one per mentee ("
                    + n + ")");
        }
        int[] load = new int[m];
        int matched = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            int j = mentorOf[i];
            int pin = problem.pinnedMentorOf(i);
            if (pin >= 0 && j != pin) {
                throw new IllegalArgumentException("mentee " + i + " is pinned to mentor " + pin + " but assigned to "
                        + j);
            }
            if (j == -1) {
                continue;
            }
            if (j < 0 || j >= m) {
                throw new IllegalArgumentException("mentee " + i + " is assigned to mentor " + j + ", outside 0.."
                        + (m - 1) + " (use -1 for unmatched)");
            }
            if (!problem.isAllowed(i, j)) {
                throw new IllegalArgumentException("mentee " + i + " is assigned to mentor " + j
                        + ", which is not an allowed pair");
            }
            if (++load[j] > problem.capacity(j)) {
                throw new IllegalArgumentException("mentor " + j + " is assigned more mentees than its capacity "
                        + problem.capacity(j));
            }
            matched++;
            total += problem.score(i, j);
        }
        return new Assignment(mentorOf, m, matched, total);
    }

    /** Returns the number of mentees. */
    public int menteeCount() {
        return mentorOf.length;
    }

    /** Returns the number of mentors of the problem this assignment belongs to. */
    public int mentorCount() {
        return mentorCount;
    }

    /**
     * Returns the mentor of the mentee, or {@code -1} when unmatched.
     *
     * @throws IndexOutOfBoundsException if {@code mentee} is out of range
     */
    public int mentorOf(int mentee) {
        return mentorOf[mentee];
    }

    /** Returns a fresh copy of the mentor per mentee, {@code -1} for unmatched mentees. */
    public int[] mentorOf() {
        return mentorOf.clone();
    }

    /** Returns the number of matched mentees, pinned ones included. */
    public int matchedCount() {
        return matchedCount;
    }

    /** Returns the sum of the scores of all matched pairs, pinned ones included. */
    public double totalScore() {
        return totalScore;
    }

    /** Returns a fresh array with the number of mentees assigned to each mentor. */
    public int[] loads() {
        int[] load = new int[mentorCount];
        for (int j : mentorOf) {
            if (j >= 0) {
                load[j]++;
            }
        }
        return load;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assignment that && mentorCount == that.mentorCount
                && Arrays.equals(mentorOf, that.mentorOf);
    }

    @Override
    public int hashCode() {
        return 31 * mentorCount + Arrays.hashCode(mentorOf);
    }

    @Override
    public String toString() {
        return "Assignment[matched=" + matchedCount + "/" + mentorOf.length + ", totalScore=" + totalScore + "]";
    }
}
