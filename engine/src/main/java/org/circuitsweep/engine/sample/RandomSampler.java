package org.circuitsweep.engine.sample;

/** Independent uniform draws: the number of (seed, index, dimension) is a {@link StatelessRandom} hash. */
final class RandomSampler extends UnitCubeSampler {

    /** keys[d] keys the stream of dimension d; keyed by spec position so that fixing one dimension leaves the others' draws unchanged. */
    private final long[] keys;

    RandomSampler(Dimension[] dimensions, long count, long seed) {
        super(dimensions, count);
        keys = new long[dimensions.length];
        for (int d = 0; d < keys.length; d++) {
            keys[d] = StatelessRandom.key(seed, StatelessRandom.RANDOM, d);
        }
    }

    @Override
    double unit(long index, int dimension) {
        return StatelessRandom.unit(StatelessRandom.bits(keys[dimension], index));
    }
}
