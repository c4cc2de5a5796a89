package org.circuitsweep.engine.sample;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The variants of a sweep, each a pure function of (sweep seed, index): any executor computes
 * variant {@code i} alone, in any order, and always gets the same bits. Nothing of size
 * {@link #size()} is ever built. Serializable so that a Spark closure can capture one; it is
 * also cheap to {@link #create} again on each executor.
 */
public interface Sampler extends Serializable {

    /** The number of variants. */
    long size();

    /** The dimension names in spec order; {@link #variant} writes values in this order. */
    List<String> names();

    /**
     * Writes the parameter values of variant {@code index} into {@code out}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is outside [0, size())
     * @throws IllegalArgumentException  if {@code out.length != names().size()}
     */
    void variant(long index, double[] out);

    /**
     * A sampler over {@code dimensions} in their given order.
     *
     * @param count the number of variants of the random methods (at least 1); ignored by
     *              {@link SamplingMethod#GRID}, whose size is the product of the dimension sizes
     * @param seed  the sweep seed; ignored by {@link SamplingMethod#GRID}
     * @throws IllegalArgumentException with a one-line message naming what is wrong
     */
    static Sampler create(List<Dimension> dimensions, SamplingMethod method, long count, long seed) {
        Objects.requireNonNull(method, "method");
        Dimension[] dims = checkedDimensions(dimensions);
        return switch (method) {
            case GRID -> new GridSampler(dims);
            case RANDOM -> new RandomSampler(dims, checkedCount(method, count), seed);
            case LATIN_HYPERCUBE -> new LatinHypercubeSampler(dims, checkedCount(method, count), seed);
            case SOBOL -> new SobolSampler(dims, checkedCount(method, count), seed);
        };
    }

    /**
     * A systematic sample of {@code design}: its variants {@code offset}, {@code offset + every},
     * {@code offset + 2 × every}, … in that order; variant {@code i} of the sample is variant
     * {@code offset + i × every} of the design.
     *
     * @param every  the stride, at least 1 (1 and offset 0: the whole design)
     * @param offset the first variant taken, in [0, every) and below the design's size
     * @throws IllegalArgumentException with a one-line message naming {@code every} or {@code offset}
     */
    static Sampler systematic(Sampler design, long every, long offset) {
        return new SystematicSample(design, every, offset);
    }

    private static long checkedCount(SamplingMethod method, long count) {
        if (count < 1) {
            throw new IllegalArgumentException(method.label() + " needs a count of at least 1 variant, got " + count);
        }
        return count;
    }

    private static Dimension[] checkedDimensions(List<Dimension> dimensions) {
        if (dimensions == null || dimensions.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one dimension");
        }
        Dimension[] dims = dimensions.toArray(new Dimension[0]);
        Set<String> seen = new HashSet<>();
        for (int d = 0; d < dims.length; d++) {
            if (dims[d] == null) {
                throw new IllegalArgumentException("dimension " + d + " is null");
            }
            if (!seen.add(dims[d].name())) {
                throw new IllegalArgumentException(dims[d].name() + ": dimension names must be unique, this one appears twice");
            }
        }
        return dims;
    }
}
