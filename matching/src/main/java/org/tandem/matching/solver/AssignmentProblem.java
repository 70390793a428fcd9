package org.tandem.matching.solver;

/**
 * An immutable, validated capacitated assignment problem: {@code menteeCount()} mentees, {@code mentorCount()}
 * mentors, a capacity per mentor, a finite score per allowed pair (higher is better) and optional pinned pairs.
 *
 * <p>A pinned pair is a pre-assigned mentee–mentor pair that every solver keeps as it is; it consumes one unit of
 * the mentor's capacity and counts in the result's matched count and total score. Pinned pairs are always allowed
 * pairs and never exceed a mentor's capacity (checked when the pins are set).
 *
 * <p>Problems with zero mentees or zero mentors are valid: every solver returns an assignment that leaves every
 * mentee unmatched.
 */
public sealed interface AssignmentProblem permits DenseAssignmentProblem, SparseAssignmentProblem {

    /** Returns the number of mentees (rows), {@code >= 0}. */
    int menteeCount();

    /** Returns the number of mentors (columns), {@code >= 0}. */
    int mentorCount();

    /**
     * Returns how many mentees the given mentor can take, {@code >= 0}.
     *
     * @throws IndexOutOfBoundsException if {@code mentor} is not in {@code 0..mentorCount()-1}
     */
    int capacity(int mentor);

    /** Returns a fresh copy of all capacities, indexed by mentor. */
    int[] capacities();

    /**
     * Returns whether the pair may be matched.
     *
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    boolean isAllowed(int mentee, int mentor);

    /**
     * Returns the score of an allowed pair.
     *
     * @throws IllegalArgumentException if the pair is not allowed
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    double score(int mentee, int mentor);

    /**
     * Returns the mentors the mentee may be matched with, in increasing mentor index order, as a fresh array.
     *
     * @throws IndexOutOfBoundsException if {@code mentee} is out of range
     */
    int[] candidatesOf(int mentee);

    /** Returns the number of allowed pairs. */
    long allowedPairCount();

    /**
     * Returns the mentor the mentee is pinned to, or {@code -1} when the mentee is not pinned.
     *
     * @throws IndexOutOfBoundsException if {@code mentee} is out of range
     */
    int pinnedMentorOf(int mentee);

    /** Returns a fresh array of the pinned mentor per mentee, {@code -1} where the mentee is not pinned. */
    int[] pins();

    /** Returns whether at least one mentee is pinned. */
    boolean hasPins();

    /**
     * Returns a copy of this problem with the given pins, replacing any earlier pins.
     *
     * @param pinnedMentorOf one entry per mentee: the mentor index it is pinned to, or {@code -1} for none
     * @throws IllegalArgumentException if the array length differs from {@code menteeCount()}, an index is out of
     *     range, a pinned pair is not allowed, or a mentor has more pinned mentees than its capacity
     * @throws NullPointerException if {@code pinnedMentorOf} is null
     */
    AssignmentProblem withPins(int[] pinnedMentorOf);
}
