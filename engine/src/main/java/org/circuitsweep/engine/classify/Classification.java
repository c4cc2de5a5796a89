package org.circuitsweep.engine.classify;

/**
 * The class of a spike train and the features that follow from the classification; features
 * that do not apply are NaN (counts 0).
 *
 * @param activityClass   the class
 * @param periodMs        cycle period of a burster, mean ISI of a tonic cell, ms
 * @param burstsPerCycle  bursts per cycle of a burster (1 .. maxBurstsPerCycle), 0 otherwise
 * @param burstDurationMs mean first-to-last-spike time of the analysed bursts, ms
 * @param dutyCycle       burstDurationMs / (periodMs / burstsPerCycle)
 * @param spikesPerBurst  mean spikes per analysed burst
 * @param maximaPerBurst  mean voltage maxima (spikes and sub-threshold maxima) per analysed burst
 * @param steadySinceMs   start of the part of the window the periodic pattern covers (first spike of a tonic
 *                        cell; first burst start of the consistent cycles), ms; NaN for silent and irregular
 */
public record Classification(ActivityClass activityClass, double periodMs, int burstsPerCycle,
                             double burstDurationMs, double dutyCycle, double spikesPerBurst, double maximaPerBurst,
                             double steadySinceMs) {

    public Classification {
        if (activityClass == null) {
            throw new IllegalArgumentException("activityClass = null: allowed one of ActivityClass");
        }
        if (burstsPerCycle < 0) {
            throw new IllegalArgumentException("burstsPerCycle = " + burstsPerCycle + ": allowed an integer >= 0");
        }
    }

    public static Classification silent() {
        return notPeriodic(ActivityClass.SILENT);
    }

    public static Classification irregular() {
        return notPeriodic(ActivityClass.IRREGULAR);
    }

    public static Classification tonic(double meanIsiMs, double steadySinceMs) {
        double nan = Double.NaN;
        return new Classification(ActivityClass.TONIC, meanIsiMs, 0, nan, nan, nan, nan, steadySinceMs);
    }

    public static Classification bursting(double periodMs, int burstsPerCycle, double burstDurationMs,
                                          double spikesPerBurst, double maximaPerBurst, double steadySinceMs) {
        double dutyCycle = burstDurationMs / (periodMs / burstsPerCycle);
        return new Classification(ActivityClass.BURSTING, periodMs, burstsPerCycle, burstDurationMs, dutyCycle,
                spikesPerBurst, maximaPerBurst, steadySinceMs);
    }

    private static Classification notPeriodic(ActivityClass activityClass) {
        double nan = Double.NaN;
        return new Classification(activityClass, nan, 0, nan, nan, nan, nan, nan);
    }
}
