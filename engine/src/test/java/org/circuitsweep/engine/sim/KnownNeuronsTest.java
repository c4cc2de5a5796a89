package org.circuitsweep.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-model regression cases from the P04 neuron table (sheet §5.1): what each published model
 * is known to do. Default protocol: dt 0.05 ms, 5 s discarded, 5 s analysed.
 */
class KnownNeuronsTest {

    private static NeuronFeatures simulate(Conductances g, SimulationSettings settings) {
        return new NeuronSimulator(settings, ClassifierThresholds.defaults()).run(g);
    }

    static Stream<Arguments> abpdNeurons() {
        return Stream.of(
                Arguments.of("AB/PD 1", new Conductances(400, 2.5, 6, 50, 10, 100, 0.01, 0)),
                Arguments.of("AB/PD 2", new Conductances(100, 2.5, 6, 50, 5, 100, 0.01, 0)),
                Arguments.of("AB/PD 3", new Conductances(200, 2.5, 4, 50, 5, 50, 0.01, 0)),
                Arguments.of("AB/PD 4", new Conductances(200, 5.0, 4, 40, 5, 125, 0.01, 0)),
                Arguments.of("AB/PD 5", new Conductances(300, 2.5, 2, 10, 5, 125, 0.01, 0)));
    }

    /** P04 chose these five for periods of 1.46–1.64 s and duty cycles of 0.3–0.4. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("abpdNeurons")
    void abpdNeuronsAreRegularBurstersWithPyloricPeriods(String name, Conductances g) {
        NeuronFeatures f = simulate(g, SimulationSettings.DEFAULTS);
        System.out.printf("%s: class %s, period %.1f ms, burst %.1f ms, duty cycle %.3f, %.1f spikes/burst%n",
                name, f.activityClass().label(), f.periodMs(), f.burstDurationMs(), f.dutyCycle(), f.spikesPerBurst());
        assertThat(f.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(f.burstsPerCycle()).isEqualTo(1);
        assertThat(f.periodMs()).isBetween(1300.0, 1800.0);
        assertThat(f.dutyCycle()).isBetween(0.2, 0.5);
        assertThat(f.spikesPerBurst()).isGreaterThan(5.0);
    }

    static Stream<Arguments> silentPyNeurons() {
        return Stream.of(
                Arguments.of("PY 2", new Conductances(200, 7.5, 0, 50, 0, 75, 0.05, 0)),
                Arguments.of("PY 3", new Conductances(200, 10, 0, 50, 0, 100, 0.03, 0)));
    }

    /** P04's LP/PY candidates rest between −60 and −50 mV; PY 2 and PY 3 are silent in isolation. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("silentPyNeurons")
    void pyNeuronsRestSilentlyBetweenMinus60AndMinus50(String name, Conductances g) {
        NeuronFeatures f = simulate(g, SimulationSettings.DEFAULTS);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(f.spikes()).isZero();
        assertThat(f.restingMv()).isBetween(-60.0, -50.0);
        assertThat(f.periodMs()).isNaN();
    }

    @Test
    void depolarisingCurrentMakesASilentCellFire() {
        Conductances py2 = new Conductances(200, 7.5, 0, 50, 0, 75, 0.05, 0);
        NeuronFeatures f = simulate(py2, SimulationSettings.DEFAULTS.withDcCurrent(3.0, 0.0));
        assertThat(f.spikes()).isGreaterThan(10);
        assertThat(f.activityClass()).isIn(ActivityClass.TONIC, ActivityClass.BURSTING);
    }

    @Test
    void burstPeriodConvergesAsDtHalves() {
        Conductances abpd2 = new Conductances(100, 2.5, 6, 50, 5, 100, 0.01, 0);
        double p05 = simulate(abpd2, SimulationSettings.DEFAULTS).periodMs();
        double p025 = simulate(abpd2, SimulationSettings.DEFAULTS.withDt(0.025)).periodMs();
        double p0125 = simulate(abpd2, SimulationSettings.DEFAULTS.withDt(0.0125)).periodMs();
        assertThat(Math.abs(p05 - p0125)).isGreaterThanOrEqualTo(Math.abs(p025 - p0125));
        assertThat(p05).isCloseTo(p0125, within(0.01 * p0125));
    }

    @Test
    void exponentialEulerMatchesTheReferenceIntegratorOnABurster() {
        Conductances abpd2 = new Conductances(100, 2.5, 6, 50, 5, 100, 0.01, 0);
        NeuronFeatures fast = simulate(abpd2, SimulationSettings.DEFAULTS);
        NeuronFeatures reference = simulate(abpd2, SimulationSettings.DEFAULTS.withIntegrator(Integrator.DORMAND_PRINCE));
        assertThat(reference.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(fast.periodMs()).isCloseTo(reference.periodMs(), within(0.01 * reference.periodMs()));
        assertThat(fast.dutyCycle()).isCloseTo(reference.dutyCycle(), within(0.02));
    }

    @Test
    void absurdConductancesGiveAClassNeverAnException() {
        Conductances absurd = Conductances.defaults().with("gNa", 1e6).with("gLeak", 0);
        assertThatCode(() -> {
            NeuronFeatures f = simulate(absurd, SimulationSettings.DEFAULTS.withDurations(2000, 1000));
            assertThat(f.activityClass()).isNotNull();
        }).doesNotThrowAnyException();
        NeuronFeatures reference = simulate(absurd,
                SimulationSettings.DEFAULTS.withDurations(200, 100).withIntegrator(Integrator.DORMAND_PRINCE));
        assertThat(reference.activityClass()).isNotNull();
    }

    @Test
    void adaptiveStopEndsASettledBursterEarlyWithTheSameClassAndPeriod() {
        Conductances abpd2 = new Conductances(100, 2.5, 6, 50, 5, 100, 0.01, 0);
        SimulationSettings longRun = SimulationSettings.DEFAULTS.withDurations(20_000, 5_000);
        NeuronFeatures full = simulate(abpd2, longRun);
        NeuronFeatures adaptive = simulate(abpd2, longRun.withAdaptiveStop(true));
        assertThat(adaptive.analysedMs()).isLessThan(full.analysedMs());
        assertThat(adaptive.activityClass()).isEqualTo(full.activityClass());
        assertThat(adaptive.periodMs()).isCloseTo(full.periodMs(), within(0.01 * full.periodMs()));
    }
}
