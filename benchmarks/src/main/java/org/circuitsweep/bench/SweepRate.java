package org.circuitsweep.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

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
 * Question: how many variants per second does the kernel give for exactly the variants of a neuron
 * sweep spec, without Spark? On one thread this is the "A" of {@code scripts/bench}, against which
 * the Spark job's rate on the same spec is compared; on two threads it shows how far the kernel itself
 * scales to two cores (caches and memory shared, cores perhaps SMT siblings of a virtual machine),
 * which no job can beat. It runs what a job's tasks run minus the rows and Parquet: the spec's
 * sampler and conductances, and per thread one {@link NeuronBatchSimulator} (the spec's kernel, 16
 * lanes, one ActivityRecorder per lane), fed chunk by chunk, the threads taking the next chunk as
 * Spark's task slots do.
 *
 * <p>Each thread first simulates {@value #WARM_UP_VARIANTS} variants untimed, so that the rate is
 * that of compiled code (the job pays its JIT warm-up within its run time). Prints the rate by wall
 * clock and by the process's CPU time (on a machine shared with other work the two differ), and as
 * its last line {@code kernel_variants_per_s=R}, R by wall clock.
 *
 * <p>Arguments: the spec file, [threads (1)].
 */
public final class SweepRate {

    static final int WARM_UP_VARIANTS = 256;

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private SweepRate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: SweepRate SPEC.yaml [threads]");
        }
        SweepSpec spec = SpecLoader.load(Path.of(args[0]));
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        if (spec.kind() != ModelKind.NEURON) {
            throw new IllegalArgumentException(args[0] + ": model " + spec.model() + " is not a neuron sweep");
        }
        Sampler sampler = spec.sampler();
        int chunk = (int) Math.min(spec.chunkSize(), sampler.size());
        System.out.printf(Locale.ROOT, "%s: %d variants in chunks of %d, kernel %s (SIMD available: %b), %d thread(s)%n",
                args[0], sampler.size(), chunk, spec.simulation().kernel().label(), LaneKernels.simdAvailable(),
                threads);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Worker> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(new Worker(spec, sampler, chunk));
            }
            run(pool, workers, w -> w.simulate(0, Math.min(WARM_UP_VARIANTS, sampler.size()), null));

            AtomicLong nextChunk = new AtomicLong();
            long wall = System.nanoTime();
            long cpu = PROCESS.getProcessCpuTime();
            run(pool, workers, w -> {
                for (long start = nextChunk.getAndAdd(chunk); start < sampler.size(); start = nextChunk.getAndAdd(chunk)) {
                    w.simulate(start, Math.min(start + chunk, sampler.size()), w.classes);
                }
            });
            double wallS = (System.nanoTime() - wall) / 1e9;
            double cpuS = (PROCESS.getProcessCpuTime() - cpu) / 1e9;

            Map<ActivityClass, Long> classes = new EnumMap<>(ActivityClass.class);
            workers.forEach(w -> w.classes.forEach((c, n) -> classes.merge(c, n, Long::sum)));
            System.out.println("classes: " + classes);
            System.out.printf(Locale.ROOT, "%.1f s wall, %.1f s CPU: %.1f variants/s by wall clock, %.1f by CPU time%n",
                    wallS, cpuS, sampler.size() / wallS, sampler.size() / cpuS);
            System.out.printf(Locale.ROOT, "kernel_variants_per_s=%.1f%n", sampler.size() / wallS);
        } finally {
            pool.shutdown();
        }
    }

    /** Runs {@code work} on every worker at once, one worker per thread, and waits for all. */
    private static void run(ExecutorService pool, List<Worker> workers, Consumer<Worker> work) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (Worker w : workers) {
            running.add(pool.submit(() -> work.accept(w)));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    /** One thread's simulator and buffers, as one Spark task slot holds them. */
    private static final class Worker {
        private final SweepSpec spec;
        private final Sampler sampler;
        private final NeuronBatchSimulator simulator;
        private final Conductances[] batch;
        private final NeuronFeatures[] out;
        private final double[] values;
        private final Map<ActivityClass, Long> classes = new EnumMap<>(ActivityClass.class);

        Worker(SweepSpec spec, Sampler sampler, int chunk) {
            this.spec = spec;
            this.sampler = sampler;
            this.simulator = new NeuronBatchSimulator(spec.simulation(), spec.classifierThresholds());
            this.batch = new Conductances[chunk];
            this.out = new NeuronFeatures[chunk];
            this.values = new double[sampler.names().size()];
        }

        /** Variants [from, to), at most one chunk; counts their classes into {@code counts} unless null. */
        void simulate(long from, long to, Map<ActivityClass, Long> counts) {
            int n = (int) (to - from);
            for (int i = 0; i < n; i++) {
                sampler.variant(from + i, values);
                batch[i] = spec.conductances(values);
            }
            simulator.run(batch, n, out);
            for (int i = 0; counts != null && i < n; i++) {
                counts.merge(out[i].activityClass(), 1L, Long::sum);
            }
        }
    }
}
