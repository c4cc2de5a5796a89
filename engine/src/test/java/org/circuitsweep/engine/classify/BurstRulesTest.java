package org.circuitsweep.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BurstRulesTest {

    private static final ClassifierThresholds TH = ClassifierThresholds.defaults();

    private static IntervalStats isi(double... times) {
        return BurstRules.intervalStats(times, times.length);
    }

    @Nested
    class IntervalRule {
        @Test
        void minMaxMeanOfSuccessiveDifferences() {
            assertThat(isi(0, 10, 30, 60)).isEqualTo(new IntervalStats(3, 10, 30, 20));
        }

        @Test
        void onlyThePrefixCounts() {
            assertThat(BurstRules.intervalStats(new double[] {0, 10, 30, 1000}, 3))
                    .isEqualTo(new IntervalStats(2, 10, 20, 15));
        }

        @Test
        void fewerThanTwoTimesHaveNoInterval() {
            assertThat(isi(5)).isEqualTo(IntervalStats.none());
            assertThat(isi().meanMs()).isNaN();
        }
    }

    @Nested
    class TonicRule {
        @Test
        void elevenRegularSpikesAreTonic() {
            assertThat(BurstRules.isTonic(isi(SpikeTrains.regular(0, 100, 11)), 11, TH)).isTrue();
        }

        @Test
        void tenSpikesAreTooFew() {
            assertThat(BurstRules.isTonic(isi(SpikeTrains.regular(0, 100, 10)), 10, TH)).isFalse();
        }

        @Test
        void spreadBelowFivePercentOfTheMeanPassesAndAboveFails() {
            double[] t = SpikeTrains.regular(0, 100, 12);
            t[11] = t[10] + 104; // spread 4 / 100.36 = 3.99 %
            assertThat(BurstRules.isTonic(isi(t), 12, TH)).isTrue();
            t[11] = t[10] + 106; // spread 6 / 100.55 = 5.97 %
            assertThat(BurstRules.isTonic(isi(t), 12, TH)).isFalse();
        }
    }

    @Nested
    class IbiThresholdRule {
        @Test
        void modulatedTonicWhenLargestImiIsBelowFiveSmallestIsis() {
            assertThat(BurstRules.isModulatedTonic(249, 50, TH)).isTrue();
            assertThat(BurstRules.isModulatedTonic(250, 50, TH)).isFalse();
        }

        @Test
        void modulatedTonicUses99PercentOfTheLargestIsi() {
            IntervalStats stats = isi(0, 50, 110, 165);
            assertThat(BurstRules.ibiThresholdMs(stats, 60, TH)).isCloseTo(0.99 * 60, within(1e-12));
        }

        @Test
        void aLongIsiAboveTwiceTheMeanGivesHalfTheLargestIsi() {
            // 5 ISIs of 20 ms and one of 300: mean 66.7, largest 300 > 133
            double[] t = SpikeTrains.bursts(0, 2, 6, 20, 400);
            IntervalStats stats = BurstRules.intervalStats(t, 7);
            assertThat(stats.maxMs()).isEqualTo(300);
            assertThat(BurstRules.ibiThresholdMs(stats, 300, TH)).isEqualTo(150);
        }

        @Test
        void otherwiseTheMeanIsi() {
            // doublets: ISIs alternate 20 and 200, mean 110, largest 200 < 220; largest IMI 200 >= 5 x 20
            double[] t = SpikeTrains.bursts(0, 4, 2, 20, 220);
            assertThat(BurstRules.ibiThresholdMs(BurstRules.intervalStats(t, 7), 200, TH))
                    .isCloseTo(110, within(1e-9));
        }

        @Test
        void neverAbove500Ms() {
            // regular burster: 5 ISIs of 50 ms, IBI 1250 ms: half the largest is 625
            double[] t = SpikeTrains.bursts(0, 3, 6, 50, 1500);
            assertThat(BurstRules.ibiThresholdMs(isi(t), 1250, TH)).isEqualTo(500);
            // mean branch above the cap: ISIs 200 and 1000 alternate, mean 600
            double[] slow = SpikeTrains.bursts(0, 4, 2, 200, 1200);
            assertThat(BurstRules.ibiThresholdMs(BurstRules.intervalStats(slow, 7), 1000, TH)).isEqualTo(500);
        }
    }

    @Nested
    class GroupingRule {
        @Test
        void anIsiAboveTheThresholdStartsABurst() {
            double[] t = {0, 10, 20, 500, 510, 1000};
            int[] first = new int[t.length];
            assertThat(BurstRules.groupBursts(t, t.length, 100, first)).isEqualTo(3);
            assertThat(first).startsWith(0, 3, 5);
        }

        @Test
        void anIsiEqualToTheThresholdStaysInTheBurst() {
            double[] t = {0, 100, 200};
            assertThat(BurstRules.groupBursts(t, 3, 100, new int[3])).isEqualTo(1);
        }

        @Test
        void noSpikesNoBursts() {
            assertThat(BurstRules.groupBursts(new double[0], 0, 100, new int[0])).isZero();
        }
    }

    @Nested
    class PeriodicityRule {
        @Test
        void regularStartsAreConsistentAllTheWayBack() {
            double[] s = SpikeTrains.regular(0, 1500, 6);
            assertThat(BurstRules.consistentCycles(s, 6, 1, 0.05)).isEqualTo(5);
            assertThat(BurstRules.periodicity(s, 6, 2, TH)).isEqualTo(new Periodicity(1, 5, 1500));
        }

        @Test
        void theWalkBackStopsAtTheFirstInconsistentCycle() {
            double[] s = {0, 700, 2200, 3700, 5200};
            assertThat(BurstRules.consistentCycles(s, 5, 1, 0.05)).isEqualTo(3);
            assertThat(BurstRules.periodicity(s, 5, 2, TH).periodMs()).isEqualTo(1500);
        }

        @Test
        void toleranceIsFivePercentOfTheMeanOfTwoCycles() {
            assertThat(BurstRules.consistentCycles(new double[] {0, 1000, 2049}, 3, 1, 0.05)).isEqualTo(2);
            assertThat(BurstRules.consistentCycles(new double[] {0, 1000, 2060}, 3, 1, 0.05)).isEqualTo(1);
        }

        @Test
        void alternatingIntervalsAreTwoBurstsPerCycle() {
            double[] s = SpikeTrains.bursts(0, 7, 1, 0, 600, 900);
            assertThat(BurstRules.consistentCycles(s, 7, 1, 0.05)).isEqualTo(1);
            assertThat(BurstRules.periodicity(s, 7, 2, TH))
                    .isEqualTo(new Periodicity(2, 3, 1500));
        }

        @Test
        void threeBurstsPerCycle() {
            double[] s = SpikeTrains.bursts(0, 10, 1, 0, 300, 500, 700);
            assertThat(BurstRules.periodicity(s, 10, 2, TH))
                    .isEqualTo(new Periodicity(3, 3, 1500));
        }

        @Test
        void theSmallestConsistentCandidateWins() {
            double[] s = SpikeTrains.regular(0, 1000, 9);
            assertThat(BurstRules.consistentCycles(s, 9, 2, 0.05)).isEqualTo(4);
            assertThat(BurstRules.periodicity(s, 9, 2, TH).burstsPerCycle()).isEqualTo(1);
        }

        @Test
        void equalCycleLengthsWithAMovingInnerBurstAreNotPeriodic() {
            // starts 0, 200 | 1500, 2500 | 3000: non-overlapping pairs both last 1500, but the inner burst moves
            double[] s = {0, 200, 1500, 2500, 3000};
            assertThat(BurstRules.periodicity(s, 5, 2, TH).isPeriodic()).isFalse();
        }

        @Test
        void needsMinCyclesCycles() {
            double[] s = SpikeTrains.regular(0, 1500, 3);
            assertThat(BurstRules.periodicity(s, 3, 2, TH).cycles()).isEqualTo(2);
            assertThat(BurstRules.periodicity(s, 3, 3, TH).isPeriodic()).isFalse();
            assertThat(BurstRules.periodicity(s, 2, 2, TH).isPeriodic()).isFalse();
            assertThat(BurstRules.periodicity(s, 0, 2, TH).isPeriodic()).isFalse();
        }
    }

    @Test
    void activityMustLastToTheWindowEnd() {
        assertThat(BurstRules.persistsToEnd(1000, 100, 1149, TH)).isTrue();
        assertThat(BurstRules.persistsToEnd(1000, 100, 1150, TH)).isFalse();
    }

    @Test
    void countInRangeIncludesBothEnds() {
        double[] t = {0, 10, 20, 30, 40, 999};
        assertThat(BurstRules.countInRange(t, 5, 10, 30)).isEqualTo(3);
        assertThat(BurstRules.countInRange(t, 5, 11, 29)).isEqualTo(1);
        assertThat(BurstRules.countInRange(t, 5, 41, 1000)).isZero();
        assertThat(BurstRules.countInRange(t, 0, 0, 1000)).isZero();
    }
}
