package org.circuitsweep.engine.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.analysis.ActivityRecorder;
import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
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
 */
public final class CircuitSimulator {

    /** Length of the isolated run that gives a cell's initial state, ms: the single-neuron database run length. */
    public static final double ISOLATED_RUN_MS = 10_000;
    /** Isolated steady states kept: the P04 grid has 16 model neurons, a sampled sweep a few per task. */
    public static final int STEADY_STATE_CACHE_SIZE = 256;


    private final CircuitRunner runner;
    private final ExponentialEuler isolated;
    private final ClassifierThresholds thresholds;
    private final List<ActivityRecorder> recorders = new ArrayList<>();
    private final Map<Conductances, CellState> steadyStates =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Conductances, CellState> eldest) {
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
        int n = circuit.cells().size();
        if (traces != null && traces.size() != n) {
            throw new IllegalArgumentException("traces: " + traces.size() + " observers for " + n + " cells; "
                    + "allowed one per cell or null");
        }
        CellState[] initial = new CellState[n];
        for (int i = 0; i < n; i++) {
            initial[i] = isolatedSteadyState(circuit.cells().get(i).conductances());
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
        ProtocolRunner.Outcome outcome = runner.run(circuit, initial, analysis, trace, t -> allSettled(analysis, t));
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
        CellState cached = steadyStates.get(g);
        if (cached == null) {
            // The exact-kinetics kernel, whatever kernel the settings name: circuits run on it too.
            cached = new CellState();
            isolated.setConductances(g);
            long steps = Math.round(ISOLATED_RUN_MS / isolated.dtMs());
            for (long i = 0; i < steps && cached.isPhysical(); i++) {
                isolated.step(cached, 0.0, 0.0, 0.0);
            }
            steadyStates.put(g, cached);
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
