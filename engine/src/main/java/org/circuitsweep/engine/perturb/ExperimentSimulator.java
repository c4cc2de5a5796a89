package org.circuitsweep.engine.perturb;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.sim.CircuitSimulator;
import org.circuitsweep.engine.sim.NeuronSimulator;
import org.circuitsweep.engine.sim.SimulationSettings;

/**
 * Simulates perturbed preparations with the protocol and kernel of a base sweep, so that a variant's
 * "before" and "after" differ only by the perturbation. One instance per thread (per Spark task);
 * buffers and kernels are reused from run to run.
 *
 * <p>Under {@link Environment#REFERENCE} and without a perturbation, {@link #runNeuron} gives exactly
 * (bit for bit) what {@link NeuronSimulator} gives for the settings, and {@link #runNetwork} what
 * {@link CircuitSimulator} gives.
 */
public final class ExperimentSimulator {

    private final SimulationSettings settings;
    private final ClassifierThresholds thresholds;
    private final NeuronSimulator neuron;
    private CircuitSimulator circuits;

    public ExperimentSimulator(SimulationSettings settings, ClassifierThresholds thresholds) {
        if (settings == null || thresholds == null) {
            throw new IllegalArgumentException("settings and thresholds must not be null");
        }
        this.settings = settings;
        this.thresholds = thresholds;
        this.neuron = new NeuronSimulator(settings, thresholds);
    }

    public SimulationSettings settings() {
        return settings;
    }

    /** Simulates a one-cell preparation under the single-neuron protocol of the settings. */
    public NeuronFeatures runNeuron(Preparation p) {
        if (!p.isSingleCell()) {
            throw new IllegalArgumentException("runNeuron: the preparation has " + p.circuit().cells().size()
                    + " cells and " + p.circuit().synapses().size() + " synapses; allowed one cell without synapses "
                    + "(use runNetwork)");
        }
        Cell cell = p.circuit().cells().get(0);
        if (p.environment().isReference() && cell.dcCurrentNa() == 0) {
            return neuron.run(cell.conductances());
        }
        throw new UnsupportedOperationException("temperature and stimuli: not implemented yet");
    }

    /** Simulates a circuit under the network protocol of the settings (CircuitSimulator's). */
    public NetworkResult runNetwork(Preparation p) {
        if (circuits == null) {
            circuits = new CircuitSimulator(settings, thresholds);
        }
        if (p.environment().isReference()) {
            return circuits.run(p.circuit());
        }
        throw new UnsupportedOperationException("temperature and stimuli: not implemented yet");
    }

    /**
     * Checks a condition against a base preparation before anything runs or is written: applying it
     * must succeed (known cells, conductances, synapses and neurons). Throws IllegalArgumentException
     * with the one-line reason.
     */
    public static void check(Condition c, Preparation example) {
        try {
            c.apply(example);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("perturbation '" + c.text() + "': " + e.getMessage(), e);
        }
    }
}
