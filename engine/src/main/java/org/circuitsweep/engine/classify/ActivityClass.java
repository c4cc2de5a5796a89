package org.circuitsweep.engine.classify;

/**
 * What a single model neuron does in the analysis window (Prinz 2003 categories, sheet §4.3).
 * The label is what tables, JSON and queries carry.
 */
public enum ActivityClass {
    /** No spike in the analysis window. */
    SILENT("silent"),
    /** Regular single spikes: enough spikes and inter-spike intervals within the tonic tolerance. */
    TONIC("tonic"),
    /** Periodic bursts of spikes (1, 2 or 3 bursts per cycle). */
    BURSTING("bursting"),
    /** Spikes that are neither tonic nor periodic bursts. */
    IRREGULAR("irregular"),
    /** The integration produced NaN, infinite or diverging state: a result, not an error. */
    NUMERICAL_FAILURE("numerical_failure");

    private final String label;

    ActivityClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ActivityClass fromLabel(String label) {
        for (ActivityClass c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown activity class '" + label + "'");
    }
}
