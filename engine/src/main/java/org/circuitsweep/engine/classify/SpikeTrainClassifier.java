package org.circuitsweep.engine.classify;

/**
 * Classifies the spike train of one analysis window by composing the {@link BurstRules}:
 * <ol>
 *   <li>no spike: {@link ActivityClass#SILENT};</li>
 *   <li>the tonic test passes and the spiking lasts to the window end: {@link ActivityClass#TONIC},
 *       period = mean ISI;</li>
 *   <li>fewer than {@code periodicMinSpikes} spikes: {@link ActivityClass#IRREGULAR};</li>
 *   <li>spikes are grouped into bursts with the IBI threshold; a first burst that may have begun
 *       before the window (its first spike is within one IBI threshold of the window start) is left
 *       out; the periodicity test runs on the remaining burst starts;</li>
 *   <li>not periodic, or the last expected burst is missing at the window end: IRREGULAR;</li>
 *   <li>the bursts of the consistent cycles (all complete: each ends before the next starts) are
 *       analysed; if they hold fewer than {@code minSpikesPerBurst} spikes on average they are single
 *       spikes and the cell is TONIC with period = the mean ISI over those cycles; otherwise
 *       {@link ActivityClass#BURSTING}.</li>
 * </ol>
 * Holds reusable scratch arrays, so an instance is not thread-safe; use one per recorder.
 */
public final class SpikeTrainClassifier {

    private final ClassifierThresholds thresholds;
    private int[] firstSpike = new int[64];
    private double[] burstStarts = new double[64];

    public SpikeTrainClassifier(ClassifierThresholds thresholds) {
        if (thresholds == null) {
            throw new IllegalArgumentException("thresholds = null: allowed a ClassifierThresholds");
        }
        this.thresholds = thresholds;
    }

    /**
     * @param spikeTimes    spike times (maxima above the spike threshold), ascending, first {@code spikeCount} used
     * @param maximaTimes   times of all voltage maxima including the spikes, ascending, first {@code maximaCount}
     * @param spikeFreeSinceMs the cell is known not to have spiked between this time and its first spike
     *                      (the last spike before the window, or the start of what was observed): the
     *                      first burst counts as complete only if it began more than one IBI threshold
     *                      after it
     * @param windowEndMs   end of the analysis window (or the current time), ms
     * @param minCycles     consistent cycles a periodic pattern needs ({@code periodicMinCycles} for the final
     *                      class, {@code settleMinCycles} for the adaptive stop)
     */
    public Classification classify(double[] spikeTimes, int spikeCount, double[] maximaTimes, int maximaCount,
                                   double spikeFreeSinceMs, double windowEndMs, int minCycles) {
        ClassifierThresholds th = thresholds;
        int n = spikeCount;
        if (n == 0) {
            return Classification.silent();
        }
        IntervalStats isi = BurstRules.intervalStats(spikeTimes, n);
        if (BurstRules.isTonic(isi, n, th)
                && BurstRules.persistsToEnd(spikeTimes[n - 1], isi.meanMs(), windowEndMs, th)) {
            return Classification.tonic(isi.meanMs(), spikeTimes[0]);
        }
        if (n < th.periodicMinSpikes()) {
            return Classification.irregular();
        }
        double largestImi = BurstRules.intervalStats(maximaTimes, maximaCount).maxMs();
        double ibiThreshold = BurstRules.ibiThresholdMs(isi, largestImi, th);
        ensureCapacity(n);
        int bursts = BurstRules.groupBursts(spikeTimes, n, ibiThreshold, firstSpike);
        int firstComplete = spikeTimes[0] - spikeFreeSinceMs > ibiThreshold ? 0 : 1;
        int starts = bursts - firstComplete;
        for (int i = 0; i < starts; i++) {
            burstStarts[i] = spikeTimes[firstSpike[firstComplete + i]];
        }
        Periodicity p = BurstRules.periodicity(burstStarts, starts, minCycles, th);
        if (!p.isPeriodic()) {
            return Classification.irregular();
        }
        int k = p.burstsPerCycle();
        int last = starts - 1;
        double expectedNext = burstStarts[last + 1 - k] - burstStarts[last - k];
        if (!BurstRules.persistsToEnd(burstStarts[last], expectedNext, windowEndMs, th)) {
            return Classification.irregular();
        }
        return analyseCycles(spikeTimes, n, maximaTimes, maximaCount, bursts, firstComplete + last - p.cycles() * k,
                firstComplete + last, p);
    }

    /** Features over bursts [fromBurst, toBurst) = the whole consistent cycles. */
    private Classification analyseCycles(double[] spikeTimes, int n, double[] maximaTimes, int maximaCount,
                                         int bursts, int fromBurst, int toBurst, Periodicity p) {
        int analysed = toBurst - fromBurst;
        double spikes = 0;
        double maxima = 0;
        double duration = 0;
        for (int b = fromBurst; b < toBurst; b++) {
            int first = firstSpike[b];
            int end = b + 1 < bursts ? firstSpike[b + 1] : n;
            double start = spikeTimes[first];
            double stop = spikeTimes[end - 1];
            spikes += end - first;
            maxima += BurstRules.countInRange(maximaTimes, maximaCount, start, stop);
            duration += stop - start;
        }
        double spikesPerBurst = spikes / analysed;
        double steadySince = spikeTimes[firstSpike[fromBurst]];
        int k = p.burstsPerCycle();
        if (spikesPerBurst < thresholds.minSpikesPerBurst()) {
            // single-spike "bursts": regular spiking with a repeating ISI pattern; period = mean ISI
            return Classification.tonic(p.periodMs() / (k * spikesPerBurst), steadySince);
        }
        return Classification.bursting(p.periodMs(), k, duration / analysed, spikesPerBurst, maxima / analysed,
                steadySince);
    }

    private void ensureCapacity(int n) {
        if (firstSpike.length < n) {
            int size = Math.max(n, 2 * firstSpike.length);
            firstSpike = new int[size];
            burstStarts = new double[size];
        }
    }
}
