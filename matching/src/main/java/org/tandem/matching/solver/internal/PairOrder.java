package org.tandem.matching.solver.internal;

/** Sorting helpers over primitive arrays, free of boxing and comparators. */
public final class PairOrder {

    private PairOrder() {
    }

    /**
     * Returns the positions {@code 0..scores.length-1} ordered by score, highest first; equal scores keep their
     * position order (the sort is stable). {@code -0.0} and {@code 0.0} count as equal.
     */
    public static int[] byScoreDescending(double[] scores) {
        int len = scores.length;
        long[] keys = new long[len];
        int[] order = new int[len];
        for (int p = 0; p < len; p++) {
            keys[p] = descendingKey(scores[p]);
            order[p] = p;
        }
        new Sorter().sort(keys, order, len);
        return order;
    }

    /**
     * Maps a score to a key whose unsigned ascending order is the descending order of the scores, with
     * {@code -0.0} and {@code 0.0} equal. Scores must not be NaN.
     */
    public static long descendingKey(double score) {
        long bits = Double.doubleToLongBits(score == 0 ? 0.0 : score);
        long ascending = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
        return ~ascending;
    }

    /**
     * A stable sort of {@code (key, value)} pairs by unsigned key, reusable across calls so that sorting many
     * short lists allocates nothing after the first ones.
     *
     * <p>Most-significant-digit radix sort whose digit, up to 11 bits and about {@code log2} of twice the range's
     * length, starts at the highest bit in which the keys of a range differ; it recurses per bucket, and ranges of
     * at most 16 pairs are finished by insertion sort. Keys that agree in their high bits (few score levels, or
     * scores in a narrow band) cost no passes over those bits, and random doubles usually take one or two passes,
     * against six for a least-significant-digit radix sort over all 64 bits. Stable throughout: counting passes
     * keep input order within a bucket and insertion sort moves a pair only past strictly greater keys.
     */
    public static final class Sorter {
        private static final int DIGIT = 11;
        private static final int SMALL = 16;

        private long[] keyBuffer = new long[0];
        private int[] valueBuffer = new int[0];
        private final int[][] counts = new int[64 / 5 + 2][1 << DIGIT];

        /** Sorts {@code keys[0..len)} ascending (unsigned), moving {@code values} along; stable. */
        public void sort(long[] keys, int[] values, int len) {
            sort(keys, values, 0, len);
        }

        /** Sorts {@code keys[from..to)} ascending (unsigned), moving {@code values} along; stable. */
        public void sort(long[] keys, int[] values, int from, int to) {
            if (keyBuffer.length < to - from) {
                keyBuffer = new long[Math.max(to - from, keyBuffer.length * 2)];
                valueBuffer = new int[keyBuffer.length];
            }
            sort(keys, values, from, to, 0);
        }

        private void sort(long[] keys, int[] values, int lo, int hi, int depth) {
            if (hi - lo <= SMALL) {
                insertion(keys, values, lo, hi);
                return;
            }
            long first = keys[lo];
            long diff = 0;
            for (int p = lo + 1; p < hi; p++) {
                diff |= keys[p] ^ first;
            }
            if (diff == 0) {
                return;
            }
            // about two buckets per pair: wider digits would cost more to clear and scan than they save
            int bits = Math.min(DIGIT, 33 - Integer.numberOfLeadingZeros(hi - lo - 1));
            int buckets = 1 << bits;
            int mask = buckets - 1;
            int top = 63 - Long.numberOfLeadingZeros(diff);
            int shift = Math.max(0, top - bits + 1);
            int[] count = counts[depth];
            java.util.Arrays.fill(count, 0, buckets, 0);
            for (int p = lo; p < hi; p++) {
                count[(int) ((keys[p] >>> shift) & mask)]++;
            }
            int sum = 0;
            for (int b = 0; b < buckets; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int p = lo; p < hi; p++) {
                int to = count[(int) ((keys[p] >>> shift) & mask)]++;
                keyBuffer[to] = keys[p];
                valueBuffer[to] = values[p];
            }
            System.arraycopy(keyBuffer, 0, keys, lo, hi - lo);
            System.arraycopy(valueBuffer, 0, values, lo, hi - lo);
            if (shift == 0) {
                return;
            }
            // count[b] now holds the end of bucket b, relative to lo
            int start = lo;
            for (int b = 0; b < buckets && start < hi; b++) {
                int end = lo + count[b];
                if (end - start > 1) {
                    sort(keys, values, start, end, depth + 1);
                }
                start = end;
            }
        }

        private static void insertion(long[] keys, int[] values, int lo, int hi) {
            for (int a = lo + 1; a < hi; a++) {
                long k = keys[a];
                int v = values[a];
                int b = a;
                while (b > lo && Long.compareUnsigned(keys[b - 1], k) > 0) {
                    keys[b] = keys[b - 1];
                    values[b] = values[b - 1];
                    b--;
                }
                keys[b] = k;
                values[b] = v;
            }
        }
    }
}
