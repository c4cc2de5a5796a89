package org.circuitsweep.engine.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.analysis.ActivityRecorder;
import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.classify.NetworkClassifier;
import org.circuitsweep.engine.classify.PyloricRanges;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Conductances;

/**
 * Simulates a circuit under the P04 network protocol (sheet §5.4) and returns its network class,
 * pyloric features and per-cell features. The circuit counterpart of {@link NeuronSimulator}: one
 * instance per thread (one per Spark task), reused for every variant.
 *
 * <p>Protocol: each cell starts from its isolated steady state, the state its model neuron reaches
 * alone after {@value #ISOLATED_RUN_MS} ms from the database initial state with no current (P04
 * started from the single-neuron database state); every synapse starts at s = 0; each cell's DC
 * current is on from t = 0. The settings' transient (3 s in {@link SimulationSettings#NETWORK_DEFAULTS})
 * is discarded, the rest is analysed by one {@link ActivityRecorder} per cell, and the network is
 * classified by {@link NetworkClassifier} against {@link PyloricRanges#P04_TABLE_1}. With the
 * settings' adaptive stop the run ends at the first 500-ms check at which every cell is settled.
 * Numerical failure, in the isolated runs or in the network, gives the class numerical_failure,
 * never an exception.
 *
 * <p>Isolated steady states are cached per distinct {@link Conductances} (least recently used
 * evicted beyond {@value #STEADY_STATE_CACHE_SIZE}): a pure function of the conductances and this
 * instance's dt, so a cache hit never changes a result. Not thread-safe.
 *
 * <p>Perturbed runs ({@link #run(Circuit, ThermalFactors, InjectedCurrent[], List)}): at another
 * temperature each cell starts from its isolated steady state at that temperature (cached per
 * conductances and temperature), and further injected currents act in the network run only, from
 * their onsets (the isolated runs stay current-free, as the protocol's are).
 */
public final class CircuitSimulator {

    /** Length of the isolated run that gives a cell's initial state, ms: the single-neuron database run length. */
    public static final double ISOLATED_RUN_MS = 10_000;
    /** Isolated steady states kept: the P04 grid has 16 model neurons, a sampled sweep a few per task. */
    public static final int STEADY_STATE_CACHE_SIZE = 256;


    private final CircuitRunner runner;
    private final ExponentialEuler isolated;
    /** Key of the steady-state cache: a neuron at a temperature. */
    private record SteadyStateKey(Conductances conductances, ThermalFactors thermal) {
    }

