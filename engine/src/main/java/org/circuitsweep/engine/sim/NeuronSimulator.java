package org.circuitsweep.engine.sim;

import org.circuitsweep.engine.analysis.ActivityRecorder;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;

/**
 * Simulates one model neuron under a protocol and returns its features and class. This is the
 * engine's entry point for sweeps: one instance per thread (one per Spark partition), reused for
 * every variant, with buffers that are reused from run to run.
 *
 * <p>Adaptive stop (when the settings ask for it): every 500 ms of analysis time the recorder is
 * asked whether the activity is already classified with confidence (see
 * {@link ActivityRecorder#isSettled}); if so the run ends there and the features describe the
 * shorter window. Prinz's database runs were adaptive in the same spirit (sheet §4.2). A run never
 * throws for valid conductances: a diverging state ends it with the class numerical_failure.
 */
public final class NeuronSimulator {

    private final ProtocolRunner runner;
    private final ActivityRecorder recorder;

    public NeuronSimulator(SimulationSettings settings, ClassifierThresholds thresholds) {
        this(settings, thresholds, ThermalFactors.REFERENCE);
    }

    /** A simulator of the model at the temperature of {@code thermal} (the same kernel, scaled rates). */
    public NeuronSimulator(SimulationSettings settings, ClassifierThresholds thresholds, ThermalFactors thermal) {
        this.runner = new ProtocolRunner(settings, thermal);
        this.recorder = new ActivityRecorder(thresholds);
    }

    public ThermalFactors thermal() {
        return runner.thermal();
    }

    public SimulationSettings settings() {
        return runner.settings();
    }

    public NeuronFeatures run(Conductances conductances) {
        return run(conductances, null);
    }

    /** Runs one neuron and also sends every step, transient included, to {@code trace} (may be null). */
    public NeuronFeatures run(Conductances conductances, StepObserver trace) {
        return run(conductances, null, trace);
    }

    /**
     * Runs one neuron with {@code extra} (null for none) injected on top of the settings' DC current,
     * and sends every step to {@code trace} (may be null).
     */
    public NeuronFeatures run(Conductances conductances, InjectedCurrent extra, StepObserver trace) {
        double start = runner.settings().transientMs();
        recorder.start(start);
        ProtocolRunner.Outcome outcome = runner.run(conductances, extra, recorder, trace, recorder::isSettled);
        return outcome.failed()
                ? NeuronFeatures.numericalFailure(Math.max(0.0, outcome.endMs() - start))
                : recorder.finish(outcome.endMs());
    }
}
