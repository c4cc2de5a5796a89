package org.circuitsweep.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.classify.NetworkClass;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.model.Synapse;
import org.circuitsweep.engine.synapse.Transmitter;
import org.junit.jupiter.api.Test;

/** The network protocol, the synapse's effect on a real cell, silence, failure and validation. */
class CircuitSimulatorTest {

    private static final ClassifierThresholds TH = ClassifierThresholds.defaults();
    /** Short runs for the tests that need no rhythm: 1 s discarded, 2 s analysed. */
    private static final SimulationSettings SHORT = SimulationSettings.NETWORK_DEFAULTS.withDurations(3000, 1000);

    private static Cell cell(String name, String neuron, double dcNa) {
        return new Cell(name, neuron, Prinz2004Pyloric.neuron(neuron), dcNa);
    }

    /**
     * One cell and no synapse: the network run is the isolated run continued, so V after t ms of it
     * is bit for bit V after {@value CircuitSimulator#ISOLATED_RUN_MS} + t ms of a single-neuron run.
     */
    @Test
    void eachCellStartsFromItsIsolatedSteadyState() {
        Circuit alone = new Circuit(List.of(cell("ABPD", "ABPD2", 0)), List.of(), List.of());
        double[] networkV = new double[1];
        new CircuitSimulator(SHORT, TH).run(alone, List.of((t, v, ca) -> networkV[0] = v));
        double[] isolatedV = new double[1];
        SimulationSettings longer = SimulationSettings.DEFAULTS.withKernel(Kernel.EXACT).withDurations(CircuitSimulator.ISOLATED_RUN_MS
                + SHORT.durationMs(), 0);
        new ProtocolRunner(longer).run(Prinz2004Pyloric.neuron("ABPD2"), (t, v, ca) -> isolatedV[0] = v, null,
                ProtocolRunner.StopRule.NEVER);
        assertThat(networkV[0]).isEqualTo(isolatedV[0]);
    }

    @Test
    void isolatedStatesAreCachedPerConductances() {
        CircuitSimulator sim = new CircuitSimulator(SHORT, TH);
        Conductances g = Prinz2004Pyloric.neuron("LP4");
        CellState first = sim.isolatedSteadyState(g);
        assertThat(sim.isolatedSteadyState(new Conductances(100, 0, 4, 20, 0, 25, 0.05, 0.03))).isSameAs(first);
        CellState fresh = new CircuitSimulator(SHORT, TH).isolatedSteadyState(g);
        assertThat(fresh.vMv()).isEqualTo(first.vMv());
        assertThat(fresh.caUm()).isEqualTo(first.caUm());
    }

