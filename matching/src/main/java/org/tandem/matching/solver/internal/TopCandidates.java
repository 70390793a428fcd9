package org.tandem.matching.solver.internal;

/**
 * The candidate-restricted warm start of the exact solver: keep each mentee's {@code k} best pairs, solve that
 * smaller problem exactly, and accept its answer only when its dual potentials certify optimality for the full
 * problem.
 *
 * <p>Why it is exact: {@link ShortestAugmentingPath} returns an assignment with row potentials {@code u} and
 * mentor potentials {@code v}. If, over <em>every</em> allowed pair of the full problem, the reduced costs
 * {@code c - u[i] - v[j]} are {@code >= 0}, matched pairs are tight, mentors with spare capacity have
 * {@code v = 0}, every {@code u <= 0} and mentees left unmatched (with some pair) have {@code u = 0}, then
 * (u, v) is a feasible dual of the full min-cost flow with the same objective, so the assignment is optimal for
 * the full problem too. When the check fails, each mentee's pairs with the most negative reduced cost are added to
 * the restricted problem, which is solved again (column generation); the caller gives up after a few rounds and
 * solves the full problem.
 *
 * <p>Selection is the same for the dense and the sparse layout (lowest cost first; equal costs by a fixed hash of
 * the pair, which spreads tied mentees over tied mentors instead of crowding the small indices; then the smaller
 * mentor index), so the same pairs give the same restricted problem, hence the same assignment, in either layout.
 */
public final class TopCandidates {

    private TopCandidates() {
    }

    /**
     * A restricted problem in CSR layout, mentor-ascending within each row, with per row a lower bound on the cost
     * of every allowed pair it leaves out ({@link #NONE_LEFT_OUT} when it keeps them all).
     */
    public record Csr(int[] rowStart, int[] col, long[] cost, long[] leftOutAtLeast) {
    }

    /** The bound of a row that keeps all of its pairs. */
    static final long NONE_LEFT_OUT = Long.MAX_VALUE;

