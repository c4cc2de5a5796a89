package org.circuitsweep.engine.perturb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.sim.CircuitSimulator;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sim.InjectedCurrent;
import org.circuitsweep.engine.sim.NeuronBatchSimulator;
import org.circuitsweep.engine.sim.NeuronSimulator;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.engine.sim.StepObserver;

/**
 * Simulates perturbed preparations with the protocol and kernel of a base sweep, so that a variant's
 * "before" and "after" differ only by the perturbation: single cells with {@link NeuronSimulator}
 * (the settings' kernel: exact, tabled or simd, adaptive stop and DC as the settings say), circuits
 * with {@link CircuitSimulator} (the P04 protocol, exact kernel). The environment's temperature
 * selects a simulator built for it (kernels and gate tables are kept for the last
 * {@value #CACHED_TEMPERATURES} temperatures); its stimuli are compiled into per-step currents.
 *
 * <p>Under {@link Environment#REFERENCE}, {@link #runNeuron}{@code (Preparation.ofNeuron(g))} is bit for
 * bit {@code new NeuronSimulator(settings, thresholds).run(g)}, and {@link #runNetwork} of an unperturbed
 * circuit bit for bit {@code new CircuitSimulator(settings, thresholds).run(circuit)}: the same code
 * runs, and every temperature factor is exactly 1.
 *
 * <p>One instance per thread (per Spark task); not thread-safe. Runs never throw for a valid
 * preparation: a numerical blow-up is the class numerical_failure.
 */
public final class ExperimentSimulator {

    /** Temperatures whose simulators (and tabled kernels' gate tables, 2.3 MB each) are kept. */
    public static final int CACHED_TEMPERATURES = 12;

