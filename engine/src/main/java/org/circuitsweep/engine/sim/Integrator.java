package org.circuitsweep.engine.sim;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The integration methods a simulation may use; the label is the spelling of specs and the CLI. */
public enum Integrator {
    /**
     * Exponential Euler at a fixed step, Prinz's own method (Dayan &amp; Abbott 2001, pp. 191–193):
     * each gate, [Ca] and V relax exactly toward their steady state over one step with the rates
     * frozen. First order, unconditionally stable for these equations.
     */
    EXPONENTIAL_EULER("exponential-euler"),
    /**
     * Adaptive Dormand–Prince 8(5,3) from commons-math3 with tight tolerances: the reference that
     * bounds the error of the fast method. Its output is sampled every dt for the feature observers.
     */
    DORMAND_PRINCE("dormand-prince");

    private final String label;

    Integrator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Integrator fromLabel(String label) {
        for (Integrator i : values()) {
            if (i.label.equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException("integrator: unknown '" + label + "'; allowed: " + labels());
    }

    public static String labels() {
        return Arrays.stream(values()).map(Integrator::label).collect(Collectors.joining(", "));
    }
}
