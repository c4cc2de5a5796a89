package org.circuitsweep.engine.analysis;

import java.util.Arrays;

/**
 * A growable list of events (time, value) in primitive arrays, cleared and reused from run to run
 * so that a recorder allocates only when a run has more events than any run before it. Readers
 * see {@link #size()}, {@link #time(int)} and {@link #value(int)}; only the recorder writes.
 * Not thread-safe.
 */
public final class EventBuffer {

    private double[] times = new double[64];
    private double[] values = new double[64];
    private int size;

    public int size() {
        return size;
    }

    /** Time of event i (0-based, ascending in recording order), ms. */
    public double time(int i) {
        return times[checked(i)];
    }

    /** Value of event i (mV for voltage extrema). */
    public double value(int i) {
        return values[checked(i)];
    }

    void add(double time, double value) {
        if (size == times.length) {
            times = Arrays.copyOf(times, 2 * size);
            values = Arrays.copyOf(values, 2 * size);
        }
        times[size] = time;
        values[size] = value;
        size++;
    }

    void clear() {
        size = 0;
    }

    /** The backing time array, valid up to {@link #size()}: handed to the pure rules without copying. */
    double[] timesArray() {
        return times;
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("event " + i + " of " + size);
        }
        return i;
    }
}
