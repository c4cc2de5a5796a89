package org.circuitsweep.engine.classify;

import java.util.Map;

/** TEMPORARY stand-in until branch `analysis` lands. */
public record ClassifierThresholds(double spikeThresholdMv) {
    public static ClassifierThresholds defaults() {
        return new ClassifierThresholds(0);
    }

    public ClassifierThresholds withOverrides(Map<String, Double> overrides) {
        return new ClassifierThresholds(overrides.getOrDefault("spike-threshold-mv", spikeThresholdMv));
    }
}
