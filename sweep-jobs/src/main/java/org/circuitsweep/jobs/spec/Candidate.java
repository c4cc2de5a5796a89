package org.circuitsweep.jobs.spec;

import java.io.Serializable;
import java.util.Arrays;

import org.circuitsweep.engine.model.Conductances;

/**
 * One neuron a cell of a network may be: a named P04 neuron, or a row of a neuron sweep.
 * Serializable: selected candidates travel to the executors with the spec.
 *
 * @param name         the neuron's name in the network table: {@code LP4}, or
 *                     {@code <base sweep_id>:<base variant>} for a selected row
 * @param conductances its eight maximal conductances in catalogue order, mS/cm²
 * @param baseVariant  the variant of the base sweep it was selected from, or −1 for a named neuron
 */
public record Candidate(String name, double[] conductances, long baseVariant) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Candidate {
        conductances = Conductances.of(conductances).toArray(); // validates the count and the values
    }

    static Candidate named(String neuron, Conductances g) {
        return new Candidate(neuron, g.toArray(), -1);
    }

    public Conductances toConductances() {
        return Conductances.of(conductances);
    }

    public boolean selected() {
        return baseVariant >= 0;
    }

    @Override
    public double[] conductances() {
        return conductances.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && c.name.equals(name) && Arrays.equals(c.conductances, conductances)
                && c.baseVariant == baseVariant;
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(conductances) + Long.hashCode(baseVariant);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(conductances);
    }
}
