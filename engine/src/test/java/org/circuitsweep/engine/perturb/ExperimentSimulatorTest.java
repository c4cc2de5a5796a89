package org.circuitsweep.engine.perturb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.sim.CircuitSimulator;
import org.circuitsweep.engine.sim.Integrator;
import org.circuitsweep.engine.sim.Kernel;
import org.circuitsweep.engine.sim.NeuronSimulator;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.engine.sim.StepObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Simulated virtual experiments: the null perturbation and the reference temperature reproduce the
 * baseline bit for bit in every kernel and in circuits; currents given as stimuli equal the same
 * currents given by the protocol; known effects (Na block, warming, pulses) show.
 */
class ExperimentSimulatorTest {

    private static final ClassifierThresholds TH = ClassifierThresholds.defaults();
    private static final Conductances ABPD2 = Prinz2004Pyloric.neuron("ABPD2");
    /** Short, with a DC step and the adaptive stop, so that every branch of the protocol runs. */
    private static final SimulationSettings SHORT = SimulationSettings.DEFAULTS.withDurations(4000, 1000)
            .withDcCurrent(1, 2500).withAdaptiveStop(true);
    private static final SimulationSettings NETWORK_SHORT = SimulationSettings.NETWORK_DEFAULTS.withDurations(3000, 1000);

    /** Every V and [Ca] bit of a run, hashed in order. */
    private static final class BitHash implements StepObserver {
        long hash = 17;
        long steps;

        @Override
        public void onStep(double tMs, double vMv, double caUm) {
            hash = hash * 31 + Double.doubleToRawLongBits(tMs);
            hash = hash * 31 + Double.doubleToRawLongBits(vMv);
            hash = hash * 31 + Double.doubleToRawLongBits(caUm);
            steps++;
        }
    }

    private static NeuronFeatures run(SimulationSettings s, String perturbation, Conductances g, StepObserver trace) {
        Preparation p = Perturbations.parseOne(perturbation).apply(Preparation.ofNeuron(g));
        return new ExperimentSimulator(s, TH).runNeuron(p, trace);
    }

    private static NeuronFeatures run(SimulationSettings s, String perturbation, Conductances g) {
        return run(s, perturbation, g, null);
    }

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void theNullPerturbationReproducesTheBaselineBitForBit(Kernel kernel) {
        SimulationSettings s = SHORT.withKernel(kernel);
        BitHash baseline = new BitHash();
        NeuronFeatures expected = new NeuronSimulator(s, TH).run(ABPD2, baseline);
        BitHash perturbed = new BitHash();
        NeuronFeatures actual = run(s, "none", ABPD2, perturbed);
        assertThat(actual).isEqualTo(expected);
        assertThat(perturbed.hash).isEqualTo(baseline.hash);
        assertThat(perturbed.steps).isEqualTo(baseline.steps).isPositive();
        // and the simulator's own reference path, without a condition at all
        assertThat(new ExperimentSimulator(s, TH).runNeuron(Preparation.ofNeuron(ABPD2))).isEqualTo(expected);
    }

    @Test
    void theNullPerturbationReproducesTheReferenceIntegratorBitForBit() {
        SimulationSettings s = SimulationSettings.DEFAULTS.withDurations(300, 100).withDcCurrent(1, 150)
                .withIntegrator(Integrator.DORMAND_PRINCE);
        BitHash baseline = new BitHash();
        NeuronFeatures expected = new NeuronSimulator(s, TH).run(ABPD2, baseline);
        BitHash perturbed = new BitHash();
        assertThat(run(s, "none", ABPD2, perturbed)).isEqualTo(expected);
        assertThat(perturbed.hash).isEqualTo(baseline.hash);
    }

