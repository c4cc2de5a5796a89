package org.circuitsweep.engine.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.junit.jupiter.api.Test;

/**
 * The tabled kernels at other temperatures: the vector kernel still gives the scalar kernel's bits
 * lane for lane, the reference temperature gives the unscaled bits, and the gate table at a rate
 * factor φ is the table of the step dt·φ.
 */
class ThermalKernelsTest {

    private static final double DT = 0.05;
    private static final int LANES = 4 * SimdLanes.vectorLength();
    private static final String[] NEURONS = {"ABPD1", "ABPD2", "LP1", "LP4", "PY1", "PY5"};

    private static void load(LaneKernel kernel) {
        for (int lane = 0; lane < kernel.lanes(); lane++) {
            Conductances g = Prinz2004Pyloric.neuron(NEURONS[lane % NEURONS.length]);
            kernel.reset(lane, g);
            kernel.setCurrent(lane, lane % 3 == 0 ? 0.5 * lane : 0.0);
        }
    }

    private static void assertSameBits(LaneKernel a, LaneKernel b, int steps) {
        for (int step = 0; step < steps; step++) {
            assertThat(a.step()).isEqualTo(b.step());
            for (int lane = 0; lane < a.lanes(); lane++) {
                if (Double.doubleToRawLongBits(a.v(lane)) != Double.doubleToRawLongBits(b.v(lane))
                        || Double.doubleToRawLongBits(a.ca(lane)) != Double.doubleToRawLongBits(b.ca(lane))) {
                    throw new AssertionError("lane " + lane + " differs at step " + step + ": V " + a.v(lane) + " vs "
                            + b.v(lane));
                }
            }
        }
    }

    @Test
    void atTwentyOneDegreesTheVectorKernelStillMatchesTheScalarOneBitForBit() {
        ThermalFactors warm = ThermalFactors.at(21);
        SimdLanes simd = new SimdLanes(DT, 20, LANES, warm);
        TabledLanes scalar = new TabledLanes(DT, 20, LANES, warm);
        load(simd);
        load(scalar);
        assertSameBits(simd, scalar, 20_000);
    }

    @Test
    void atTheReferenceTemperatureBothTabledKernelsGiveTheUnscaledBits() {
        ThermalFactors ten = ThermalFactors.at(10.0);
        SimdLanes simd = new SimdLanes(DT, 20, LANES, ten);
        SimdLanes unscaledSimd = new SimdLanes(DT, 20, LANES);
        load(simd);
        load(unscaledSimd);
        assertSameBits(simd, unscaledSimd, 20_000);
        TabledLanes scalar = new TabledLanes(DT, 20, 3, ten);
        TabledLanes unscaled = new TabledLanes(DT, 20, 3);
        load(scalar);
        load(unscaled);
        assertSameBits(scalar, unscaled, 20_000);
    }

    @Test
    void theDecaysOfAWarmTableAreThoseOfTheScaledStep() {
        ThermalFactors warm = ThermalFactors.at(25);
        GateTable table = new GateTable(DT, 20, warm);
        GateTable reference = new GateTable(DT, 20);
        int na = GateTable.C_NA;
        GateTable longStep = new GateTable(DT * warm.activationRate(na), 20);
        for (int k = 0; k < table.rows; k += 97) {
            int at = k * GateTable.ROW;
            assertThat(table.data[at + GateTable.DECAY + GateTable.NA_M])
                    .isEqualTo(longStep.data[at + GateTable.DECAY + GateTable.NA_M]);
            assertThat(table.data[at + GateTable.INF + GateTable.NA_M])
                    .as("steady states do not depend on temperature")
                    .isEqualTo(reference.data[at + GateTable.INF + GateTable.NA_M]);
            if (reference.data[at + GateTable.DECAY + GateTable.H_M] < 1.0) {
                assertThat(table.data[at + GateTable.DECAY + GateTable.H_M])
                        .isLessThan(reference.data[at + GateTable.DECAY + GateTable.H_M]);
            }
        }
    }
}
