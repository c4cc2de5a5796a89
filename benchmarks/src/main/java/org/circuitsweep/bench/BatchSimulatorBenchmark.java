package org.circuitsweep.bench;

import java.util.concurrent.TimeUnit;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sim.Kernel;
import org.circuitsweep.engine.sim.NeuronBatchSimulator;
import org.circuitsweep.engine.sim.SimulationSettings;
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
 * Question: what does a sweep pay per neuron-step end to end — kernel, one ActivityRecorder per lane
 * and the protocol bookkeeping of {@link NeuronBatchSimulator} — with each kernel? One operation
 * simulates 16 variants for 1 s (0.5 s transient, 0.5 s analysed, dt 0.05 ms, no adaptive stop) from
 * the database initial state, so the score is ns per neuron-step; µs of CPU per simulated ms = score
 * × 0.02. Models as in {@link NeuronKernelBenchmark}, except that AB/PD 2 lanes all start together;
 * secondary results {@code cpuNs} / {@code neuronSteps} give CPU time per neuron-step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@OperationsPerInvocation(BatchSimulatorBenchmark.NEURON_STEPS)
public class BatchSimulatorBenchmark {

    static final int VARIANTS = NeuronKernelBenchmark.LANES;
    static final double DURATION_MS = 1000;
    static final int NEURON_STEPS = (int) (VARIANTS * DURATION_MS / NeuronKernelBenchmark.DT_MS);

    @Param({"exact", "tabled", "simd"})
    public String kernel;

    @Param({"abpd2", "p03-mix"})
    public String models;

    private NeuronBatchSimulator simulator;
    private Conductances[] variants;
    private NeuronFeatures[] out;

    @Setup
    public void setUp() {
        SimulationSettings settings = SimulationSettings.DEFAULTS.withDt(NeuronKernelBenchmark.DT_MS)
                .withDurations(DURATION_MS, DURATION_MS / 2).withKernel(Kernel.fromLabel(kernel));
        simulator = new NeuronBatchSimulator(settings, ClassifierThresholds.defaults());
        variants = NeuronKernelBenchmark.variants(models);
        out = new NeuronFeatures[VARIANTS];
        for (int step = 0; step < NeuronKernelBenchmark.WARM_UP_STEPS; step += NEURON_STEPS / VARIANTS) {
            simulator.run(variants, VARIANTS, out);
        }
    }

    @Benchmark
    public NeuronFeatures[] simulate(CpuClock clock) {
        clock.start();
        simulator.run(variants, VARIANTS, out);
        clock.stop(NEURON_STEPS);
        return out;
    }
}
