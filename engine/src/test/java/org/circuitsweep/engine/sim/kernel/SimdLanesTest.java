package org.circuitsweep.engine.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.model.Conductances;
import org.junit.jupiter.api.Test;

/**
 * The vector kernel must give, lane for lane, the scalar tabled kernel's bits: that makes SIMD a pure
 * speed option and lets the scalar kernel stand in for it anywhere.
 */
class SimdLanesTest {

    private static final double DT = 0.05;
    private static final int LANES = 4 * SimdLanes.vectorLength();

    /** Random P03 grid models, AB/PD 2 in lane 0. */
    private static Conductances[] variants(long seed) {
        double[] steps = {100, 2.5, 2, 10, 5, 25, 0.01, 0.01};
        SplittableRandom random = new SplittableRandom(seed);
        Conductances[] g = new Conductances[LANES];
        g[0] = new Conductances(100, 2.5, 6, 50, 5, 100, 0.01, 0);
        for (int lane = 1; lane < LANES; lane++) {
            double[] values = new double[steps.length];
            for (int c = 0; c < steps.length; c++) {
                values[c] = random.nextInt(6) * steps[c];
            }
            g[lane] = Conductances.of(values);
        }
        return g;
    }

    private static void load(LaneKernel kernel, Conductances[] g) {
        for (int lane = 0; lane < g.length; lane++) {
            kernel.reset(lane, g[lane]);
        }
    }

    @Test
    void everyLaneMatchesTheScalarKernelBitForBitOverTwoSimulatedSeconds() {
        Conductances[] g = variants(11);
        SimdLanes simd = new SimdLanes(DT, 20, LANES);
        TabledLanes scalar = new TabledLanes(DT, 20, LANES);
        load(simd, g);
        load(scalar, g);
        simd.setCurrent(3, 0.5);
        scalar.setCurrent(3, 0.5);
        for (int step = 0; step < 40_000; step++) {
            assertThat(simd.step()).isEqualTo(scalar.step());
            for (int lane = 0; lane < LANES; lane++) {
                if (Double.doubleToRawLongBits(simd.v(lane)) != Double.doubleToRawLongBits(scalar.v(lane))
                        || Double.doubleToRawLongBits(simd.ca(lane)) != Double.doubleToRawLongBits(scalar.ca(lane))) {
                    throw new AssertionError("lane " + lane + " differs at step " + step + ": V " + simd.v(lane)
                            + " vs " + scalar.v(lane) + ", Ca " + simd.ca(lane) + " vs " + scalar.ca(lane));
                }
            }
        }
    }

    @Test
    void aFailingLaneIsReportedAndResetWithoutTouchingTheOthers() {
        Conductances[] g = variants(12);
        SimdLanes withFailure = new SimdLanes(DT, 20, LANES);
        SimdLanes clean = new SimdLanes(DT, 20, LANES);
        load(withFailure, g);
        load(clean, g);
        for (int step = 0; step < 2_000; step++) {
            withFailure.step();
            clean.step();
        }
        int failing = 5;
        // 1e7 µA/cm² drives V past the ±1000 mV bound of a physical state within one step.
        withFailure.setCurrent(failing, 1e7);
        assertThat(withFailure.step()).isEqualTo(1L << failing);
        clean.step();
        assertThat(withFailure.v(failing)).isEqualTo(Prinz2003.V_INITIAL_MV);
        assertThat(withFailure.ca(failing)).isEqualTo(Prinz2003.CA_REST_UM);
        for (int step = 0; step < 2_000; step++) {
            long failed = withFailure.step();
            assertThat(failed & ~(1L << failing)).isZero();
            clean.step();
            for (int lane = 0; lane < LANES; lane++) {
                if (lane != failing) {
                    assertThat(withFailure.v(lane)).isEqualTo(clean.v(lane));
                }
            }
        }
    }

    @Test
    void laneCountMustFillWholeVectors() {
        assertThatThrownBy(() -> new SimdLanes(DT, 20, SimdLanes.vectorLength() + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of the vector length");
    }
}
