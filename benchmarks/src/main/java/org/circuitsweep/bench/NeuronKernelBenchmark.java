package org.circuitsweep.bench;

import java.util.concurrent.TimeUnit;

import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sim.Kernel;
import org.circuitsweep.engine.sim.KernelAgreement;
import org.circuitsweep.engine.sim.LaneKernels;
import org.circuitsweep.engine.sim.kernel.LaneKernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: how many nanoseconds does each kernel (exact, tabled scalar, SIMD) spend per neuron-step
 * at dt = 0.05 ms when it advances many variants at once, without feature extraction? The score is
 * ns per neuron-step; µs of CPU per simulated ms = score × 0.02. One operation advances 16 lanes by
 * 1,000 steps (50 ms) and continues from the state the previous one left. Secondary results
 * {@code cpuNs} / {@code neuronSteps} give CPU time per neuron-step ({@link CpuClock}).
 *
 * <ul>
 *   <li>{@code abpd2}: AB/PD 2 (a burster) in every lane, started 62.5 ms apart so that the lanes sit
 *       at different phases of the cycle, as different variants would;</li>
 *   <li>{@code p03-mix}: 16 random P03 grid models (silent, tonic, bursting and irregular cells).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@OperationsPerInvocation(NeuronKernelBenchmark.NEURON_STEPS)
public class NeuronKernelBenchmark {

    static final double DT_MS = 0.05;
    static final int LANES = LaneKernels.BATCH_LANES;
    static final int STEPS = 1000;
    static final int NEURON_STEPS = LANES * STEPS;
    static final Conductances ABPD2 = new Conductances(100, 2.5, 6, 50, 5, 100, 0.01, 0);
    /**
     * Kernel steps run before JMH's own warm-up: the Vector API is about a hundred times slower until C2
     * has compiled it (after some 15,000 steps), and on a shared machine JMH's timed warm-up may give
     * the thread too little CPU to get there.
     */
    static final int WARM_UP_STEPS = 40_000;

    @Param({"exact", "tabled", "simd"})
    public String kernel;

    @Param({"abpd2", "p03-mix"})
    public String models;

    private LaneKernel lanes;

    @Setup
    public void setUp() {
        lanes = LaneKernels.create(Kernel.fromLabel(kernel), DT_MS, LANES);
        Conductances[] variants = variants(models);
        int stagger = "abpd2".equals(models) ? 1250 : 0;
        for (int lane = 0; lane < LANES; lane++) {
            lanes.reset(lane, variants[lane]);
            for (int step = 0; step < stagger; step++) {
                lanes.step();
            }
        }
        for (int step = 0; step < WARM_UP_STEPS; step++) {
            lanes.step();
        }
    }

    static Conductances[] variants(String models) {
        if ("abpd2".equals(models)) {
            Conductances[] same = new Conductances[LANES];
            java.util.Arrays.fill(same, ABPD2);
            return same;
        }
        if ("p03-mix".equals(models)) {
            return KernelAgreement.randomP03GridModels(1, LANES);
        }
        throw new IllegalArgumentException("models: unknown '" + models + "'; allowed: abpd2, p03-mix");
    }

    @Benchmark
    public double advance(CpuClock clock) {
        clock.start();
        long failed = 0;
        for (int step = 0; step < STEPS; step++) {
            failed |= lanes.step();
        }
        clock.stop(NEURON_STEPS);
        return lanes.v(0) + failed;
    }
}
