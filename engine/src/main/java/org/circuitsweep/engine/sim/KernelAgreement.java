package org.circuitsweep.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;

/**
 * How far a fast kernel's answers agree with a reference kernel's on the same variants: the share of
 * variants given the same class, and for variants bursting under both kernels the deviation of the
 * burst period. Used by the kernel agreement test (a few hundred models) and by
 * {@code scripts/bench-agreement} (10,000).
 */
public final class KernelAgreement {

    /** Grid step of each conductance of the P03 database, mS/cm², catalogue order (sheet §4.1). */
    private static final double[] P03_GRID_STEPS = {100, 2.5, 2, 10, 5, 25, 0.01, 0.01};
    private static final int P03_LEVELS = 6;

    /**
     * @param variants         variants compared
     * @param sameClass        variants with the same class under both kernels
     * @param burstingBoth     variants bursting under both
     * @param periodsWithin    of those, the ones whose periods differ by at most the tolerance
     * @param maxPeriodDeviation largest |candidate − reference| / reference period among burstingBoth
     * @param confusion        confusion[reference class][candidate class] counts, by ordinal
     * @param differences      one line per variant whose class differs or whose period is out of tolerance
     */
    public record Report(int variants, int sameClass, int burstingBoth, int periodsWithin, double maxPeriodDeviation,
                         int[][] confusion, List<String> differences) {

        public double sameClassFraction() {
            return variants == 0 ? Double.NaN : (double) sameClass / variants;
        }

        public double periodsWithinFraction() {
            return burstingBoth == 0 ? Double.NaN : (double) periodsWithin / burstingBoth;
        }

        /** A table of the counts, the confusion matrix and the differing variants. */
        public String describe() {
            StringBuilder s = new StringBuilder();
            s.append(String.format("variants %d, same class %d (%.2f %%), bursting under both %d, period within "
                            + "tolerance %d (%.2f %%), largest period deviation %.4f %%%n", variants, sameClass,
                    100 * sameClassFraction(), burstingBoth, periodsWithin, 100 * periodsWithinFraction(),
                    100 * maxPeriodDeviation));
            s.append("reference \\ candidate:");
            for (ActivityClass c : ActivityClass.values()) {
                s.append(' ').append(c.label());
            }
            s.append('\n');
            for (ActivityClass r : ActivityClass.values()) {
                s.append(String.format("%-18s", r.label()));
                for (ActivityClass c : ActivityClass.values()) {
                    s.append(String.format(" %8d", confusion[r.ordinal()][c.ordinal()]));
                }
                s.append('\n');
            }
            differences.forEach(d -> s.append(d).append('\n'));
            return s.toString();
        }
    }

    private KernelAgreement() {
    }

    /** count models drawn uniformly from the 6^8 P03 grid (levels independent and uniform), reproducibly from seed. */
    public static Conductances[] randomP03GridModels(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        Conductances[] models = new Conductances[count];
        double[] g = new double[P03_GRID_STEPS.length];
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < g.length; c++) {
                g[c] = random.nextInt(P03_LEVELS) * P03_GRID_STEPS[c];
            }
            models[i] = Conductances.of(g);
        }
        return models;
    }

    /** Simulates every variant with both kernels' settings (batch simulators) and compares the answers. */
    public static Report compare(SimulationSettings settings, ClassifierThresholds thresholds, Kernel reference,
                                 Kernel candidate, Conductances[] variants, double periodTolerance) {
        NeuronFeatures[] expected = simulate(settings.withKernel(reference), thresholds, variants);
        NeuronFeatures[] actual = simulate(settings.withKernel(candidate), thresholds, variants);
        return compare(variants, expected, actual, periodTolerance);
    }

    static NeuronFeatures[] simulate(SimulationSettings settings, ClassifierThresholds thresholds,
                                     Conductances[] variants) {
        NeuronFeatures[] out = new NeuronFeatures[variants.length];
        new NeuronBatchSimulator(settings, thresholds).run(variants, variants.length, out);
        return out;
    }

    /** Compares given answers; expected[i] and actual[i] belong to variants[i]. */
    public static Report compare(Conductances[] variants, NeuronFeatures[] expected, NeuronFeatures[] actual,
                                 double periodTolerance) {
        int n = ActivityClass.values().length;
        int[][] confusion = new int[n][n];
        int sameClass = 0;
        int burstingBoth = 0;
        int periodsWithin = 0;
        double maxDeviation = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < variants.length; i++) {
            ActivityClass r = expected[i].activityClass();
            ActivityClass c = actual[i].activityClass();
            confusion[r.ordinal()][c.ordinal()]++;
            if (r == c) {
                sameClass++;
            } else {
                differences.add("class " + r.label() + " -> " + c.label() + ": " + variants[i]);
            }
            if (r == ActivityClass.BURSTING && c == ActivityClass.BURSTING) {
                burstingBoth++;
                double deviation = Math.abs(actual[i].periodMs() - expected[i].periodMs()) / expected[i].periodMs();
                maxDeviation = Math.max(maxDeviation, deviation);
                if (deviation <= periodTolerance) {
                    periodsWithin++;
                } else {
                    differences.add(String.format("period %.2f -> %.2f ms (%.3f %%): %s", expected[i].periodMs(),
                            actual[i].periodMs(), 100 * deviation, variants[i]));
                }
            }
        }
        return new Report(variants.length, sameClass, burstingBoth, periodsWithin, maxDeviation, confusion,
                differences);
    }
}
