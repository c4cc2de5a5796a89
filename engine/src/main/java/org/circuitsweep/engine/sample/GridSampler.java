package org.circuitsweep.engine.sample;

/**
 * The Cartesian product of the dimensions, numbered like the Prinz et al. 2003 database: the
 * index written in mixed radix over the dimensions in spec order, first dimension most
 * significant, so for the 6^8 model-neuron grid {@code index + 1} is the original model number.
 */
final class GridSampler extends AbstractSampler {

    /** levels[d] are the values of dimension d; a fixed dimension has one level. */
    private final double[][] levels;

    GridSampler(Dimension[] dimensions) {
        this(dimensions, levels(dimensions));
    }

    private GridSampler(Dimension[] dimensions, double[][] levels) {
        super(dimensions, size(dimensions, levels));
        this.levels = levels;
    }

    private static double[][] levels(Dimension[] dimensions) {
        double[][] levels = new double[dimensions.length][];
        for (int d = 0; d < dimensions.length; d++) {
            Dimension dim = dimensions[d];
            if (dim instanceof Dimension.Fixed f) {
                levels[d] = new double[] {f.value()};
            } else if (dim instanceof Dimension.Values v) {
                levels[d] = v.values();
            } else {
                throw new IllegalArgumentException(dim.name() + ": grid needs `value`, `grid` or `range`, not a "
                        + (dim instanceof Dimension.Uniform ? "uniform" : "log-uniform") + " distribution");
            }
        }
        return levels;
    }

    private static long size(Dimension[] dimensions, double[][] levels) {
        long size = 1;
        for (int d = 0; d < levels.length; d++) {
            try {
                size = Math.multiplyExact(size, levels[d].length);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("grid is too large: more than " + Long.MAX_VALUE
                        + " variants once dimension " + dimensions[d].name() + " is included", e);
            }
        }
        return size;
    }

    @Override
    void fill(long index, double[] out) {
        long rest = index;
        for (int d = levels.length - 1; d >= 0; d--) {
            int radix = levels[d].length;
            out[d] = levels[d][(int) (rest % radix)];
            rest /= radix;
        }
    }
}