    /**
     * PY 2 is silent alone. Driven by 3 nA, the presynaptic PY 2 depolarises and fires; through a
     * 30-nS glutamatergic synapse (E_s = −70 mV) it pulls the silent postsynaptic cell down.
     */
    @Test
    void aDepolarisedPresynapticCellHyperpolarisesASilentPostsynapticOne() {
        NeuronFeatures without = postsynaptic(0.0);
        NeuronFeatures with = postsynaptic(30.0);
        System.out.printf("PY 2 postsynaptic mean V: %.2f mV alone, %.2f mV inhibited%n", without.restingMv(),
                with.restingMv());
        assertThat(without.activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(with.activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(without.restingMv()).isBetween(-60.0, -50.0);
        assertThat(with.restingMv()).isLessThan(without.restingMv() - 3.0).isGreaterThan(-70.0);
    }

    private static NeuronFeatures postsynaptic(double synapseNs) {
        Circuit c = new Circuit(List.of(cell("pre", "PY2", 3.0), cell("post", "PY2", 0.0)),
                List.of(new Synapse("prepost", 0, 1, Transmitter.GLUTAMATE, synapseNs)), List.of());
        NetworkResult r = new CircuitSimulator(SHORT, TH).run(c);
        assertThat(r.cells().get(0).spikes()).isGreaterThan(10);
        return r.cells().get(1);
    }

    /** PY 2 is silent alone and nothing drives it: the network is silent, though AB/PD and LP fire. */
    @Test
    void aSilentCellMakesASilentNetwork() {
        NetworkResult r = new CircuitSimulator(SimulationSettings.NETWORK_DEFAULTS, TH)
                .run(Prinz2004Pyloric.circuit("ABPD2", "LP4", "PY2", new double[7]));
        assertThat(r.networkClass()).isEqualTo(NetworkClass.SILENT);
        assertThat(r.cells().get(0).activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(r.cells().get(1).activityClass()).isEqualTo(ActivityClass.TONIC);
        assertThat(r.cells().get(2).activityClass()).isEqualTo(ActivityClass.SILENT);
        assertThat(r.pyloric().applies()).isFalse();
        assertThat(r.cycles()).isZero();
    }

    /** Huge Na and Ca conductances and no K: [Ca] turns negative within a millisecond of the isolated run. */
    @Test
    void aFailedIsolatedRunIsANumericalFailureNotAnException() {
        Conductances absurd = new Conductances(1e6, 1e6, 1e6, 0, 0, 0, 0, 0);
        Circuit c = new Circuit(List.of(cell("a", "ABPD2", 0), new Cell("b", "custom", absurd, 0)),
                List.of(new Synapse("ab", 0, 1, Transmitter.GLUTAMATE, 10)), List.of());
        NetworkResult r = new CircuitSimulator(SHORT, TH).run(c);
        assertThat(r.networkClass()).isEqualTo(NetworkClass.NUMERICAL_FAILURE);
        assertThat(r.cells()).hasSize(2).allMatch(f -> f.activityClass() == ActivityClass.NUMERICAL_FAILURE);
        assertThat(r.analysedMs()).isZero();
    }

    /**
     * A passive cell (leak only) rests at −50 mV alone; 1000 nA into it in the network drives V
     * toward +160 V, past the bound on a physical state, soon after the network run starts.
     */
    @Test
    void aFailureDuringTheNetworkRunIsANumericalFailure() {
        Conductances passive = new Conductances(0, 0, 0, 0, 0, 0, 0, 0.01);
        Circuit c = new Circuit(List.of(cell("a", "ABPD2", 0), new Cell("b", "custom", passive, 1000)), List.of(),
                List.of());
        NetworkResult r = new CircuitSimulator(SHORT, TH).run(c);
        assertThat(r.networkClass()).isEqualTo(NetworkClass.NUMERICAL_FAILURE);
        assertThat(r.pyloric().applies()).isFalse();
    }

    @Test
    void tracesSeeEveryStepOfTheirCellTransientIncluded() {
        Circuit c = new Circuit(List.of(cell("pre", "PY2", 3.0), cell("post", "PY2", 0.0)),
                List.of(new Synapse("prepost", 0, 1, Transmitter.GLUTAMATE, 30)), List.of());
        List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>());
        new CircuitSimulator(SHORT, TH).run(c, List.of((t, v, ca) -> times.get(0).add(t),
                (t, v, ca) -> times.get(1).add(t)));
        long steps = Math.round(SHORT.durationMs() / SHORT.dtMs());
        for (List<Double> cellTimes : times) {
            assertThat(cellTimes).hasSize((int) steps);
            assertThat(cellTimes.get(0)).isEqualTo(SHORT.dtMs());
        }
    }

    @Test
    void refusesSettingsItCannotHonour() {
        assertThatThrownBy(() -> new CircuitSimulator(SHORT.withDcCurrent(1.0, 0), TH))
                .hasMessageContaining("dc-current-na");
        assertThatThrownBy(() -> new CircuitSimulator(SHORT.withIntegrator(Integrator.DORMAND_PRINCE), TH))
                .hasMessageContaining("exponential-euler");
        Circuit two = new Circuit(List.of(cell("a", "PY2", 0), cell("b", "PY2", 0)), List.of(), List.of());
        assertThatThrownBy(() -> new CircuitSimulator(SHORT, TH).run(two, List.of((t, v, ca) -> { })))
                .hasMessageContaining("one per cell");
    }
}
