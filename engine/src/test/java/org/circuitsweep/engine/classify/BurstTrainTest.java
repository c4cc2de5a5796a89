package org.circuitsweep.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BurstTrainTest {

    /** Three bursts of 4 spikes 20 ms apart, starting at 1000, 2000, 3000 ms. */
    private static final double[] SPIKES = SpikeTrains.bursts(1000, 3, 4, 20, 1000);

    @Test
    void groupsSpikesWithTheThresholdFirstToLastSpike() {
        BurstTrain b = BurstTrain.group(SPIKES, SPIKES.length, 100, 0, 5000);
        assertThat(b.starts()).containsExactly(1000, 2000, 3000);
        assertThat(b.ends()).containsExactly(1060, 2060, 3060);
        assertThat(b.firstCut()).isFalse();
        assertThat(b.lastCut()).isFalse();
    }

    @Test
    void firstBurstIsCutWhenTheCellMayHaveSpikedJustBefore() {
        assertThat(BurstTrain.group(SPIKES, SPIKES.length, 100, 950, 5000).firstCut()).isTrue();
        assertThat(BurstTrain.group(SPIKES, SPIKES.length, 100, 899, 5000).firstCut()).isFalse();
    }

    @Test
    void lastBurstIsCutWhenTheWindowEndsWithinOneThresholdOfItsLastSpike() {
        assertThat(BurstTrain.group(SPIKES, SPIKES.length, 100, 0, 3160).lastCut()).isTrue();
        assertThat(BurstTrain.group(SPIKES, SPIKES.length, 100, 0, 3161).lastCut()).isFalse();
    }

    @Test
    void onlyThePrefixIsGrouped() {
        BurstTrain b = BurstTrain.group(SPIKES, 6, 100, 0, 5000);
        assertThat(b.starts()).containsExactly(1000, 2000);
        assertThat(b.ends()).containsExactly(1060, 2020);
    }

    @Test
    void noSpikeNoBurst() {
        assertThat(BurstTrain.group(new double[0], 0, Double.NaN, 0, 5000)).isEqualTo(BurstTrain.empty());
    }

    /** One spike: no ISI, so no threshold; the spike is one burst the window may have cut at both ends. */
    @Test
    void aSingleSpikeIsOneBurstCutAtBothEnds() {
        BurstTrain b = BurstTrain.group(new double[] {1234}, 1, Double.NaN, 0, 5000);
        assertThat(b.starts()).containsExactly(1234);
        assertThat(b.firstCut()).isTrue();
        assertThat(b.lastCut()).isTrue();
    }

    @Test
    void findsTheFirstBurstStartingAtOrAfterATime() {
        BurstTrain b = BurstTrain.group(SPIKES, SPIKES.length, 100, 0, 5000);
        assertThat(b.firstStartingAtOrAfter(0)).isZero();
        assertThat(b.firstStartingAtOrAfter(2000)).isEqualTo(1);
        assertThat(b.firstStartingAtOrAfter(2000.5)).isEqualTo(2);
        assertThat(b.firstStartingAtOrAfter(4000)).isEqualTo(3);
    }

    @Test
    void refusesOverlappingOrReversedBursts() {
        assertThatThrownBy(() -> new BurstTrain(new double[] {0, 50}, new double[] {60, 70}, false, false))
                .hasMessageContaining("non-overlapping");
        assertThatThrownBy(() -> new BurstTrain(new double[] {10}, new double[] {0}, false, false))
                .hasMessageContaining("start <= end");
        assertThatThrownBy(() -> new BurstTrain(new double[0], new double[0], true, false))
                .hasMessageContaining("firstCut");
    }

    @Test
    void isAValue() {
        BurstTrain a = BurstTrain.group(SPIKES, SPIKES.length, 100, 0, 5000);
        BurstTrain b = BurstTrain.group(SPIKES.clone(), SPIKES.length, 100, 0, 5000);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        a.starts()[0] = -1;
        assertThat(a.start(0)).isEqualTo(1000);
    }
}
