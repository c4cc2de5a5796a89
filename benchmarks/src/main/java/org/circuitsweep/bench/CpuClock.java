package org.circuitsweep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark thread's CPU time, as JMH secondary results: on a machine shared with other builds
 * the wall-clock score counts time the thread spent waiting for a core, while {@code cpuNs /
 * neuronSteps} (printed by scripts/bench-kernel) counts only the time it ran. Reading the clock costs
 * about a microsecond per invocation, under 1 % of one.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds of the benchmark thread in the measured invocations. */
    public long cpuNs;
    /** Neuron-steps simulated in those invocations. */
    public long neuronSteps;

    private long startedNs;

    @Setup(Level.Iteration)
    public void clear() {
        cpuNs = 0;
        neuronSteps = 0;
    }

    void start() {
        startedNs = THREADS.getCurrentThreadCpuTime();
    }

    void stop(long steps) {
        cpuNs += THREADS.getCurrentThreadCpuTime() - startedNs;
        neuronSteps += steps;
    }
}
