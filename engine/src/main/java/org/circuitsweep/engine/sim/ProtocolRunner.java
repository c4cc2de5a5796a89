package org.circuitsweep.engine.sim;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sim.kernel.LaneKernel;

/**
 * Runs the protocol of {@link SimulationSettings} on one cell: the database initial state, an
 * optional current step, a discarded transient and an analysis window whose every sample goes to
 * an observer. Owns the integrator (the exponential-Euler kernel of the settings, one lane); allocates
 * nothing per step on the exponential-Euler path. One instance per thread.
 *
 * <p>A runner may be built for a temperature other than the model's ({@link ThermalFactors}; its
 * kernel then integrates the scaled rates and conductances), and a run may inject a further
 * {@link InjectedCurrent} on top of the settings' DC. Without either, nothing in the arithmetic
 * changes: the results are the unperturbed ones bit for bit.
 */
public final class ProtocolRunner {

    /** How often the adaptive stop rule is asked, ms of analysis time. */
    static final double STOP_CHECK_INTERVAL_MS = 500.0;

    /** Tolerances of the reference integrator: far below the exponential-Euler error at any usable dt. */
    private static final double REFERENCE_ABS_TOLERANCE = 1e-9;
    private static final double REFERENCE_REL_TOLERANCE = 1e-9;

    /** Whether the activity is classified with confidence at time tMs, so the run may end. */
    @FunctionalInterface
    public interface StopRule {
        StopRule NEVER = t -> false;

        boolean settled(double tMs);
    }

    /**
     * How a run ended.
     *
     * @param endMs  the time reached, ms
     * @param failed whether the state became NaN, infinite or diverged (a numerical failure)
     */
    public record Outcome(double endMs, boolean failed) {
    }

    private final SimulationSettings settings;
    private final ThermalFactors thermal;
    /** One lane; for {@link Kernel#SIMD} the scalar tabled kernel, which gives the same bits. */
    private final LaneKernel kernel;

    public ProtocolRunner(SimulationSettings settings) {
        this(settings, UpdateOrder.GATES_FIRST);
    }

    /** A runner whose kernel integrates the model at the temperature of {@code thermal}. */
    public ProtocolRunner(SimulationSettings settings, ThermalFactors thermal) {
        this(settings, UpdateOrder.GATES_FIRST, thermal);
    }

    /**
     * @param order the update order of the exact kernel; the tabled kernels implement
     *              {@link UpdateOrder#GATES_FIRST} only and refuse another
     */
    public ProtocolRunner(SimulationSettings settings, UpdateOrder order) {
        this(settings, order, ThermalFactors.REFERENCE);
    }

    private ProtocolRunner(SimulationSettings settings, UpdateOrder order, ThermalFactors thermal) {
        this.settings = settings;
        this.thermal = thermal;
        this.kernel = LaneKernels.create(settings.kernel(), settings.dtMs(), order, 1, thermal);
    }

    public ThermalFactors thermal() {
        return thermal;
    }

    public SimulationSettings settings() {
        return settings;
    }

    /**
     * Simulates one cell from the database initial state.
     *
     * @param analysis observer of every step; an {@link org.circuitsweep.engine.analysis.ActivityRecorder}
     *                 treats the steps before its window as a lead-in
     * @param trace    observer of every step including the transient, or null
     * @param stop     asked every {@value #STOP_CHECK_INTERVAL_MS} ms of analysis time when the
     *                 settings allow an adaptive stop
     */
    public Outcome run(Conductances conductances, StepObserver analysis, StepObserver trace, StopRule stop) {
        return run(conductances, null, analysis, trace, stop);
    }

    /**
     * As {@link #run(Conductances, StepObserver, StepObserver, StopRule)}, with {@code extra} (null for
     * none) injected on top of the settings' DC current.
     */
    public Outcome run(Conductances conductances, InjectedCurrent extra, StepObserver analysis, StepObserver trace,
                       StopRule stop) {
        if (settings.integrator() == Integrator.DORMAND_PRINCE) {
            return extra == null && thermal.isReference()
                    ? runReference(conductances, analysis, trace)
                    : runReferenceInSegments(conductances, extra, analysis, trace);
        }
        return runExponentialEuler(conductances, extra, analysis, trace, settings.adaptiveStop() ? stop : StopRule.NEVER);
    }

    private Outcome runExponentialEuler(Conductances conductances, InjectedCurrent extra, StepObserver analysis,
                                        StepObserver trace, StopRule stop) {
        kernel.reset(0, conductances);
        double dt = settings.dtMs();
        long steps = Math.round(settings.durationMs() / dt);
        long transientSteps = Math.round(settings.transientMs() / dt);
        long onsetStep = Math.round(settings.dcOnsetMs() / dt);
        long stopCheckSteps = stopCheckSteps(dt);
        double dc = settings.dcCurrentNa() * Prinz2003.NA_TO_UA_PER_CM2;
        double lastNa = 0.0;
        for (long i = 0; i < steps; i++) {
            if (extra == null) {
                if (i == onsetStep) {
                    kernel.setCurrent(0, dc);
                }
            } else {
                double na = (i >= onsetStep ? settings.dcCurrentNa() : 0.0) + extra.nanoAmps(i);
                if (na != lastNa) {
                    kernel.setCurrent(0, na * Prinz2003.NA_TO_UA_PER_CM2);
                    lastNa = na;
                }
            }
            boolean failed = kernel.step() != 0;
            // t from the step count, not by summing dt, so that it carries no rounding drift.
            double t = (i + 1) * dt;
            if (failed) {
                return new Outcome(t, true);
            }
            double v = kernel.v(0);
            double ca = kernel.ca(0);
            if (trace != null) {
                trace.onStep(t, v, ca);
            }
            analysis.onStep(t, v, ca);
            if (i >= transientSteps) {
                long analysed = i + 1 - transientSteps;
                if (analysed % stopCheckSteps == 0 && stop.settled(t)) {
                    return new Outcome(t, false);
                }
            }
        }
        return new Outcome(steps * dt, false);
    }

