package org.circuitsweep.engine.analysis;

/**
 * The running minimum of a signal over the last {@code windowMs} (a causal morphological erosion),
 * O(1) amortised per sample with a monotone deque in reusable ring-buffer arrays: the deque holds
 * the samples that can still become the minimum, with increasing values from head to tail. Used
 * for the slow wave: a spike narrower than the window never fills the whole window, so the
 * minimum stays on the membrane potential between spikes. Not thread-safe.
 */
final class SlidingMinimum {

    private final double windowMs;
    private double[] times = new double[512];
    private double[] values = new double[512];
    private int head;
    private int size;

    SlidingMinimum(double windowMs) {
        this.windowMs = windowMs;
    }

    void reset() {
        head = 0;
        size = 0;
    }

    /** Adds the sample (t, v) and returns the minimum of v over [t − windowMs, t]. */
    double push(double t, double v) {
        while (size > 0 && values[index(size - 1)] >= v) {
            size--;
        }
        if (size == times.length) {
            grow();
        }
        times[index(size)] = t;
        values[index(size)] = v;
        size++;
        while (times[head] < t - windowMs) {
            head = index(1);
            size--;
        }
        return values[head];
    }

    private int index(int offset) {
        return (head + offset) & (times.length - 1);
    }

    /** Doubles the ring (its length stays a power of two) and unwraps it to start at 0. */
    private void grow() {
        double[] t = new double[2 * times.length];
        double[] v = new double[2 * times.length];
        for (int i = 0; i < size; i++) {
            t[i] = times[index(i)];
            v[i] = values[index(i)];
        }
        times = t;
        values = v;
        head = 0;
    }
}
