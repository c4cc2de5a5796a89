package org.circuitsweep.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SpikeTrainClassifierTest {

    private static final ClassifierThresholds TH = ClassifierThresholds.defaults();
    private final SpikeTrainClassifier classifier = new SpikeTrainClassifier(TH);

    private Classification classify(double[] spikes, double startMs, double endMs) {
        return classify(spikes, spikes, startMs, endMs);
    }

    private Classification classify(double[] spikes, double[] maxima, double startMs, double endMs) {
        return classifier.classify(spikes, spikes.length, maxima, maxima.length, startMs, endMs,
                TH.periodicMinCycles());
    }

    /** Regular burster: period 1500 ms, 6 spikes 50 ms apart, first burst 700 ms after the window start. */
    private static double[] burster(int bursts) {
        return SpikeTrains.bursts(700, bursts, 6, 50, 1500);
    }

    @Test
    void noSpikeIsSilentWithoutBurstFeatures() {
        Classification c = classify(new double[0], 0, 5000);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(c.periodMs()).isNaN();
        assertThat(c.burstsPerCycle()).isZero();
    }

    @Test
    void regularTenHertzIsTonicWithPeriodTheMeanIsi() {
        Classification c = classify(SpikeTrains.regular(50, 100, 30), 0, 3000);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.TONIC);
        assertThat(c.periodMs()).isCloseTo(100, within(1e-9));
        assertThat(c.burstDurationMs()).isNaN();
        assertThat(c.steadySinceMs()).isEqualTo(50);
    }

    @Test
    void tonicSpikingThatStopsInsideTheWindowIsIrregular() {
        assertThat(classify(SpikeTrains.regular(50, 100, 20), 0, 3000).activityClass())
                .isEqualTo(ActivityClass.IRREGULAR);
    }

    @Test
    void fiveSpikesAreTooFewForPeriodicity() {
        assertThat(classify(SpikeTrains.regular(600, 600, 5), 0, 3300).activityClass())
                .isEqualTo(ActivityClass.IRREGULAR);
    }

    @Test
    void slowRegularSingleSpikesAreTonicLike() {
        // 8 spikes are too few for the tonic test; the periodicity test finds 1-spike bursts
        Classification c = classify(SpikeTrains.regular(600, 600, 8), 0, 5000);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.TONIC);
        assertThat(c.periodMs()).isCloseTo(600, within(1e-9));
    }

    @Test
    void slowAlternatingSingleSpikesAreTonicWithTheMeanIsi() {
        // ISIs 600 and 900: the 500-ms cap makes every ISI an IBI, so the cycle holds two 1-spike bursts
        Classification c = classify(SpikeTrains.bursts(600, 12, 1, 0, 600, 900), 0, 9400);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.TONIC);
        assertThat(c.periodMs()).isCloseTo(750, within(1e-9));
    }

    @Test
    void fastAlternatingIsisAreDoubletsByTheModulatedTonicRule() {
        // ISIs 100 and 150: largest IMI 150 < 5 x 100, so only ISIs above 0.99 x 150 separate bursts
        Classification c = classify(SpikeTrains.bursts(0, 30, 1, 0, 100, 150), 0, 3700);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(c.spikesPerBurst()).isEqualTo(2);
        assertThat(c.periodMs()).isCloseTo(250, within(1e-9));
    }

    @Test
    void regularBurster() {
        Classification c = classify(burster(6), 0, 9000);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(c.periodMs()).isCloseTo(1500, within(1e-9));
        assertThat(c.burstsPerCycle()).isEqualTo(1);
        assertThat(c.burstDurationMs()).isCloseTo(250, within(1e-9));
        assertThat(c.dutyCycle()).isCloseTo(250.0 / 1500, within(1e-12));
        assertThat(c.spikesPerBurst()).isEqualTo(6);
        assertThat(c.maximaPerBurst()).isEqualTo(6);
        assertThat(c.steadySinceMs()).isEqualTo(700);
    }

    @Test
    void subThresholdMaximaInsideBurstsCountAsMaximaNotSpikes() {
        double[] spikes = burster(6);
        double[] bumps = SpikeTrains.bursts(725, 6, 1, 0, 1500); // one between spikes 1 and 2 of each burst
        double[] between = SpikeTrains.bursts(1500, 5, 1, 0, 1500); // in the inter-burst intervals
        Classification c = classify(spikes, SpikeTrains.merge(spikes, SpikeTrains.merge(bumps, between)), 0, 9000);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(c.spikesPerBurst()).isEqualTo(6);
        assertThat(c.maximaPerBurst()).isEqualTo(7);
    }

    @Test
    void aBurstCutByTheWindowStartIsLeftOut() {
        double[] spikes = burster(6);
        // window starts inside the first burst: its first three spikes are lost
        double[] cut = Arrays.copyOfRange(spikes, 3, spikes.length);
        Classification c = classify(cut, 820, 9000);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(c.spikesPerBurst()).isEqualTo(6);
        assertThat(c.burstDurationMs()).isCloseTo(250, within(1e-9));
        assertThat(c.steadySinceMs()).isEqualTo(2200);
    }

    @Test
    void aBurstCutByTheWindowEndIsLeftOut() {
        double[] spikes = burster(6);
        double[] cut = Arrays.copyOf(spikes, spikes.length - 3); // the window ends inside the last burst
        Classification c = classify(cut, 0, 8210);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(c.spikesPerBurst()).isEqualTo(6);
        assertThat(c.burstDurationMs()).isCloseTo(250, within(1e-9));
    }

    @Test
    void burstingThatStopsInsideTheWindowIsIrregular() {
        assertThat(classify(burster(6), 0, 12000).activityClass()).isEqualTo(ActivityClass.IRREGULAR);
    }

    @Test
    void doubletsAreBurstsOfTwo() {
        Classification c = classify(SpikeTrains.bursts(100, 20, 2, 20, 300), 0, 6100);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(c.spikesPerBurst()).isEqualTo(2);
        assertThat(c.periodMs()).isCloseTo(300, within(1e-9));
        assertThat(c.dutyCycle()).isCloseTo(20.0 / 300, within(1e-12));
    }

    @Test
    void alternatingLongAndShortCyclesAreTwoBurstsPerCycle() {
        Classification c = classify(SpikeTrains.bursts(700, 10, 6, 50, 600, 900), 0, 8300);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(c.burstsPerCycle()).isEqualTo(2);
        assertThat(c.periodMs()).isCloseTo(1500, within(1e-9));
        assertThat(c.dutyCycle()).isCloseTo(250.0 / 750, within(1e-12));
    }

    @Test
    void threeBurstsPerCycle() {
        // last start 6700, the next expected 400 ms later: the window must end before 6700 + 1.5 x 400
        Classification c = classify(SpikeTrains.bursts(700, 13, 4, 30, 400, 500, 600), 0, 7000);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(c.burstsPerCycle()).isEqualTo(3);
        assertThat(c.periodMs()).isCloseTo(1500, within(1e-9));
    }

    @Test
    void burstsWhosePeriodKeepsGrowingAreIrregular() {
        double[] spikes = new double[8 * 6];
        double start = 700;
        for (int b = 0; b < 8; b++) {
            for (int s = 0; s < 6; s++) {
                spikes[6 * b + s] = start + 50 * s;
            }
            start += 1000 * Math.pow(1.08, b); // each cycle 8 % longer than the one before
        }
        assertThat(classify(spikes, 0, start + 200).activityClass()).isEqualTo(ActivityClass.IRREGULAR);
    }

    @Test
    void minCyclesIsTheNumberOfConsistentCyclesNeeded() {
        double[] spikes = SpikeTrains.bursts(700, 3, 6, 50, 1500); // starts 700, 2200, 3700: two cycles
        assertThat(classifier.classify(spikes, spikes.length, spikes, spikes.length, 0, 4100, 2).activityClass())
                .isEqualTo(ActivityClass.BURSTING);
        assertThat(classifier.classify(spikes, spikes.length, spikes, spikes.length, 0, 4100, 3).activityClass())
                .isEqualTo(ActivityClass.IRREGULAR);
    }

    @Test
    void seededPoissonTrainIsIrregular() {
        assertThat(classify(SpikeTrains.poisson(42, 5, 5, 10_000), 0, 10_000).activityClass())
                .isEqualTo(ActivityClass.IRREGULAR);
    }

    @Test
    void poissonTrainsAreRarelyMistakenForPeriodic() {
        int irregular = 0;
        for (long seed = 0; seed < 200; seed++) {
            double[] t = SpikeTrains.poisson(seed, 5, 5, 10_000);
            if (classify(t, 0, 10_000).activityClass() == ActivityClass.IRREGULAR) {
                irregular++;
            }
        }
        assertThat(irregular).isGreaterThanOrEqualTo(180);
    }

    @Test
    void degenerateTrainsGetAClassWithoutThrowing() {
        assertThat(classify(new double[] {100}, 0, 1000).activityClass()).isEqualTo(ActivityClass.IRREGULAR);
        assertThat(classify(new double[] {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, 0, 10).activityClass())
                .isEqualTo(ActivityClass.IRREGULAR);
        assertThat(classify(SpikeTrains.regular(0, 100, 30), 5000, 1000).activityClass())
                .isEqualTo(ActivityClass.TONIC);
    }

    @Test
    void scratchBuffersGrowForLongTrains() {
        Classification c = classify(SpikeTrains.regular(0.5, 1, 5000), 0, 5000);
        assertThat(c.activityClass()).isEqualTo(ActivityClass.TONIC);
        Classification burst = classify(SpikeTrains.bursts(700, 200, 6, 50, 1500), 0, 300_500);
        assertThat(burst.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(burst.periodMs()).isCloseTo(1500, within(1e-9));
    }
}
