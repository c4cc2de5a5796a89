package org.circuitsweep.bench;

import java.util.concurrent.TimeUnit;

import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sim.Integrator;
import org.circuitsweep.engine.sim.ProtocolRunner;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.engine.sim.StepObserver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Question: how much CPU does the exact-kinetics exponential-Euler kernel spend per simulated
 * second of one Prinz 2003 neuron (AB/PD 2, a burster) at dt = 0.05 ms? One operation simulates
 * 1 s (20,000 steps) with an observer that only consumes V, so the figure is the kernel's cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class NeuronKernelBenchmark {

    private ProtocolRunner runner;
    private Conductances abpd2;

    @Setup
    public void setUp() {
        runner = new ProtocolRunner(new SimulationSettings(0.05, 1000.0, 0.0, 0.0, 0.0, Integrator.EXPONENTIAL_EULER, false));
        abpd2 = new Conductances(100, 2.5, 6, 50, 5, 100, 0.01, 0);
    }

    /** Milliseconds of CPU per simulated second (the score) = µs per simulated ms. */
    @Benchmark
    public void exactScalarOneSimulatedSecond(Blackhole blackhole) {
        StepObserver sink = (t, v, ca) -> blackhole.consume(v);
        blackhole.consume(runner.run(abpd2, sink, null, ProtocolRunner.StopRule.NEVER));
    }
}
