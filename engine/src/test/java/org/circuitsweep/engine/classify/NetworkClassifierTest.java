package org.circuitsweep.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.circuitsweep.engine.analysis.PyloricFeatures;
import org.circuitsweep.engine.classify.NetworkClassifier.CellActivity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each network rule on its own, and each network class reached by synthetic burst trains. The
 * pyloric trains repeat every 1500 ms from 1000 ms: AB/PD 580 ms bursts, LP 400 ms bursts from
 * 800 ms into the cycle, PY 530 ms bursts from 1140 ms (the features of PyloricFeaturesTest).
 */
class NetworkClassifierTest {

    private static final double PERIOD = 1500;

    private static CellActivity burster(double firstStart, double duration, double period, int count) {
        return new CellActivity(ActivityClass.BURSTING, period, 1,
                BurstTrains.periodic(firstStart, duration, period, count));
    }

    private static final CellActivity ABPD = burster(1000, 580, PERIOD, 6);
    private static final CellActivity LP = burster(1800, 400, PERIOD, 5);
    private static final CellActivity PY = burster(2140, 530, PERIOD, 5);

    private static NetworkClassifier.Result template(CellActivity abpd, CellActivity lp, CellActivity py) {
        return NetworkClassifier.classify(List.of(abpd, lp, py), true, PyloricRanges.P04_TABLE_1);
    }

    private static NetworkClassifier.Result generic(CellActivity... cells) {
        return NetworkClassifier.classify(List.of(cells), false, PyloricRanges.P04_TABLE_1);
    }

    @Nested
    class Classes {
        @Test
        void pyloric() {
            NetworkClassifier.Result r = template(ABPD, LP, PY);
            assertThat(r.networkClass()).isEqualTo(NetworkClass.PYLORIC);
            assertThat(r.cycles()).isEqualTo(5);
            double[] expected = PyloricFeatures.ofCycle(new PyloricFeatures.Cycle(0, 580, 800, 1200, 1140, 1670, 1500))
                    .toArray();
            double[] got = r.pyloric().toArray();
            for (int i = 0; i < got.length; i++) {
                assertThat(got[i]).as(PyloricFeatures.NAMES.get(i)).isCloseTo(expected[i], within(1e-9));
            }
        }

        @Test
        void pyloricLikeWhenAFeatureIsOutsideItsRange() {
            NetworkClassifier.Result r = template(ABPD, burster(1800, 100, PERIOD, 5), PY);
            assertThat(r.networkClass()).isEqualTo(NetworkClass.PYLORIC_LIKE);
            assertThat(r.pyloric().lpBurstMs()).isCloseTo(100, within(1e-9));
        }

        @Test
        void triphasicWrongOrderWhenPyLeadsLp() {
            NetworkClassifier.Result r = template(ABPD, burster(2140, 530, PERIOD, 5), burster(1800, 300, PERIOD, 5));
            assertThat(r.networkClass()).isEqualTo(NetworkClass.TRIPHASIC_WRONG_ORDER);
            assertThat(r.pyloric().applies()).isTrue();
        }

        @Test
        void nonTriphasicWhenLpBurstsTwicePerCycle() {
            NetworkClassifier.Result r = template(ABPD, burster(1800, 200, PERIOD / 2, 10), PY);
            assertThat(r.networkClass()).isEqualTo(NetworkClass.NON_TRIPHASIC);
            assertThat(r.pyloric().applies()).isFalse();
        }

        @Test
        void irregularWhenACellIsNotPeriodic() {
            CellActivity irregular = new CellActivity(ActivityClass.IRREGULAR, Double.NaN, 0, LP.bursts());
            assertThat(template(ABPD, irregular, PY).networkClass()).isEqualTo(NetworkClass.IRREGULAR);
        }

        @Test
        void irregularWhenPeriodsAreNotLocked() {
            assertThat(template(ABPD, burster(1800, 400, 1400, 5), PY).networkClass()).isEqualTo(NetworkClass.IRREGULAR);
        }

