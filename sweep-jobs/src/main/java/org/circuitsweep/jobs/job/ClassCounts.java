package org.circuitsweep.jobs.job;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.circuitsweep.engine.classify.ActivityClass;

/** Models per activity class. Mutable, for accumulating; not thread-safe. */
public final class ClassCounts {

    private static final ActivityClass[] CLASSES = ActivityClass.values();

    private final long[] counts;

    public ClassCounts() {
        this(new long[CLASSES.length]);
    }

    private ClassCounts(long[] counts) {
        this.counts = counts;
    }

    /** From counts in {@link ActivityClass} order; the array is copied. */
    public static ClassCounts of(long[] countsInClassOrder) {
        if (countsInClassOrder.length != CLASSES.length) {
            throw new IllegalArgumentException("need " + CLASSES.length + " counts, got " + countsInClassOrder.length);
        }
        return new ClassCounts(countsInClassOrder.clone());
    }

    public void add(ActivityClass c, long n) {
        counts[c.ordinal()] += n;
    }

    public void addAll(ClassCounts other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** The counts in {@link ActivityClass} order. */
    public long[] toArray() {
        return counts.clone();
    }

    /** Label → count for every class, in {@link ActivityClass} order, zeros included. */
    public Map<String, Long> byLabel() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (ActivityClass c : CLASSES) {
            m.put(c.label(), counts[c.ordinal()]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassCounts c && Arrays.equals(c.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return byLabel().toString();
    }
}
