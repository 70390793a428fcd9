package org.tandem.matching.solver.internal;

import java.util.Arrays;

/**
 * Exact min-cost capacitated assignment by successive shortest augmenting paths (Dijkstra with dual potentials,
 * in the style of Jonker–Volgenant and Crouse's rectangular variant) over mentors as capacitated nodes.
 *
 * <p>Every mentee row must end in a mentor slot or in a virtual "unmatched" column D of unbounded capacity whose
 * cost is 0; with the real costs being {@code -(BIG + q)} this minimises unmatched rows first and cost second.
 * Mentors are never expanded into slots: a full mentor reached by the search forwards the search to all of its
 * current mentees at the same distance (their edges are tight), and the augmentation passes the freed slot down
 * the path, so memory stays {@code O(n + m + edges)}.
 *
 * <p>Invariants (checked by {@link #certifies} in tests): reduced costs {@code c - u[i] - v[j] >= 0} on every edge
 * and {@code = 0} on matched edges; {@code v[j] = 0} for every mentor with spare capacity (loads never decrease, and
 * the search stops at the first mentor with spare capacity, so such a mentor's potential is never lowered);
 * {@code u[i] <= 0} with equality for rows in D. Together these certify optimality.
 *
 * <p>Deterministic by construction: rows are processed in index order after a greedy start in which each row
 * takes, among its cheapest mentors, the one with the smallest index that still has room (a row whose cheapest
 * mentors are all full waits for the search; taking any cheapest mentor keeps the duals feasible, and spreading
 * tied rows leaves far fewer to search when scores have few levels); the search extracts the mentor with the
 * smallest distance, preferring a mentor with spare capacity, then the smaller index; an equal-distance exit to D
 * is preferred over expanding a full mentor. The dense and the sparse search follow the same order, so the same
 * pairs give the same assignment in either layout.
 *
 * <p>Complexity: {@code O(E)} start, then per remaining row one Dijkstra search that stops early; worst case
 * {@code O(n * (E + m log m))} sparse and {@code O(n * m * s)} dense, where {@code s <= n} is the number of rows a
 * search scans. Memory {@code O(n + m)} besides the cost arrays.
 */
public final class ShortestAugmentingPath {

    /** Cost marking an absent pair in the dense layout; larger than any path through real edges or D. */
    public static final long FORBIDDEN = 1L << 60;

    private static final long INF = Long.MAX_VALUE / 2;

    private final int n;
    private final int m;
    private final int[] cap;
    private final int[] load;
    private final int[] slotStart;
    private final int[] slotRow;
    private final int[] slotOf;
    private final int[] mentorOf;
    private final long[] u;
    private final long[] v;

    // search scratch, reused across rows
    private final long[] d;
    private final int[] pred;
    private final int[] scannedRows;
    private final int[] scannedCols;
    private int scannedRowCount;
    private int scannedColCount;
    private long exitD;
    private int predD;

