package org.circuitsweep.engine.perturb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Coupling;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.model.Synapse;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

/**
 * Each perturbation changes exactly what it names on the built preparation: the differences between
 * before and after, listed field by field over every cell, conductance, synapse, coupling and the
 * environment, are exactly the expected ones.
 */
class PerturbationApplyTest {

    /** (ABPD2, LP4, PY1) with every synapse at a distinct strength, and one coupling LP–PY. */
    private static final Preparation NETWORK = Preparation.ofCircuit(withCoupling(
            Prinz2004Pyloric.circuit("ABPD2", "LP4", "PY1", new double[] {30, 31, 10, 3, 32, 1, 33})));
    private static final Preparation NEURON = Preparation.ofNeuron(Prinz2004Pyloric.neuron("ABPD2"));

    private static Circuit withCoupling(Circuit c) {
        return new Circuit(c.cells(), c.synapses(), List.of(new Coupling(1, 2, 5.0)));
    }

    /** Every field that differs, as "what: before -> after". */
    private static List<String> diff(Preparation a, Preparation b) {
        List<String> out = new ArrayList<>();
        assertThat(b.circuit().cells()).hasSameSizeAs(a.circuit().cells());
        for (int i = 0; i < a.circuit().cells().size(); i++) {
            Cell x = a.circuit().cells().get(i);
            Cell y = b.circuit().cells().get(i);
            assertThat(y.name()).isEqualTo(x.name());
            if (!x.neuron().equals(y.neuron())) {
                out.add(x.name() + ".neuron: " + x.neuron() + " -> " + y.neuron());
            }
            for (int k = 0; k < ChannelCatalog.SIZE; k++) {
                String g = ChannelCatalog.PRINZ2003.get(k).gMax().name();
                double before = x.conductances().get(g);
                double after = y.conductances().get(g);
                if (Double.compare(before, after) != 0) {
                    out.add(x.name() + "." + g + ": " + before + " -> " + after);
                }
            }
            if (Double.compare(x.dcCurrentNa(), y.dcCurrentNa()) != 0) {
                out.add(x.name() + ".dc: " + x.dcCurrentNa() + " -> " + y.dcCurrentNa());
            }
        }
        assertThat(b.circuit().synapses()).hasSameSizeAs(a.circuit().synapses());
        for (int k = 0; k < a.circuit().synapses().size(); k++) {
            Synapse x = a.circuit().synapses().get(k);
            Synapse y = b.circuit().synapses().get(k);
            assertThat(List.of(y.name(), y.pre(), y.post(), y.transmitter()))
                    .isEqualTo(List.of(x.name(), x.pre(), x.post(), x.transmitter()));
            if (Double.compare(x.strengthNs(), y.strengthNs()) != 0) {
                out.add(x.name() + ": " + x.strengthNs() + " -> " + y.strengthNs());
            }
        }
        assertThat(b.circuit().couplings()).hasSameSizeAs(a.circuit().couplings());
        for (int k = 0; k < a.circuit().couplings().size(); k++) {
            Coupling x = a.circuit().couplings().get(k);
            Coupling y = b.circuit().couplings().get(k);
            if (!x.equals(y)) {
                out.add("coupling " + x.a() + "-" + x.b() + ": " + x.strengthNs() + " -> " + y.strengthNs());
            }
        }
        if (Double.compare(a.environment().temperatureC(), b.environment().temperatureC()) != 0) {
            out.add("temperature: " + a.environment().temperatureC() + " -> " + b.environment().temperatureC());
        }
        List<Stimulus> added = new ArrayList<>(b.environment().stimuli());
        assertThat(added.subList(0, a.environment().stimuli().size())).isEqualTo(a.environment().stimuli());
        for (Stimulus s : added.subList(a.environment().stimuli().size(), added.size())) {
            out.add("stimulus " + s);
        }
        return out;
    }

    private static List<String> changes(Preparation p, String text) {
        return diff(p, Perturbations.parseOne(text).apply(p));
    }

    @Test
    void conductancePerturbationsChangeOneConductanceOfOneCellOrOfEveryCell() {
        assertThat(changes(NETWORK, "LP.gCaS*=0.5")).containsExactly("LP.gCaS: 4.0 -> 2.0");
        assertThat(changes(NETWORK, "PY.gH=0.02")).containsExactly("PY.gH: 0.05 -> 0.02");
        assertThat(changes(NETWORK, "gA*=0")).containsExactly("ABPD.gA: 50.0 -> 0.0", "LP.gA: 20.0 -> 0.0",
                "PY.gA: 50.0 -> 0.0");
        assertThat(changes(NETWORK, "gKd=60")).containsExactly("ABPD.gKd: 100.0 -> 60.0", "LP.gKd: 25.0 -> 60.0",
                "PY.gKd: 125.0 -> 60.0");
        assertThat(changes(NEURON, "gNa*=0")).containsExactly("neuron.gNa: 100.0 -> 0.0");
        assertThat(changes(NEURON, "neuron.gCaT=5")).containsExactly("neuron.gCaT: 2.5 -> 5.0");
    }

    @Test
    void synapsePerturbationsChangeOneSynapse() {
        assertThat(changes(NETWORK, "LPPY=0")).containsExactly("LPPY: 1.0 -> 0.0");
        assertThat(changes(NETWORK, "PYLP*=2")).containsExactly("PYLP: 33.0 -> 66.0");
        assertThat(changes(NETWORK, "ABLP=100")).containsExactly("ABLP: 30.0 -> 100.0");
    }

