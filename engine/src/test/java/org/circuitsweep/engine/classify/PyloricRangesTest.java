package org.circuitsweep.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.circuitsweep.engine.analysis.PyloricFeatures;
import org.junit.jupiter.api.Test;

class PyloricRangesTest {

    private static final PyloricRanges P04 = PyloricRanges.P04_TABLE_1;

    /** The ranges printed in the sheet (§5.5), which differ from mean ± 2 SD by rounding only. */
    private static final double[] PRINTED_LOW = {952, 317, 172, 230, 4, -181, 464, 709, 0.305, 0.146, 0.240, 0.018,
        -0.108, 0.426, 0.638};
    private static final double[] PRINTED_HIGH = {2067, 847, 625, 830, 439, 59, 1142, 1572, 0.464, 0.383, 0.456, 0.278,
        0.029, 0.640, 0.877};

    @Test
    void boundsAreMeanPlusMinusTwoSd() {
        assertThat(P04.lower().periodMs()).isEqualTo(1509 - 2 * 279);
        assertThat(P04.upper().gapLpPyMs()).isEqualTo(-61 + 2 * 60);
        assertThat(P04.sdCount()).isEqualTo(2.0);
        assertThat(P04.source()).contains("Table 1");
    }

    @Test
    void boundsAgreeWithThePrintedRangesToRounding() {
        double[] lo = P04.lower().toArray();
        double[] hi = P04.upper().toArray();
        for (int i = 0; i < lo.length; i++) {
            double tolerance = Math.abs(PRINTED_HIGH[i]) > 2 ? 1.0 : 0.001;
            assertThat(lo[i]).as(PyloricFeatures.NAMES.get(i)).isCloseTo(PRINTED_LOW[i], within(tolerance + 1e-9));
            assertThat(hi[i]).as(PyloricFeatures.NAMES.get(i)).isCloseTo(PRINTED_HIGH[i], within(tolerance + 1e-9));
        }
    }

    @Test
    void theMeansLieInsideAndTheBoundsAreIncluded() {
        assertThat(P04.contains(P04.mean())).isTrue();
        assertThat(P04.contains(P04.lower())).isTrue();
        assertThat(P04.contains(P04.upper())).isTrue();
    }

    @Test
    void namesEachFeatureOutside() {
        double[] v = P04.mean().toArray();
        v[2] = 100;      // LP burst below 172
        v[14] = 0.9;     // PY start phase above 0.877
        PyloricFeatures f = PyloricFeatures.fromArray(v);
        assertThat(P04.outside(f)).containsExactly("lpBurstMs", "pyStartPhase");
        assertThat(P04.contains(f)).isFalse();
    }

    @Test
    void nanIsOutside() {
        assertThat(P04.contains(PyloricFeatures.notApplicable())).isFalse();
        assertThat(P04.outside(PyloricFeatures.notApplicable())).hasSize(15);
    }

    @Test
    void refusesNegativeSdAndNonPositiveSdCount() {
        double[] sd = P04.sd().toArray();
        sd[0] = -1;
        assertThatThrownBy(() -> new PyloricRanges(P04.mean(), PyloricFeatures.fromArray(sd), 2, "x"))
                .hasMessageContaining("periodMs");
        assertThatThrownBy(() -> new PyloricRanges(P04.mean(), P04.sd(), 0, "x")).hasMessageContaining("sdCount");
    }
}
