package org.circuitsweep.engine.sample;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What every sampler shares: its dimensions, its size and the argument checks of {@link #variant}. */
abstract class AbstractSampler implements Sampler {

    final Dimension[] dimensions;
    private final List<String> names;
    private final long size;

    AbstractSampler(Dimension[] dimensions, long size) {
        this.dimensions = dimensions.clone();
        this.names = Arrays.stream(dimensions).map(Dimension::name).toList();
        this.size = size;
    }

    @Override
    public final long size() {
        return size;
    }

    @Override
    public final List<String> names() {
        return names;
    }

    @Override
    public final void variant(long index, double[] out) {
        Objects.checkIndex(index, size);
        if (out.length != dimensions.length) {
            throw new IllegalArgumentException("out has length " + out.length + ", need one slot per dimension: " + dimensions.length);
        }
        fill(index, out);
    }

    /** Writes variant {@code index}, already checked to be in range, into {@code out}. */
    abstract void fill(long index, double[] out);
}
