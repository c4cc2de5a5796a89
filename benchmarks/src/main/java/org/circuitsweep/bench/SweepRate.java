package org.circuitsweep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sim.LaneKernels;
import org.circuitsweep.engine.sim.NeuronBatchSimulator;
import org.circuitsweep.jobs.spec.ModelKind;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * Question: how many variants per second does the kernel give on one thread for exactly the variants
 * of a neuron sweep spec, without Spark? This is the "A" of {@code scripts/bench}, against which the
 * Spark job's rate on the same spec is compared. It runs what a job's task runs minus the rows and
 * Parquet: the spec's sampler, its conductances, and one {@link NeuronBatchSimulator} (the spec's
 * kernel, 16 lanes, one ActivityRecorder per lane) fed chunk by chunk as a task feeds it.
 *
 * <p>The first {@value #WARM_UP_VARIANTS} variants are simulated once untimed, so that the rate is
 * that of compiled code (the job pays its JIT warm-up within its run time). Prints the rate by wall
 * clock and by the thread's CPU time (on a machine shared with other work the two differ), and as
 * its last line {@code kernel_variants_per_s=A}, A by wall clock.
 *
 * <p>Arguments: the spec file.
 */
public final class SweepRate {

    static final int WARM_UP_VARIANTS = 256;

    private SweepRate() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SweepRate SPEC.yaml");
        }
        SweepSpec spec = SpecLoader.load(Path.of(args[0]));
        if (spec.kind() != ModelKind.NEURON) {
            throw new IllegalArgumentException(args[0] + ": model " + spec.model() + " is not a neuron sweep");
        }
        Sampler sampler = spec.sampler();
        NeuronBatchSimulator simulator = new NeuronBatchSimulator(spec.simulation(), spec.classifierThresholds());
        int chunk = (int) Math.min(spec.chunkSize(), sampler.size());
        Conductances[] batch = new Conductances[chunk];
        NeuronFeatures[] out = new NeuronFeatures[chunk];
        double[] values = new double[sampler.names().size()];
        System.out.printf(Locale.ROOT, "%s: %d variants in chunks of %d, kernel %s (SIMD available: %b), one thread%n",
                args[0], sampler.size(), chunk, spec.simulation().kernel().label(), LaneKernels.simdAvailable());

        simulate(spec, sampler, simulator, 0, Math.min(WARM_UP_VARIANTS, sampler.size()), batch, out, values, null);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<ActivityClass, Long> classes = new EnumMap<>(ActivityClass.class);
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        simulate(spec, sampler, simulator, 0, sampler.size(), batch, out, values, classes);
        double wallS = (System.nanoTime() - wall) / 1e9;
        double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;

        System.out.println("classes: " + classes);
        System.out.printf(Locale.ROOT, "%.1f s wall, %.1f s CPU: %.1f variants/s by wall clock, %.1f by CPU time%n",
                wallS, cpuS, sampler.size() / wallS, sampler.size() / cpuS);
        System.out.printf(Locale.ROOT, "kernel_variants_per_s=%.1f%n", sampler.size() / wallS);
    }

    /** Variants [from, to) in chunk-sized batches; counts their classes into {@code classes} unless null. */
    @SuppressWarnings("java:S107")
    private static void simulate(SweepSpec spec, Sampler sampler, NeuronBatchSimulator simulator, long from, long to,
                                 Conductances[] batch, NeuronFeatures[] out, double[] values,
                                 Map<ActivityClass, Long> classes) {
        for (long start = from; start < to; start += batch.length) {
            int n = (int) Math.min(batch.length, to - start);
            for (int i = 0; i < n; i++) {
                sampler.variant(start + i, values);
                batch[i] = spec.conductances(values);
            }
            simulator.run(batch, n, out);
            for (int i = 0; classes != null && i < n; i++) {
                classes.merge(out[i].activityClass(), 1L, Long::sum);
            }
        }
    }
}
