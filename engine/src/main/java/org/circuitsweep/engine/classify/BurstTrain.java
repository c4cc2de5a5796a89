package org.circuitsweep.engine.classify;

import java.util.Arrays;

/**
 * The bursts of one cell in an analysis window: burst i runs from its first spike
 * {@code starts[i]} to its last spike {@code ends[i]} (a single spike is a burst of duration 0).
 * The window may cut the first and the last burst; those are kept, flagged, because the network
 * cycle analysis still needs to know that the cell was firing there.
 *
 * @param starts   burst start times (first spike), ascending, ms
 * @param ends     burst end times (last spike), ms; starts[i] ≤ ends[i] &lt; starts[i + 1]
 * @param firstCut whether the first burst may have begun before the window, so that starts[0] is
 *                 only its first spike inside the window
 * @param lastCut  whether the last burst may go on after the window, so that its end is unknown
 */
public record BurstTrain(double[] starts, double[] ends, boolean firstCut, boolean lastCut) {

    public BurstTrain {
        if (starts == null || ends == null || starts.length != ends.length) {
            throw new IllegalArgumentException("starts and ends: allowed two arrays of equal length");
        }
        starts = starts.clone();
        ends = ends.clone();
        for (int i = 0; i < starts.length; i++) {
            if (!(starts[i] <= ends[i]) || Double.isInfinite(ends[i])) {
                throw new IllegalArgumentException("burst " + i + " [" + starts[i] + ", " + ends[i]
                        + "]: allowed finite times with start <= end");
            }
            if (i > 0 && !(ends[i - 1] < starts[i])) {
                throw new IllegalArgumentException("burst " + i + " starts at " + starts[i] + ", before burst "
                        + (i - 1) + " ends (" + ends[i - 1] + "): allowed ascending, non-overlapping bursts");
            }
        }
        if (starts.length == 0 && (firstCut || lastCut)) {
            throw new IllegalArgumentException("firstCut/lastCut: allowed only when there is a burst");
        }
    }

    /** A cell with no spike in the window. */
    public static BurstTrain empty() {
        return new BurstTrain(new double[0], new double[0], false, false);
    }

    /**
     * Groups spikes into bursts with {@link BurstRules#groupBursts} and the cell's own IBI threshold,
     * and flags the bursts the window may cut, with the rules of the single-cell classifier: the
     * first burst is cut unless its first spike came more than one IBI threshold after
     * {@code spikeFreeSinceMs}; the last is cut unless the window goes on for more than one IBI
     * threshold after its last spike. With fewer than two spikes the threshold is NaN and the
     * spikes form one burst, flagged as cut at both ends.
     *
     * @param spikeTimes       spike times, ascending; the first {@code n} are used
     * @param ibiThresholdMs   an ISI strictly above this separates two bursts
     * @param spikeFreeSinceMs the cell is known to have been free of spikes from this time until its first spike
     * @param windowEndMs      end of the analysis window
     */
    public static BurstTrain group(double[] spikeTimes, int n, double ibiThresholdMs, double spikeFreeSinceMs,
                                   double windowEndMs) {
        if (n == 0) {
            return empty();
        }
        int[] first = new int[n];
        int bursts = BurstRules.groupBursts(spikeTimes, n, ibiThresholdMs, first);
        double[] starts = new double[bursts];
        double[] ends = new double[bursts];
        for (int b = 0; b < bursts; b++) {
            int last = b + 1 < bursts ? first[b + 1] - 1 : n - 1;
            starts[b] = spikeTimes[first[b]];
            ends[b] = spikeTimes[last];
        }
        boolean firstCut = !(spikeTimes[0] - spikeFreeSinceMs > ibiThresholdMs);
        boolean lastCut = !(windowEndMs - spikeTimes[n - 1] > ibiThresholdMs);
        return new BurstTrain(starts, ends, firstCut, lastCut);
    }

    public int size() {
        return starts.length;
    }

    /** Index of the first burst starting at or after {@code tMs} ({@link #size()} if none); starts are distinct. */
    public int firstStartingAtOrAfter(double tMs) {
        int i = Arrays.binarySearch(starts, tMs);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public double[] starts() {
        return starts.clone();
    }

    @Override
    public double[] ends() {
        return ends.clone();
    }

    public double start(int i) {
        return starts[i];
    }

    public double end(int i) {
        return ends[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BurstTrain b && Arrays.equals(starts, b.starts) && Arrays.equals(ends, b.ends)
                && firstCut == b.firstCut && lastCut == b.lastCut;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(starts) + Arrays.hashCode(ends)) + (firstCut ? 2 : 0) + (lastCut ? 1 : 0);
    }

    @Override
    public String toString() {
        return "BurstTrain[starts=" + Arrays.toString(starts) + ", ends=" + Arrays.toString(ends) + ", firstCut="
                + firstCut + ", lastCut=" + lastCut + "]";
    }
}
