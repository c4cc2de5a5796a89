package org.circuitsweep.engine.classify;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Synthetic spike-time arrays with known structure, ms. */
final class SpikeTrains {

    private SpikeTrains() {
    }

    /** {@code count} spikes every {@code isiMs}, the first at {@code firstMs}. */
    static double[] regular(double firstMs, double isiMs, int count) {
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = firstMs + i * isiMs;
        }
        return t;
    }

    /**
     * Bursts of {@code spikesPerBurst} spikes {@code isiMs} apart; burst i starts at
     * {@code firstStartMs} + the sum of the first i entries of the repeating {@code startIntervalsMs}.
     */
    static double[] bursts(double firstStartMs, int burstCount, int spikesPerBurst, double isiMs,
                           double... startIntervalsMs) {
        double[] t = new double[burstCount * spikesPerBurst];
        double start = firstStartMs;
        for (int b = 0; b < burstCount; b++) {
            for (int s = 0; s < spikesPerBurst; s++) {
                t[b * spikesPerBurst + s] = start + s * isiMs;
            }
            start += startIntervalsMs[b % startIntervalsMs.length];
        }
        return t;
    }

    /** A Poisson train of the given rate with a dead time, from 0 to {@code endMs}, seeded. */
    static double[] poisson(long seed, double rateHz, double deadTimeMs, double endMs) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] t = new double[16];
        int n = 0;
        double now = -Math.log(1 - random.nextDouble()) * 1000.0 / rateHz;
        while (now < endMs) {
            if (n == t.length) {
                t = Arrays.copyOf(t, 2 * n);
            }
            t[n++] = now;
            now += deadTimeMs - Math.log(1 - random.nextDouble()) * 1000.0 / rateHz;
        }
        return Arrays.copyOf(t, n);
    }

    /** The sorted union of two time arrays. */
    static double[] merge(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        return all;
    }
}
