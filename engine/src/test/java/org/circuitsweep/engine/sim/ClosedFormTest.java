package org.circuitsweep.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.circuitsweep.engine.channel.Channel;
import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.model.Conductances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Closed-form solutions the integrator must reproduce. */
class ClosedFormTest {

    private static final double DT = 0.05;

    @ParameterizedTest
    @EnumSource(UpdateOrder.class)
    void passiveMembraneRelaxesToLeakReversalWithTauCOverGLeak(UpdateOrder order) {
        double gLeak = 0.05;
        ExponentialEuler stepper = new ExponentialEuler(DT, order);
        stepper.setConductances(new Conductances(0, 0, 0, 0, 0, 0, 0, gLeak));
        CellState cell = new CellState();
        cell.v = -80.0;
        double tau = Prinz2003.CAPACITANCE_UF_PER_CM2 / gLeak;
        assertThat(tau).isEqualTo(20.0);
        for (int i = 1; i <= 2000; i++) {
            stepper.step(cell, 0.0, 0.0, 0.0);
            double t = i * DT;
            double expected = Prinz2003.E_LEAK_MV + (-80.0 - Prinz2003.E_LEAK_MV) * Math.exp(-t / tau);
            assertThat(cell.v).as("t = %s ms", t).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void injectedCurrentShiftsThePassiveRestByIOverG() {
        double gLeak = 0.02;
        double nA = 0.5;
        ExponentialEuler stepper = new ExponentialEuler(DT, UpdateOrder.GATES_FIRST);
        stepper.setConductances(new Conductances(0, 0, 0, 0, 0, 0, 0, gLeak));
        CellState cell = new CellState();
        for (int i = 0; i < 40_000; i++) {
            stepper.step(cell, nA * Prinz2003.NA_TO_UA_PER_CM2, 0.0, 0.0);
        }
        // 0.5 nA over 0.628e-3 cm² is 0.796 µA/cm²; over 0.02 mS/cm² that is +39.8 mV above E_leak.
        assertThat(cell.v).isCloseTo(Prinz2003.E_LEAK_MV + nA * Prinz2003.NA_TO_UA_PER_CM2 / gLeak, within(1e-6));
    }

    @Test
    void withNoConductanceAtTimeZeroTheStepIsGuardedAgainstZeroOverZero() {
        // gLeak = 0 and every m = 0 at t = 0: the simultaneous order sees Σg = 0 and V_inf = 0/0.
        ExponentialEuler stepper = new ExponentialEuler(DT, UpdateOrder.SIMULTANEOUS);
        stepper.setConductances(Conductances.defaults());
        CellState cell = new CellState();
        stepper.step(cell, 0.0, 0.0, 0.0);
        assertThat(cell.v).isEqualTo(Prinz2003.V_INITIAL_MV);
        stepper.step(cell, 0.0, 0.0, 0.0);
        assertThat(cell.isPhysical()).isTrue();
        assertThat(cell.v).isNotEqualTo(Prinz2003.V_INITIAL_MV);
    }

    @Test
    void aMembraneWithoutConductanceIntegratesTheInjectedCurrent() {
        ExponentialEuler stepper = new ExponentialEuler(DT, UpdateOrder.GATES_FIRST);
        stepper.setConductances(new Conductances(0, 0, 0, 0, 0, 0, 0, 0));
        CellState cell = new CellState();
        double iExt = 0.1 * Prinz2003.NA_TO_UA_PER_CM2;
        for (int i = 0; i < 100; i++) {
            stepper.step(cell, iExt, 0.0, 0.0);
        }
        assertThat(cell.v).isCloseTo(Prinz2003.V_INITIAL_MV + 100 * DT * iExt, within(1e-9));
    }

    @Test
    void gatesAtClampedVoltageRelaxWithTheirTimeConstants() {
        // With every conductance 0 no current flows, so V stays where it is put: a perfect clamp.
        ExponentialEuler stepper = new ExponentialEuler(DT, UpdateOrder.GATES_FIRST);
        stepper.setConductances(new Conductances(0, 0, 0, 0, 0, 0, 0, 0));
        double vHold = -20.0;
        double ca = Prinz2003.CA_REST_UM;
        CellState cell = new CellState();
        cell.setSteadyState(-65.0, ca);
        double[] m0 = cell.m.clone();
        double[] h0 = cell.h.clone();
        cell.v = vHold;
        int steps = 400;
        for (int i = 0; i < steps; i++) {
            stepper.step(cell, 0.0, 0.0, 0.0);
        }
        double t = steps * DT;
        assertThat(cell.v).isEqualTo(vHold);
        for (int i = 0; i < ChannelCatalog.SIZE; i++) {
            Channel c = ChannelCatalog.PRINZ2003.get(i).channel();
            if (c.p() > 0) {
                double inf = c.mInf(vHold, ca);
                double expected = inf + (m0[i] - inf) * Math.exp(-t / c.tauMMs(vHold));
                assertThat(cell.m(i)).as("m of %s", c.name()).isCloseTo(expected, within(1e-12));
            }
            if (c.q() > 0) {
                double inf = c.hInf(vHold);
                double expected = inf + (h0[i] - inf) * Math.exp(-t / c.tauHMs(vHold));
                assertThat(cell.h(i)).as("h of %s", c.name()).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void calciumDecaysToRestWithTauCaWhenNoCalciumCurrentFlows() {
        ExponentialEuler stepper = new ExponentialEuler(DT, UpdateOrder.GATES_FIRST);
        stepper.setConductances(new Conductances(0, 0, 0, 0, 0, 0, 0, 0));
        CellState cell = new CellState();
        cell.ca = 2.0;
        for (int i = 0; i < 4000; i++) {
            stepper.step(cell, 0.0, 0.0, 0.0);
        }
        double expected = Prinz2003.CA_REST_UM + (2.0 - Prinz2003.CA_REST_UM) * Math.exp(-200.0 / Prinz2003.TAU_CA_MS);
        assertThat(cell.caUm()).isCloseTo(expected, within(1e-9));
    }
}
