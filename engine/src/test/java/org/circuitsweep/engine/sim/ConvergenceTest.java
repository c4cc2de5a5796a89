package org.circuitsweep.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.circuitsweep.engine.model.Conductances;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exponential Euler against the Dormand–Prince reference on AB/PD 2 over its first 200 ms from the
 * database initial state (rest, then the first spikes of a burst): the error must fall at first
 * order as dt halves, and the default update order must be the more accurate one.
 */
class ConvergenceTest {

    private static final double SAMPLE_MS = 0.1;
    private static final double WINDOW_MS = 200.0;
    private static final double[] DTS = {0.1, 0.05, 0.025, 0.0125};

    private static double[] reference;

    @BeforeAll
    static void simulateReference() {
        reference = voltageSamples(settings(SAMPLE_MS).withIntegrator(Integrator.DORMAND_PRINCE), UpdateOrder.GATES_FIRST);
    }

    private static SimulationSettings settings(double dt) {
        return new SimulationSettings(dt, WINDOW_MS, 0, 0, 0, Integrator.EXPONENTIAL_EULER, false, Kernel.EXACT);
    }

    /** V every 0.1 ms, from a trace observer. */
    private static double[] voltageSamples(SimulationSettings settings, UpdateOrder order) {
        double[] samples = new double[(int) Math.round(WINDOW_MS / SAMPLE_MS) + 1];
        StepObserver trace = (t, v, ca) -> {
            double k = t / SAMPLE_MS;
            if (Math.abs(k - Math.rint(k)) < 1e-6) {
                samples[(int) Math.rint(k)] = v;
            }
        };
        ProtocolRunner.Outcome outcome = new ProtocolRunner(settings, order)
                .run(Conductances.defaults(), (t, v, ca) -> { }, trace, ProtocolRunner.StopRule.NEVER);
        assertThat(outcome.failed()).isFalse();
        return samples;
    }

    private static double rmsError(UpdateOrder order, double dt) {
        double[] x = voltageSamples(settings(dt), order);
        double sum = 0;
        for (int i = 1; i < x.length; i++) {
            double d = x[i] - reference[i];
            sum += d * d;
        }
        return Math.sqrt(sum / (x.length - 1));
    }

    @Test
    void referenceActuallySpikesInTheWindow() {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : reference) {
            max = Math.max(max, v);
        }
        assertThat(max).isGreaterThan(20.0);
    }

    @Test
    void errorFallsAtFirstOrderAsDtHalves() {
        for (UpdateOrder order : UpdateOrder.values()) {
            double previous = Double.POSITIVE_INFINITY;
            for (double dt : DTS) {
                double error = rmsError(order, dt);
                if (dt <= 0.05) {
                    // first order: halving dt roughly halves the error (2 in the limit; 1.5 leaves room for the pre-asymptotic regime)
                    assertThat(previous / error).as("%s, dt %s: error ratio", order, dt).isGreaterThan(1.5);
                }
                previous = error;
            }
        }
    }

    @Test
    void defaultOrderIsTheOneThatConvergesFastest() {
        for (double dt : DTS) {
            double gatesFirst = rmsError(UpdateOrder.GATES_FIRST, dt);
            double simultaneous = rmsError(UpdateOrder.SIMULTANEOUS, dt);
            assertThat(gatesFirst).as("dt %s", dt).isLessThan(simultaneous / 4);
        }
        // at Prinz's dt the default order stays within a fraction of a millivolt of the reference (RMS)
        assertThat(rmsError(UpdateOrder.GATES_FIRST, 0.05)).isLessThan(0.5);
    }
}
