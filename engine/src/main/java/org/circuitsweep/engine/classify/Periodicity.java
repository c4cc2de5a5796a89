package org.circuitsweep.engine.classify;

/**
 * The result of the periodicity test on burst start times (see {@link BurstRules#periodicity}).
 *
 * @param burstsPerCycle bursts in one cycle (1 .. {@link ClassifierThresholds#maxBurstsPerCycle()}), 0 if not
 *                       periodic
 * @param cycles         consecutive consistent cycles found walking back from the last burst start, 0 if not
 *                       periodic
 * @param periodMs       mean cycle period over those cycles, ms (NaN if not periodic)
 */
public record Periodicity(int burstsPerCycle, int cycles, double periodMs) {

    public Periodicity {
        if (burstsPerCycle < 0 || cycles < 0) {
            throw new IllegalArgumentException("burstsPerCycle = " + burstsPerCycle + ", cycles = " + cycles
                    + ": allowed integers >= 0");
        }
    }

    /** No periodic pattern. */
    public static Periodicity none() {
        return new Periodicity(0, 0, Double.NaN);
    }

    public boolean isPeriodic() {
        return burstsPerCycle > 0;
    }
}
