package org.circuitsweep.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;
import org.junit.jupiter.api.Test;

/**
 * The SIMD kernel (bit-identical to the tabled one) against the exact kernel on random P03 grid
 * models, fixed seed, short runs (3 s, of which 1 s transient) so that the exact kernel fits a test's
 * budget (about 20 s of CPU). The full check on 10,000 models and the default protocol is
 * scripts/bench-agreement.
 *
 * <p>Some models are chaotic or hypersensitive: any change of implementation (tables 1e-6 or 1e-10
 * accurate alike) decorrelates their trajectory within the run, and their measured period then moves
 * by up to a few per cent within the classifier's 5 % cycle tolerance; on 10,000 models about 8 % of
 * the bursters do. So the 0.5 % period bound is asserted for 90 % of the bursters, and for 95 % of the
 * bursters whose period is well defined (moved by at most 0.1 % when dt is perturbed by 1e-9), where a
 * systematic error of the kernel would show at once.
 */
class KernelAgreementTest {

    private static final int MODELS = 300;
    private static final double PERIOD_TOLERANCE = 0.005;
    private static final double ROBUST_PERIOD = 0.001;

    @Test
    void simdKernelGivesTheExactKernelsClassesAndBurstPeriods() {
        Conductances[] variants = KernelAgreement.randomP03GridModels(20_030_101L, MODELS);
        ClassifierThresholds thresholds = ClassifierThresholds.defaults();
        SimulationSettings settings = SimulationSettings.DEFAULTS.withDurations(3000, 1000);
        NeuronFeatures[] exact = KernelAgreement.simulate(settings.withKernel(Kernel.EXACT), thresholds, variants);
        NeuronFeatures[] simd = KernelAgreement.simulate(settings.withKernel(Kernel.SIMD), thresholds, variants);
        NeuronFeatures[] perturbed = KernelAgreement.simulate(
                settings.withKernel(Kernel.SIMD).withDt(settings.dtMs() * (1 + 1e-9)), thresholds, variants);
        KernelAgreement.Report report = KernelAgreement.compare(variants, exact, simd, PERIOD_TOLERANCE);
        System.out.print(report.describe());

        assertThat(report.sameClassFraction()).as(report.describe()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.burstingBoth()).as("bursters in the sample").isGreaterThan(30);
        assertThat(report.periodsWithinFraction()).as(report.describe()).isGreaterThanOrEqualTo(0.90);
        int robust = 0;
        int robustWithin = 0;
        for (int i = 0; i < MODELS; i++) {
            if (bursting(exact[i]) && bursting(simd[i]) && bursting(perturbed[i])
                    && deviation(simd[i], perturbed[i]) <= ROBUST_PERIOD) {
                robust++;
                if (deviation(exact[i], simd[i]) <= PERIOD_TOLERANCE) {
                    robustWithin++;
                }
            }
        }
        assertThat(robust).as("bursters with a well-defined period").isGreaterThan(report.burstingBoth() / 2);
        assertThat(robustWithin).as("of %d bursters with a well-defined period", robust)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * robust));
    }

    private static boolean bursting(NeuronFeatures f) {
        return f.activityClass() == ActivityClass.BURSTING;
    }

    private static double deviation(NeuronFeatures reference, NeuronFeatures other) {
        return Math.abs(other.periodMs() - reference.periodMs()) / reference.periodMs();
    }

    @Test
    void randomGridModelsAreReproducibleAndOnTheGrid() {
        Conductances[] a = KernelAgreement.randomP03GridModels(1, 50);
        Conductances[] b = KernelAgreement.randomP03GridModels(1, 50);
        assertThat(a).containsExactly(b);
        for (Conductances g : a) {
            assertThat(g.gNa() % 100).isZero();
            assertThat(g.gNa()).isBetween(0.0, 500.0);
            assertThat(Math.round(g.gH() / 0.01) * 0.01).isEqualTo(g.gH());
        }
    }
}
