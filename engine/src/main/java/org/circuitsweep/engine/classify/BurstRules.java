package org.circuitsweep.engine.classify;

/**
 * The classification rules, one small pure function each, on event times in ms. Times are given as
 * the first {@code n} entries of an array, sorted ascending, so that callers can pass their
 * reusable buffers; no function allocates an array or keeps state, and the only output array
 * ({@link #groupBursts}) is the caller's. The rules follow sheet §4.3 unless a comment says otherwise.
 */
public final class BurstRules {

    private BurstRules() {
    }

    /** Min, max and mean of the intervals between the successive times {@code times[0..n)}. */
    public static IntervalStats intervalStats(double[] times, int n) {
        if (n < 2) {
            return IntervalStats.none();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            double interval = times[i] - times[i - 1];
            min = Math.min(min, interval);
            max = Math.max(max, interval);
        }
        // the mean of successive differences telescopes to the span over the count
        return new IntervalStats(n - 1, min, max, (times[n - 1] - times[0]) / (n - 1));
    }

    /** Tonic: at least {@code tonicMinSpikes} spikes and (max ISI − min ISI) / mean ISI below the tolerance. */
    public static boolean isTonic(IntervalStats isi, int spikeCount, ClassifierThresholds th) {
        return spikeCount >= th.tonicMinSpikes()
                && (isi.maxMs() - isi.minMs()) / isi.meanMs() < th.tonicIsiTolerance();
    }

    /**
     * "Modulated tonic": the largest inter-maximum interval is below {@code modulatedTonicRatio} × the
     * smallest ISI.
     */
    public static boolean isModulatedTonic(double largestImiMs, double smallestIsiMs, ClassifierThresholds th) {
        return largestImiMs < th.modulatedTonicRatio() * smallestIsiMs;
    }

    /**
     * The ISI above which an interval separates two bursts (an inter-burst interval, IBI):
     * {@code modulatedTonicIbiFraction} × the largest ISI for a modulated tonic cell; else
     * {@code longIsiIbiFraction} × the largest ISI if that exceeds {@code longIsiRatio} × the mean ISI;
     * else the mean ISI; never more than {@code ibiThresholdCapMs}.
     */
    public static double ibiThresholdMs(IntervalStats isi, double largestImiMs, ClassifierThresholds th) {
        double threshold;
        if (isModulatedTonic(largestImiMs, isi.minMs(), th)) {
            threshold = th.modulatedTonicIbiFraction() * isi.maxMs();
        } else if (isi.maxMs() > th.longIsiRatio() * isi.meanMs()) {
            threshold = th.longIsiIbiFraction() * isi.maxMs();
        } else {
            threshold = isi.meanMs();
        }
        return Math.min(threshold, th.ibiThresholdCapMs());
    }

    /**
     * Groups spikes into bursts: an ISI strictly above {@code ibiThresholdMs} ends a burst. Writes the
     * index of each burst's first spike to {@code firstSpikeOut} (length at least {@code n}); burst b
     * holds spikes {@code firstSpikeOut[b]} up to the next burst's first spike (or {@code n}) exclusive.
     *
     * @return the number of bursts (0 when n = 0)
     */
    public static int groupBursts(double[] spikeTimes, int n, double ibiThresholdMs, int[] firstSpikeOut) {
        if (n == 0) {
            return 0;
        }
        int bursts = 0;
        firstSpikeOut[bursts++] = 0;
        for (int i = 1; i < n; i++) {
            if (spikeTimes[i] - spikeTimes[i - 1] > ibiThresholdMs) {
                firstSpikeOut[bursts++] = i;
            }
        }
        return bursts;
    }

    /**
     * Consecutive consistent cycles at the end of a burst-start sequence, for a candidate of
     * {@code k} bursts per cycle. The cycle ending at start j spans the k burst-to-burst intervals
     * before it: P_j = s[j] − s[j−k]. Walking back from the last start, P_j and P_{j−1} must differ
     * by less than {@code tolerance} × their mean; since they share k−1 intervals, this says each
     * interval matches the one k bursts earlier, so the whole burst pattern repeats, not only the
     * cycle length (our reading of "consecutive"). The result counts the whole cycles covered.
     *
     * @return whole cycles covered by the consistent run (0 if fewer than k intervals)
     */
    public static int consistentCycles(double[] burstStarts, int n, int k, double tolerance) {
        int last = n - 1;
        if (last < k) {
            return 0;
        }
        int j = last;
        while (j - 1 >= k && consistent(burstStarts[j] - burstStarts[j - k],
                burstStarts[j - 1] - burstStarts[j - 1 - k], tolerance)) {
            j--;
        }
        int intervals = last - (j - k);
        return intervals / k;
    }

    /**
     * The periodicity test: the smallest k in 1 .. {@code maxBurstsPerCycle} whose consistent run
     * at the end of the burst starts covers at least {@code minCycles} cycles. The period is the
     * mean over all the cycles of that run.
     */
    public static Periodicity periodicity(double[] burstStarts, int n, int minCycles, ClassifierThresholds th) {
        for (int k = 1; k <= th.maxBurstsPerCycle(); k++) {
            int cycles = consistentCycles(burstStarts, n, k, th.periodicityTolerance());
            if (cycles >= minCycles) {
                double span = burstStarts[n - 1] - burstStarts[n - 1 - cycles * k];
                return new Periodicity(k, cycles, span / cycles);
            }
        }
        return Periodicity.none();
    }

    /**
     * Whether the activity still goes on at the window end [ours]: the time from the last event to
     * {@code windowEndMs} is below {@code endGapRatio} × the interval expected after it. Without this
     * rule a cell that fires regularly and then falls silent inside the window would pass as tonic.
     */
    public static boolean persistsToEnd(double lastEventMs, double expectedIntervalMs, double windowEndMs,
                                        ClassifierThresholds th) {
        return windowEndMs - lastEventMs < th.endGapRatio() * expectedIntervalMs;
    }

    /** How many of {@code times[0..n)} lie in [fromMs, toMs]; binary search, O(log n). */
    public static int countInRange(double[] times, int n, double fromMs, double toMs) {
        return Math.max(0, firstAbove(times, n, toMs) - firstAtOrAbove(times, n, fromMs));
    }

    private static boolean consistent(double periodA, double periodB, double tolerance) {
        return Math.abs(periodA - periodB) < tolerance * 0.5 * (periodA + periodB);
    }

    private static int firstAtOrAbove(double[] times, int n, double t) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAbove(double[] times, int n, double t) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
