package org.circuitsweep.engine.synapse;

/**
 * The two transmitters of the Prinz 2004 pyloric model (sheet §5.2): both synapses are inhibitory
 * and graded; they differ in reversal potential and in the rate k₋ at which s decays.
 */
public enum Transmitter {
    /** Fast glutamatergic inhibition (the "AB" synapses, LP→PY/AB, PY→LP): E_s = −70 mV, k₋ = 1/40 ms⁻¹. */
    GLUTAMATE("glutamate", -70.0, 1.0 / 40.0),
    /** Slow cholinergic inhibition (the "PD" synapses): E_s = −80 mV, k₋ = 1/100 ms⁻¹. */
    ACETYLCHOLINE("acetylcholine", -80.0, 1.0 / 100.0);

    private final String label;
    private final double reversalMv;
    private final double kMinusPerMs;

    Transmitter(String label, double reversalMv, double kMinusPerMs) {
        this.label = label;
        this.reversalMv = reversalMv;
        this.kMinusPerMs = kMinusPerMs;
    }

    public String label() {
        return label;
    }

    public double reversalMv() {
        return reversalMv;
    }

    public double kMinusPerMs() {
        return kMinusPerMs;
    }

    public static Transmitter fromLabel(String label) {
        for (Transmitter t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown transmitter '" + label + "'; allowed: glutamate, acetylcholine");
    }
}
