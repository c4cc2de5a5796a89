package org.circuitsweep.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sim.Kernel;
import org.circuitsweep.engine.sim.KernelAgreement;
import org.circuitsweep.engine.sim.NeuronBatchSimulator;
import org.circuitsweep.engine.sim.SimulationSettings;

/**
 * Question: do the fast kernels give the exact kernel's answers on the P03 grid? Simulates random P03
 * grid models (default 10,000, fixed seed) under the default protocol (dt 0.05 ms, 5 s transient, 5 s
 * analysed, no adaptive stop) with the exact kernel, the default fast kernel, and — as the noise floor —
 * the exact kernel with dt perturbed by one part in 10^9 (every gate's exp(−dt/τ) moves by ~1e-9,
 * like the tables' ~1e-6 interpolation error but a thousand times less), and prints class agreement
 * and burst-period deviations for both comparisons. Some models are chaotic or hypersensitive: a
 * perturbation of any size decorrelates their trajectories within the run and may change their class
 * or period, so the floor shows what no approximation can beat. It is a lower bound only: a uniform
 * rescaling of the rates is a gentle perturbation, and a change of implementation disturbs more models
 * whatever its accuracy (on 1,000 models, exact vs tabled with 1e-6 and with 1e-10 tables, and the two
 * tabled kernels against each other, all kept 91–94 % of periods within 0.5 %; the dt floor 97 %).
 * Too slow for CI (about 40 CPU minutes for 10,000 models): run it with {@code scripts/bench-agreement}.
 *
 * <p>Arguments: [models] [seed] [threads].
 */
public final class AgreementCheck {

    /** Burst periods agree when they differ by at most this fraction. */
    static final double PERIOD_TOLERANCE = 0.005;
    /** The floor's relative perturbation of dt. */
    static final double PERTURBATION = 1e-9;
    /** A model's period is "robust" when the perturbation moves it by at most this fraction. */
    static final double ROBUST_PERIOD = 0.001;

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private AgreementCheck() {
    }

    public static void main(String[] args) throws Exception {
        int models = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_030_101L;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        SimulationSettings base = SimulationSettings.DEFAULTS;
        ClassifierThresholds thresholds = ClassifierThresholds.defaults();
        Conductances[] variants = KernelAgreement.randomP03GridModels(seed, models);
        System.out.printf("%d random P03 grid models (seed %d), dt %.3f ms, %.0f ms of which %.0f ms transient, "
                        + "%d thread(s); fast kernel: %s%n", models, seed, base.dtMs(), base.durationMs(),
                base.transientMs(), threads, SimulationSettings.DEFAULT_KERNEL.label());

        NeuronFeatures[] exact = timed("exact", base.withKernel(Kernel.EXACT), thresholds, variants, threads);
        NeuronFeatures[] fast = timed(SimulationSettings.DEFAULT_KERNEL.label(), base, thresholds, variants, threads);
        NeuronFeatures[] perturbed = timed("exact, dt(1+1e-9)", base.withKernel(Kernel.EXACT)
                .withDt(base.dtMs() * (1 + PERTURBATION)), thresholds, variants, threads);

        KernelAgreement.Report vsFast = KernelAgreement.compare(variants, exact, fast, PERIOD_TOLERANCE);
        KernelAgreement.Report floor = KernelAgreement.compare(variants, exact, perturbed, PERIOD_TOLERANCE);
        System.out.println("\n== exact vs " + SimulationSettings.DEFAULT_KERNEL.label());
        System.out.print(vsFast.describe());
        System.out.println("\n== noise floor: exact vs exact with dt × (1 + " + PERTURBATION + ")");
        System.out.print(floor.describe());
        System.out.println();
        printRobustBursters(exact, fast, perturbed);
        printOverlap(exact, fast, perturbed);
    }

