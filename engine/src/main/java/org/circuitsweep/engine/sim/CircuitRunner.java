package org.circuitsweep.engine.sim;

import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Coupling;
import org.circuitsweep.engine.model.Synapse;
import org.circuitsweep.engine.synapse.GradedSynapse;
import org.circuitsweep.engine.synapse.Transmitter;

/**
 * Integrates a circuit with exponential Euler at a fixed dt: every cell with the step of
 * {@link ExponentialEuler} (synaptic and coupling currents enter it as extra conductances), every
 * synapse with the truncated update of {@link GradedSynapse}. All coupling terms of a step are
 * taken from the state at its start, so the order of cells does not matter.
 *
 * <p>s depends only on the presynaptic voltage and the transmitter, so synapses that share both
 * (AB→LP and AB→PY glutamatergic, say) share one s. One instance per thread.
 *
 * <p>At a temperature other than the model's ({@link ThermalFactors}) the cells integrate scaled
 * rates and conductances, each synapse type's s relaxes with its k₋ scaled (one step of dt·φ) and
 * its maximal conductance is scaled; electrical couplings are not. Cells may receive further
 * {@link InjectedCurrent}s on top of their own DC. At the reference temperature and without further
 * currents the arithmetic is the unperturbed one bit for bit.
 */
public final class CircuitRunner {

    private final SimulationSettings settings;

    public CircuitRunner(SimulationSettings settings) {
        if (settings.integrator() != Integrator.EXPONENTIAL_EULER) {
            throw new IllegalArgumentException("integrator: circuits are integrated with exponential-euler only; got "
                    + settings.integrator().label());
        }
        this.settings = settings;
    }

    public SimulationSettings settings() {
        return settings;
    }

    /**
     * Simulates the circuit from the given cell states (copied, not changed) with every s = 0.
     *
     * @param analysis one observer per cell for every step (recorders treat the transient as a lead-in)
     * @param trace    one observer per cell for every step, or null
     * @param stop     asked every 500 ms of analysis time when the settings allow an adaptive stop
     */
    public ProtocolRunner.Outcome run(Circuit circuit, CellState[] initial, StepObserver[] analysis, StepObserver[] trace,
                                      ProtocolRunner.StopRule stop) {
        return run(circuit, ThermalFactors.REFERENCE, null, initial, analysis, trace, stop);
    }

