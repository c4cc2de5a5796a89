package org.circuitsweep.engine.model;

import org.circuitsweep.engine.synapse.Transmitter;

/**
 * A graded chemical synapse between two cells of a circuit.
 *
 * @param name        its name, for example {@code ABLP}
 * @param pre         index of the presynaptic cell
 * @param post        index of the postsynaptic cell
 * @param transmitter glutamate or acetylcholine
 * @param strengthNs  maximal synaptic conductance g_s, nS (absolute, as Prinz 2004 gives it)
 */
public record Synapse(String name, int pre, int post, Transmitter transmitter, double strengthNs) {

    public Synapse {
        if (pre == post) {
            throw new IllegalArgumentException("synapse " + name + ": pre and post are the same cell");
        }
        if (!(strengthNs >= 0) || Double.isInfinite(strengthNs)) {
            throw new IllegalArgumentException("synapse " + name + ": strength " + strengthNs + " must be a finite number >= 0 nS");
        }
    }

    public Synapse withStrength(double nS) {
        return new Synapse(name, pre, post, transmitter, nS);
    }
}
