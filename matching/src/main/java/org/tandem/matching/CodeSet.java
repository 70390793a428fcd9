package org.tandem.matching;

import java.util.Arrays;

/**
 * An immutable set of interned codes (competencies, subjects) as a bit set, so that criteria compare people
 * without allocating or hashing in the hot loop over all pairs. Codes are numbered per problem; two sets are only
 * comparable within one problem.
 */
public final class CodeSet {

    static final CodeSet EMPTY = new CodeSet(new long[0]);

    private final long[] words;
    private final int size;

    private CodeSet(long[] words) {
        this.words = words;
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        this.size = count;
    }

    static CodeSet of(int[] codes) {
        if (codes.length == 0) {
            return EMPTY;
        }
        int max = 0;
        for (int code : codes) {
            max = Math.max(max, code);
        }
        long[] words = new long[(max >>> 6) + 1];
        for (int code : codes) {
            words[code >>> 6] |= 1L << code;
        }
        return new CodeSet(words);
    }

    /** The bits themselves, not a copy, for the problem's hot loop; callers in this package never change them. */
    long[] words() {
        return words;
    }

    /** The number of codes. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Whether the set holds the code. */
    public boolean contains(int code) {
        int word = code >>> 6;
        return code >= 0 && word < words.length && (words[word] & (1L << code)) != 0;
    }

    /** The number of codes both sets hold; allocation-free. */
    public int intersectionSize(CodeSet other) {
        long[] a = words;
        long[] b = other.words;
        int count = 0;
        for (int k = Math.min(a.length, b.length) - 1; k >= 0; k--) {
            count += Long.bitCount(a[k] & b[k]);
        }
        return count;
    }

    /** Whether the sets share a code; allocation-free. */
    public boolean intersects(CodeSet other) {
        long[] a = words;
        long[] b = other.words;
        for (int k = Math.min(a.length, b.length) - 1; k >= 0; k--) {
            if ((a[k] & b[k]) != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodeSet that && Arrays.equals(trimmed(words), trimmed(that.words));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(trimmed(words));
    }

    private static long[] trimmed(long[] words) {
        int length = words.length;
        while (length > 0 && words[length - 1] == 0) {
            length--;
        }
        return Arrays.copyOf(words, length);
    }

    @Override
    public String toString() {
        return "CodeSet[size=" + size + "]";
    }
}
