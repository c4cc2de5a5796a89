package org.circuitsweep.engine.synapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Prinz 2004 graded synapse against its formulas (sheet §5.2) and the truncated update (sheet §3). */
class GradedSynapseTest {

    @Test
    void halfActivationAtThreshold() {
        assertThat(GradedSynapse.sInf(-35.0)).isEqualTo(0.5);
    }

    /** s_inf = 1/(1 + exp((−35 − V)/5)): one slope (5 mV) either side gives 1/(1 + e^∓1). */
    @ParameterizedTest
    @CsvSource({"-30, 0.7310585786300049", "-40, 0.2689414213699951", "-60, 0.0066928509242848554",
            "0, 0.9990889488055994"})
    void activationCurve(double vPre, double expected) {
        assertThat(GradedSynapse.sInf(vPre)).isCloseTo(expected, within(1e-15));
    }

    /** τ_s = (1 − s_inf)/k₋: at −35 mV half of 1/k₋, i.e. 20 ms (glutamate) and 50 ms (acetylcholine). */
    @Test
    void timeConstantAtThreshold() {
        assertThat(GradedSynapse.tauSMs(-35.0, Transmitter.GLUTAMATE)).isCloseTo(20.0, within(1e-12));
        assertThat(GradedSynapse.tauSMs(-35.0, Transmitter.ACETYLCHOLINE)).isCloseTo(50.0, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"-60", "-40", "-30", "0"})
    void timeConstantFollowsTheFormula(double vPre) {
        double oneMinusSInf = 1.0 - GradedSynapse.sInf(vPre);
        assertThat(GradedSynapse.tauSMs(vPre, Transmitter.GLUTAMATE)).isCloseTo(oneMinusSInf * 40.0, within(1e-12));
        assertThat(GradedSynapse.tauSMs(vPre, Transmitter.ACETYLCHOLINE)).isCloseTo(oneMinusSInf * 100.0,
                within(1e-12));
    }

    @Test
    void forwardEulerStepWhenDtIsBelowTau() {
        double tau = GradedSynapse.tauSMs(-35.0, Transmitter.GLUTAMATE);
        double s = GradedSynapse.step(0.1, -35.0, Transmitter.GLUTAMATE, 0.05);
        assertThat(s).isCloseTo(0.1 + (0.5 - 0.1) * 0.05 / tau, within(1e-15));
    }

    /** At V_pre = 0 mV τ_s = 0.036 ms (glutamate) is shorter than dt = 0.05 ms: s jumps to s_inf, no overshoot. */
    @Test
    void truncatedUpdateJumpsToSteadyStateWhenDtExceedsTau() {
        assertThat(GradedSynapse.tauSMs(0.0, Transmitter.GLUTAMATE)).isLessThan(0.05);
        assertThat(GradedSynapse.step(0.0, 0.0, Transmitter.GLUTAMATE, 0.05)).isEqualTo(GradedSynapse.sInf(0.0));
        assertThat(GradedSynapse.step(0.3, 0.0, Transmitter.GLUTAMATE, 0.05)).isEqualTo(GradedSynapse.sInf(0.0));
    }

    @Test
    void sStaysWithinZeroAndOne() {
        for (double v = -100; v <= 60; v += 5) {
            for (double s0 : new double[] {0.0, 0.5, 1.0}) {
                for (Transmitter t : Transmitter.values()) {
                    assertThat(GradedSynapse.step(s0, v, t, 0.05)).isBetween(0.0, 1.0);
                    assertThat(GradedSynapse.step(s0, v, t, 1.0)).isBetween(0.0, 1.0);
                }
            }
        }
    }
}
