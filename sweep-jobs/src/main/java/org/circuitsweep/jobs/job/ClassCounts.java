package org.circuitsweep.jobs.job;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variants per class, over the class labels of one kind of sweep (single-neuron or network
 * classes, {@code SweepSpec.classLabels()}) in their order; chunk summaries also count their
 * built-in tags with it, the tag names as labels. Mutable, for accumulating; not thread-safe.
 */
public final class ClassCounts {

    private final List<String> labels;
    private final long[] counts;

    public ClassCounts(List<String> labels) {
        this(List.copyOf(labels), new long[labels.size()]);
    }

    private ClassCounts(List<String> labels, long[] counts) {
        this.labels = labels;
        this.counts = counts;
    }

    /** From counts in label order; the array is copied. */
    public static ClassCounts of(List<String> labels, long[] countsInLabelOrder) {
        if (countsInLabelOrder.length != labels.size()) {
            throw new IllegalArgumentException("need " + labels.size() + " counts, got " + countsInLabelOrder.length);
        }
        return new ClassCounts(List.copyOf(labels), countsInLabelOrder.clone());
    }

    public List<String> labels() {
        return labels;
    }

    /** Adds to the class at {@code index} of {@link #labels()}. */
    public void add(int index, long n) {
        counts[index] += n;
    }

    public void add(String label, long n) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("class '" + label + "' is not one of " + labels);
        }
        counts[i] += n;
    }

    public void addAll(ClassCounts other) {
        if (!other.labels.equals(labels)) {
            throw new IllegalArgumentException("cannot add counts of classes " + other.labels + " to " + labels);
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** The counts in label order. */
    public long[] toArray() {
        return counts.clone();
    }

    /** Label → count for every class, in label order, zeros included. */
    public Map<String, Long> byLabel() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            m.put(labels.get(i), counts[i]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassCounts c && c.labels.equals(labels) && Arrays.equals(c.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * labels.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return byLabel().toString();
    }
}