    @Test
    void theNullPerturbationReproducesTheNetworkBaselineBitForBit() {
        Circuit c = Prinz2004Pyloric.circuit("ABPD2", "LP4", "PY1", new double[] {30, 30, 10, 3, 30, 1, 30});
        List<BitHash> baseline = List.of(new BitHash(), new BitHash(), new BitHash());
        NetworkResult expected = new CircuitSimulator(NETWORK_SHORT, TH).run(c, baseline);
        List<BitHash> perturbed = List.of(new BitHash(), new BitHash(), new BitHash());
        ExperimentSimulator sim = new ExperimentSimulator(NETWORK_SHORT, TH);
        NetworkResult actual = sim.runNetwork(Condition.NONE.apply(Preparation.ofCircuit(c)), perturbed);
        assertThat(actual).isEqualTo(expected);
        for (int i = 0; i < 3; i++) {
            assertThat(perturbed.get(i).hash).isEqualTo(baseline.get(i).hash);
        }
        assertThat(sim.runNetwork(Perturbations.parseOne("temperature=10").apply(Preparation.ofCircuit(c))))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void atTheReferenceTemperatureEveryKernelGivesTheUnscaledBits(Kernel kernel) {
        SimulationSettings s = SHORT.withKernel(kernel);
        BitHash unscaled = new BitHash();
        new NeuronSimulator(s, TH).run(ABPD2, unscaled);
        BitHash atTen = new BitHash();
        // a fresh ThermalFactors, not the REFERENCE instance: the factors themselves must be exactly 1
        new NeuronSimulator(s, TH, ThermalFactors.at(10.0)).run(ABPD2, null, atTen);
        assertThat(atTen.hash).isEqualTo(unscaled.hash);
        BitHash slightlyWarmer = new BitHash();
        new NeuronSimulator(s, TH, ThermalFactors.at(10.001)).run(ABPD2, null, slightlyWarmer);
        assertThat(slightlyWarmer.hash).as("the temperature reaches the " + kernel + " kernel").isNotEqualTo(unscaled.hash);
    }

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void currentStimuliEqualTheSameCurrentsOfTheProtocol(Kernel kernel) {
        SimulationSettings none = SHORT.withKernel(kernel).withDcCurrent(0, 0);
        BitHash protocolStep = new BitHash();
        NeuronFeatures expected = new NeuronSimulator(none.withDcCurrent(3, 1500), TH).run(ABPD2, protocolStep);
        BitHash stimulusStep = new BitHash();
        assertThat(run(none, "step=3@1500", ABPD2, stimulusStep)).isEqualTo(expected);
        assertThat(stimulusStep.hash).isEqualTo(protocolStep.hash);

        BitHash protocolDc = new BitHash();
        new NeuronSimulator(none.withDcCurrent(-0.5, 0), TH).run(ABPD2, protocolDc);
        BitHash stimulusDc = new BitHash();
        run(none, "dc=-0.5", ABPD2, stimulusDc);
        assertThat(stimulusDc.hash).isEqualTo(protocolDc.hash);
    }

    /**
     * The reference integrator restarts at the step in both cases; the protocol's own DC is already on
     * in the last stage of the segment before its onset (its equations switch at t ≥ onset), a
     * stimulus only after it, so the two agree to the integrator's tolerance rather than bit for bit.
     */
    @Test
    void aStimulusEqualsTheProtocolsStepInTheReferenceIntegratorToo() {
        SimulationSettings s = SimulationSettings.DEFAULTS.withDurations(300, 100).withIntegrator(Integrator.DORMAND_PRINCE);
        double[] protocol = new double[6001];
        new NeuronSimulator(s.withDcCurrent(3, 150), TH).run(ABPD2, (t, v, ca) -> protocol[(int) Math.round(t / 0.05)] = v);
        double[] stimulus = new double[6001];
        run(s, "step=3@150", ABPD2, (t, v, ca) -> stimulus[(int) Math.round(t / 0.05)] = v);
        double maxDifference = 0;
        for (int k = 0; k < protocol.length; k++) {
            maxDifference = Math.max(maxDifference, Math.abs(protocol[k] - stimulus[k]));
        }
        assertThat(protocol[6000]).isNotZero();
        assertThat(maxDifference).isLessThan(1e-4);
    }

    @Test
    void aNetworkCellsStimulusEqualsTheSameDcOnTheCell() {
        Circuit c = Prinz2004Pyloric.circuit("ABPD2", "LP4", "PY1", new double[] {30, 30, 10, 3, 30, 1, 30});
        List<Cell> cells = new ArrayList<>(c.cells());
        Cell py = cells.get(2);
        cells.set(2, new Cell(py.name(), py.neuron(), py.conductances(), -1.0));
        NetworkResult expected = new CircuitSimulator(NETWORK_SHORT, TH).run(new Circuit(cells, c.synapses(), c.couplings()));
        NetworkResult actual = new ExperimentSimulator(NETWORK_SHORT, TH)
                .runNetwork(Perturbations.parseOne("PY.dc=-1").apply(Preparation.ofCircuit(c)));
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * The catalogue's tonic spikers (found with the classifier: LP 1–4, PY 1, PY 4–6 fire tonically
     * alone) stop spiking when Na is blocked: with gNa = 0 nothing overshoots 0 mV.
     */
    @Test
    void blockingNaRemovesTheSpikesOfTonicSpikers() {
        ExperimentSimulator sim = new ExperimentSimulator(SimulationSettings.DEFAULTS, TH);
        List<String> tonic = new ArrayList<>();
        for (String name : Prinz2004Pyloric.neuronNames()) {
            Preparation p = Preparation.ofNeuron(Prinz2004Pyloric.neuron(name));
            NeuronFeatures before = sim.runNeuron(p);
            if (before.activityClass() != ActivityClass.TONIC) {
                continue;
            }
            tonic.add(name);
            NeuronFeatures after = sim.runNeuron(Perturbations.parseOne("gNa*=0").apply(p));
            assertThat(before.spikes()).as(name).isGreaterThan(10);
            assertThat(after.spikes()).as(name + " with Na blocked").isZero();
            assertThat(after.activityClass()).as(name).isEqualTo(ActivityClass.SILENT);
            assertThat(after.vMaxMv()).as(name).isLessThan(0.0);
        }
        assertThat(tonic).as("tonic spikers of the catalogue").hasSizeGreaterThanOrEqualTo(5).contains("LP4", "PY1");
    }

    /**
     * Warming speeds up the AB/PD 2 burster: its period at 21 °C is shorter than at 11 °C. With the
     * default Q10s the frequency's Q10 comes out near the 2.3 that Tang et al. 2010 measured for
     * the pyloric rhythm (asserted only loosely: a model property, not a fit).
     */
    @Test
    void warmingSpeedsUpABursterAndTheEffectIsTheSameInEveryKernel() {
        SimulationSettings s = SimulationSettings.DEFAULTS;
        NeuronFeatures at11 = run(s, "temperature=11", ABPD2);
        NeuronFeatures at21 = run(s, "temperature=21", ABPD2);
        System.out.printf("AB/PD 2: period %.1f ms at 11 °C, %.1f ms at 21 °C (frequency Q10 %.2f)%n",
                at11.periodMs(), at21.periodMs(), at11.periodMs() / at21.periodMs());
        assertThat(at11.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(at21.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(at21.periodMs()).isLessThan(at11.periodMs());
        assertThat(at11.periodMs() / at21.periodMs()).isBetween(1.5, 3.5);
        NeuronFeatures exact = run(s.withKernel(Kernel.EXACT), "temperature=21", ABPD2);
        NeuronFeatures tabled = run(s.withKernel(Kernel.TABLED), "temperature=21", ABPD2);
        assertThat(exact.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(exact.periodMs()).isCloseTo(at21.periodMs(), within(0.01 * at21.periodMs()));
        assertThat(tabled).isEqualTo(at21);
    }

    @Test
    void theReferenceIntegratorAgreesWithTheExactKernelAtAnotherTemperature() {
        SimulationSettings s = SimulationSettings.DEFAULTS.withDurations(1500, 0).withKernel(Kernel.EXACT).withDt(0.01);
        NeuronFeatures exact = run(s, "temperature=21;step=1@500", ABPD2);
        NeuronFeatures reference = run(s.withIntegrator(Integrator.DORMAND_PRINCE), "temperature=21;step=1@500", ABPD2);
        NeuronFeatures cold = run(s.withIntegrator(Integrator.DORMAND_PRINCE), "step=1@500", ABPD2);
        System.out.printf("AB/PD 2, 1.5 s at 21 °C: %d spikes (exact kernel, dt 0.01), %d (Dormand–Prince); %d at 10 °C%n",
                exact.spikes(), reference.spikes(), cold.spikes());
        assertThat(reference.spikes()).isCloseTo(exact.spikes(), within(1));
        assertThat(reference.vMaxMv()).isCloseTo(exact.vMaxMv(), within(1.0));
        assertThat(reference.spikes()).isNotEqualTo(cold.spikes());
    }

    /** A silent PY 2 fires one spike per brief strong pulse: 20 pulses at 5 Hz in a 4-s window give 20 spikes. */
    @Test
    void aPulseTrainDrivesOneSpikePerPulse() {
        SimulationSettings s = SimulationSettings.DEFAULTS.withDurations(5000, 1000);
        Conductances py2 = Prinz2004Pyloric.neuron("PY2");
        assertThat(run(s, "none", py2).spikes()).isZero();
        assertThat(run(s, "pulses=10,3,5@1000", py2).spikes()).isEqualTo(20);
        assertThat(run(s, "pulses=10,3,10@1000", py2).spikes()).isEqualTo(40);
        assertThat(run(s.withKernel(Kernel.EXACT), "pulses=10,3,5@1000", py2).spikes()).isEqualTo(20);
    }

    /**
     * The network of P04 Fig. 5a (AB/PD 1, LP 3, PY 1) stays pyloric-like from 10 to 15 °C and speeds up.
     * (Not every network does: with the tonic LP 4, (AB/PD 2, LP 4, PY 1) is bistable, and a relative
     * change of 1e-6 in LP's gNa, or any change of temperature, shifts LP's phase at the end of the
     * isolated run enough that the network settles with a tonic LP holding AB/PD silent.)
     */
    @Test
    void aPyloricNetworkSpeedsUpWhenWarmed() {
        Circuit c = Prinz2004Pyloric.circuit("ABPD1", "LP3", "PY1", new double[] {30, 30, 10, 3, 30, 1, 30});
        ExperimentSimulator sim = new ExperimentSimulator(SimulationSettings.NETWORK_DEFAULTS, TH);
        NetworkResult at10 = sim.runNetwork(Preparation.ofCircuit(c));
        NetworkResult at11 = sim.runNetwork(Perturbations.parseOne("temperature=11").apply(Preparation.ofCircuit(c)));
        NetworkResult at15 = sim.runNetwork(Perturbations.parseOne("temperature=15").apply(Preparation.ofCircuit(c)));
        System.out.printf("P04 Fig. 5a network: %s %.1f ms at 10 °C, %s %.1f ms at 11 °C, %s %.1f ms at 15 °C%n",
                at10.networkClass().label(), at10.pyloric().periodMs(), at11.networkClass().label(),
                at11.pyloric().periodMs(), at15.networkClass().label(), at15.pyloric().periodMs());
        for (NetworkResult r : List.of(at10, at11, at15)) {
            assertThat(r.networkClass().label()).isIn("pyloric", "pyloric-like");
        }
        assertThat(at11.pyloric().periodMs()).isLessThan(at10.pyloric().periodMs());
        assertThat(at15.pyloric().periodMs()).isLessThan(at11.pyloric().periodMs());
    }

    /**
     * The batch path (16 lanes of the settings' kernel, grouped by temperature) gives each preparation
     * exactly what runNeuron gives it: mixed neurons, temperatures, currents and the null condition.
     */
    @ParameterizedTest
    @EnumSource(Kernel.class)
    void manyPreparationsAtOnceGiveEachTheResultOfRunningItAlone(Kernel kernel) {
        SimulationSettings s = SHORT.withKernel(kernel);
        String[] conditions = {"none", "temperature=21", "gNa*=0", "step=3@2000;temperature=15", "pulses=10,3,5@1000",
            "temperature=21;gA*=0.5", "dc=-0.5"};
        List<Preparation> preparations = new ArrayList<>();
        for (String neuron : new String[] {"ABPD2", "LP4", "PY1", "PY2"}) {
            for (String c : conditions) {
                preparations.add(Perturbations.parseOne(c).apply(Preparation.ofNeuron(Prinz2004Pyloric.neuron(neuron))));
            }
        }
        ExperimentSimulator sim = new ExperimentSimulator(s, TH);
        List<NeuronFeatures> batch = sim.runNeurons(preparations);
        for (int i = 0; i < preparations.size(); i++) {
            assertThat(batch.get(i)).as("preparation " + i).isEqualTo(sim.runNeuron(preparations.get(i)));
        }
        assertThat(batch.get(0)).isEqualTo(new NeuronSimulator(s, TH).run(ABPD2));
    }

    @Test
    void runNeuronRefusesACircuitAndStimuliIntoUnknownCells() {
        Circuit c = Prinz2004Pyloric.circuit("ABPD2", "LP4", "PY1", new double[7]);
        ExperimentSimulator sim = new ExperimentSimulator(SHORT, TH);
        assertThatThrownBy(() -> sim.runNeuron(Preparation.ofCircuit(c))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use runNetwork");
        Preparation stray = Preparation.ofNeuron(ABPD2).withEnvironment(
                Environment.REFERENCE.withStimulus(Stimulus.constant("LP", 1, 0)));
        assertThatThrownBy(() -> sim.runNeuron(stray)).hasMessageContaining("unknown cell 'LP'");
    }
}