    private ShortestAugmentingPath(int n, int m, int[] cap, int[] slotsPerMentor) {
        this.n = n;
        this.m = m;
        this.cap = cap;
        this.load = new int[m];
        this.slotStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            slotStart[j + 1] = slotStart[j] + slotsPerMentor[j];
        }
        this.slotRow = new int[slotStart[m]];
        this.slotOf = new int[n];
        this.mentorOf = new int[n];
        Arrays.fill(mentorOf, -1);
        this.u = new long[n];
        this.v = new long[m];
        this.d = new long[m];
        this.pred = new int[m];
        this.scannedRows = new int[n];
        this.scannedCols = new int[m];
    }

    /** The result of a run: the assignment and the duals that certify it. */
    public record Result(int[] mentorOf, long[] rowPotentials, long[] mentorPotentials) {
    }

    /**
     * Solves a dense instance.
     *
     * @param cost row-major {@code n x m} costs, {@link #FORBIDDEN} for absent pairs
     * @param cap capacity per mentor (already reduced by pins)
     * @param skip rows to leave out (pinned), or {@code null}
     */
    public static Result solveDense(int n, int m, long[] cost, int[] cap, boolean[] skip) {
        int[] slots = new int[m];
        for (int j = 0; j < m; j++) {
            slots[j] = Math.min(cap[j], n);
        }
        ShortestAugmentingPath s = new ShortestAugmentingPath(n, m, cap, slots);
        int[] pending = new int[n];
        int pendingCount = 0;
        for (int i = 0; i < n; i++) {
            if (skip != null && skip[i]) {
                continue;
            }
            long best = FORBIDDEN;
            int bestJ = -1;
            int bestFree = -1;
            int off = i * m;
            for (int j = 0; j < m; j++) {
                long c = cost[off + j];
                if (c <= best && cap[j] > 0) {
                    if (c < best) {
                        best = c;
                        bestJ = j;
                        bestFree = s.load[j] < cap[j] ? j : -1;
                    } else if (bestFree < 0 && s.load[j] < cap[j]) {
                        bestFree = j;
                    }
                }
            }
            if (bestJ < 0) {
                continue;
            }
            s.u[i] = best;
            if (bestFree >= 0) {
                s.append(i, bestFree);
            } else {
                pending[pendingCount++] = i;
            }
        }
        int[] remaining = new int[m];
        for (int p = 0; p < pendingCount; p++) {
            s.searchDense(pending[p], cost, remaining);
        }
        return new Result(s.mentorOf, s.u, s.v);
    }

    /**
     * Solves a sparse instance in CSR layout.
     *
     * @param rowStart {@code n + 1} offsets into {@code col} and {@code cost}
     * @param col mentor per edge, ascending within a row
     * @param cost cost per edge
     * @param cap capacity per mentor (already reduced by pins); edges to mentors with capacity 0 are ignored
     * @param skip rows to leave out (pinned), or {@code null}
     */
    public static Result solveSparse(int n, int m, int[] rowStart, int[] col, long[] cost, int[] cap, boolean[] skip) {
        int[] degree = new int[m];
        for (int e = 0; e < rowStart[n]; e++) {
            degree[col[e]]++;
        }
        for (int j = 0; j < m; j++) {
            degree[j] = Math.min(cap[j], degree[j]);
        }
        ShortestAugmentingPath s = new ShortestAugmentingPath(n, m, cap, degree);
        int[] pending = new int[n];
        int pendingCount = 0;
        for (int i = 0; i < n; i++) {
            if (skip != null && skip[i]) {
                continue;
            }
            long best = FORBIDDEN;
            int bestJ = -1;
            int bestFree = -1;
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = col[e];
                long c = cost[e];
                if (c <= best && cap[j] > 0) {
                    if (c < best) {
                        best = c;
                        bestJ = j;
                        bestFree = s.load[j] < cap[j] ? j : -1;
                    } else if (bestFree < 0 && s.load[j] < cap[j]) {
                        bestFree = j;
                    }
                }
            }
            if (bestJ < 0) {
                continue;
            }
            s.u[i] = best;
            if (bestFree >= 0) {
                s.append(i, bestFree);
            } else {
                pending[pendingCount++] = i;
            }
        }
        SparseSearch search = s.new SparseSearch(rowStart, col, cost);
        for (int p = 0; p < pendingCount; p++) {
            search.run(pending[p]);
        }
        return new Result(s.mentorOf, s.u, s.v);
    }

    private void append(int i, int j) {
        int slot = slotStart[j] + load[j]++;
        slotRow[slot] = i;
        slotOf[i] = slot;
        mentorOf[i] = j;
    }

    private boolean free(int j) {
        return load[j] < cap[j];
    }

    /** Dense Dijkstra: linear scans over the unscanned mentors, which beats a heap when every pair exists. */
    private void searchDense(int r0, long[] cost, int[] remaining) {
        int nRem = 0;
        for (int j = 0; j < m; j++) {
            d[j] = INF;
            if (cap[j] > 0) {
                remaining[nRem++] = j;
            }
        }
        scannedRowCount = 0;
        scannedColCount = 0;
        exitD = INF;
        predD = -1;
        int sink;
        long minVal;
        int idx = relaxDense(r0, 0, cost, remaining, nRem, true);
        while (true) {
            int j = idx < 0 ? -1 : remaining[idx];
            long low = j < 0 ? INF : d[j];
            if (j < 0 || exitD < low || (exitD == low && !free(j))) {
                sink = -1;
                minVal = exitD;
                break;
            }
            remaining[idx] = remaining[--nRem];
            minVal = low;
            if (free(j)) {
                sink = j;
                break;
            }
            scannedCols[scannedColCount++] = j;
            int first = slotStart[j];
            int last = first + load[j] - 1;
            for (int s = first; s < last; s++) {
                relaxDense(slotRow[s], low, cost, remaining, nRem, false);
            }
            idx = relaxDense(slotRow[last], low, cost, remaining, nRem, true);
        }
        finish(r0, sink, minVal);
    }

    /**
     * Relaxes every unscanned mentor from row {@code i} at distance {@code rowDist}; when {@code pickMin}, also
     * returns the position in {@code remaining} of the best next mentor (fused to read each mentor once).
     */
    private int relaxDense(int i, long rowDist, long[] cost, int[] remaining, int nRem, boolean pickMin) {
        scannedRows[scannedRowCount++] = i;
        long base = rowDist - u[i];
        if (base < exitD) {
            exitD = base;
            predD = i;
        }
        final long[] d = this.d;
        final long[] v = this.v;
        final int[] pred = this.pred;
        int off = i * m;
        if (!pickMin) {
            for (int it = 0; it < nRem; it++) {
                int j = remaining[it];
                long r = base + cost[off + j] - v[j];
                if (r < d[j]) {
                    d[j] = r;
                    pred[j] = i;
                }
            }
            return -1;
        }
        long low = INF;
        int idx = -1;
        for (int it = 0; it < nRem; it++) {
            int j = remaining[it];
            long r = base + cost[off + j] - v[j];
            long dj = d[j];
            if (r < dj) {
                d[j] = r;
                pred[j] = i;
                dj = r;
            }
            if (dj < low || (dj == low && dj < INF && better(j, remaining[idx]))) {
                low = dj;
                idx = it;
            }
        }
        return low < INF ? idx : -1;
    }

    /** Tie rule among mentors at equal distance: spare capacity first, then the smaller index. */
    private boolean better(int a, int b) {
        boolean fa = free(a);
        boolean fb = free(b);
        return fa != fb ? fa : a < b;
    }

    /** Updates the potentials of everything the search scanned, then flips the path. */
    private void finish(int r0, int sink, long minVal) {
        for (int k = 0; k < scannedRowCount; k++) {
            int i = scannedRows[k];
            long rowDist = i == r0 ? 0 : d[mentorOf[i]];
            u[i] += minVal - rowDist;
        }
        for (int k = 0; k < scannedColCount; k++) {
            int j = scannedCols[k];
            v[j] -= minVal - d[j];
        }
        int target = sink;
        int slot;
        int i;
        if (sink < 0) {
            slot = -1;
            i = predD;
        } else {
            slot = slotStart[sink] + load[sink]++;
            i = pred[sink];
        }
        while (true) {
            int prev = mentorOf[i];
            int prevSlot = slotOf[i];
            if (target < 0) {
                mentorOf[i] = -1;
                slotOf[i] = -1;
            } else {
                mentorOf[i] = target;
                slotOf[i] = slot;
                slotRow[slot] = i;
            }
            if (i == r0) {
                break;
            }
            target = prev;
            slot = prevSlot;
            i = pred[prev];
        }
    }

    /**
     * Dijkstra over CSR edges with a radix heap; touches only the part of the graph the search reaches.
     *
     * <p>Dijkstra's keys never fall below the last extracted one, which is what a radix heap needs: a mentor with
     * distance {@code d} sits in bucket {@code 64 - nlz(d ^ last)}, so inserting and lowering a key are O(1) (an
     * intrusive doubly linked list per bucket), and extracting redistributes the smallest non-empty bucket into
     * lower ones, each mentor at most 64 times per search. A binary heap spent most of its time lifting fresh
     * mentors, whose distance is close to the current minimum, all the way to the top. Among mentors at the minimum
     * distance (bucket 0) the tie rule picks, so the search settles mentors in exactly the order the tie rule
     * describes.
     */
    private final class SparseSearch {
        private static final int BUCKETS = 65;

        private final int[] rowStart;
        private final int[] col;
        private final long[] cost;
        private final int[] seen = new int[m];
        private final int[] done = new int[m];
        private final int[] next = new int[m];
        private final int[] prev = new int[m];
        private final int[] bucketOf = new int[m];
        private final int[] head = new int[BUCKETS];
        private long nonEmpty;
        private long last;
        private int stamp;

        SparseSearch(int[] rowStart, int[] col, long[] cost) {
            this.rowStart = rowStart;
            this.col = col;
            this.cost = cost;
        }

        void run(int r0) {
            stamp++;
            if (nonEmpty != 0) {
                Arrays.fill(head, -1);
                nonEmpty = 0;
            } else if (stamp == 1) {
                Arrays.fill(head, -1);
            }
            last = 0;
            scannedRowCount = 0;
            scannedColCount = 0;
            exitD = INF;
            predD = -1;
            relax(r0, 0);
            int sink;
            long minVal;
            while (true) {
                int j = peek();
                long low = j < 0 ? INF : d[j];
                if (j < 0 || exitD < low || (exitD == low && !free(j))) {
                    sink = -1;
                    minVal = exitD;
                    break;
                }
                unlink(j);
                done[j] = stamp;
                minVal = low;
                if (free(j)) {
                    sink = j;
                    break;
                }
                scannedCols[scannedColCount++] = j;
                int first = slotStart[j];
                int end = first + load[j];
                for (int s = first; s < end; s++) {
                    relax(slotRow[s], low);
                }
            }
            finish(r0, sink, minVal);
        }

        private void relax(int i, long rowDist) {
            scannedRows[scannedRowCount++] = i;
            long base = rowDist - u[i];
            if (base < exitD) {
                exitD = base;
                predD = i;
            }
            final long[] d = ShortestAugmentingPath.this.d;
            final long[] v = ShortestAugmentingPath.this.v;
            final int[] seen = this.seen;
            final int stamp = this.stamp;
            for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                int j = col[e];
                if (seen[j] != stamp) {
                    if (cap[j] == 0) {
                        continue;
                    }
                    seen[j] = stamp;
                    d[j] = base + cost[e] - v[j];
                    pred[j] = i;
                    link(j, bucket(d[j]));
                } else {
                    long r = base + cost[e] - v[j];
                    if (r < d[j] && done[j] != stamp) {
                        d[j] = r;
                        pred[j] = i;
                        int b = bucket(r);
                        if (b != bucketOf[j]) {
                            unlink(j);
                            link(j, b);
                        }
                    }
                }
            }
        }

        private int bucket(long key) {
            return 64 - Long.numberOfLeadingZeros(key ^ last);
        }

        private void link(int j, int b) {
            int h = head[b];
            next[j] = h;
            prev[j] = -1;
            if (h >= 0) {
                prev[h] = j;
            }
            head[b] = j;
            bucketOf[j] = b;
            nonEmpty |= 1L << b;
        }

        private void unlink(int j) {
            int b = bucketOf[j];
            int p = prev[j];
            int x = next[j];
            if (p >= 0) {
                next[p] = x;
            } else {
                head[b] = x;
                if (x < 0) {
                    nonEmpty &= ~(1L << b);
                }
            }
            if (x >= 0) {
                prev[x] = p;
            }
        }

        /** The mentor the tie rule extracts next, left in the heap; -1 when the heap is empty. */
        private int peek() {
            if (head[0] < 0) {
                if (nonEmpty == 0) {
                    return -1;
                }
                int b = Long.numberOfTrailingZeros(nonEmpty);
                long min = Long.MAX_VALUE;
                for (int x = head[b]; x >= 0; x = next[x]) {
                    min = Math.min(min, d[x]);
                }
                last = min;
                int x = head[b];
                head[b] = -1;
                nonEmpty &= ~(1L << b);
                while (x >= 0) {
                    int following = next[x];
                    link(x, bucket(d[x]));
                    x = following;
                }
            }
            int best = head[0];
            for (int x = next[best]; x >= 0; x = next[x]) {
                if (better(x, best)) {
                    best = x;
                }
            }
            return best;
        }
    }

    /**
     * Checks the optimality certificate of a dense result: dual feasibility, complementary slackness, free mentors
     * at potential 0 and unmatched processed rows at potential 0. Meant for tests and assertions.
     */
    public static boolean certifiesDense(int n, int m, long[] cost, int[] cap, boolean[] skip, Result r) {
        int[] load = new int[m];
        for (int i = 0; i < n; i++) {
            if (r.mentorOf[i] >= 0) {
                load[r.mentorOf[i]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (skip != null && skip[i]) {
                continue;
            }
            long ui = r.rowPotentials[i];
            if (ui > 0) {
                return false;
            }
            boolean any = false;
            for (int j = 0; j < m; j++) {
                long c = cost[i * m + j];
                if (c == FORBIDDEN || cap[j] == 0) {
                    continue;
                }
                any = true;
                long reduced = c - ui - r.mentorPotentials[j];
                if (reduced < 0 || (r.mentorOf[i] == j && reduced != 0)) {
                    return false;
                }
            }
            if (any && r.mentorOf[i] < 0 && ui != 0) {
                return false;
            }
        }
        return freeMentorsAtZero(m, cap, load, r);
    }

    /** Sparse counterpart of {@link #certifiesDense}. */
    public static boolean certifiesSparse(int n, int m, int[] rowStart, int[] col, long[] cost, int[] cap,
            boolean[] skip, Result r) {
        int[] load = new int[m];
        for (int i = 0; i < n; i++) {
            if (r.mentorOf[i] >= 0) {
                load[r.mentorOf[i]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (skip != null && skip[i]) {
                continue;
            }
            long ui = r.rowPotentials[i];
            if (ui > 0) {
                return false;
            }
            boolean any = false;
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = col[e];
                if (cap[j] == 0) {
                    continue;
                }
                any = true;
                long reduced = cost[e] - ui - r.mentorPotentials[j];
                if (reduced < 0 || (r.mentorOf[i] == j && reduced != 0)) {
                    return false;
                }
            }
            if (any && r.mentorOf[i] < 0 && ui != 0) {
                return false;
            }
        }
        return freeMentorsAtZero(m, cap, load, r);
    }

    private static boolean freeMentorsAtZero(int m, int[] cap, int[] load, Result r) {
        for (int j = 0; j < m; j++) {
            if (load[j] > cap[j] || (load[j] < cap[j] && r.mentorPotentials[j] != 0)) {
                return false;
            }
        }
        return true;
    }
}
