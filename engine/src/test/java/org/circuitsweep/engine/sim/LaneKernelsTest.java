package org.circuitsweep.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sim.kernel.LaneKernel;
import org.circuitsweep.engine.sim.kernel.SimdLanes;
import org.circuitsweep.engine.sim.kernel.TabledLanes;
import org.junit.jupiter.api.Test;

class LaneKernelsTest {

    private static final Conductances ABPD2 = new Conductances(100, 2.5, 6, 50, 5, 100, 0.01, 0);

    @Test
    void eachSettingGetsItsKernelAndSimdFallsBackToTheScalarTabledKernelForPartialVectors() {
        assertThat(LaneKernels.create(Kernel.EXACT, 0.05, UpdateOrder.GATES_FIRST, 16)).isInstanceOf(ExactLanes.class);
        assertThat(LaneKernels.create(Kernel.TABLED, 0.05, UpdateOrder.GATES_FIRST, 16)).isInstanceOf(TabledLanes.class);
        // The test JVM runs with the vector module (surefire argLine) on an x86 with AVX2 or better.
        assertThat(LaneKernels.simdAvailable()).isTrue();
        assertThat(LaneKernels.create(Kernel.SIMD, 0.05, UpdateOrder.GATES_FIRST, 16)).isInstanceOf(SimdLanes.class);
        assertThat(LaneKernels.create(Kernel.SIMD, 0.05, UpdateOrder.GATES_FIRST, 1)).isInstanceOf(TabledLanes.class);
    }

    @Test
    void onlyTheExactKernelHasTheSimultaneousOrder() {
        assertThat(LaneKernels.create(Kernel.EXACT, 0.05, UpdateOrder.SIMULTANEOUS, 1)).isInstanceOf(ExactLanes.class);
        assertThatThrownBy(() -> LaneKernels.create(Kernel.TABLED, 0.05, UpdateOrder.SIMULTANEOUS, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs kernel exact");
    }

    /**
     * The tabled trajectory follows the exact one: AB/PD 2 from rest up to its first spike within the
     * tables' interpolation error, and the first spike peaks in the same step. (The difference then
     * grows during spikes, where V moves by up to 5 mV per step.)
     */
    @Test
    void tabledTrajectoryFollowsTheExactOneUpToTheFirstSpike() {
        LaneKernel exact = LaneKernels.create(Kernel.EXACT, 0.05, UpdateOrder.GATES_FIRST, 1);
        LaneKernel tabled = LaneKernels.create(Kernel.TABLED, 0.05, UpdateOrder.GATES_FIRST, 1);
        exact.reset(0, ABPD2);
        tabled.reset(0, ABPD2);
        int step = 0;
        for (; exact.v(0) < -40.0; step++) {
            exact.step();
            tabled.step();
            assertThat(tabled.v(0)).as("V at step %d", step).isCloseTo(exact.v(0), within(1e-3));
            assertThat(tabled.ca(0)).as("Ca at step %d", step).isCloseTo(exact.ca(0), within(1e-4 * exact.ca(0)));
        }
        assertThat(step).as("steps to the first spike").isBetween(100, 10_000);
        assertThat(peakStep(tabled)).isEqualTo(peakStep(exact));
    }

    /** Steps until V stops rising. */
    private static int peakStep(LaneKernel kernel) {
        int steps = 0;
        double previous;
        do {
            previous = kernel.v(0);
            kernel.step();
            steps++;
        } while (kernel.v(0) > previous);
        return steps;
    }

    @Test
    void exactLanesAreIndependentCellsThatResetOnFailure() {
        LaneKernel lanes = LaneKernels.create(Kernel.EXACT, 0.05, UpdateOrder.GATES_FIRST, 3);
        LaneKernel single = LaneKernels.create(Kernel.EXACT, 0.05, UpdateOrder.GATES_FIRST, 1);
        lanes.reset(0, Conductances.of(0, 0, 0, 0, 0, 0, 0, 0));
        lanes.reset(1, ABPD2);
        lanes.reset(2, ABPD2);
        single.reset(0, ABPD2);
        lanes.setCurrent(0, 1e7);
        assertThat(lanes.step()).isEqualTo(1L);
        single.step();
        assertThat(lanes.v(0)).isEqualTo(-50.0);
        assertThat(lanes.v(1)).isEqualTo(single.v(0));
        assertThat(lanes.lanes()).isEqualTo(3);
    }
}