    /**
     * Whether the fast kernel's disagreements fall on the models the perturbation also moves (fragile
     * ones: chaotic or near a bifurcation) or on robust ones: the class and period disagreements of
     * each comparison, how many of them the other comparison shares, and the fast kernel's class
     * agreement on the models the perturbation leaves alone.
     */
    private static void printOverlap(NeuronFeatures[] exact, NeuronFeatures[] fast, NeuronFeatures[] perturbed) {
        int fastFlips = 0;
        int floorFlips = 0;
        int bothFlip = 0;
        int steady = 0;
        int steadySame = 0;
        int fastPeriodOff = 0;
        int fastPeriodOffFloorOff = 0;
        for (int i = 0; i < exact.length; i++) {
            boolean fastFlip = exact[i].activityClass() != fast[i].activityClass();
            boolean floorFlip = exact[i].activityClass() != perturbed[i].activityClass();
            fastFlips += fastFlip ? 1 : 0;
            floorFlips += floorFlip ? 1 : 0;
            bothFlip += fastFlip && floorFlip ? 1 : 0;
            boolean floorPeriodOff = bursting(exact[i]) && bursting(perturbed[i])
                    && deviation(exact[i], perturbed[i]) > ROBUST_PERIOD;
            if (!floorFlip && !floorPeriodOff) {
                steady++;
                steadySame += fastFlip ? 0 : 1;
            }
            if (bursting(exact[i]) && bursting(fast[i]) && bursting(perturbed[i])
                    && deviation(exact[i], fast[i]) > PERIOD_TOLERANCE) {
                fastPeriodOff++;
                fastPeriodOffFloorOff += floorPeriodOff ? 1 : 0;
            }
        }
        System.out.printf("class flips: exact vs fast %d, exact vs perturbed %d, shared %d (%.0f %% of the fast "
                        + "kernel's)%n", fastFlips, floorFlips, bothFlip, 100.0 * bothFlip / Math.max(1, fastFlips));
        System.out.printf("bursting in all three runs, fast-kernel period off by more than %.1f %%: %d, of which the "
                        + "perturbation moves by more than %.1f %% too: %d (%.0f %%)%n", 100 * PERIOD_TOLERANCE,
                fastPeriodOff, 100 * ROBUST_PERIOD, fastPeriodOffFloorOff,
                100.0 * fastPeriodOffFloorOff / Math.max(1, fastPeriodOff));
        System.out.printf("models the perturbation leaves alone (same class, period moved <= %.1f %%): %d; fast "
                        + "kernel's class the same for %d (%.2f %%)%n", 100 * ROBUST_PERIOD, steady, steadySame,
                100.0 * steadySame / Math.max(1, steady));
    }

    /**
     * Among models bursting in all three runs whose period the perturbation moves by at most
     * {@value #ROBUST_PERIOD} (a well-defined period), how many periods the fast kernel keeps within
     * the tolerance.
     */
    private static void printRobustBursters(NeuronFeatures[] exact, NeuronFeatures[] fast, NeuronFeatures[] perturbed) {
        int robust = 0;
        int within = 0;
        double worst = 0;
        for (int i = 0; i < exact.length; i++) {
            if (bursting(exact[i]) && bursting(fast[i]) && bursting(perturbed[i])
                    && deviation(exact[i], perturbed[i]) <= ROBUST_PERIOD) {
                robust++;
                double d = deviation(exact[i], fast[i]);
                worst = Math.max(worst, d);
                if (d <= PERIOD_TOLERANCE) {
                    within++;
                }
            }
        }
        System.out.printf("robust bursters (period moved <= %.1f %% by the perturbation): %d; fast-kernel period "
                        + "within %.1f %%: %d (%.2f %%); largest deviation %.4f %%%n", 100 * ROBUST_PERIOD, robust,
                100 * PERIOD_TOLERANCE, within, 100.0 * within / robust, 100 * worst);
    }

    private static boolean bursting(NeuronFeatures f) {
        return f.activityClass() == ActivityClass.BURSTING;
    }

    private static double deviation(NeuronFeatures reference, NeuronFeatures other) {
        return Math.abs(other.periodMs() - reference.periodMs()) / reference.periodMs();
    }

    private static NeuronFeatures[] timed(String label, SimulationSettings settings, ClassifierThresholds thresholds,
                                          Conductances[] variants, int threads) throws Exception {
        long wallStart = System.nanoTime();
        long cpuStart = PROCESS.getProcessCpuTime();
        NeuronFeatures[] out = simulate(settings, thresholds, variants, threads);
        double seconds = (System.nanoTime() - wallStart) / 1e9;
        double cpuNs = PROCESS.getProcessCpuTime() - cpuStart;
        double neuronSteps = variants.length * (double) Math.round(settings.durationMs() / settings.dtMs());
        System.out.printf("%-18s %8.1f s wall, %6.1f ns CPU per neuron-step (JIT warm-up included)%n", label, seconds,
                cpuNs / neuronSteps);
        return out;
    }

    /** Contiguous chunks, one batch simulator per chunk: results do not depend on the split. */
    private static NeuronFeatures[] simulate(SimulationSettings settings, ClassifierThresholds thresholds,
                                             Conductances[] variants, int threads) throws Exception {
        NeuronFeatures[] out = new NeuronFeatures[variants.length];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int chunk = (variants.length + threads - 1) / threads;
            List<Future<?>> jobs = new ArrayList<>();
            for (int from = 0; from < variants.length; from += chunk) {
                int start = from;
                int end = Math.min(variants.length, from + chunk);
                jobs.add(pool.submit(() -> {
                    Conductances[] part = Arrays.copyOfRange(variants, start, end);
                    NeuronFeatures[] result = new NeuronFeatures[part.length];
                    new NeuronBatchSimulator(settings, thresholds).run(part, part.length, result);
                    System.arraycopy(result, 0, out, start, part.length);
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        return out;
    }
}