    @Test
    void removingACellZeroesExactlyItsSynapsesAndCouplings() {
        assertThat(changes(NETWORK, "remove=LP")).containsExactly("ABLP: 30.0 -> 0.0", "PDLP: 31.0 -> 0.0", "LPPM: 32.0 -> 0.0", "LPPY: 1.0 -> 0.0",
                "PYLP: 33.0 -> 0.0", "coupling 1-2: 5.0 -> 0.0");
        assertThat(changes(NETWORK, "remove=ABPD")).containsExactly("ABLP: 30.0 -> 0.0", "PDLP: 31.0 -> 0.0",
                "ABPY: 10.0 -> 0.0", "PDPY: 3.0 -> 0.0", "LPPM: 32.0 -> 0.0");
    }

    @Test
    void swappingACellReplacesItsNeuronAndConductancesOnly() {
        assertThat(changes(NETWORK, "LP=LP3")).containsExactly("LP.neuron: LP4 -> LP3", "LP.gCaS: 4.0 -> 10.0",
                "LP.gA: 20.0 -> 50.0", "LP.gKCa: 0.0 -> 5.0", "LP.gKd: 25.0 -> 100.0", "LP.gH: 0.05 -> 0.0");
        Preparation swapped = Perturbations.parseOne("LP=LP3").apply(NETWORK);
        assertThat(swapped.circuit().cells().get(1).conductances()).isEqualTo(Prinz2004Pyloric.neuron("LP3"));
    }

    @Test
    void temperatureChangesOnlyTheEnvironment() {
        assertThat(changes(NETWORK, "temperature=21")).containsExactly("temperature: 10.0 -> 21.0");
        assertThat(changes(NEURON, "temperature=7")).containsExactly("temperature: 10.0 -> 7.0");
    }

    @Test
    void currentsAddStimuliIntoTheNamedCellsOnly() {
        assertThat(changes(NETWORK, "PY.dc=-1")).containsExactly("stimulus " + Stimulus.constant("PY", -1, 0));
        assertThat(changes(NETWORK, "LP.step=3@5000")).containsExactly("stimulus " + Stimulus.constant("LP", 3, 5000));
        assertThat(changes(NETWORK, "LP.pulses=5,10,2@1000"))
                .containsExactly("stimulus " + Stimulus.pulseTrain("LP", 5, 10, 2, 1000));
        assertThat(changes(NETWORK, "dc=1")).containsExactly("stimulus " + Stimulus.constant("ABPD", 1, 0),
                "stimulus " + Stimulus.constant("LP", 1, 0), "stimulus " + Stimulus.constant("PY", 1, 0));
        assertThat(changes(NEURON, "step=6@2000")).containsExactly("stimulus " + Stimulus.constant("neuron", 6, 2000));
    }

    @Test
    void theNullPerturbationChangesNothing() {
        assertThat(changes(NETWORK, "none")).isEmpty();
        assertThat(Condition.NONE.apply(NETWORK)).isEqualTo(NETWORK);
        assertThat(Perturbations.parseOne("temperature=10").apply(NETWORK).environment().isReference()).isTrue();
    }

    @Test
    void stepsApplyInOrder() {
        assertThat(changes(NETWORK, "LP.gA=10;LP.gA*=3")).containsExactly("LP.gA: 20.0 -> 30.0");
        assertThat(changes(NETWORK, "LP.gA*=3;LP.gA=10")).containsExactly("LP.gA: 20.0 -> 10.0");
        assertThat(changes(NETWORK, "LP=LP3;LP.gH=0.01")).contains("LP.neuron: LP4 -> LP3", "LP.gH: 0.05 -> 0.01");
        assertThat(changes(NETWORK, "temperature=21;temperature=15")).containsExactly("temperature: 10.0 -> 15.0");
    }

    @Test
    void unknownNamesAreRefusedNamingTheAllowedValues() {
        assertThatThrownBy(() -> ExperimentSimulator.check(Perturbations.parseOne("LP.gCaS*=0.5"), NEURON))
                .hasMessage("perturbation 'LP.gCaS*=0.5': LP.gCaS*=0.5: unknown cell 'LP'; allowed: neuron (a "
                        + "single-neuron preparation has one cell, 'neuron'; leave the cell out)");
        assertThatThrownBy(() -> ExperimentSimulator.check(Perturbations.parseOne("XYLP=0"), NETWORK))
                .hasMessageContaining("unknown synapse 'XYLP'; allowed: ABLP, PDLP, ABPY, PDPY, LPPM, LPPY, PYLP");
        assertThatThrownBy(() -> ExperimentSimulator.check(Perturbations.parseOne("LPPY=0"), NEURON))
                .hasMessageContaining("unknown synapse 'LPPY'; allowed: none (this preparation has no synapses)");
        assertThatThrownBy(() -> ExperimentSimulator.check(Perturbations.parseOne("remove=AB"), NETWORK))
                .hasMessageContaining("unknown cell 'AB'; allowed: ABPD, LP, PY");
        assertThatThrownBy(() -> ExperimentSimulator.check(Perturbations.parseOne("PD.dc=1"), NETWORK))
                .hasMessageContaining("unknown cell 'PD'; allowed: ABPD, LP, PY");
        assertThatThrownBy(() -> ExperimentSimulator.check(Perturbations.parseOne("gNa*=600"), NETWORK))
                .hasMessageContaining("cell ABPD: gNa = 60000.0 is outside the allowed range [0, 50000] mS/cm²");
        assertThatThrownBy(() -> ExperimentSimulator.check(Perturbations.parseOne("step=3@20000"), NEURON,
                SimulationSettings.DEFAULTS)).hasMessageContaining("starts at 20000 ms, not before the end of the run");
        ExperimentSimulator.check(Perturbations.parseOne("LP=PY1;temperature=21;LPPY*=0.5"), NETWORK);
    }
}
