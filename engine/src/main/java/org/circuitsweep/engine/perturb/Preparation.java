package org.circuitsweep.engine.perturb;

import java.util.List;
import java.util.stream.Collectors;

import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Conductances;

/**
 * What a virtual experiment is done on: a circuit (its cells' conductances and neurons, its synapses
 * and couplings) and the conditions it runs under. Perturbations map one preparation to another.
 *
 * <p>A single-neuron sweep's variant is a circuit of one cell named {@value #NEURON_CELL} with no
 * synapse ({@link #ofNeuron}); perturbations address it without a cell name ({@code gA*=0}) or as
 * {@code neuron.gA*=0}. Its injected current is the sweep settings' DC plus the environment's stimuli.
 *
 * @param circuit     the cells, synapses and couplings
 * @param environment temperature and injected currents
 */
public record Preparation(Circuit circuit, Environment environment) {

    /** The name of the one cell of a single-neuron preparation. */
    public static final String NEURON_CELL = "neuron";
    /** The neuron label of that cell (its conductances come from a sweep, not from a named model). */
    public static final String SWEEP_NEURON = "custom";

    public Preparation {
        if (circuit == null || environment == null) {
            throw new IllegalArgumentException("a preparation needs a circuit and an environment");
        }
    }

    /** A single-neuron sweep variant under the reference conditions. */
    public static Preparation ofNeuron(Conductances g) {
        return new Preparation(new Circuit(List.of(new Cell(NEURON_CELL, SWEEP_NEURON, g, 0.0)), List.of(), List.of()),
                Environment.REFERENCE);
    }

    /** A network variant under the reference conditions. */
    public static Preparation ofCircuit(Circuit circuit) {
        return new Preparation(circuit, Environment.REFERENCE);
    }

    /** Whether this is one cell without synapses or couplings (what {@link ExperimentSimulator#runNeuron} runs). */
    public boolean isSingleCell() {
        return circuit.cells().size() == 1 && circuit.synapses().isEmpty() && circuit.couplings().isEmpty();
    }

    public Preparation withCircuit(Circuit c) {
        return new Preparation(c, environment);
    }

    public Preparation withEnvironment(Environment e) {
        return new Preparation(circuit, e);
    }

    /** The index of a named cell; IllegalArgumentException naming the allowed cells if there is none. */
    int requireCell(String name, String context) {
        int i = circuit.indexOf(name);
        if (i < 0) {
            String hint = isSingleCell() && circuit.cells().get(0).name().equals(NEURON_CELL)
                    ? " (a single-neuron preparation has one cell, '" + NEURON_CELL + "'; leave the cell out)"
                    : "";
            throw new IllegalArgumentException(context + ": unknown cell '" + name + "'; allowed: " + cellNames() + hint);
        }
        return i;
    }

    String cellNames() {
        return circuit.cells().stream().map(Cell::name).collect(Collectors.joining(", "));
    }
}
