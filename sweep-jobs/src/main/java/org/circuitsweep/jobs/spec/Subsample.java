package org.circuitsweep.jobs.spec;

import org.circuitsweep.engine.sample.Sampler;

/**
 * The {@code sample:} section of a grid spec: a systematic sample of the grid, every {@code every}-th
 * variant from {@code offset} on (sweep variant i is grid variant offset + i × every). A 1 % look at
 * a grid far too large to run whole costs a hundredth of it and keeps the grid's exact values.
 *
 * @param every  the stride, at least 1
 * @param offset the first grid variant taken, in [0, every)
 */
public record Subsample(long every, long offset) {

    /** The whole grid: what a spec without {@code sample:} sweeps. */
    public static final Subsample WHOLE = new Subsample(1, 0);

    public Subsample {
        if (every < 1) {
            throw new IllegalArgumentException("every: " + every + " is not allowed; expected an integer >= 1");
        }
        if (offset < 0 || offset >= every) {
            throw new IllegalArgumentException("offset: " + offset + " is not allowed; expected an integer in [0, "
                    + every + ")");
        }
    }

    /** The sample of {@code design}; the design itself when this is {@link #WHOLE}. */
    Sampler of(Sampler design) {
        return equals(WHOLE) ? design : Sampler.systematic(design, every, offset);
    }
}