    /**
     * As {@link #run(Circuit, CellState[], StepObserver[], StepObserver[], ProtocolRunner.StopRule)}, at
     * the temperature of {@code thermal}, with {@code extra[i]} (null, or an array with null entries, for
     * none) injected into cell i on top of its DC current.
     */
    public ProtocolRunner.Outcome run(Circuit circuit, ThermalFactors thermal, InjectedCurrent[] extra,
                                      CellState[] initial, StepObserver[] analysis, StepObserver[] trace,
                                      ProtocolRunner.StopRule stop) {
        int n = circuit.cells().size();
        if (extra != null && extra.length != n) {
            throw new IllegalArgumentException("extra: " + extra.length + " currents for " + n + " cells; allowed one "
                    + "per cell or null");
        }
        CellState[] cells = new CellState[n];
        ExponentialEuler[] steppers = new ExponentialEuler[n];
        double[] iExt = new double[n];
        double[] dcNa = new double[n];
        for (int i = 0; i < n; i++) {
            Cell cell = circuit.cells().get(i);
            cells[i] = new CellState();
            cells[i].copyFrom(initial[i]);
            steppers[i] = new ExponentialEuler(settings.dtMs(), UpdateOrder.GATES_FIRST, thermal);
            steppers[i].setConductances(cell.conductances());
            dcNa[i] = cell.dcCurrentNa();
            iExt[i] = dcNa[i] * Prinz2003.NA_TO_UA_PER_CM2;
        }
        Sources sources = new Sources(circuit, thermal);
        double[] dtSyn = new double[sources.size()];
        for (int j = 0; j < dtSyn.length; j++) {
            dtSyn[j] = settings.dtMs() * thermal.synapseRate(sources.transmitter[j]);
        }
        double[] s = new double[sources.size()];
        double[] vOld = new double[n];
        double[] gIn = new double[n];
        double[] gInE = new double[n];

        double dt = settings.dtMs();
        long steps = Math.round(settings.durationMs() / dt);
        long transientSteps = Math.round(settings.transientMs() / dt);
        long stopCheckSteps = Math.max(1, Math.round(ProtocolRunner.STOP_CHECK_INTERVAL_MS / dt));
        ProtocolRunner.StopRule rule = settings.adaptiveStop() ? stop : ProtocolRunner.StopRule.NEVER;
        for (long step = 0; step < steps; step++) {
            if (extra != null) {
                for (int i = 0; i < n; i++) {
                    if (extra[i] != null) {
                        iExt[i] = (dcNa[i] + extra[i].nanoAmps(step)) * Prinz2003.NA_TO_UA_PER_CM2;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                vOld[i] = cells[i].v;
                gIn[i] = 0.0;
                gInE[i] = 0.0;
            }
            for (int k = 0; k < sources.synapseCount(); k++) {
                int post = sources.post[k];
                double g = sources.gDensity[k] * s[sources.source[k]];
                gIn[post] += g;
                gInE[post] += g * sources.reversal[k];
            }
            for (Coupling c : circuit.couplings()) {
                double g = Circuit.nanoSiemensToDensity(c.strengthNs());
                gIn[c.a()] += g;
                gInE[c.a()] += g * vOld[c.b()];
                gIn[c.b()] += g;
                gInE[c.b()] += g * vOld[c.a()];
            }
            for (int i = 0; i < n; i++) {
                steppers[i].step(cells[i], iExt[i], gIn[i], gInE[i]);
            }
            for (int j = 0; j < s.length; j++) {
                s[j] = GradedSynapse.step(s[j], vOld[sources.pre[j]], sources.transmitter[j], dtSyn[j]);
            }
            double t = (step + 1) * dt;
            for (int i = 0; i < n; i++) {
                if (!cells[i].isPhysical()) {
                    return new ProtocolRunner.Outcome(t, true);
                }
                if (trace != null) {
                    trace[i].onStep(t, cells[i].v, cells[i].ca);
                }
                analysis[i].onStep(t, cells[i].v, cells[i].ca);
            }
            if (step >= transientSteps && (step + 1 - transientSteps) % stopCheckSteps == 0 && rule.settled(t)) {
                return new ProtocolRunner.Outcome(t, false);
            }
        }
        return new ProtocolRunner.Outcome(steps * dt, false);
    }

    /** The distinct (presynaptic cell, transmitter) pairs and, per synapse, which pair drives it. */
    private static final class Sources {
        final int[] pre;
        final Transmitter[] transmitter;
        final int[] source;
        final int[] post;
        final double[] gDensity;
        final double[] reversal;

        Sources(Circuit circuit, ThermalFactors thermal) {
            List<Synapse> synapses = circuit.synapses();
            List<int[]> pairs = new ArrayList<>();
            source = new int[synapses.size()];
            post = new int[synapses.size()];
            gDensity = new double[synapses.size()];
            reversal = new double[synapses.size()];
            for (int k = 0; k < synapses.size(); k++) {
                Synapse syn = synapses.get(k);
                int found = -1;
                for (int j = 0; j < pairs.size(); j++) {
                    if (pairs.get(j)[0] == syn.pre() && pairs.get(j)[1] == syn.transmitter().ordinal()) {
                        found = j;
                    }
                }
                if (found < 0) {
                    pairs.add(new int[] {syn.pre(), syn.transmitter().ordinal()});
                    found = pairs.size() - 1;
                }
                source[k] = found;
                post[k] = syn.post();
                gDensity[k] = Circuit.nanoSiemensToDensity(syn.strengthNs()) * thermal.synapseConductanceFactor(syn.transmitter());
                reversal[k] = syn.transmitter().reversalMv();
            }
            pre = new int[pairs.size()];
            transmitter = new Transmitter[pairs.size()];
            for (int j = 0; j < pairs.size(); j++) {
                pre[j] = pairs.get(j)[0];
                transmitter[j] = Transmitter.values()[pairs.get(j)[1]];
            }
        }

        int size() {
            return pre.length;
        }

        int synapseCount() {
            return post.length;
        }
    }
}