    private final SimulationSettings settings;
    private final ClassifierThresholds thresholds;
    private final NeuronSimulator reference;
    private final Map<ThermalFactors, NeuronSimulator> neurons = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ThermalFactors, NeuronSimulator> eldest) {
            return size() > CACHED_TEMPERATURES;
        }
    };
    private final Map<ThermalFactors, NeuronBatchSimulator> batches = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ThermalFactors, NeuronBatchSimulator> eldest) {
            return size() > CACHED_TEMPERATURES;
        }
    };
    private CircuitSimulator circuits;

    public ExperimentSimulator(SimulationSettings settings, ClassifierThresholds thresholds) {
        if (settings == null || thresholds == null) {
            throw new IllegalArgumentException("settings and thresholds must not be null");
        }
        this.settings = settings;
        this.thresholds = thresholds;
        this.reference = new NeuronSimulator(settings, thresholds);
    }

    public SimulationSettings settings() {
        return settings;
    }

    /** Simulates a one-cell preparation under the single-neuron protocol of the settings. */
    public NeuronFeatures runNeuron(Preparation p) {
        return runNeuron(p, null);
    }

    /**
     * Simulates one-cell preparations several at a time in the lanes of the settings' kernel
     * ({@link NeuronBatchSimulator}: 16 lanes, SIMD where available), grouped by temperature; each
     * result is bit for bit what {@link #runNeuron(Preparation)} gives for that preparation. The fast
     * way through many variants or conditions: pass all variants of one condition (or many
     * conditions of one temperature) together.
     *
     * @return the features in the order of {@code preparations}
     */
    public List<NeuronFeatures> runNeurons(List<Preparation> preparations) {
        int n = preparations.size();
        Map<ThermalFactors, List<Integer>> byTemperature = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Preparation p = preparations.get(i);
            requireSingleCell(p);
            checkStimuli(p);
            byTemperature.computeIfAbsent(p.environment().thermalFactors(), t -> new ArrayList<>()).add(i);
        }
        NeuronFeatures[] out = new NeuronFeatures[n];
        for (Map.Entry<ThermalFactors, List<Integer>> group : byTemperature.entrySet()) {
            List<Integer> members = group.getValue();
            int m = members.size();
            Conductances[] g = new Conductances[m];
            InjectedCurrent[] extra = new InjectedCurrent[m];
            for (int k = 0; k < m; k++) {
                Preparation p = preparations.get(members.get(k));
                Cell cell = p.circuit().cells().get(0);
                g[k] = cell.conductances();
                extra[k] = CurrentPlan.of(stimuliInto(cell, p.environment()), settings.dtMs());
            }
            NeuronFeatures[] results = new NeuronFeatures[m];
            batches.computeIfAbsent(group.getKey(), t -> new NeuronBatchSimulator(settings, thresholds, t))
                    .run(g, extra, m, results);
            for (int k = 0; k < m; k++) {
                out[members.get(k)] = results[k];
            }
        }
        return Arrays.asList(out);
    }

    /**
     * As {@link #runNeuron(Preparation)}, sending every step (transient included) to {@code trace}
     * (may be null). The cell receives the settings' DC (from its onset), its own DC and the
     * environment's stimuli into it.
     */
    public NeuronFeatures runNeuron(Preparation p, StepObserver trace) {
        requireSingleCell(p);
        checkStimuli(p);
        Cell cell = p.circuit().cells().get(0);
        InjectedCurrent extra = CurrentPlan.of(stimuliInto(cell, p.environment()), settings.dtMs());
        ThermalFactors thermal = p.environment().thermalFactors();
        NeuronSimulator simulator = thermal.isReference() ? reference
                : neurons.computeIfAbsent(thermal, t -> new NeuronSimulator(settings, thresholds, t));
        return simulator.run(cell.conductances(), extra, trace);
    }

    /** Simulates a circuit under the network protocol of the settings (CircuitSimulator's). */
    public NetworkResult runNetwork(Preparation p) {
        return runNetwork(p, null);
    }

    /**
     * As {@link #runNetwork(Preparation)}, sending every step of cell i to {@code traces.get(i)}
     * (null for none). The settings must have no DC current (cells carry their own).
     */
    public NetworkResult runNetwork(Preparation p, List<? extends StepObserver> traces) {
        checkStimuli(p);
        if (circuits == null) {
            circuits = new CircuitSimulator(settings, thresholds);
        }
        Circuit c = p.circuit();
        InjectedCurrent[] extra = null;
        for (int i = 0; i < c.cells().size(); i++) {
            List<Stimulus> into = p.environment().stimuliInto(c.cells().get(i).name());
            if (!into.isEmpty()) {
                if (extra == null) {
                    extra = new InjectedCurrent[c.cells().size()];
                }
                extra[i] = CurrentPlan.of(into, settings.dtMs());
            }
        }
        return circuits.run(c, p.environment().thermalFactors(), extra, traces);
    }

    /**
     * Checks a condition against a base preparation before anything runs or is written: applying it
     * must succeed (known cells, conductances, synapses and neurons, values in range). Throws
     * IllegalArgumentException with one line naming the condition and the reason.
     */
    public static void check(Condition c, Preparation example) {
        try {
            checkStimuli(c.apply(example));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("perturbation '" + c.text() + "': " + e.getMessage(), e);
        }
    }

    /**
     * {@link #check(Condition, Preparation)}, and also that every stimulus starts before the end of
     * the settings' run (a step or train that never starts is a mistake, not an experiment).
     */
    public static void check(Condition c, Preparation example, SimulationSettings settings) {
        check(c, example);
        for (Stimulus s : c.apply(example).environment().stimuli()) {
            if (s.onsetMs() >= settings.durationMs()) {
                throw new IllegalArgumentException("perturbation '" + c.text() + "': the current into " + s.cell()
                        + " starts at " + Levels.format(s.onsetMs()) + " ms, not before the end of the run ("
                        + Levels.format(settings.durationMs()) + " ms)");
            }
        }
    }

    /** The environment's stimuli into the cell, after a constant for the cell's own DC if it has one. */
    private static List<Stimulus> stimuliInto(Cell cell, Environment e) {
        List<Stimulus> into = e.stimuliInto(cell.name());
        if (cell.dcCurrentNa() == 0) {
            return into;
        }
        List<Stimulus> all = new ArrayList<>();
        all.add(Stimulus.constant(cell.name(), cell.dcCurrentNa(), 0.0));
        all.addAll(into);
        return all;
    }

    private static void requireSingleCell(Preparation p) {
        if (!p.isSingleCell()) {
            throw new IllegalArgumentException("runNeuron: the preparation has " + p.circuit().cells().size()
                    + " cells, " + p.circuit().synapses().size() + " synapses and " + p.circuit().couplings().size()
                    + " couplings; allowed one cell without synapses or couplings (use runNetwork)");
        }
    }

    private static void checkStimuli(Preparation p) {
        for (Stimulus s : p.environment().stimuli()) {
            p.requireCell(s.cell(), "current into " + s.cell());
        }
    }
}
