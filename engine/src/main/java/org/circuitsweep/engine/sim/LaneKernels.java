package org.circuitsweep.engine.sim;

import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.sim.kernel.LaneKernel;
import org.circuitsweep.engine.sim.kernel.SimdLanes;
import org.circuitsweep.engine.sim.kernel.TabledLanes;

/** Builds the {@link LaneKernel} that serves a {@link Kernel} setting. */
public final class LaneKernels {

    /**
     * Grid points per mV of the tabled kernels' rate tables: 0.05 mV, interpolation error ≤ 1e-6 in any
     * x_inf or decay. Finer tables agreed hardly better with the exact kernel (1,000 models: same class
     * 99.5 % at 0.05 mV, 99.8 % at 0.01 and 0.001 mV; periods within 0.5 % 92.1 %, 92.5 %, 93.6 %) and
     * cost time: at 0.01 mV the 11.5-MB table leaves the caches and a step takes twice as long.
     */
    static final int TABLE_POINTS_PER_MV = 20;

    /** Lanes of a batch: four 4-lane vectors per phase, enough for the CPU to overlap their dependency chains. */
    public static final int BATCH_LANES = 16;

    private static final boolean VECTOR_MODULE =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private LaneKernels() {
    }

    /** The kernel that serves a setting, GATES_FIRST order (see {@link #create(Kernel, double, UpdateOrder, int)}). */
    public static LaneKernel create(Kernel kernel, double dtMs, int lanes) {
        return create(kernel, dtMs, UpdateOrder.GATES_FIRST, lanes);
    }

    /**
     * @param lanes 1 for a single-neuron run, {@link #BATCH_LANES} for a batch; a SIMD kernel needs a
     *              multiple of its vector length and otherwise gets the scalar tabled kernel, which
     *              gives the same bits
     */
    static LaneKernel create(Kernel kernel, double dtMs, UpdateOrder order, int lanes) {
        return create(kernel, dtMs, order, lanes, ThermalFactors.REFERENCE);
    }

    /** The kernel that serves a setting at the temperature of {@code thermal}, GATES_FIRST order. */
    public static LaneKernel create(Kernel kernel, double dtMs, int lanes, ThermalFactors thermal) {
        return create(kernel, dtMs, UpdateOrder.GATES_FIRST, lanes, thermal);
    }

    /**
     * As {@link #create(Kernel, double, UpdateOrder, int)}, at the temperature of {@code thermal}: the
     * tabled kernels build their decay tables for the scaled rates (GateTable).
     */
    static LaneKernel create(Kernel kernel, double dtMs, UpdateOrder order, int lanes, ThermalFactors thermal) {
        if (order != UpdateOrder.GATES_FIRST && kernel != Kernel.EXACT) {
            throw new IllegalArgumentException("update order " + order + " needs kernel " + Kernel.EXACT.label()
                    + ": the tabled kernels implement " + UpdateOrder.GATES_FIRST + " only");
        }
        return switch (kernel) {
            case EXACT -> new ExactLanes(dtMs, order, lanes, thermal);
            case TABLED -> new TabledLanes(dtMs, TABLE_POINTS_PER_MV, lanes, thermal);
            case SIMD -> simdAvailable() && lanes % SimdLanes.vectorLength() == 0
                    ? new SimdLanes(dtMs, TABLE_POINTS_PER_MV, lanes, thermal)
                    : new TabledLanes(dtMs, TABLE_POINTS_PER_MV, lanes, thermal);
        };
    }

    /** Whether this JVM runs {@link SimdLanes} with intrinsics (without them every vector operation allocates). */
    public static boolean simdAvailable() {
        return VECTOR_MODULE && SimdLanes.isAccelerated();
    }
}
