package org.circuitsweep.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NetworkCyclesTest {

    /** Reference bursts at 1000, 2500, 4000, 5500, 7000 (period 1500, 500 ms long). */
    private static final BurstTrain REFERENCE = BurstTrains.periodic(1000, 500, 1500, 5);

    @Test
    void cyclesRunFromOneReferenceStartToTheNext() {
        NetworkCycles c = NetworkCycles.of(List.of(REFERENCE));
        assertThat(c.cycleCount()).isEqualTo(4);
        assertThat(c.cycleStart(0)).isEqualTo(1000);
        assertThat(c.cycleEnd(0)).isEqualTo(2500);
        assertThat(c.cycleEnd(3)).isEqualTo(7000);
        assertThat(c.burstStart(2, 0)).isEqualTo(4000);
        assertThat(c.burstEnd(2, 0)).isEqualTo(4500);
    }

    @Test
    void eachBurstBelongsToTheCycleItStartsIn() {
        BurstTrain other = BurstTrains.of(1700, 2600, 3200, 3400, 3600, 3700, 4000, 4100);
        NetworkCycles c = NetworkCycles.of(List.of(REFERENCE, other));
        assertThat(c.burstCount(0, 1)).isEqualTo(1);
        assertThat(c.burstEnd(0, 1)).isEqualTo(2600);
        assertThat(c.burstCount(1, 1)).isEqualTo(2);
        assertThat(c.burstStart(1, 1)).isEqualTo(3200);
        assertThat(c.burstCount(2, 1)).isEqualTo(1);
        assertThat(c.burstStart(2, 1)).isEqualTo(4000);
        assertThat(c.burstCount(3, 1)).isZero();
        assertThat(c.burstStart(3, 1)).isNaN();
    }

    @Test
    void aCutFirstReferenceBurstStartsNoCycle() {
        BurstTrain cut = BurstTrains.periodic(1000, 500, 1500, 5, true, false);
        NetworkCycles c = NetworkCycles.of(List.of(cut));
        assertThat(c.cycleCount()).isEqualTo(3);
        assertThat(c.cycleStart(0)).isEqualTo(2500);
    }

    @Test
    void aCutLastReferenceBurstStillEndsTheLastCycle() {
        BurstTrain cut = BurstTrains.periodic(1000, 500, 1500, 5, false, true);
        assertThat(NetworkCycles.of(List.of(cut)).cycleEnd(3)).isEqualTo(7000);
    }

    /** A cut burst seen at 1200 may have begun before 1000: the cycle from 1000 is left out, not the one from 2500. */
    @Test
    void aCellsCutFirstBurstExcludesTheCyclesItMayBelongTo() {
        BurstTrain other = BurstTrains.periodic(1200, 300, 1500, 4, true, false);
        NetworkCycles c = NetworkCycles.of(List.of(REFERENCE, other));
        assertThat(c.cycleCount()).isEqualTo(3);
        assertThat(c.cycleStart(0)).isEqualTo(2500);
        assertThat(c.burstStart(0, 1)).isEqualTo(2700);
    }

    /** A burst still going on at the window end, starting at 6200, has an unknown end: the cycle [5500, 7000) is out. */
    @Test
    void aCellsCutLastBurstExcludesTheCycleItStartsIn() {
        BurstTrain other = BurstTrains.periodic(1700, 300, 1500, 4, false, true);
        NetworkCycles c = NetworkCycles.of(List.of(REFERENCE, other));
        assertThat(c.cycleCount()).isEqualTo(3);
        assertThat(c.cycleEnd(2)).isEqualTo(5500);
    }

    @Test
    void fewerThanTwoReferenceBurstsGiveNoCycle() {
        assertThat(NetworkCycles.of(List.of(BurstTrains.of(1000, 1500))).cycleCount()).isZero();
        assertThat(NetworkCycles.of(List.of(BurstTrain.empty(), REFERENCE)).cycleCount()).isZero();
    }

    @Test
    void analysableRule() {
        BurstTrain cutBoth = BurstTrains.periodic(1200, 300, 1500, 4, true, true);
        assertThat(NetworkCycles.analysable(cutBoth, 1200, 5000)).isFalse();
        assertThat(NetworkCycles.analysable(cutBoth, 1201, 5800)).isFalse();
        assertThat(NetworkCycles.analysable(cutBoth, 1201, 5700)).isTrue();
        assertThat(NetworkCycles.analysable(BurstTrain.empty(), 0, 1)).isTrue();
    }
}
