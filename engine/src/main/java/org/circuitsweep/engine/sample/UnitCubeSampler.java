package org.circuitsweep.engine.sample;

/**
 * The random methods: each non-fixed dimension gets a number in [0, 1), mapped through the
 * dimension's {@link Dimension#quantile}; the methods differ only in how that number is made.
 */
abstract class UnitCubeSampler extends AbstractSampler {

    UnitCubeSampler(Dimension[] dimensions, long count) {
        super(dimensions, count);
    }

    /** The number in [0, 1) of dimension {@code dimension} (spec position, never a fixed one) of variant {@code index}. */
    abstract double unit(long index, int dimension);

    @Override
    final void fill(long index, double[] out) {
        for (int d = 0; d < dimensions.length; d++) {
            out[d] = dimensions[d] instanceof Dimension.Fixed f ? f.value() : dimensions[d].quantile(unit(index, d));
        }
    }
}
