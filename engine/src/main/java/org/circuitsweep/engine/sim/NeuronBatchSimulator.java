package org.circuitsweep.engine.sim;

import java.util.Arrays;
import java.util.List;

import org.circuitsweep.engine.analysis.ActivityRecorder;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sim.kernel.LaneKernel;

/**
 * Simulates many model neurons under one protocol, several at a time in the lanes of a
 * {@link LaneKernel} (the kernel of the settings), each lane feeding its own
 * {@link ActivityRecorder}: the sweep entry point. A lane whose run ends (at the duration, by the
 * adaptive stop, or by a numerical failure) takes the next waiting variant at once, so lanes never
 * idle while variants wait, and the batch ends when the last lane is done.
 *
 * <p>Every variant's features are exactly those {@link NeuronSimulator} gives with the same
 * settings: the protocol, the stop rule and the recorder are the same, and a lane's arithmetic never
 * involves another lane, so a result does not depend on which variants share the batch or in which
 * position. One instance per thread (per Spark partition); buffers are reused from batch to batch.
 * The reference integrator has no lanes: with it (and for a protocol shorter than one step)
 * variants run one after the other through {@link NeuronSimulator}.
 *
 * <p>A batch simulator may be built for another temperature ({@link ThermalFactors}), and each
 * variant may carry a further {@link InjectedCurrent}; the results are then those of a
 * {@link NeuronSimulator} built for that temperature and run with that current.
 */
public final class NeuronBatchSimulator {

    private final SimulationSettings settings;
    private final LaneKernel kernel;
    private final ActivityRecorder[] recorders;
    private final NeuronSimulator reference;
    /** Which variant of the batch a lane holds, or −1 when it is idle. */
    private final int[] variantOf;
    /** Steps a lane's variant has done. */
    private final long[] stepsDone;
    /** The further current of a lane's variant (null for none), and the total current last set, nA. */
    private final InjectedCurrent[] extraOf;
    private final double[] lastNa;

    private final long steps;
    private final long transientSteps;
    private final long onsetStep;
    private final long stopCheckSteps;
    private final double dcUaPerCm2;

    public NeuronBatchSimulator(SimulationSettings settings, ClassifierThresholds thresholds) {
        this(settings, thresholds, ThermalFactors.REFERENCE);
    }

    /** A batch simulator of the model at the temperature of {@code thermal}. */
    public NeuronBatchSimulator(SimulationSettings settings, ClassifierThresholds thresholds, ThermalFactors thermal) {
        this.settings = settings;
        this.kernel = LaneKernels.create(settings.kernel(), settings.dtMs(), UpdateOrder.GATES_FIRST,
                LaneKernels.BATCH_LANES, thermal);
        int lanes = kernel.lanes();
        this.recorders = new ActivityRecorder[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            recorders[lane] = new ActivityRecorder(thresholds);
        }
        double dt = settings.dtMs();
        this.steps = Math.round(settings.durationMs() / dt);
        this.reference = settings.integrator() == Integrator.DORMAND_PRINCE || steps == 0
                ? new NeuronSimulator(settings, thresholds, thermal) : null;
        this.variantOf = new int[lanes];
        this.stepsDone = new long[lanes];
        this.extraOf = new InjectedCurrent[lanes];
        this.lastNa = new double[lanes];
        this.transientSteps = Math.round(settings.transientMs() / dt);
        this.onsetStep = Math.round(settings.dcOnsetMs() / dt);
        this.stopCheckSteps = ProtocolRunner.stopCheckSteps(dt);
        this.dcUaPerCm2 = settings.dcCurrentNa() * Prinz2003.NA_TO_UA_PER_CM2;
    }

    public SimulationSettings settings() {
        return settings;
    }

    /** Simulates the variants in order; the features come back in the same order. */
    public List<NeuronFeatures> run(List<Conductances> variants) {
        Conductances[] batch = variants.toArray(new Conductances[0]);
        NeuronFeatures[] out = new NeuronFeatures[batch.length];
        run(batch, batch.length, out);
        return Arrays.asList(out);
    }

    /** Simulates batch[0..n) and writes the features of batch[i] to out[i]. */
    public void run(Conductances[] batch, int n, NeuronFeatures[] out) {
        run(batch, null, n, out);
    }

    /**
     * Simulates batch[0..n) with extra[i] (null, or null entries, for none) injected into variant i on
     * top of the settings' DC, and writes the features of batch[i] to out[i].
     */
    public void run(Conductances[] batch, InjectedCurrent[] extra, int n, NeuronFeatures[] out) {
        if (n < 0 || n > batch.length || n > out.length || (extra != null && n > extra.length)) {
            throw new IllegalArgumentException("n = " + n + ": allowed 0.." + Math.min(batch.length, out.length)
                    + " (the lengths of batch, out and extra)");
        }
        if (reference != null) {
            for (int i = 0; i < n; i++) {
                out[i] = reference.run(batch[i], extra == null ? null : extra[i], null);
            }
            return;
        }
        int next = 0;
        int busy = 0;
        for (int lane = 0; lane < variantOf.length; lane++) {
            variantOf[lane] = -1;
            if (next < n) {
                start(lane, next++, batch, extra);
                busy++;
            }
        }
        double dt = settings.dtMs();
        boolean adaptive = settings.adaptiveStop();
        while (busy > 0) {
            long failed = kernel.step();
            for (int lane = 0; lane < variantOf.length; lane++) {
                int variant = variantOf[lane];
                if (variant < 0) {
                    continue;
                }
                long done = ++stepsDone[lane];
                double t = done * dt;
                NeuronFeatures result = null;
                if ((failed & (1L << lane)) != 0) {
                    result = NeuronFeatures.numericalFailure(Math.max(0.0, t - settings.transientMs()));
                } else {
                    ActivityRecorder recorder = recorders[lane];
                    recorder.onStep(t, kernel.v(lane), kernel.ca(lane));
                    if (extraOf[lane] != null) {
                        setCurrent(lane, done);
                    } else if (done == onsetStep) {
                        kernel.setCurrent(lane, dcUaPerCm2);
                    }
                    if (adaptive && done > transientSteps && (done - transientSteps) % stopCheckSteps == 0
                            && recorder.isSettled(t)) {
                        result = recorder.finish(t);
                    } else if (done == steps) {
                        result = recorder.finish(t);
                    }
                }
                if (result != null) {
                    out[variant] = result;
                    variantOf[lane] = -1;
                    if (next < n) {
                        start(lane, next++, batch, extra);
                    } else {
                        busy--;
                    }
                }
            }
        }
    }

    /** Puts a variant in a lane: initial state, current off until the onset, a fresh recorder. */
    private void start(int lane, int variant, Conductances[] batch, InjectedCurrent[] extra) {
        variantOf[lane] = variant;
        stepsDone[lane] = 0;
        kernel.reset(lane, batch[variant]);
        extraOf[lane] = extra == null ? null : extra[variant];
        lastNa[lane] = 0.0;
        if (extraOf[lane] != null) {
            setCurrent(lane, 0);
        } else if (onsetStep == 0) {
            kernel.setCurrent(lane, dcUaPerCm2);
        }
        recorders[lane].start(settings.transientMs());
    }

    /** The current of step {@code step} of a lane with a further current, as ProtocolRunner sets it. */
    private void setCurrent(int lane, long step) {
        double na = (step >= onsetStep ? settings.dcCurrentNa() : 0.0) + extraOf[lane].nanoAmps(step);
        if (na != lastNa[lane]) {
            kernel.setCurrent(lane, na * Prinz2003.NA_TO_UA_PER_CM2);
            lastNa[lane] = na;
        }
    }
}
