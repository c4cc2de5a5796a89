package org.circuitsweep.engine.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The kernels' own exp and ln against java.lang.Math. */
class KernelMathTest {

    @Test
    void expIsAccurateToAFewUlpsOverTheRangeTheKernelsUse() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            double x = -random.nextDouble() * (i % 2 == 0 ? 1.0 : 700.0);
            double expected = Math.exp(x);
            assertThat(KernelMath.expNonPositive(x)).as("exp(%s)", x).isCloseTo(expected, within(4 * Math.ulp(expected)));
        }
    }

    @Test
    void expIsExactAtZeroAndTinyButPositiveFarBelow() {
        assertThat(KernelMath.expNonPositive(0.0)).isEqualTo(1.0);
        assertThat(KernelMath.expNonPositive(-0.0)).isEqualTo(1.0);
        assertThat(KernelMath.expNonPositive(-Math.log(2) * 10)).isCloseTo(1.0 / 1024, within(1e-18));
        assertThat(KernelMath.expNonPositive(-1e6)).isPositive().isLessThan(1e-300);
        assertThat(KernelMath.expNonPositive(Double.NEGATIVE_INFINITY)).isPositive().isLessThan(1e-300);
    }

    @Test
    void lnIsAccurateToAFewUlpsFromBelowRestingCalciumToMolar() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 200_000; i++) {
            double x = Math.pow(10, -4 + 10 * random.nextDouble());
            double expected = Math.log(x);
            double tolerance = 4 * Math.ulp(Math.max(Math.abs(expected), 1.0));
            assertThat(KernelMath.ln(x)).as("ln(%s)", x).isCloseTo(expected, within(tolerance));
        }
    }

    @Test
    void lnIsExactAtOneAndPowersOfTwoAndFiniteForNonPositiveInput() {
        assertThat(KernelMath.ln(1.0)).isZero();
        assertThat(KernelMath.ln(1024.0)).isCloseTo(10 * Math.log(2), within(1e-14));
        assertThat(KernelMath.ln(Math.sqrt(2))).isCloseTo(0.5 * Math.log(2), within(1e-15));
        assertThat(KernelMath.ln(0.0)).isFinite().isLessThan(-700);
        assertThat(KernelMath.ln(-1.0)).isFinite();
    }
}
