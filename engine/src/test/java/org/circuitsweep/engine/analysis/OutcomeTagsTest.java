package org.circuitsweep.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.junit.jupiter.api.Test;

/** The outcome tags (spiking, bursting, periodic, oscillates) of constructed traces. */
class OutcomeTagsTest {

    private final ActivityRecorder recorder = new ActivityRecorder(ClassifierThresholds.defaults());

    /** spiking, bursting, periodic, oscillates. */
    private record Tags(boolean spiking, boolean bursting, boolean periodic, boolean oscillates) {
        static Tags of(NeuronFeatures f) {
            return new Tags(f.spiking(), f.bursting(), f.periodic(), f.oscillates());
        }
    }

    private NeuronFeatures record(SyntheticTrace trace, double endMs) {
        recorder.start(0);
        trace.feed(recorder, 0, endMs);
        return recorder.finish(endMs);
    }

    private static double[] every(double first, double step, int count) {
        return DoubleStream.iterate(first, t -> t + step).limit(count).toArray();
    }

    @Test
    void tonicSpikingIsPeriodicAndOscillatesButDoesNotBurst() {
        NeuronFeatures f = record(SyntheticTrace.flat(-55).withSpikes(every(50, 100, 30)), 3000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.TONIC);
        assertThat(Tags.of(f)).isEqualTo(new Tags(true, false, true, true));
    }

    @Test
    void aRegularBursterHasEveryTag() {
        // period 1500 ms, plateau −40 mV from phase 250 to 600 ms, 6 spikes 50 ms apart from phase 300 ms
        double[] spikes = DoubleStream.of(every(300, 1500, 8)).flatMap(s -> DoubleStream.of(every(s, 50, 6))).toArray();
        NeuronFeatures f = record(SyntheticTrace.of(SyntheticTrace.plateauWave(1500, 250, 600, 150, -60, -40))
                .withSpikes(spikes), 9000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(Tags.of(f)).isEqualTo(new Tags(true, true, true, true));
    }

    @Test
    void aSpikelessSlowWaveIsSilentYetPeriodicAndOscillating() {
        NeuronFeatures f = record(SyntheticTrace.of(t -> -50 + 10 * Math.sin(2 * Math.PI * t / 1000)), 5000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(Tags.of(f)).isEqualTo(new Tags(false, false, true, true));
    }

    @Test
    void aSteadyRestHasNoTag() {
        NeuronFeatures f = record(SyntheticTrace.flat(-55), 5000);
        assertThat(Tags.of(f)).isEqualTo(new Tags(false, false, false, false));
    }

    @Test
    void anIrregularTrainSpikesButNeitherIsPeriodicNorOscillates() {
        SplittableRandom random = new SplittableRandom(42);
        double[] spikes = DoubleStream.iterate(0, t -> t + 5 - 200 * Math.log(1 - random.nextDouble()))
                .skip(1).takeWhile(t -> t < 10_000).toArray();
        NeuronFeatures f = record(SyntheticTrace.flat(-55).withSpikes(spikes), 10_000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.IRREGULAR);
        assertThat(Tags.of(f)).isEqualTo(new Tags(true, false, false, false));
    }

    @Test
    void aSlowWaveWithSpikesOnSomeCrestsOscillatesWithoutBeingPeriodic() {
        // crests every 300 ms; spikes on crests 0, 1, 3, 4, 7, 8, 9, 12, 14, 15, 16, 18 of 20: the spikes and
        // the sub-threshold crests are both irregular, but there is one maximum per cycle
        int[] spiking = {0, 1, 3, 4, 7, 8, 9, 12, 14, 15, 16, 18};
        double[] spikes = IntStream.of(spiking).mapToDouble(j -> 75 + 300 * j).toArray();
        NeuronFeatures f = record(SyntheticTrace.of(t -> -50 + 5 * Math.sin(2 * Math.PI * t / 300))
                .withSpikes(spikes), 6000);
        assertThat(recorder.maxima().size()).isEqualTo(20);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.IRREGULAR);
        assertThat(Tags.of(f)).isEqualTo(new Tags(true, false, false, true));
    }

    @Test
    void regularSpikesTooFewToClassifyOscillate() {
        // 4 spikes 1200 ms apart: under the 6 the periodicity analysis of spikes needs
        NeuronFeatures f = record(SyntheticTrace.flat(-55).withSpikes(every(300, 1200, 4)), 5000);
        assertThat(f.activityClass()).isEqualTo(ActivityClass.IRREGULAR);
        assertThat(Tags.of(f)).isEqualTo(new Tags(true, false, false, true));
    }

    @Test
    void aSlowWaveThatStopsInsideTheWindowDoesNotOscillate() {
        NeuronFeatures f = record(SyntheticTrace.of(t -> t < 3000 ? -50 + 10 * Math.sin(2 * Math.PI * t / 1000) : -50),
                6000);
        assertThat(Tags.of(f)).isEqualTo(new Tags(false, false, false, false));
    }

    @Test
    void aNumericalFailureHasNoTag() {
        assertThat(Tags.of(NeuronFeatures.numericalFailure(100))).isEqualTo(new Tags(false, false, false, false));
    }

    @Test
    void tagsThatContradictTheOtherFeaturesAreRefused() {
        NeuronFeatures tonic = record(SyntheticTrace.flat(-55).withSpikes(every(50, 100, 30)), 3000);
        assertThatThrownBy(() -> withTags(tonic, false, false, true, true)).hasMessageContaining("spiking = false");
        assertThatThrownBy(() -> withTags(tonic, true, true, true, true)).hasMessageContaining("bursting = true");
        assertThatThrownBy(() -> withTags(tonic, true, false, false, true)).hasMessageContaining("periodic = false");
        assertThatThrownBy(() -> withTags(tonic, true, false, true, false)).hasMessageContaining("oscillates = false");
    }

    private static NeuronFeatures withTags(NeuronFeatures f, boolean spiking, boolean bursting, boolean periodic,
                                           boolean oscillates) {
        return new NeuronFeatures(f.activityClass(), f.analysedMs(), f.spikes(), f.spikeRateHz(), f.periodMs(),
                f.burstsPerCycle(), f.burstDurationMs(), f.dutyCycle(), f.spikesPerBurst(), f.maximaPerBurst(),
                f.restingMv(), f.vMinMv(), f.vMaxMv(), f.slowWaveMinMv(), f.slowWaveMaxMv(), f.caMinUm(), f.caMaxUm(),
                f.caMeanUm(), spiking, bursting, periodic, oscillates);
    }
}