    /**
     * Keeps the {@code k} cheapest pairs of each row of a dense score matrix.
     *
     * @param forbidden row-major mask or {@code null}
     * @param skip rows to leave out (pinned)
     */
    public static Csr fromDense(int n, int m, double[] scores, boolean[] forbidden, int[] cap, boolean[] skip,
            ScoreScale scale, int k) {
        Selector sel = new Selector(k);
        int[] rowStart = new int[n + 1];
        int[] col = new int[n * Math.min(k, m)];
        long[] cost = new long[col.length];
        long[] bound = new long[n];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = pos;
            bound[i] = NONE_LEFT_OUT;
            if (skip[i]) {
                continue;
            }
            sel.clear();
            int off = i * m;
            for (int j = 0; j < m; j++) {
                if (cap[j] > 0 && (forbidden == null || !forbidden[off + j])) {
                    sel.offer(scale.cost(scores[off + j]), tie(i, j), j);
                }
            }
            bound[i] = sel.leftOutAtLeast();
            pos = sel.drainSortedByMentor(col, cost, pos);
        }
        rowStart[n] = pos;
        return trimmed(rowStart, col, cost, bound, pos);
    }

    /** Keeps the {@code k} cheapest pairs of each row of a sparse problem in CSR layout. */
    public static Csr fromSparse(int n, int[] rowStart, int[] col, double[] scores, int[] cap, boolean[] skip,
            ScoreScale scale, int k) {
        Selector sel = new Selector(k);
        int[] outStart = new int[n + 1];
        long bound = 0;
        for (int i = 0; i < n; i++) {
            bound += Math.min(k, rowStart[i + 1] - rowStart[i]);
        }
        int[] outCol = new int[(int) bound];
        long[] outCost = new long[(int) bound];
        long[] leftOut = new long[n];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            outStart[i] = pos;
            leftOut[i] = NONE_LEFT_OUT;
            if (skip[i]) {
                continue;
            }
            sel.clear();
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = col[e];
                if (cap[j] > 0) {
                    sel.offer(scale.cost(scores[e]), tie(i, j), j);
                }
            }
            leftOut[i] = sel.leftOutAtLeast();
            pos = sel.drainSortedByMentor(outCol, outCost, pos);
        }
        outStart[n] = pos;
        return trimmed(outStart, outCol, outCost, leftOut, pos);
    }

    private static Csr trimmed(int[] rowStart, int[] col, long[] cost, long[] bound, int size) {
        if (size == col.length) {
            return new Csr(rowStart, col, cost, bound);
        }
        return new Csr(rowStart, java.util.Arrays.copyOf(col, size), java.util.Arrays.copyOf(cost, size), bound);
    }

    /**
     * Checks the result of a restricted solve against every allowed pair of a dense problem (see the class
     * comment). Returns {@code null} when the duals certify optimality for the full problem, otherwise the
     * restricted problem plus, per mentee, the {@code perRow} pairs with the most negative reduced cost.
     */
    public static Csr extendDense(Csr restricted, int n, int m, double[] scores, boolean[] forbidden, int[] cap,
            boolean[] skip, ScoreScale scale, ShortestAugmentingPath.Result r, int perRow) {
        checkRestrictedCertificate(n, m, cap, skip, r);
        long[] v = r.mentorPotentials();
        long[] u = r.rowPotentials();
        Selector sel = new Selector(perRow);
        long vMax = maxPotential(m, cap, v);
        Growing out = null;
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                continue;
            }
            long ui = u[i];
            int off = i * m;
            int from = restricted.rowStart[i];
            int to = restricted.rowStart[i + 1];
            int e = from;
            for (int j = settled(restricted, i, ui, vMax) ? m : 0; j < m; j++) {
                if (cap[j] == 0 || (forbidden != null && forbidden[off + j])) {
                    continue;
                }
                while (e < to && restricted.col[e] < j) {
                    e++;
                }
                if (e < to && restricted.col[e] == j) {
                    continue;
                }
                long reduced = scale.cost(scores[off + j]) - ui - v[j];
                if (reduced < 0) {
                    sel.offer(reduced, tie(i, j), j);
                }
            }
            out = addRow(out, sel, restricted, i, ui, v);
        }
        return out == null ? null : out.build(n);
    }

    /** Sparse counterpart of {@link #extendDense}, over the full CSR problem. */
    public static Csr extendSparse(Csr restricted, int n, int m, int[] rowStart, int[] col, double[] scores,
            int[] cap, boolean[] skip, ScoreScale scale, ShortestAugmentingPath.Result r, int perRow) {
        checkRestrictedCertificate(n, m, cap, skip, r);
        long[] v = r.mentorPotentials();
        long[] u = r.rowPotentials();
        Selector sel = new Selector(perRow);
        long vMax = maxPotential(m, cap, v);
        Growing out = null;
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                continue;
            }
            long ui = u[i];
            int to = restricted.rowStart[i + 1];
            int e = restricted.rowStart[i];
            int rowEnd = settled(restricted, i, ui, vMax) ? rowStart[i] : rowStart[i + 1];
            for (int f = rowStart[i]; f < rowEnd; f++) {
                int j = col[f];
                if (cap[j] == 0) {
                    continue;
                }
                while (e < to && restricted.col[e] < j) {
                    e++;
                }
                if (e < to && restricted.col[e] == j) {
                    continue;
                }
                long reduced = scale.cost(scores[f]) - ui - v[j];
                if (reduced < 0) {
                    sel.offer(reduced, tie(i, j), j);
                }
            }
            out = addRow(out, sel, restricted, i, ui, v);
        }
        return out == null ? null : out.build(n);
    }

    /** The largest mentor potential among mentors with capacity (all are {@code <= 0}). */
    private static long maxPotential(int m, int[] cap, long[] v) {
        long max = Long.MIN_VALUE;
        for (int j = 0; j < m; j++) {
            if (cap[j] > 0) {
                max = Math.max(max, v[j]);
            }
        }
        return max;
    }

    /**
     * Whether every pair row {@code i} leaves out has a non-negative reduced cost without looking at them: each
     * costs at least the row's bound, and no mentor's potential exceeds {@code vMax}.
     */
    private static boolean settled(Csr restricted, int i, long ui, long vMax) {
        long bound = restricted.leftOutAtLeast[i];
        return bound == NONE_LEFT_OUT || vMax == Long.MIN_VALUE || bound - ui - vMax >= 0;
    }

    /**
     * Row {@code i} of the widened problem: the restricted row plus the selected violating pairs (their cost
     * recovered from the reduced cost); rows are copied only once some row has been widened.
     */
    private static Growing addRow(Growing out, Selector sel, Csr restricted, int i, long ui, long[] v) {
        if (sel.size > 0) {
            if (out == null) {
                out = Growing.copyRows(restricted, i);
            }
            for (int a = 0; a < sel.size; a++) {
                int j = sel.heapCol[a];
                out.add(j, sel.heapCost[a] + ui + v[j]);
            }
            sel.clear();
        }
        if (out != null) {
            out.mergeRow(restricted, i);
        }
        return out;
    }

    /**
     * The engine's certificate on the restricted problem itself: row potentials {@code <= 0}, unmatched rows at
     * 0, loads within capacity and free mentors at 0. Always true for a correct engine; a failure is a bug.
     */
    private static void checkRestrictedCertificate(int n, int m, int[] cap, boolean[] skip,
            ShortestAugmentingPath.Result r) {
        int[] load = new int[m];
        for (int i = 0; i < n; i++) {
            if (skip[i]) {
                continue;
            }
            int j = r.mentorOf()[i];
            if (j >= 0) {
                load[j]++;
            }
            if (r.rowPotentials()[i] > 0) {
                throw new IllegalStateException("row " + i + " has a positive potential");
            }
        }
        for (int j = 0; j < m; j++) {
            if (load[j] > cap[j] || (load[j] < cap[j] && r.mentorPotentials()[j] != 0)) {
                throw new IllegalStateException("mentor " + j + " breaks the capacity certificate");
            }
        }
    }

    /** Fixed pseudo-random order among pairs of equal cost; the same in every layout and run. */
    static int tie(int i, int j) {
        long x = ((long) i << 32 | (j & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        return (int) (x >>> 32);
    }

    /**
     * A CSR being extended row by row: rows before the first extended one are copied whole, later rows are the
     * restricted row merged with the pairs added to it.
     */
    private static final class Growing {
        private final int[] rowStart;
        private final long[] bounds;
        private int[] col;
        private long[] cost;
        private int size;
        private int rowFrom;
        private int next;

        private Growing(int n, int capacity, long[] bounds) {
            rowStart = new int[n + 1];
            this.bounds = bounds;
            col = new int[capacity];
            cost = new long[capacity];
        }

        static Growing copyRows(Csr restricted, int upTo) {
            // pairs added to a row were left out before, so they cost at least its bound: the bounds stay valid
            Growing g = new Growing(restricted.rowStart.length - 1, restricted.col.length + 1024,
                    restricted.leftOutAtLeast);
            int end = restricted.rowStart[upTo];
            System.arraycopy(restricted.col, 0, g.col, 0, end);
            System.arraycopy(restricted.cost, 0, g.cost, 0, end);
            System.arraycopy(restricted.rowStart, 0, g.rowStart, 0, upTo + 1);
            g.size = end;
            g.rowFrom = end;
            g.next = upTo;
            return g;
        }

        void add(int j, long c) {
            if (size == col.length) {
                col = java.util.Arrays.copyOf(col, size * 2);
                cost = java.util.Arrays.copyOf(cost, size * 2);
            }
            col[size] = j;
            cost[size] = c;
            size++;
        }

        /** Appends row {@code i} of the restricted problem to the pairs just added for it; sorts by mentor. */
        void mergeRow(Csr restricted, int i) {
            for (int e = restricted.rowStart[i]; e < restricted.rowStart[i + 1]; e++) {
                add(restricted.col[e], restricted.cost[e]);
            }
            // insertion sort: rows are short (at most twice the candidate limit per round)
            for (int a = rowFrom + 1; a < size; a++) {
                int j = col[a];
                long c = cost[a];
                int b = a;
                while (b > rowFrom && col[b - 1] > j) {
                    col[b] = col[b - 1];
                    cost[b] = cost[b - 1];
                    b--;
                }
                col[b] = j;
                cost[b] = c;
            }
            rowStart[i] = rowFrom;
            rowStart[i + 1] = size;
            rowFrom = size;
            next = i + 1;
        }

        Csr build(int n) {
            for (int i = next; i < n; i++) {
                rowStart[i] = size;
                rowStart[i + 1] = size;
            }
            return new Csr(rowStart, java.util.Arrays.copyOf(col, size), java.util.Arrays.copyOf(cost, size), bounds);
        }
    }

    /** Keeps the {@code k} best pairs offered: a bounded max-heap whose top is the worst kept pair. */
    private static final class Selector {
        final int k;
        final long[] heapCost;
        final int[] heapTie;
        final int[] heapCol;
        int size;

        Selector(int k) {
            this.k = k;
            this.heapCost = new long[k];
            this.heapTie = new int[k];
            this.heapCol = new int[k];
        }

        private int offered;

        void clear() {
            size = 0;
            offered = 0;
        }

        /** The worst kept cost when some offered pair was not kept (it cost at least that), else NONE_LEFT_OUT. */
        long leftOutAtLeast() {
            return offered > size ? heapCost[0] : NONE_LEFT_OUT;
        }

        void offer(long c, int t, int j) {
            offered++;
            int pos;
            if (size < k) {
                pos = size++;
                while (pos > 0) {
                    int parent = (pos - 1) >>> 1;
                    if (!worse(c, t, j, parent)) {
                        break;
                    }
                    move(parent, pos);
                    pos = parent;
                }
            } else {
                if (!worse(heapCost[0], heapTie[0], heapCol[0], c, t, j)) {
                    return;
                }
                pos = 0;
                while (true) {
                    int child = 2 * pos + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && worse(heapCost[child + 1], heapTie[child + 1], heapCol[child + 1], child)) {
                        child++;
                    }
                    if (!worse(heapCost[child], heapTie[child], heapCol[child], c, t, j)) {
                        break;
                    }
                    move(child, pos);
                    pos = child;
                }
            }
            heapCost[pos] = c;
            heapTie[pos] = t;
            heapCol[pos] = j;
        }

        private void move(int from, int to) {
            heapCost[to] = heapCost[from];
            heapTie[to] = heapTie[from];
            heapCol[to] = heapCol[from];
        }

        private boolean worse(long c, int t, int j, int slot) {
            return worse(c, t, j, heapCost[slot], heapTie[slot], heapCol[slot]);
        }

        /** Whether pair a ranks after pair b: higher cost, then larger tie hash, then larger mentor index. */
        private static boolean worse(long ca, int ta, int ja, long cb, int tb, int jb) {
            if (ca != cb) {
                return ca > cb;
            }
            return ta != tb ? ta > tb : ja > jb;
        }

        /** Writes the kept pairs in ascending mentor order at {@code pos}; returns the position after them. */
        int drainSortedByMentor(int[] col, long[] cost, int pos) {
            int start = pos;
            for (int a = 0; a < size; a++) {
                int j = heapCol[a];
                long c = heapCost[a];
                int b = pos++;
                while (b > start && col[b - 1] > j) {
                    col[b] = col[b - 1];
                    cost[b] = cost[b - 1];
                    b--;
                }
                col[b] = j;
                cost[b] = c;
            }
            return pos;
        }
    }
}
