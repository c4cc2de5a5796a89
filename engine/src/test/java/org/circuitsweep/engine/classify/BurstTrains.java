package org.circuitsweep.engine.classify;

/** Synthetic burst trains with known times, ms. */
final class BurstTrains {

    private BurstTrains() {
    }

    /** {@code count} bursts of {@code durationMs}, the first starting at {@code firstStartMs}, one every {@code periodMs}. */
    static BurstTrain periodic(double firstStartMs, double durationMs, double periodMs, int count) {
        return periodic(firstStartMs, durationMs, periodMs, count, false, false);
    }

    static BurstTrain periodic(double firstStartMs, double durationMs, double periodMs, int count, boolean firstCut,
                               boolean lastCut) {
        double[] starts = new double[count];
        double[] ends = new double[count];
        for (int i = 0; i < count; i++) {
            starts[i] = firstStartMs + i * periodMs;
            ends[i] = starts[i] + durationMs;
        }
        return new BurstTrain(starts, ends, firstCut, lastCut);
    }

    /** Bursts at the given [start, end] pairs. */
    static BurstTrain of(double... startEndPairs) {
        double[] starts = new double[startEndPairs.length / 2];
        double[] ends = new double[starts.length];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = startEndPairs[2 * i];
            ends[i] = startEndPairs[2 * i + 1];
        }
        return new BurstTrain(starts, ends, false, false);
    }
}