        @Test
        void silentWhenACellFiresNoSpike() {
            CellActivity silent = new CellActivity(ActivityClass.SILENT, Double.NaN, 0, BurstTrain.empty());
            NetworkClassifier.Result r = template(ABPD, LP, silent);
            assertThat(r.networkClass()).isEqualTo(NetworkClass.SILENT);
            assertThat(r.cycles()).isZero();
        }

        @Test
        void numericalFailureFirst() {
            CellActivity failed = new CellActivity(ActivityClass.NUMERICAL_FAILURE, Double.NaN, 0, BurstTrain.empty());
            CellActivity silent = new CellActivity(ActivityClass.SILENT, Double.NaN, 0, BurstTrain.empty());
            assertThat(template(failed, LP, silent).networkClass()).isEqualTo(NetworkClass.NUMERICAL_FAILURE);
        }

        @Test
        void genericAlternating() {
            NetworkClassifier.Result r = generic(burster(1000, 500, PERIOD, 6), burster(1700, 500, PERIOD, 5));
            assertThat(r.networkClass()).isEqualTo(NetworkClass.ALTERNATING);
            assertThat(r.pyloric().applies()).isFalse();
        }

        @Test
        void genericOverlapping() {
            assertThat(generic(burster(1000, 500, PERIOD, 6), burster(1300, 500, PERIOD, 5)).networkClass())
                    .isEqualTo(NetworkClass.OVERLAPPING);
        }

        @Test
        void genericLockedOther() {
            assertThat(generic(burster(1000, 500, PERIOD, 6), burster(1600, 100, PERIOD / 2, 10)).networkClass())
                    .isEqualTo(NetworkClass.LOCKED_OTHER);
        }

        @Test
        void otherCellNamesGetTheGenericClasses() {
            assertThat(generic(ABPD, LP, PY).networkClass()).isEqualTo(NetworkClass.OVERLAPPING);
            assertThat(generic(ABPD, LP, burster(2240, 200, PERIOD, 5)).networkClass())
                    .isEqualTo(NetworkClass.ALTERNATING);
        }
    }

    @Nested
    class Rules {
        @Test
        void templateIsRecognisedByCellNamesInOrder() {
            assertThat(NetworkClassifier.isPyloricTemplate(List.of("ABPD", "LP", "PY"))).isTrue();
            assertThat(NetworkClassifier.isPyloricTemplate(List.of("LP", "ABPD", "PY"))).isFalse();
            assertThat(NetworkClassifier.isPyloricTemplate(List.of("left", "right"))).isFalse();
        }

        @Test
        void failedAndSilent() {
            assertThat(NetworkClassifier.anyFailed(List.of(ActivityClass.TONIC, ActivityClass.NUMERICAL_FAILURE)))
                    .isTrue();
            assertThat(NetworkClassifier.anyFailed(List.of(ActivityClass.SILENT))).isFalse();
            assertThat(NetworkClassifier.anySilent(List.of(ActivityClass.BURSTING, ActivityClass.SILENT))).isTrue();
            assertThat(NetworkClassifier.anySilent(List.of(ActivityClass.BURSTING, ActivityClass.TONIC))).isFalse();
        }

        @Test
        void cyclesPerPeriodRoundTheLongestPeriodOverEach() {
            assertThat(NetworkClassifier.cyclesPerPeriod(new double[] {1500, 750, 500, 1490})).containsExactly(1, 2, 3, 1);
        }

        @Test
        void networkPeriodIsTheMeanOfTheEstimates() {
            assertThat(NetworkClassifier.networkPeriodMs(new double[] {1500, 750, 50})).isCloseTo(1500, within(1e-9));
            assertThat(NetworkClassifier.networkPeriodMs(new double[] {1500, 1507})).isCloseTo(1503.5, within(1e-9));
        }

