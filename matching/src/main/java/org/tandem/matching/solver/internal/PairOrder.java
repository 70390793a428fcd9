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
        for (int p = 0; p < len; p++) {
            double s = scores[p] == 0 ? 0.0 : scores[p];
            long bits = Double.doubleToLongBits(s);
            // map to an unsigned key that grows with the score, then invert so that ascending order is descending score
            long ascending = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
            keys[p] = ~ascending;
        }
        int[] order = new int[len];
        for (int p = 0; p < len; p++) {
            order[p] = p;
        }
        int[] buffer = new int[len];
        long[] keyBuffer = new long[len];
        int[] count = new int[1 << 11];
        // LSD radix sort on unsigned 64-bit keys, 11 bits per pass: stable, so position order survives ties
        for (int shift = 0; shift < 64; shift += 11) {
            java.util.Arrays.fill(count, 0);
            for (int p = 0; p < len; p++) {
                count[(int) ((keys[p] >>> shift) & 0x7FF)]++;
            }
            if (count[(int) ((keys.length == 0 ? 0 : keys[0] >>> shift) & 0x7FF)] == len) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < count.length; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int p = 0; p < len; p++) {
                int b = (int) ((keys[p] >>> shift) & 0x7FF);
                int to = count[b]++;
                buffer[to] = order[p];
                keyBuffer[to] = keys[p];
            }
            int[] swapOrder = order;
            order = buffer;
            buffer = swapOrder;
            long[] swapKeys = keys;
            keys = keyBuffer;
            keyBuffer = swapKeys;
        }
        return order;
    }
}
