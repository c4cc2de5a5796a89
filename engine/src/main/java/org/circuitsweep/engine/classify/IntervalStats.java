package org.circuitsweep.engine.classify;

/**
 * Summary of the intervals between successive event times (spikes: ISIs; all voltage maxima: IMIs).
 *
 * @param count  number of intervals (events − 1, at least 0)
 * @param minMs  shortest interval, ms (NaN when there is none)
 * @param maxMs  longest interval, ms (NaN when there is none)
 * @param meanMs mean interval, ms (NaN when there is none)
 */
public record IntervalStats(int count, double minMs, double maxMs, double meanMs) {

    public IntervalStats {
        if (count < 0) {
            throw new IllegalArgumentException("count = " + count + ": allowed an integer >= 0");
        }
    }

    /** The summary of fewer than two events: no interval. */
    public static IntervalStats none() {
        return new IntervalStats(0, Double.NaN, Double.NaN, Double.NaN);
    }
}
