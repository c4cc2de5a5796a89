package org.circuitsweep.engine.model;

/**
 * An electrical (gap-junction) coupling, I_a = g·(V_a − V_b) out of cell a and the opposite into b.
 *
 * @param a          index of one cell
 * @param b          index of the other cell
 * @param strengthNs coupling conductance, nS
 */
public record Coupling(int a, int b, double strengthNs) {

    public Coupling {
        if (a == b) {
            throw new IllegalArgumentException("coupling: a cell cannot be coupled to itself");
        }
        if (!(strengthNs >= 0) || Double.isInfinite(strengthNs)) {
            throw new IllegalArgumentException("coupling: strength " + strengthNs + " must be a finite number >= 0 nS");
        }
    }
}
