package org.circuitsweep.engine.sample;

import java.util.List;
import java.util.Objects;

/**
 * Every {@code every}-th variant of a design, starting at {@code offset}: variant {@code i} of the
 * sample is variant {@code offset + i × every} of the design, so any executor still computes a
 * variant alone and the sample's variants have exactly the design's values. Immutable.
 */
final class SystematicSample implements Sampler {

    private static final long serialVersionUID = 1L;

    private final Sampler design;
    private final long every;
    private final long offset;
    private final long size;

    SystematicSample(Sampler design, long every, long offset) {
        Objects.requireNonNull(design, "design");
        if (every < 1) {
            throw new IllegalArgumentException("every: " + every + " is not allowed; expected an integer >= 1");
        }
        if (offset < 0 || offset >= Math.min(every, design.size())) {
            throw new IllegalArgumentException("offset: " + offset + " is not allowed; expected an integer in [0, "
                    + Math.min(every, design.size()) + ") (below every and below the design's " + design.size()
                    + " variants)");
        }
        this.design = design;
        this.every = every;
        this.offset = offset;
        // Counted without forming offset + size × every, which may exceed a long for a huge design.
        this.size = (design.size() - offset - 1) / every + 1;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public List<String> names() {
        return design.names();
    }

    @Override
    public void variant(long index, double[] out) {
        Objects.checkIndex(index, size);
        design.variant(offset + index * every, out);
    }
}
