package org.circuitsweep.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;

import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.junit.jupiter.api.Test;

class ActivityRecorderTest {

    private final ActivityRecorder recorder = new ActivityRecorder(ClassifierThresholds.defaults());

    /** Times {@code first + k * step} for k = 0 .. count − 1. */
    private static double[] every(double first, double step, int count) {
        return DoubleStream.iterate(first, t -> t + step).limit(count).toArray();
    }

    /** Spikes of bursts: {@code perBurst} spikes {@code isi} apart at each of the burst starts. */
    private static double[] burstSpikes(double[] starts, int perBurst, double isi) {
        return DoubleStream.of(starts).flatMap(s -> DoubleStream.of(every(s, isi, perBurst))).toArray();
    }

    /** Regular burster: period 1500 ms, plateau −40 mV from phase 250 to 600 ms, trough −60, 6 spikes from 300 ms. */
    private static SyntheticTrace burster() {
        return SyntheticTrace.of(SyntheticTrace.plateauWave(1500, 250, 600, 150, -60, -40))
                .withSpikes(burstSpikes(every(300, 1500, 8), 6, 50));
    }

    private NeuronFeatures record(SyntheticTrace trace, double t0, double t1) {
        recorder.start(t0);
        trace.feed(recorder, t0, t1);
        return recorder.finish(t1);
    }

    @Test
    void tonicTenHertz() {
        NeuronFeatures f = record(SyntheticTrace.flat(-55).withSpikes(every(50, 100, 30)), 0, 3000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.TONIC);
        assertThat(f.periodMs()).isCloseTo(100, within(1e-6));
        assertThat(f.spikes()).isEqualTo(30);
        assertThat(f.spikeRateHz()).isCloseTo(10, within(1e-9));
        assertThat(f.vMaxMv()).isCloseTo(20, within(1e-9));
        assertThat(f.slowWaveMaxMv()).isCloseTo(-55, within(1e-9));
        assertThat(f.burstsPerCycle()).isZero();
        assertThat(f.dutyCycle()).isNaN();
        assertThat(f.restingMv()).isNaN();
    }

