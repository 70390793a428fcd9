package org.tandem.matching.solver.internal;

/**
 * Turns double scores into exact long costs for the augmenting-path engine.
 *
 * <p>Each allowed pair costs {@code -(BIG + q)} where {@code q = rint(score * 2^shift)} and {@code |q| <= 2^K}.
 * Because {@code BIG > n * 2^(K+1)} exceeds any score difference between two matchings, minimising total cost
 * first maximises the number of matched mentees and only then the total score. The scale is a power of two, so
 * scores that are multiples of {@code 2^-shift} (for example all integers up to {@code 2^K}) are represented exactly;
 * other scores are rounded to that grid, i.e. to {@code K} significant bits relative to the largest |score|.
 *
 * <p>All dual potentials stay within {@code [-(BIG + 2^K), 0]} (the engine's invariant), and path lengths within a
 * few times {@code BIG}, so choosing {@code K + L + 1 <= 54} with {@code 2^L > n + m + 2} keeps every sum far from
 * {@code Long.MAX_VALUE} even next to {@link ShortestAugmentingPath#FORBIDDEN}.
 */
public final class ScoreScale {

    private final int shift;
    /**
     * {@code 2^shift} when it is a normal double: multiplying by a power of two rounds exactly like
     * {@code Math.scalb}, and is cheaper; NaN otherwise, and then {@code scalb} is used.
     */
    private final double factor;
    private final long big;
    private final int precisionBits;

    private ScoreScale(int shift, long big, int precisionBits) {
        this.shift = shift;
        this.factor = Math.abs(shift) <= 1000 ? Math.scalb(1.0, shift) : Double.NaN;
        this.big = big;
        this.precisionBits = precisionBits;
    }

    /**
     * Chooses the scale for scores whose absolute values are at most {@code maxAbsScore}.
     *
     * @param maxAbsScore the largest |score| of any pair the engine will see, finite and {@code >= 0}
     * @param nodeCount mentees plus mentors
     */
    public static ScoreScale of(double maxAbsScore, long nodeCount) {
        int l = 64 - Long.numberOfLeadingZeros(nodeCount + 2);
        int k = Math.max(16, 53 - l);
        int shift = maxAbsScore == 0 ? 0 : k - (Math.getExponent(maxAbsScore) + 1);
        return new ScoreScale(shift, 1L << (k + l + 1), k);
    }

    /** Returns the engine cost of a pair with the given score. */
    public long cost(double score) {
        double scaled = factor == factor ? score * factor : Math.scalb(score, shift);
        return -(big + (long) Math.rint(scaled));
    }

    /** Returns the number of significant bits kept, relative to the largest |score|. */
    public int precisionBits() {
        return precisionBits;
    }
}