    private final ClassifierThresholds thresholds;
    private final List<ActivityRecorder> recorders = new ArrayList<>();
    private final Map<SteadyStateKey, CellState> steadyStates =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SteadyStateKey, CellState> eldest) {
                    return size() > STEADY_STATE_CACHE_SIZE;
                }
            };

    /**
     * @param settings   dt, duration, transient and adaptive stop of the network run; exponential
     *                   Euler only, and no DC current (cells carry their own)
     * @param thresholds the single-cell classifier thresholds, also used to find each cell's bursts
     */
    public CircuitSimulator(SimulationSettings settings, ClassifierThresholds thresholds) {
        if (settings.dcCurrentNa() != 0) {
            throw new IllegalArgumentException("dc-current-na: " + settings.dcCurrentNa() + " is not allowed for a "
                    + "circuit; expected 0 (set dc-current-na on each cell)");
        }
        if (thresholds == null) {
            throw new IllegalArgumentException("thresholds = null: allowed a ClassifierThresholds");
        }
        this.runner = new CircuitRunner(settings);
        this.isolated = new ExponentialEuler(settings.dtMs(), UpdateOrder.GATES_FIRST);
        this.thresholds = thresholds;
    }

    public SimulationSettings settings() {
        return runner.settings();
    }

    public NetworkResult run(Circuit circuit) {
        return run(circuit, null);
    }

    /**
     * Runs the circuit and also sends every step of cell i, transient included, to
     * {@code traces.get(i)}.
     *
     * @param traces one observer per cell, or null
     */
    public NetworkResult run(Circuit circuit, List<? extends StepObserver> traces) {
        return run(circuit, ThermalFactors.REFERENCE, null, traces);
    }

    /**
     * Runs the circuit at the temperature of {@code thermal} with {@code extra[i]} (null, or null
     * entries, for none) injected into cell i on top of its DC current; traces as in
     * {@link #run(Circuit, List)}.
     */
    public NetworkResult run(Circuit circuit, ThermalFactors thermal, InjectedCurrent[] extra,
                             List<? extends StepObserver> traces) {
        int n = circuit.cells().size();
        if (traces != null && traces.size() != n) {
            throw new IllegalArgumentException("traces: " + traces.size() + " observers for " + n + " cells; "
                    + "allowed one per cell or null");
        }
        CellState[] initial = new CellState[n];
        for (int i = 0; i < n; i++) {
            initial[i] = isolatedSteadyState(circuit.cells().get(i).conductances(), thermal);
            if (!initial[i].isPhysical()) {
                return NetworkResult.numericalFailure(n, 0.0);
            }
        }
        while (recorders.size() < n) {
            recorders.add(new ActivityRecorder(thresholds));
        }
        double start = settings().transientMs();
        ActivityRecorder[] analysis = recorders.subList(0, n).toArray(new ActivityRecorder[0]);
        for (ActivityRecorder r : analysis) {
            r.start(start);
        }
        StepObserver[] trace = traces == null ? null : traces.toArray(new StepObserver[0]);
        ProtocolRunner.Outcome outcome = runner.run(circuit, thermal, extra, initial, analysis, trace,
                t -> allSettled(analysis, t));
        if (outcome.failed()) {
            return NetworkResult.numericalFailure(n, Math.max(0.0, outcome.endMs() - start));
        }
        List<NeuronFeatures> features = new ArrayList<>(n);
        List<NetworkClassifier.CellActivity> activity = new ArrayList<>(n);
        for (ActivityRecorder r : analysis) {
            NeuronFeatures f = r.finish(outcome.endMs());
            features.add(f);
            activity.add(new NetworkClassifier.CellActivity(f.activityClass(), f.periodMs(), f.burstsPerCycle(),
                    r.bursts(outcome.endMs())));
        }
        List<String> names = circuit.cells().stream().map(Cell::name).toList();
        NetworkClassifier.Result result = NetworkClassifier.classify(activity,
                NetworkClassifier.isPyloricTemplate(names), PyloricRanges.P04_TABLE_1);
        return new NetworkResult(result.networkClass(), result.pyloric(), features, result.cycles(),
                features.get(0).analysedMs());
    }

    /**
     * The state the neuron reaches alone after {@value #ISOLATED_RUN_MS} ms from the database initial
     * state (cached; the caller must not change it). Unphysical if that run failed numerically.
     */
    CellState isolatedSteadyState(Conductances g) {
        return isolatedSteadyState(g, ThermalFactors.REFERENCE);
    }

    /** The same at the temperature of {@code thermal}. */
    CellState isolatedSteadyState(Conductances g, ThermalFactors thermal) {
        SteadyStateKey key = new SteadyStateKey(g, thermal);
        CellState cached = steadyStates.get(key);
        if (cached == null) {
            // The exact-kinetics kernel, whatever kernel the settings name: circuits run on it too.
            ExponentialEuler stepper = thermal.isReference() ? isolated
                    : new ExponentialEuler(isolated.dtMs(), UpdateOrder.GATES_FIRST, thermal);
            cached = new CellState();
            stepper.setConductances(g);
            long steps = Math.round(ISOLATED_RUN_MS / stepper.dtMs());
            for (long i = 0; i < steps && cached.isPhysical(); i++) {
                stepper.step(cached, 0.0, 0.0, 0.0);
            }
            steadyStates.put(key, cached);
        }
        return cached;
    }

    /** Asks every recorder, not stopping at the first that says no: each call is also a quiet-test checkpoint. */
    private static boolean allSettled(ActivityRecorder[] recorders, double tMs) {
        boolean all = true;
        for (ActivityRecorder r : recorders) {
            all &= r.isSettled(tMs);
        }
        return all;
    }
}
