package org.circuitsweep.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.analysis.PyloricFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.classify.NetworkClass;
import org.circuitsweep.engine.classify.PyloricRanges;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real three-cell pyloric network: (AB/PD 2, LP 4, PY 1) with ABLP = PDLP = 30, ABPY = 10,
 * PDPY = 3, LPPM = 30, LPPY = 1, PYLP = 30 nS, under the default network protocol (dt 0.05 ms,
 * 3 s transient, 7 s analysed). It is triphasic in the pyloric order with a period of about
 * 1.73 s, but three features fall outside the P04 ranges (PY starts too early relative to LP's end),
 * so it is pyloric-like, not pyloric.
 */
class PyloricCircuitTest {

    static final Circuit NETWORK = Prinz2004Pyloric.circuit("ABPD2", "LP4", "PY1", Prinz2004Pyloric.strengths(Map.of(
            "ABLP", 30.0, "PDLP", 30.0, "ABPY", 10.0, "PDPY", 3.0, "LPPM", 30.0, "LPPY", 1.0, "PYLP", 30.0)));

    private static CircuitSimulator simulator;
    private static NetworkResult result;

    @BeforeAll
    static void simulate() {
        simulator = new CircuitSimulator(SimulationSettings.NETWORK_DEFAULTS, ClassifierThresholds.defaults());
        result = simulator.run(NETWORK);
        double[] f = result.pyloric().toArray();
        StringBuilder s = new StringBuilder("(ABPD2, LP4, PY1): " + result.networkClass().label() + ", "
                + result.cycles() + " cycles");
        for (int i = 0; i < f.length; i++) {
            s.append(String.format("%n  %-15s %10.4f", PyloricFeatures.NAMES.get(i), f[i]));
        }
        System.out.println(s);
    }

    @Test
    void isPyloricLikeWithThePeriodOfTheScratchRun() {
        assertThat(result.networkClass()).isEqualTo(NetworkClass.PYLORIC_LIKE);
        assertThat(result.cycles()).isGreaterThanOrEqualTo(3);
        assertThat(result.analysedMs()).isEqualTo(7000.0);
        assertThat(result.pyloric().periodMs()).isCloseTo(1730, within(20.0));
    }

    @Test
    void everyCellBurstsOncePerCycleWithOnePeriod() {
        double period = result.pyloric().periodMs();
        for (NeuronFeatures cell : result.cells()) {
            assertThat(cell.activityClass()).isEqualTo(ActivityClass.BURSTING);
            assertThat(cell.burstsPerCycle()).isEqualTo(1);
            assertThat(cell.periodMs()).isCloseTo(period, within(0.005 * period));
        }
    }

    /** Golden values: what fails the P04 ranges, and where the bursts sit in the cycle. */
    @Test
    void pyStartsTooSoonAfterLpForPyloric() {
        PyloricFeatures f = result.pyloric();
        assertThat(PyloricRanges.P04_TABLE_1.outside(f)).containsExactly("gapLpPyMs", "phaseGapLpPy", "pyStartPhase");
        assertThat(f.abpdDutyCycle()).isCloseTo(0.31, within(0.01));
        assertThat(f.lpStartPhase()).isCloseTo(0.505, within(0.01));
        assertThat(f.pyStartPhase()).isCloseTo(0.589, within(0.01));
        assertThat(f.abpdBurstMs()).isCloseTo(result.cells().get(0).burstDurationMs(), within(1e-9));
    }

    /** Same circuit again on the warm simulator (cached isolated states, reused recorders) and on a new one. */
    @Test
    void isDeterministicWithAndWithoutAWarmCache() {
        NetworkResult warm = simulator.run(NETWORK);
        NetworkResult cold = new CircuitSimulator(SimulationSettings.NETWORK_DEFAULTS, ClassifierThresholds.defaults())
                .run(NETWORK);
        assertThat(warm).isEqualTo(result);
        assertThat(cold).isEqualTo(result);
    }

    @Test
    void adaptiveStopEndsEarlyWithTheSameClass() {
        SimulationSettings longRun = SimulationSettings.NETWORK_DEFAULTS.withDurations(30_000, 3_000)
                .withAdaptiveStop(true);
        NetworkResult adaptive = new CircuitSimulator(longRun, ClassifierThresholds.defaults()).run(NETWORK);
        assertThat(adaptive.analysedMs()).isLessThan(15_000.0);
        assertThat(adaptive.networkClass()).isEqualTo(NetworkClass.PYLORIC_LIKE);
        assertThat(adaptive.pyloric().periodMs()).isCloseTo(result.pyloric().periodMs(), within(0.005 * 1730));
    }
}
