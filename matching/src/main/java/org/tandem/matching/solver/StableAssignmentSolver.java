package org.tandem.matching.solver;

import java.util.Arrays;
import java.util.Objects;

/**
 * Stable many-to-one matching by mentee-proposing deferred acceptance (Gale–Shapley for hospitals/residents):
 * free mentees propose down their lists; a mentor holds its best proposals up to its capacity and rejects the
 * rest. The result is stable (no {@link BlockingPair}) and mentee-optimal: every mentee gets the best mentor it has
 * in any stable matching. By the rural hospitals theorem every stable matching matches the same mentees and gives
 * each mentor the same load.
 *
 * <p><b>From scores</b> ({@link #solve(AssignmentProblem)}): each mentee prefers higher-scored allowed mentors,
 * equal scores by smaller mentor index; each mentor prefers higher-scored mentees, equal scores by smaller mentee
 * index. Pinned pairs are kept and take capacity; pinned mentees neither propose nor can be displaced, so stability
 * is relative to the remaining capacity (this is what {@link StabilityChecker} checks). Preferences are never sorted
 * in full: each mentee's next choices come from a bounded selection over its row in batches that double in size,
 * and mentors compare scores directly, so no preference list is ever built. Memory beyond the problem is
 * {@code O(n + m + P)} for {@code P} proposals (a mentee's pending batch is at most twice what it has proposed, or
 * 8). This gives the same assignment as {@link #match(PreferenceProblem)} over {@link PreferenceProblem#fromScores}
 * of the same problem without pins, pair for pair, without the cost of sorting every list in full; check it with
 * {@link StabilityChecker#blockingPairs(AssignmentProblem, Assignment)}, which also reads the scores directly.
 *
 * <p><b>From explicit preferences</b> ({@link #match(PreferenceProblem)}): the same algorithm over given lists;
 * only mutually acceptable pairs are proposed.
 *
 * <p><b>Complexity.</b> Deferred acceptance makes at most {@code E} proposals, each {@code O(log capacity)}.
 * From scores, a mentee that makes {@code p} proposals scans its row {@code O(log p)} times, so the total is
 * {@code O(E log p_max + P log c)}; from preferences {@code O(E log c)} after an {@code O(E)} set-up.
 * The outcome does not depend on proposal order, so the solver is deterministic.
 *
 * <p>Stateless and thread-safe.
 */
public final class StableAssignmentSolver implements AssignmentSolver {

    private static final int FIRST_BATCH = 8;

    /** Creates the solver. */
    public StableAssignmentSolver() {
    }