    @Test
    void regularBurster() {
        NeuronFeatures f = record(burster(), 0, 9000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(f.periodMs()).isCloseTo(1500, within(0.1));
        assertThat(f.burstsPerCycle()).isEqualTo(1);
        assertThat(f.burstDurationMs()).isCloseTo(250, within(0.1));
        assertThat(f.dutyCycle()).isCloseTo(0.1667, within(0.001));
        assertThat(f.spikesPerBurst()).isEqualTo(6);
        assertThat(f.maximaPerBurst()).isEqualTo(6);
        assertThat(f.spikes()).isEqualTo(36);
        assertThat(f.spikeRateHz()).isCloseTo(4, within(1e-9));
        assertThat(f.vMaxMv()).isCloseTo(20, within(1e-9));
        assertThat(f.vMinMv()).isCloseTo(-60, within(1e-9));
        // the slow wave keeps the plateau and the trough and drops the spikes
        assertThat(f.slowWaveMaxMv()).isCloseTo(-40, within(0.1));
        assertThat(f.slowWaveMinMv()).isCloseTo(-60, within(1e-9));
        assertThat(f.restingMv()).isNaN();
    }

    @Test
    void subThresholdMaximaInsideABurstAreCountedAsMaxima() {
        double[] bumps = every(325, 1500, 8); // a spikelet to −30 mV between spikes 1 and 2
        NeuronFeatures f = record(burster().withPeaks(-30, bumps), 0, 9000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(f.spikesPerBurst()).isEqualTo(6);
        assertThat(f.maximaPerBurst()).isEqualTo(7);
        assertThat(recorder.maxima().size()).isEqualTo(recorder.spikes().size() + 6);
    }

    @Test
    void doubletsOnASlowWave() {
        // a sine slow wave of period 300 ms peaking at 75 ms, a spike 20 ms either side of each crest; the
        // crest rises 0.35 mV above the trough after the first spike, above the 0.1-mV prominence
        SyntheticTrace trace = SyntheticTrace.of(t -> -55 + 5 * Math.sin(2 * Math.PI * t / 300))
                .withSpikes(burstSpikes(every(55, 300, 20), 2, 40));
        NeuronFeatures f = record(trace, 0, 6000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(f.spikesPerBurst()).isEqualTo(2);
        assertThat(f.maximaPerBurst()).isEqualTo(3); // the crest between the two spikes
        assertThat(f.periodMs()).isCloseTo(300, within(0.1));
        assertThat(f.burstDurationMs()).isCloseTo(40, within(0.1));
    }

    @Test
    void alternatingLongAndShortCyclesAreTwoBurstsPerCycle() {
        double[] starts = DoubleStream.iterate(700, s -> s + 1500).limit(6)
                .flatMap(s -> DoubleStream.of(s, s + 600)).toArray();
        NeuronFeatures f = record(SyntheticTrace.flat(-50).withSpikes(burstSpikes(starts, 6, 50)), 0, 8600);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(f.burstsPerCycle()).isEqualTo(2);
        assertThat(f.periodMs()).isCloseTo(1500, within(0.1));
        assertThat(f.dutyCycle()).isCloseTo(250.0 / 750, within(0.001));
    }

    @Test
    void flatTraceIsSilentAtItsRestingPotential() {
        NeuronFeatures f = record(SyntheticTrace.flat(-55), 0, 3000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(f.restingMv()).isCloseTo(-55, within(1e-9));
        assertThat(f.spikes()).isZero();
        assertThat(f.spikeRateHz()).isZero();
        assertThat(f.periodMs()).isNaN();
        assertThat(f.vMinMv()).isEqualTo(-55);
        assertThat(f.vMaxMv()).isEqualTo(-55);
        assertThat(f.slowWaveMinMv()).isEqualTo(-55);
        assertThat(f.slowWaveMaxMv()).isEqualTo(-55);
        assertThat(recorder.maxima().size()).isZero();
    }

    @Test
    void spikelessSineIsSilentWithTheSineBoundsAsSlowWave() {
        NeuronFeatures f = record(SyntheticTrace.of(t -> -50 + 10 * Math.sin(2 * Math.PI * t / 1000)), 0, 5000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(f.slowWaveMinMv()).isCloseTo(-60, within(1e-6));
        assertThat(f.slowWaveMaxMv()).isCloseTo(-40, within(0.1)).isLessThanOrEqualTo(-40);
        assertThat(f.restingMv()).isCloseTo(-50, within(1e-3));
        assertThat(recorder.maxima().size()).isEqualTo(5);
        assertThat(recorder.maxima().time(0)).isCloseTo(250, within(0.05));
        assertThat(recorder.minima().size()).isEqualTo(5);
        assertThat(recorder.minima().time(4)).isCloseTo(4750, within(0.05));
    }

    @Test
    void seededRandomSpikesAreIrregularAndNeverSettle() {
        SplittableRandom random = new SplittableRandom(42);
        double[] spikes = DoubleStream.iterate(0, t -> t + 5 - 200 * Math.log(1 - random.nextDouble()))
                .skip(1).takeWhile(t -> t < 10_000).toArray();
        SyntheticTrace trace = SyntheticTrace.flat(-55).withSpikes(spikes);
        recorder.start(0);
        assertThat(trace.firstSettledMs(recorder, 0, 10_000)).isNaN();
        NeuronFeatures f = recorder.finish(10_000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.IRREGULAR);
        assertThat(f.spikes()).isEqualTo(spikes.length);
        assertThat(f.periodMs()).isNaN();
    }

    @Test
    void calciumStatisticsOfASine() {
        recorder.start(0);
        SyntheticTrace.flat(-55).feed(recorder, 0, 1000, t -> 0.5 + 0.3 * Math.sin(2 * Math.PI * t / 200));
        NeuronFeatures f = recorder.finish(1000);
        assertThat(f.caMeanUm()).isCloseTo(0.5, within(1e-6));
        assertThat(f.caMinUm()).isCloseTo(0.2, within(1e-6));
        assertThat(f.caMaxUm()).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void calciumMeanIsWeightedByTimeNotBySample() {
        recorder.start(0);
        for (int i = 0; i < 1000; i++) {
            recorder.onStep(i * 0.01, -55, 1.0); // 10 ms at 1 µM in 1000 samples
        }
        for (int i = 10; i <= 20; i++) {
            recorder.onStep(i, -55, 3.0); // 10 ms at 3 µM in 11 samples
        }
        assertThat(recorder.finish(20).caMeanUm()).isCloseTo(2.0, within(0.01));
    }

    @Test
    void flatTraceSettlesAfterTwoQuietSeconds() {
        recorder.start(0);
        assertThat(SyntheticTrace.flat(-55).firstSettledMs(recorder, 0, 5000)).isEqualTo(2000);
    }

    @Test
    void driftingTraceSettlesOnlyWhenTheDriftOverTwoSecondsIsBelowATenthOfAMillivolt() {
        // V = −55 − 10 exp(−t / 2 s): the change over 2 s first drops below 0.1 mV between 10 and 10.5 s
        recorder.start(0);
        DoubleUnaryOperator decay = t -> -55 - 10 * Math.exp(-t / 2000);
        assertThat(SyntheticTrace.of(decay).firstSettledMs(recorder, 0, 15_000)).isEqualTo(10_500);
    }

    @Test
    void spikelessOscillationNeverSettles() {
        recorder.start(0);
        SyntheticTrace sine = SyntheticTrace.of(t -> -50 + 10 * Math.sin(2 * Math.PI * t / 1000));
        assertThat(sine.firstSettledMs(recorder, 0, 6000)).isNaN();
    }

    @Test
    void bursterSettlesOnceThreeCyclesCoverHalfTheWindow() {
        // burst starts 300 (cut by the window start: left out), 1800, 3300, 4800, 6300: three cycles at 6300
        recorder.start(0);
        assertThat(burster().firstSettledMs(recorder, 0, 12_000)).isEqualTo(6500);
        assertThat(recorder.finish(6500).activityClass()).isEqualTo(ActivityClass.BURSTING);
    }

    @Test
    void tonicSettlesAsSoonAsThreeRegularCyclesCoverHalfTheWindow() {
        recorder.start(0);
        assertThat(SyntheticTrace.flat(-55).withSpikes(every(50, 100, 100)).firstSettledMs(recorder, 0, 5000))
                .isEqualTo(1000);
    }

    @Test
    void aLeadInShowsThatABurstJustAfterTheWindowStartIsComplete() {
        // bursts start at 700, 2200, 3700; the window [600, 4400] holds two cycles only if the first
        // burst counts, and it may count only because the lead-in shows 700 ms without a spike before it
        SyntheticTrace trace = SyntheticTrace.of(SyntheticTrace.plateauWave(1500, 250, 600, 150, -60, -40))
                .withSpikes(burstSpikes(every(700, 1500, 3), 6, 50));
        recorder.start(600);
        trace.feed(recorder, 600, 4400);
        assertThat(recorder.finish(4400).activityClass()).as("no lead-in: first burst may be cut").isEqualTo(ActivityClass.IRREGULAR);

        recorder.start(600);
        trace.feed(recorder, 0, 4400);
        NeuronFeatures withLeadIn = recorder.finish(4400);
        assertThat(withLeadIn.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(withLeadIn.periodMs()).isCloseTo(1500, within(0.1));
        assertThat(withLeadIn.analysedMs()).isEqualTo(3800);
    }

    @Test
    void aBurstRunningAcrossTheWindowStartIsLeftOutEvenWithALeadIn() {
        // the burst starting at 300 is still firing at 400, when the window opens
        SyntheticTrace trace = SyntheticTrace.of(SyntheticTrace.plateauWave(1500, 250, 600, 150, -60, -40))
                .withSpikes(burstSpikes(every(300, 1500, 4), 6, 50));
        recorder.start(400);
        trace.feed(recorder, 0, 5200);
        NeuronFeatures f = recorder.finish(5200);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(f.spikesPerBurst()).isEqualTo(6.0);
    }

    @Test
    void weirdWindowsGetAValidClassWithoutThrowing() {
        recorder.start(100);
        NeuronFeatures empty = recorder.finish(200);
        assertThat(empty.activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(empty.analysedMs()).isEqualTo(100);
        assertThat(empty.vMinMv()).isNaN();
        assertThat(empty.restingMv()).isNaN();
        assertThat(empty.caMeanUm()).isNaN();
        assertThat(recorder.isSettled(200)).isFalse();

        recorder.start(100);
        recorder.onStep(100, -50, 0.1);
        NeuronFeatures backwards = recorder.finish(50);
        assertThat(backwards.analysedMs()).isZero();
        assertThat(backwards.spikeRateHz()).isNaN();
        assertThat(backwards.restingMv()).isEqualTo(-50);
        assertThat(backwards.slowWaveMaxMv()).isNaN(); // shorter than the slow-wave window

        NeuronFeatures oneSpike = record(SyntheticTrace.flat(-55).withSpikes(500), 0, 1000);
        assertThat(oneSpike.activityClass()).isEqualTo(ActivityClass.IRREGULAR);
        assertThat(oneSpike.spikes()).isEqualTo(1);
        assertThat(oneSpike.restingMv()).isNaN();
    }

    @Test
    void startClearsEverythingForTheNextRun() {
        record(burster(), 0, 9000);
        NeuronFeatures f = record(SyntheticTrace.flat(-55), 10_000, 13_000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(f.vMaxMv()).isEqualTo(-55);
        assertThat(f.analysedMs()).isEqualTo(3000);
        assertThat(recorder.maxima().size()).isZero();
        assertThat(recorder.minima().size()).isZero();
    }
}
