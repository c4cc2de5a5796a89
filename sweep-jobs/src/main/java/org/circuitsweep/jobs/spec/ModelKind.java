package org.circuitsweep.jobs.spec;

/**
 * What one variant of a sweep is, which decides how it is simulated and which table its row goes
 * to: a single neuron ({@code models} table of neurons), or a network of cells joined by synapses
 * (the network table), either the Prinz 2004 pyloric template or a circuit read from a file.
 */
public enum ModelKind {
    /** One Prinz 2003 neuron ({@code model: prinz2003}). */
    NEURON,
    /** The three-cell pyloric network of Prinz 2004 ({@code model: prinz2004-pyloric}). */
    PYLORIC,
    /** A circuit file ({@code model: circuit}) whose synapses and cell conductances are swept by name. */
    CIRCUIT;

    public boolean isNetwork() {
        return this != NEURON;
    }
}