        /** Estimates 1500 and 1515 deviate by 7.5 from their mean 1507.5: 0.4975 % passes, 1500 and 1516 fail. */
        @Test
        void periodDeviationMustStayBelowHalfAPercent() {
            assertThat(NetworkClassifier.networkPeriodMs(new double[] {1500, 1515})).isCloseTo(1507.5, within(1e-9));
            assertThat(NetworkClassifier.networkPeriodMs(new double[] {1500, 1516})).isNaN();
            assertThat(NetworkClassifier.networkPeriodMs(new double[] {1500, 1000})).isNaN();
        }

        @Test
        void aMissingPeriodIsNeverConsistent() {
            assertThat(NetworkClassifier.networkPeriodMs(new double[] {1500, Double.NaN})).isNaN();
            assertThat(NetworkClassifier.networkPeriodMs(new double[0])).isNaN();
        }

        @Test
        void periodicNeedsEveryCellTonicOrBursting() {
            double[] periods = {1500, 1500};
            assertThat(NetworkClassifier.periodic(List.of(ActivityClass.BURSTING, ActivityClass.TONIC), periods))
                    .isTrue();
            assertThat(NetworkClassifier.periodic(List.of(ActivityClass.BURSTING, ActivityClass.IRREGULAR), periods))
                    .isFalse();
        }

        @Test
        void oneToOneNeedsOneCyclePerPeriodOneBurstPerCycleAndOneBurstInEachCycle() {
            NetworkCycles cycles = NetworkCycles.of(List.of(ABPD.bursts(), LP.bursts()));
            assertThat(NetworkClassifier.oneToOne(new double[] {1500, 1500}, new int[] {1, 1}, cycles)).isTrue();
            assertThat(NetworkClassifier.oneToOne(new double[] {1500, 1500}, new int[] {1, 2}, cycles)).isFalse();
            assertThat(NetworkClassifier.oneToOne(new double[] {1500, 750}, new int[] {1, 1}, cycles)).isFalse();
            BurstTrain extra = BurstTrains.of(1800, 2000, 2100, 2200, 3300, 3500, 4800, 5000, 6300, 6500, 7800, 8000);
            NetworkCycles twoInOne = NetworkCycles.of(List.of(ABPD.bursts(), extra));
            assertThat(NetworkClassifier.oneToOne(new double[] {1500, 1500}, new int[] {1, 1}, twoInOne)).isFalse();
        }

        @Test
        void pyloricOrderAllowsTouchingBursts() {
            assertThat(NetworkClassifier.pyloricOrder(new PyloricFeatures.Cycle(0, 500, 500, 900, 900, 1400, 1500)))
                    .isTrue();
        }

        @Test
        void pyloricOrderFailsOnEachOfItsThreeConditions() {
            assertThat(NetworkClassifier.pyloricOrder(new PyloricFeatures.Cycle(0, 600, 500, 900, 1000, 1400, 1500)))
                    .as("LP starts before AB/PD ends").isFalse();
            assertThat(NetworkClassifier.pyloricOrder(new PyloricFeatures.Cycle(0, 500, 800, 900, 700, 1400, 1500)))
                    .as("PY starts before LP").isFalse();
            assertThat(NetworkClassifier.pyloricOrder(new PyloricFeatures.Cycle(0, 500, 600, 1200, 900, 1100, 1500)))
                    .as("PY ends before LP").isFalse();
        }

        @Test
        void alternatingNeedsEachBurstToEndBeforeTheNextStarts() {
            CellActivity a = burster(1000, 500, PERIOD, 6);
            NetworkCycles apart = NetworkCycles.of(List.of(a.bursts(), BurstTrains.periodic(1600, 800, PERIOD, 5)));
            NetworkCycles touching = NetworkCycles.of(List.of(a.bursts(), BurstTrains.periodic(1500, 500, PERIOD, 5)));
            NetworkCycles intoNextCycle = NetworkCycles.of(List.of(a.bursts(),
                    BurstTrains.periodic(1600, 950, PERIOD, 5)));
            assertThat(NetworkClassifier.alternating(apart, 0)).isTrue();
            assertThat(NetworkClassifier.alternating(touching, 0)).isFalse();
            assertThat(NetworkClassifier.alternating(intoNextCycle, 0)).isFalse();
        }
    }
}
