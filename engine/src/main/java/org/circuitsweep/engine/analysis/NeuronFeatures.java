package org.circuitsweep.engine.analysis;

import java.util.Arrays;

import org.circuitsweep.engine.classify.ActivityClass;

/**
 * The activity features of one neuron over its analysis window, and its class. A feature that
 * does not apply to the activity (the period of a silent cell, the resting potential of a
 * burster) is NaN here and null in tables and JSON. {@link ActivityRecorder} computes them; its
 * javadoc and {@link org.circuitsweep.engine.classify.SpikeTrainClassifier}'s give the exact
 * definitions. The constructor refuses a null class, a negative or non-finite window, negative
 * counts and a silent cell with spikes.
 *
 * @param activityClass   the class
 * @param analysedMs      length of the analysis window that was simulated, ms
 * @param spikes      spikes (voltage maxima above the spike threshold, 0 mV by
 *                        default) in the window
 * @param spikeRateHz     spikes per second over the window
 * @param periodMs        burst period of a burster (one cycle, which may hold 2 or 3 bursts),
 *                        mean ISI of a tonic cell, ms
 * @param burstsPerCycle  bursts per period of a burster (1, 2 or 3), 0 otherwise
 * @param burstDurationMs mean time from the first to the last spike of a burst, ms
 * @param dutyCycle       burst duration / (period / bursts per cycle), dimensionless
 * @param spikesPerBurst  mean spikes per burst
 * @param maximaPerBurst  mean voltage maxima (spikes and sub-threshold maxima) per burst, the
 *                        quantity the Prinz database stores
 * @param restingMv       mean membrane potential of a silent cell, mV
 * @param vMinMv          lowest membrane potential in the window, mV
 * @param vMaxMv          highest membrane potential in the window, mV
 * @param slowWaveMinMv   lowest value of the slow wave (V with spikes filtered out), mV
 * @param slowWaveMaxMv   highest value of the slow wave, mV
 * @param caMinUm         lowest intracellular calcium, µM
 * @param caMaxUm         highest intracellular calcium, µM
 * @param caMeanUm        time-averaged intracellular calcium, µM
 */
public record NeuronFeatures(
        ActivityClass activityClass,
        double analysedMs,
        int spikes,
        double spikeRateHz,
        double periodMs,
        int burstsPerCycle,
        double burstDurationMs,
        double dutyCycle,
        double spikesPerBurst,
        double maximaPerBurst,
        double restingMv,
        double vMinMv,
        double vMaxMv,
        double slowWaveMinMv,
        double slowWaveMaxMv,
        double caMinUm,
        double caMaxUm,
        double caMeanUm) {

    public NeuronFeatures {
        if (activityClass == null) {
            throw new IllegalArgumentException("activityClass = null: allowed one of " + Arrays.toString(
                    ActivityClass.values()));
        }
        if (!(analysedMs >= 0) || Double.isInfinite(analysedMs)) {
            throw new IllegalArgumentException("analysedMs = " + analysedMs + ": allowed a finite number >= 0 ms");
        }
        if (spikes < 0) {
            throw new IllegalArgumentException("spikes = " + spikes + ": allowed an integer >= 0");
        }
        if (burstsPerCycle < 0) {
            throw new IllegalArgumentException("burstsPerCycle = " + burstsPerCycle + ": allowed an integer >= 0");
        }
        if (activityClass == ActivityClass.SILENT && spikes != 0) {
            throw new IllegalArgumentException("spikes = " + spikes + ": allowed 0 for a silent cell");
        }
    }

    /** The result of a run whose state became NaN, infinite or diverged after {@code analysedMs}. */
    public static NeuronFeatures numericalFailure(double analysedMs) {
        double nan = Double.NaN;
        return new NeuronFeatures(ActivityClass.NUMERICAL_FAILURE, analysedMs, 0, nan, nan, 0, nan, nan, nan, nan, nan,
                nan, nan, nan, nan, nan, nan, nan);
    }
}
