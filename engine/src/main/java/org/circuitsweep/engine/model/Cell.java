package org.circuitsweep.engine.model;

/**
 * One cell of a circuit: a Prinz 2003 model neuron and the DC current injected into it.
 *
 * @param name         the cell's name in the circuit (for example {@code LP})
 * @param neuron       the name of the model neuron it is (for example {@code LP4}), or "custom"
 * @param conductances its maximal conductances
 * @param dcCurrentNa  injected DC current, nA
 */
public record Cell(String name, String neuron, Conductances conductances, double dcCurrentNa) {

    public Cell {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("cell name '" + name + "': use a letter then letters, digits or '_'");
        }
        if (!Double.isFinite(dcCurrentNa) || Math.abs(dcCurrentNa) > 1000) {
            throw new IllegalArgumentException("cell " + name + ": dc-current-na " + dcCurrentNa + " is not in [-1000, 1000] nA");
        }
    }
}
