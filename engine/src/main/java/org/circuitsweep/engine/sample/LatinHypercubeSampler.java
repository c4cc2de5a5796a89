package org.circuitsweep.engine.sample;

/**
 * Latin hypercube: dimension d is cut into {@code count} equal strata and variant {@code i}
 * lies in stratum {@code π_d(i)}, π_d a {@link FeistelPermutation} keyed by (seed, d), so
 * across [0, count) every stratum of every dimension is hit exactly once; the position inside
 * the stratum is a {@link StatelessRandom} jitter of (seed, index, d).
 */
final class LatinHypercubeSampler extends UnitCubeSampler {

    /** The largest double below 1: (stratum + jitter) / count can round up to 1. */
    private static final double BELOW_ONE = Math.nextDown(1.0);

    private final FeistelPermutation[] strata;
    private final long[] jitterKeys;

    LatinHypercubeSampler(Dimension[] dimensions, long count, long seed) {
        super(dimensions, count);
        strata = new FeistelPermutation[dimensions.length];
        jitterKeys = new long[dimensions.length];
        for (int d = 0; d < dimensions.length; d++) {
            strata[d] = new FeistelPermutation(count, StatelessRandom.key(seed, StatelessRandom.LHS_PERMUTATION, d));
            jitterKeys[d] = StatelessRandom.key(seed, StatelessRandom.LHS_JITTER, d);
        }
    }

    /** The stratum of variant {@code index} in dimension {@code dimension}. */
    long stratum(long index, int dimension) {
        return strata[dimension].apply(index);
    }

    @Override
    double unit(long index, int dimension) {
        double jitter = StatelessRandom.unit(StatelessRandom.bits(jitterKeys[dimension], index));
        return Math.min((stratum(index, dimension) + jitter) / size(), BELOW_ONE);
    }
}
