package org.circuitsweep.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The batch simulator must answer exactly what the single-neuron simulator answers, whatever else
 * shares the batch. Short protocols (1.5 s, 0.5 s transient) keep the exact kernel affordable.
 */
class NeuronBatchSimulatorTest {

    private static final ClassifierThresholds THRESHOLDS = ClassifierThresholds.defaults();
    private static final Conductances ABPD2 = new Conductances(100, 2.5, 6, 50, 5, 100, 0.01, 0);
    /** Fires at once with 1000 nA injected: V leaves the physical range in the first steps. */
    private static final Conductances SILENT_NO_LEAK = new Conductances(0, 0, 0, 0, 0, 0, 0, 0);

    private static SimulationSettings shortRun(Kernel kernel) {
        return SimulationSettings.DEFAULTS.withDurations(1500, 500).withKernel(kernel);
    }

    private static NeuronFeatures[] batch(SimulationSettings settings, Conductances[] variants) {
        NeuronFeatures[] out = new NeuronFeatures[variants.length];
        new NeuronBatchSimulator(settings, THRESHOLDS).run(variants, variants.length, out);
        return out;
    }

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void batchAnswersAreTheSingleNeuronAnswers(Kernel kernel) {
        Conductances[] variants = KernelAgreement.randomP03GridModels(5, 20);
        variants[0] = ABPD2;
        SimulationSettings settings = shortRun(kernel);
        NeuronFeatures[] fromBatch = batch(settings, variants);
        NeuronSimulator single = new NeuronSimulator(settings, THRESHOLDS);
        for (int i = 0; i < variants.length; i++) {
            assertThat(fromBatch[i]).as("variant %d %s", i, variants[i]).isEqualTo(single.run(variants[i]));
        }
    }

    /** Lanes end at different times under the adaptive stop and with failures; a current starts mid-run. */
    @Test
    void adaptiveStopCurrentStepsAndFailuresAnswerAsSingleRuns() {
        SimulationSettings settings = SimulationSettings.DEFAULTS.withDurations(6000, 1000).withAdaptiveStop(true)
                .withDcCurrent(0.5, 700);
        Conductances[] variants = KernelAgreement.randomP03GridModels(6, 24);
        variants[3] = ABPD2;
        NeuronFeatures[] fromBatch = batch(settings, variants);
        NeuronSimulator single = new NeuronSimulator(settings, THRESHOLDS);
        for (int i = 0; i < variants.length; i++) {
            assertThat(fromBatch[i]).as("variant %d", i).isEqualTo(single.run(variants[i]));
        }
        assertThat(fromBatch[3].analysedMs()).isLessThan(settings.analysisMs());

        SimulationSettings blowUp = shortRun(Kernel.SIMD).withDcCurrent(1000, 100);
        NeuronFeatures failed = batch(blowUp, new Conductances[] {ABPD2, SILENT_NO_LEAK})[1];
        assertThat(failed).isEqualTo(new NeuronSimulator(blowUp, THRESHOLDS).run(SILENT_NO_LEAK));
        assertThat(failed.activityClass()).isEqualTo(ActivityClass.NUMERICAL_FAILURE);
    }

    /** A lane's result is a function of its own conductances: bit-identical in any batch, at any position. */
    @Test
    void aVariantsFeaturesDoNotDependOnItsBatchOrPosition() {
        SimulationSettings settings = shortRun(Kernel.SIMD);
        Conductances[] pool = KernelAgreement.randomP03GridModels(7, 40);
        NeuronFeatures alone = batch(settings, new Conductances[] {ABPD2})[0];
        Random random = new Random(8);
        for (int trial = 0; trial < 3; trial++) {
            List<Conductances> mates = new ArrayList<>(List.of(pool).subList(0, 10 + 13 * trial));
            Collections.shuffle(mates, random);
            int position = random.nextInt(mates.size() + 1);
            mates.add(position, ABPD2);
            NeuronFeatures[] out = batch(settings, mates.toArray(new Conductances[0]));
            assertThat(out[position]).as("trial %d, position %d", trial, position).isEqualTo(alone);
        }
    }

    @Test
    void listApiKeepsTheOrderAndTheArrayApiHonoursN() {
        SimulationSettings settings = shortRun(Kernel.TABLED);
        NeuronBatchSimulator simulator = new NeuronBatchSimulator(settings, THRESHOLDS);
        Conductances[] variants = KernelAgreement.randomP03GridModels(9, 5);
        List<NeuronFeatures> listed = simulator.run(List.of(variants));
        NeuronFeatures[] out = new NeuronFeatures[6];
        simulator.run(variants, 3, out);
        for (int i = 0; i < 3; i++) {
            assertThat(out[i]).isEqualTo(listed.get(i));
        }
        assertThat(out[3]).isNull();
        simulator.run(variants, 0, out);
        assertThatThrownBy(() -> simulator.run(variants, 6, out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n = 6");
    }

    @Test
    void theReferenceIntegratorRunsVariantsOneAfterTheOther() {
        SimulationSettings settings = SimulationSettings.DEFAULTS.withDurations(300, 100)
                .withIntegrator(Integrator.DORMAND_PRINCE);
        Conductances[] variants = {ABPD2, SILENT_NO_LEAK};
        NeuronFeatures[] out = batch(settings, variants);
        NeuronSimulator single = new NeuronSimulator(settings, THRESHOLDS);
        assertThat(out[0]).isEqualTo(single.run(ABPD2));
        assertThat(out[1]).isEqualTo(single.run(SILENT_NO_LEAK));
    }
}
