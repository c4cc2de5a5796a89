package org.circuitsweep.engine.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The cycles of a network, measured on a reference cell (cell 0: AB/PD in the pyloric template):
 * cycle k runs from a burst start of the reference to its next burst start, and every burst of
 * every cell belongs to the cycle in which it starts. Immutable.
 *
 * <p>Only analysable cycles are kept, and they are consecutive. A cycle is analysable when no
 * cell's burst in it can be a cut one: the reference's first burst is no cycle start if the window
 * cut it (its true start is unknown); a cell's cut first burst must have been seen starting before
 * the cycle (then it belongs to an earlier one), and a cell's cut last burst must start at or after
 * the cycle's end (then it belongs to a later one).
 */
public final class NetworkCycles {

    private final List<BurstTrain> trains;
    /** Cycle k is [bounds[k], bounds[k + 1]). */
    private final double[] bounds;
    /** [cycle][cell]: index of the cell's first burst in the cycle (meaningful when count > 0). */
    private final int[][] first;
    /** [cycle][cell]: number of the cell's bursts that start in the cycle. */
    private final int[][] count;

    private NetworkCycles(List<BurstTrain> trains, double[] bounds, int[][] first, int[][] count) {
        this.trains = trains;
        this.bounds = bounds;
        this.first = first;
        this.count = count;
    }

    /** The analysable cycles of cells whose bursts are {@code trains}, cell 0 being the reference. */
    public static NetworkCycles of(List<BurstTrain> trains) {
        if (trains.isEmpty()) {
            throw new IllegalArgumentException("trains: allowed one burst train per cell, at least one");
        }
        List<BurstTrain> copy = List.copyOf(trains);
        BurstTrain reference = copy.get(0);
        List<Double> bounds = new ArrayList<>();
        for (int b = reference.firstCut() ? 1 : 0; b < reference.size(); b++) {
            double from = reference.start(b);
            boolean runStarted = !bounds.isEmpty();
            if (b + 1 < reference.size() && allAnalysable(copy, from, reference.start(b + 1))) {
                if (!runStarted) {
                    bounds.add(from);
                }
                bounds.add(reference.start(b + 1));
            } else if (runStarted) {
                break;
            }
        }
        int cycles = Math.max(0, bounds.size() - 1);
        int cells = copy.size();
        int[][] first = new int[cycles][cells];
        int[][] count = new int[cycles][cells];
        for (int k = 0; k < cycles; k++) {
            for (int c = 0; c < cells; c++) {
                BurstTrain t = copy.get(c);
                first[k][c] = t.firstStartingAtOrAfter(bounds.get(k));
                count[k][c] = t.firstStartingAtOrAfter(bounds.get(k + 1)) - first[k][c];
            }
        }
        return new NetworkCycles(copy, bounds.stream().mapToDouble(Double::doubleValue).toArray(), first, count);
    }

    /**
     * Whether no burst of {@code train} that starts in [fromMs, toMs) can be cut by the window: a cut
     * first burst was seen starting before fromMs, a cut last burst starts at or after toMs.
     */
    public static boolean analysable(BurstTrain train, double fromMs, double toMs) {
        boolean firstOk = !train.firstCut() || train.start(0) < fromMs;
        boolean lastOk = !train.lastCut() || train.start(train.size() - 1) >= toMs;
        return firstOk && lastOk;
    }

    private static boolean allAnalysable(List<BurstTrain> trains, double fromMs, double toMs) {
        return trains.stream().allMatch(t -> analysable(t, fromMs, toMs));
    }

    public int cycleCount() {
        return first.length;
    }

    public int cellCount() {
        return trains.size();
    }

    /** Start of cycle k (a burst start of the reference cell), ms. */
    public double cycleStart(int k) {
        return bounds[k];
    }

    /** End of cycle k (the next burst start of the reference cell), ms. */
    public double cycleEnd(int k) {
        return bounds[k + 1];
    }

    /** How many bursts of {@code cell} start in cycle k. */
    public int burstCount(int k, int cell) {
        return count[k][cell];
    }

    /** Start of the first burst of {@code cell} in cycle k, ms; NaN if it has none. */
    public double burstStart(int k, int cell) {
        return count[k][cell] > 0 ? trains.get(cell).start(first[k][cell]) : Double.NaN;
    }

    /** End of the first burst of {@code cell} in cycle k, ms; NaN if it has none. */
    public double burstEnd(int k, int cell) {
        return count[k][cell] > 0 ? trains.get(cell).end(first[k][cell]) : Double.NaN;
    }
}