    /** Steps between two questions to the stop rule. */
    static long stopCheckSteps(double dtMs) {
        return Math.max(1, Math.round(STOP_CHECK_INTERVAL_MS / dtMs));
    }

    /** Dormand–Prince 8(5,3) with dense output sampled on the dt grid, so observers see the same times. */
    private Outcome runReference(Conductances conductances, StepObserver analysis, StepObserver trace) {
        Prinz2003Equations equations = new Prinz2003Equations(conductances, settings.dcCurrentNa(), settings.dcOnsetMs());
        double dt = settings.dtMs();
        SampleOnGrid sampler = new SampleOnGrid(dt, analysis, trace);
        FirstOrderIntegrator integrator = referenceIntegrator(sampler);
        CellState cell = new CellState();
        double[] y = initialReferenceState(cell);
        try {
            double onset = settings.dcOnsetMs();
            double end = Math.round(settings.durationMs() / dt) * dt;
            // Integrate up to the current step and restart there, so the solver never steps across the discontinuity.
            if (settings.dcCurrentNa() != 0 && onset > 0 && onset < end) {
                integrator.integrate(equations, 0.0, y, onset, y);
                integrator.integrate(equations, onset, y, end, y);
            } else {
                integrator.integrate(equations, 0.0, y, end, y);
            }
            Prinz2003Equations.unpack(y, cell);
            return new Outcome(end, !cell.isPhysical());
        } catch (MathIllegalStateException | ArithmeticException e) {
            return new Outcome(sampler.lastSampleMs, true);
        }
    }

    /**
     * The reference integrator at the runner's temperature with a further injected current: integrated
     * piece by piece between the times at which the current changes (the DC onset and each change of
     * {@code extra}), so that the solver never steps across a jump.
     */
    private Outcome runReferenceInSegments(Conductances conductances, InjectedCurrent extra, StepObserver analysis,
                                           StepObserver trace) {
        Prinz2003Equations equations = new Prinz2003Equations(conductances, settings.dcCurrentNa(),
                settings.dcOnsetMs(), thermal);
        double dt = settings.dtMs();
        SampleOnGrid sampler = new SampleOnGrid(dt, analysis, trace);
        FirstOrderIntegrator integrator = referenceIntegrator(sampler);
        CellState cell = new CellState();
        double[] y = initialReferenceState(cell);
        long steps = Math.round(settings.durationMs() / dt);
        long onsetStep = settings.dcCurrentNa() != 0 ? Math.round(settings.dcOnsetMs() / dt) : Long.MAX_VALUE;
        try {
            long from = 0;
            while (from < steps) {
                long to = Math.min(steps, extra == null ? Long.MAX_VALUE : extra.nextChange(from));
                if (onsetStep > from && onsetStep < to) {
                    to = onsetStep;
                }
                equations.setExtraCurrent(extra == null ? 0.0 : extra.nanoAmps(from) * Prinz2003.NA_TO_UA_PER_CM2);
                integrator.integrate(equations, from * dt, y, to * dt, y);
                from = to;
            }
            Prinz2003Equations.unpack(y, cell);
            return new Outcome(steps * dt, !cell.isPhysical());
        } catch (MathIllegalStateException | ArithmeticException e) {
            return new Outcome(sampler.lastSampleMs, true);
        }
    }

    private static FirstOrderIntegrator referenceIntegrator(SampleOnGrid sampler) {
        FirstOrderIntegrator integrator = new DormandPrince853Integrator(1e-8, 1.0,
                REFERENCE_ABS_TOLERANCE, REFERENCE_REL_TOLERANCE);
        integrator.addStepHandler(sampler);
        return integrator;
    }

    /** The database initial state, in {@code cell} and packed for the solver. */
    private static double[] initialReferenceState(CellState cell) {
        double[] y = new double[Prinz2003Equations.DIMENSION];
        Prinz2003Equations.pack(cell, y);
        return y;
    }

    /** Feeds observers with the dense output at every multiple of dt. */
    private static final class SampleOnGrid implements StepHandler {
        private final double dt;
        private final StepObserver analysis;
        private final StepObserver trace;
        private long nextSample = 1;
        double lastSampleMs;

        SampleOnGrid(double dt, StepObserver analysis, StepObserver trace) {
            this.dt = dt;
            this.analysis = analysis;
            this.trace = trace;
        }

        @Override
        public void init(double t0, double[] y0, double t) {
        }

        @Override
        public void handleStep(StepInterpolator interpolator, boolean isLast) {
            double end = interpolator.getCurrentTime();
            while (nextSample * dt <= end + 1e-9 * dt) {
                double t = nextSample * dt;
                interpolator.setInterpolatedTime(Math.min(t, end));
                double[] y = interpolator.getInterpolatedState();
                double v = y[Prinz2003Equations.V];
                double ca = y[Prinz2003Equations.CA];
                if (!(Math.abs(v) < 1000.0) || !(ca > 0.0)) {
                    throw new ArithmeticException("unphysical state at t = " + t);
                }
                if (trace != null) {
                    trace.onStep(t, v, ca);
                }
                analysis.onStep(t, v, ca);
                lastSampleMs = t;
                nextSample++;
            }
        }
    }
}