    /**
     * Returns the mentee-optimal stable assignment for preferences derived from the scores, keeping pinned pairs.
     *
     * @throws NullPointerException if {@code problem} is null
     */
    @Override
    public Assignment solve(AssignmentProblem problem) {
        Objects.requireNonNull(problem, "problem");
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        int[] mentorOf = problem.pins();
        int[] room = problem.capacities();
        for (int i = 0; i < n; i++) {
            if (mentorOf[i] >= 0) {
                room[mentorOf[i]]--;
            }
        }
        Rows rows = Rows.of(problem);
        // per mentor a min-heap of held mentees, worst (lowest score, then highest index) on top
        int[] heapStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            heapStart[j + 1] = heapStart[j] + Math.min(room[j], n);
        }
        int[] heldMentee = new int[heapStart[m]];
        double[] heldScore = new double[heapStart[m]];
        int[] held = new int[m];
        // lazily refilled proposal batches
        int[][] batchMentor = new int[n][];
        double[][] batchScore = new double[n][];
        int[] batchPos = new int[n];
        int[] batchLen = new int[n];
        boolean[] exhausted = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (mentorOf[i] < 0) {
                stack[top++] = i;
            }
        }
        while (top > 0) {
            int i = stack[--top];
            while (i >= 0) {
                if (batchPos[i] == batchLen[i]) {
                    // a batch that came back short already held everything that was left
                    boolean shortBatch = batchMentor[i] != null && batchLen[i] < batchMentor[i].length;
                    if (exhausted[i] || shortBatch || !refill(i, rows, room, batchMentor, batchScore, batchPos, batchLen)) {
                        exhausted[i] = true;
                        batchMentor[i] = null;
                        batchScore[i] = null;
                        break;
                    }
                }
                int j = batchMentor[i][batchPos[i]];
                double s = batchScore[i][batchPos[i]];
                batchPos[i]++;
                int base = heapStart[j];
                if (held[j] < room[j]) {
                    mentorOf[i] = j;
                    heapPush(heldMentee, heldScore, base, held[j]++, i, s);
                    i = -1;
                } else if (mentorPrefers(s, i, heldScore[base], heldMentee[base])) {
                    int rejected = heldMentee[base];
                    mentorOf[rejected] = -1;
                    mentorOf[i] = j;
                    heapReplaceTop(heldMentee, heldScore, base, held[j], i, s);
                    i = rejected;
                }
            }
        }
        return Assignment.checked(problem, mentorOf);
    }

    /** Whether a mentor prefers mentee {@code a} (score {@code sa}) to mentee {@code b} (score {@code sb}). */
    static boolean mentorPrefers(double sa, int a, double sb, int b) {
        return sa > sb || (sa == sb && a < b);
    }

    private static void heapPush(int[] mentee, double[] score, int base, int pos, int i, double s) {
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!mentorPrefers(score[base + parent], mentee[base + parent], s, i)) {
                break;
            }
            mentee[base + pos] = mentee[base + parent];
            score[base + pos] = score[base + parent];
            pos = parent;
        }
        mentee[base + pos] = i;
        score[base + pos] = s;
    }

    private static void heapReplaceTop(int[] mentee, double[] score, int base, int size, int i, double s) {
        int pos = 0;
        while (true) {
            int child = 2 * pos + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && mentorPrefers(score[base + child], mentee[base + child], score[base + child + 1],
                    mentee[base + child + 1])) {
                child++;
            }
            // stop once the new mentee is no better than the worse child
            if (!mentorPrefers(s, i, score[base + child], mentee[base + child])) {
                break;
            }
            mentee[base + pos] = mentee[base + child];
            score[base + pos] = score[base + child];
            pos = child;
        }
        mentee[base + pos] = i;
        score[base + pos] = s;
    }

    /**
     * Loads the mentee's next batch: the best mentors (score descending, index ascending) strictly after the last
     * one proposed to, skipping mentors without room. Returns false when none is left.
     */
    private static boolean refill(int i, Rows rows, int[] room, int[][] batchMentor, double[][] batchScore,
            int[] batchPos, int[] batchLen) {
        int[] bm = batchMentor[i];
        double[] bs = batchScore[i];
        boolean first = bm == null;
        double lastScore = first ? Double.POSITIVE_INFINITY : bs[batchLen[i] - 1];
        int lastMentor = first ? -1 : bm[batchLen[i] - 1];
        int size = first ? FIRST_BATCH : bm.length * 2;
        int[] nm = new int[size];
        double[] ns = new double[size];
        int count = rows.selectAfter(i, lastScore, lastMentor, room, nm, ns);
        if (count == 0) {
            return false;
        }
        batchMentor[i] = nm;
        batchScore[i] = ns;
        batchPos[i] = 0;
        batchLen[i] = count;
        return true;
    }

    /** Row access for both layouts, with the bounded top-k selection used to feed proposals. */
    private abstract static class Rows {

        static Rows of(AssignmentProblem problem) {
            if (problem instanceof DenseAssignmentProblem dense) {
                return new DenseRows(dense);
            }
            return new SparseRows((SparseAssignmentProblem) problem);
        }

        abstract int selectAfter(int i, double lastScore, int lastMentor, int[] room, int[] outMentor,
                double[] outScore);

        /** Offers a candidate to the sorted top list; candidates arrive in increasing mentor index. */
        static int offer(int j, double s, double lastScore, int lastMentor, int count, int[] outMentor,
                double[] outScore) {
            if (s > lastScore || (s == lastScore && j <= lastMentor)) {
                return count;
            }
            int k = outMentor.length;
            if (count == k && s <= outScore[k - 1]) {
                return count;
            }
            int pos = count == k ? k - 1 : count;
            while (pos > 0 && s > outScore[pos - 1]) {
                outScore[pos] = outScore[pos - 1];
                outMentor[pos] = outMentor[pos - 1];
                pos--;
            }
            outScore[pos] = s;
            outMentor[pos] = j;
            return count == k ? k : count + 1;
        }
    }

    private static final class DenseRows extends Rows {
        private final int m;
        private final double[] scores;
        private final boolean[] forbidden;

        DenseRows(DenseAssignmentProblem p) {
            m = p.mentorCount();
            scores = p.scoresView();
            forbidden = p.forbiddenView();
        }

        @Override
        int selectAfter(int i, double lastScore, int lastMentor, int[] room, int[] outMentor, double[] outScore) {
            int count = 0;
            int off = i * m;
            for (int j = 0; j < m; j++) {
                if (room[j] > 0 && (forbidden == null || !forbidden[off + j])) {
                    count = offer(j, scores[off + j], lastScore, lastMentor, count, outMentor, outScore);
                }
            }
            return count;
        }
    }

    private static final class SparseRows extends Rows {
        private final int[] rowStart;
        private final int[] col;
        private final double[] scores;

        SparseRows(SparseAssignmentProblem p) {
            rowStart = p.rowStartView();
            col = p.mentorsView();
            scores = p.scoresView();
        }

        @Override
        int selectAfter(int i, double lastScore, int lastMentor, int[] room, int[] outMentor, double[] outScore) {
            int count = 0;
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = col[e];
                if (room[j] > 0) {
                    count = offer(j, scores[e], lastScore, lastMentor, count, outMentor, outScore);
                }
            }
            return count;
        }
    }

    /**
     * Returns the mentee-optimal stable matching for explicit preferences.
     *
     * @param preferences the preference profile
     * @return a fresh array with the mentor of each mentee, {@code -1} for unmatched
     * @throws NullPointerException if {@code preferences} is null
     */
    public int[] match(PreferenceProblem preferences) {
        Objects.requireNonNull(preferences, "preferences");
        int[][] prefs = preferences.menteePrefsView();
        int[][] rank = preferences.mentorRankView();
        int[] cap = preferences.capacitiesView();
        int n = prefs.length;
        int m = cap.length;
        int[] heapStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            heapStart[j + 1] = heapStart[j] + Math.min(cap[j], n);
        }
        // max-heap of held mentees by the mentor's rank of them: the worst held mentee is on top
        int[] heldMentee = new int[heapStart[m]];
        int[] heldRank = new int[heapStart[m]];
        int[] held = new int[m];
        int[] mentorOf = new int[n];
        Arrays.fill(mentorOf, -1);
        int[] next = new int[n];
        for (int start = 0; start < n; start++) {
            int i = start;
            while (i >= 0) {
                int[] list = prefs[i];
                int k = next[i];
                while (k < list.length && (rank[i][k] < 0 || cap[list[k]] == 0)) {
                    k++;
                }
                if (k == list.length) {
                    next[i] = k;
                    break;
                }
                next[i] = k + 1;
                int j = list[k];
                int r = rank[i][k];
                int base = heapStart[j];
                if (held[j] < cap[j]) {
                    mentorOf[i] = j;
                    rankHeapPush(heldMentee, heldRank, base, held[j]++, i, r);
                    i = -1;
                } else if (r < heldRank[base]) {
                    int rejected = heldMentee[base];
                    mentorOf[rejected] = -1;
                    mentorOf[i] = j;
                    rankHeapReplaceTop(heldMentee, heldRank, base, held[j], i, r);
                    i = rejected;
                }
            }
        }
        return mentorOf;
    }

    private static void rankHeapPush(int[] mentee, int[] rank, int base, int pos, int i, int r) {
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (rank[base + parent] >= r) {
                break;
            }
            mentee[base + pos] = mentee[base + parent];
            rank[base + pos] = rank[base + parent];
            pos = parent;
        }
        mentee[base + pos] = i;
        rank[base + pos] = r;
    }

    private static void rankHeapReplaceTop(int[] mentee, int[] rank, int base, int size, int i, int r) {
        int pos = 0;
        while (true) {
            int child = 2 * pos + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && rank[base + child + 1] > rank[base + child]) {
                child++;
            }
            if (rank[base + child] <= r) {
                break;
            }
            mentee[base + pos] = mentee[base + child];
            rank[base + pos] = rank[base + child];
            pos = child;
        }
        mentee[base + pos] = i;
        rank[base + pos] = r;
    }
}
