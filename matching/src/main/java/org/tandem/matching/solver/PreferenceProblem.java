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
        this(menteePrefs, mentorPrefs, capacities, alignRanks(menteePrefs, mentorPrefs));
    }

    private PreferenceProblem(int[][] menteePrefs, int[][] mentorPrefs, int[] capacities, int[][] mentorRank) {
        this.menteePrefs = menteePrefs;
        this.mentorPrefs = mentorPrefs;
        this.capacities = capacities;
        this.mentorRank = mentorRank;
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
     * <p>This sorts every list in full, so each allowed pair is sorted twice (40 million entries for 10,000 x 2,000
     * dense). For the stable matching itself, {@link StableAssignmentSolver#solve(AssignmentProblem)} gives the same
     * assignment pair for pair without building any list, and
     * {@link StabilityChecker#blockingPairs(AssignmentProblem, Assignment)} checks it from the scores; build the
     * profile only when the lists themselves are needed.
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
        return new ScoreRanking(problem).build();
    }

    /**
     * Builds both sides' lists from scores in {@code O(pairs)} memory passes plus one stable radix sort per list,
     * reading the problem's arrays directly, and fills the mentor ranks as the mentor lists are sorted instead of
     * aligning them afterwards.
     */
    private static final class ScoreRanking {
        private final AssignmentProblem problem;
        private final int n;
        private final int m;
        private final double[] denseScores;
        private final boolean[] denseForbidden;
        private final int[] sparseStart;
        private final int[] sparseMentors;
        private final double[] sparseScores;
        private final PairOrder.Sorter sorter = new PairOrder.Sorter();
        private static final int TRANSPOSE_BLOCK = 64;

        ScoreRanking(AssignmentProblem problem) {
            this.problem = problem;
            this.n = problem.menteeCount();
            this.m = problem.mentorCount();
            if (problem instanceof DenseAssignmentProblem dense) {
                denseScores = dense.scoresView();
                denseForbidden = dense.forbiddenView();
                sparseStart = null;
                sparseMentors = null;
                sparseScores = null;
            } else {
                SparseAssignmentProblem sparse = (SparseAssignmentProblem) problem;
                denseScores = null;
                denseForbidden = null;
                sparseStart = sparse.rowStartView();
                sparseMentors = sparse.mentorsView();
                sparseScores = sparse.scoresView();
            }
        }

        /** Writes mentee i's allowed mentors (ascending) and their keys; returns how many. */
        private int row(int i, int[] mentors, long[] keys) {
            int len = 0;
            if (denseScores != null) {
                int off = i * m;
                for (int j = 0; j < m; j++) {
                    if (denseForbidden == null || !denseForbidden[off + j]) {
                        mentors[len] = j;
                        keys[len++] = PairOrder.descendingKey(denseScores[off + j]);
                    }
                }
            } else {
                for (int e = sparseStart[i]; e < sparseStart[i + 1]; e++) {
                    mentors[len] = sparseMentors[e];
                    keys[len++] = PairOrder.descendingKey(sparseScores[e]);
                }
            }
            return len;
        }

        /**
         * Appends every pair to its mentor's segment of the by-mentor arrays, mentees in ascending order, and
         * notes where each pair went. Done a block of mentors at a time: writing to every mentor's segment at once
         * would touch a different memory page per pair.
         */
        private void transpose(int[] fill, long[] byMentorKey, int[] byMentorMentee, int[] byMentorIndex) {
            int[] done = new int[n];
            int[] firstPair = new int[n + 1];
            for (int i = 0; i < n; i++) {
                firstPair[i + 1] = firstPair[i] + (denseScores != null ? 0 : sparseStart[i + 1] - sparseStart[i]);
            }
            if (denseScores != null) {
                for (int i = 0; i < n; i++) {
                    int off = i * m;
                    int len = 0;
                    for (int j = 0; j < m; j++) {
                        if (denseForbidden == null || !denseForbidden[off + j]) {
                            len++;
                        }
                    }
                    firstPair[i + 1] = firstPair[i] + len;
                }
            }
            for (int from = 0; from < m; from += TRANSPOSE_BLOCK) {
                int to = Math.min(m, from + TRANSPOSE_BLOCK);
                for (int i = 0; i < n; i++) {
                    int pair = firstPair[i] + done[i];
                    if (denseScores != null) {
                        int off = i * m;
                        for (int j = from; j < to; j++) {
                            if (denseForbidden == null || !denseForbidden[off + j]) {
                                int at = fill[j]++;
                                byMentorKey[at] = PairOrder.descendingKey(denseScores[off + j]);
                                byMentorMentee[at] = i;
                                byMentorIndex[pair++] = at;
                            }
                        }
                    } else {
                        int e = sparseStart[i] + done[i];
                        int end = sparseStart[i + 1];
                        for (; e < end && sparseMentors[e] < to; e++) {
                            int at = fill[sparseMentors[e]]++;
                            byMentorKey[at] = PairOrder.descendingKey(sparseScores[e]);
                            byMentorMentee[at] = i;
                            byMentorIndex[pair++] = at;
                        }
                    }
                    done[i] = pair - firstPair[i];
                }
            }
        }

        PreferenceProblem build() {
            int[] start = new int[m + 1];
            int maxRow = 0;
            for (int i = 0; i < n; i++) {
                if (denseScores == null) {
                    maxRow = Math.max(maxRow, sparseStart[i + 1] - sparseStart[i]);
                    for (int e = sparseStart[i]; e < sparseStart[i + 1]; e++) {
                        start[sparseMentors[e] + 1]++;
                    }
                } else {
                    int off = i * m;
                    int len = 0;
                    for (int j = 0; j < m; j++) {
                        if (denseForbidden == null || !denseForbidden[off + j]) {
                            start[j + 1]++;
                            len++;
                        }
                    }
                    maxRow = Math.max(maxRow, len);
                }
            }
            for (int j = 0; j < m; j++) {
                start[j + 1] += start[j];
            }
            int pairs = start[m];
            int[] fill = java.util.Arrays.copyOf(start, m);
            long[] byMentorKey = new long[pairs];
            int[] byMentorMentee = new int[pairs];
            // per pair, numbered mentee by mentee in mentor order: its index in the by-mentor arrays, and its
            // position in its mentee's list
            int[] byMentorIndex = new int[pairs];
            int[] positionInRow = new int[pairs];
            int[][] menteePrefs = new int[n][];
            int[][] mentorRank = new int[n][];
            int[] mentors = new int[maxRow];
            long[] keys = new long[maxRow];
            int[] order = new int[maxRow];
            int pair = 0;
            for (int i = 0; i < n; i++) {
                int len = row(i, mentors, keys);
                for (int c = 0; c < len; c++) {
                    order[c] = c;
                }
                sorter.sort(keys, order, len);
                int[] list = new int[len];
                for (int k = 0; k < len; k++) {
                    int c = order[k];
                    list[k] = mentors[c];
                    positionInRow[pair + c] = k;
                }
                menteePrefs[i] = list;
                pair += len;
            }
            transpose(fill, byMentorKey, byMentorMentee, byMentorIndex);
            int maxColumn = 0;
            for (int j = 0; j < m; j++) {
                maxColumn = Math.max(maxColumn, start[j + 1] - start[j]);
            }
            long[] columnKeys = new long[maxColumn];
            int[] slot = new int[maxColumn];
            int[][] mentorPrefs = new int[m][];
            for (int j = 0; j < m; j++) {
                int from = start[j];
                int len = start[j + 1] - from;
                System.arraycopy(byMentorKey, from, columnKeys, 0, len);
                for (int r = 0; r < len; r++) {
                    slot[r] = from + r;
                }
                // mentees arrive in ascending order, so the stable sort breaks equal scores by mentee index
                sorter.sort(columnKeys, slot, len);
                int[] list = new int[len];
                for (int r = 0; r < len; r++) {
                    int at = slot[r];
                    list[r] = byMentorMentee[at];
                    // the by-mentor key of a sorted pair is no longer needed: keep its rank there instead
                    byMentorKey[at] = r;
                }
                mentorPrefs[j] = list;
            }
            // gathered mentee by mentee: consecutive mentees read neighbouring by-mentor entries, so this stays in
            // cache, where scattering ranks from each mentor's list into every mentee's array would not
            pair = 0;
            for (int i = 0; i < n; i++) {
                int len = menteePrefs[i].length;
                int[] ranks = new int[len];
                for (int c = 0; c < len; c++) {
                    ranks[positionInRow[pair + c]] = (int) byMentorKey[byMentorIndex[pair + c]];
                }
                mentorRank[i] = ranks;
                pair += len;
            }
            return new PreferenceProblem(menteePrefs, mentorPrefs, problem.capacities(), mentorRank);
        }
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
