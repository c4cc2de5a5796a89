package org.circuitsweep.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each of the fifteen P04 features on a synthetic cycle whose values are known: AB/PD bursts
 * 0–580 ms, LP 800–1200, PY 1140–1670, next AB/PD burst at 1500 ms.
 */
class PyloricFeaturesTest {

    private static final PyloricFeatures.Cycle CYCLE = new PyloricFeatures.Cycle(0, 580, 800, 1200, 1140, 1670, 1500);
    private static final PyloricFeatures F = PyloricFeatures.ofCycle(CYCLE);
    private static final double EPS = 1e-12;

    @Test
    void periodIsAbpdStartToNextAbpdStart() {
        assertThat(F.periodMs()).isCloseTo(1500, within(EPS));
    }

    @Test
    void burstDurationsAreFirstToLastSpike() {
        assertThat(F.abpdBurstMs()).isCloseTo(580, within(EPS));
        assertThat(F.lpBurstMs()).isCloseTo(400, within(EPS));
        assertThat(F.pyBurstMs()).isCloseTo(530, within(EPS));
    }

    @Test
    void gapsAreEndToStartAndNegativeWhenBurstsOverlap() {
        assertThat(F.gapAbpdLpMs()).isCloseTo(220, within(EPS));
        assertThat(F.gapLpPyMs()).isCloseTo(-60, within(EPS));
    }

    @Test
    void delaysAreFromTheAbpdStart() {
        assertThat(F.delayAbpdLpMs()).isCloseTo(800, within(EPS));
        assertThat(F.delayAbpdPyMs()).isCloseTo(1140, within(EPS));
    }

    @Test
    void dutyCyclesAreBurstOverPeriod() {
        assertThat(F.abpdDutyCycle()).isCloseTo(580.0 / 1500, within(EPS));
        assertThat(F.lpDutyCycle()).isCloseTo(400.0 / 1500, within(EPS));
        assertThat(F.pyDutyCycle()).isCloseTo(530.0 / 1500, within(EPS));
    }

    @Test
    void phaseGapsAreGapsOverPeriod() {
        assertThat(F.phaseGapAbpdLp()).isCloseTo(220.0 / 1500, within(EPS));
        assertThat(F.phaseGapLpPy()).isCloseTo(-0.04, within(EPS));
    }

    @Test
    void startPhasesAreDelaysOverPeriod() {
        assertThat(F.lpStartPhase()).isCloseTo(800.0 / 1500, within(EPS));
        assertThat(F.pyStartPhase()).isCloseTo(0.76, within(EPS));
    }

    @Test
    void featuresDoNotDependOnWhereTheCycleIs() {
        PyloricFeatures.Cycle shifted = new PyloricFeatures.Cycle(7000, 7580, 7800, 8200, 8140, 8670, 8500);
        double[] a = PyloricFeatures.ofCycle(shifted).toArray();
        double[] b = F.toArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as(PyloricFeatures.NAMES.get(i)).isCloseTo(b[i], within(1e-9));
        }
    }

    /** Each feature is averaged per cycle: the duty cycle is the mean of 0.3 and 0.4, not 1100 / 3000. */
    @Test
    void averagesEachFeatureOverTheCycles() {
        PyloricFeatures.Cycle short1 = new PyloricFeatures.Cycle(0, 300, 400, 600, 600, 900, 1000);
        PyloricFeatures.Cycle long2 = new PyloricFeatures.Cycle(1000, 1800, 2000, 2400, 2400, 2900, 3000);
        PyloricFeatures mean = PyloricFeatures.of(List.of(short1, long2));
        assertThat(mean.periodMs()).isCloseTo(1500, within(EPS));
        assertThat(mean.abpdBurstMs()).isCloseTo(550, within(EPS));
        assertThat(mean.abpdDutyCycle()).isCloseTo(0.35, within(EPS));
        assertThat(mean.lpStartPhase()).isCloseTo(0.5 * (0.4 + 0.5), within(EPS));
    }

    @Test
    void noCycleGivesNaN() {
        assertThat(PyloricFeatures.of(List.of()).toArray()).containsOnly(Double.NaN);
        assertThat(PyloricFeatures.notApplicable().toArray()).hasSize(15).containsOnly(Double.NaN);
        assertThat(PyloricFeatures.notApplicable().applies()).isFalse();
        assertThat(F.applies()).isTrue();
    }

    @Test
    void arrayRoundTripInTableOrder() {
        assertThat(PyloricFeatures.fromArray(F.toArray())).isEqualTo(F);
        assertThat(PyloricFeatures.NAMES).hasSize(15).startsWith("periodMs").endsWith("pyStartPhase");
    }

    @Test
    void refusesInfiniteValuesAndEmptyCycles() {
        double[] v = F.toArray();
        v[3] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> PyloricFeatures.fromArray(v)).hasMessageContaining("pyBurstMs");
        assertThatThrownBy(() -> new PyloricFeatures.Cycle(100, 200, 300, 400, 500, 600, 100))
                .hasMessageContaining("next AB/PD start");
    }
}
