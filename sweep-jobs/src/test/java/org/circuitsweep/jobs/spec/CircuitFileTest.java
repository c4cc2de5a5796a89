package org.circuitsweep.jobs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Synapse;
import org.circuitsweep.engine.synapse.Transmitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Circuit files: the shipped half-centre file, the parameters a spec may sweep, and refusals. */
class CircuitFileTest {

    private static final Path HALF_CENTRE = Path.of("..", "configs", "circuits", "half-centre.yaml");

    /**
     * The circuit of the engine's HalfCentreTest, written out again here (engine test classes are
     * not on this module's classpath): keep the three in step.
     */
    @Test
    void theHalfCentreFileIsTheCircuitOfTheEnginesHalfCentreTest() throws IOException {
        Conductances lpLike = new Conductances(100, 0, 6, 30, 20, 50, 0.1, 0.02);
        Circuit expected = new Circuit(
                List.of(new Cell("left", "custom", lpLike, 0.0), new Cell("right", "custom", lpLike, 0.02)),
                List.of(new Synapse("LR", 0, 1, Transmitter.GLUTAMATE, 50),
                        new Synapse("RL", 1, 0, Transmitter.GLUTAMATE, 50)),
                List.of());

        assertThat(CircuitFile.parse(HALF_CENTRE.toString(), Files.readString(HALF_CENTRE)).circuit()).isEqualTo(expected);
    }

    @Test
    void synapsesAndCellConductancesAreParametersWithTheFilesValuesAsDefaults() throws IOException {
        CircuitFile file = CircuitFile.parse("h", Files.readString(HALF_CENTRE));

        assertThat(file.parameters()).hasSize(2 + 2 * 8);
        assertThat(file.parameters().get(0).name()).isEqualTo("LR");
        assertThat(file.parameters().get(0).unit()).isEqualTo("nS");
        assertThat(file.parameters().get(0).defaultValue()).isEqualTo(50);
        assertThat(file.parameters().get(2 + 4).name()).isEqualTo("left.gKCa");
        assertThat(file.parameters().get(2 + 4).defaultValue()).isEqualTo(20);

        Circuit changed = file.with(List.of("RL", "right.gH"), new double[] {7, 0.2});
        assertThat(changed.synapses().get(1).strengthNs()).isEqualTo(7);
        assertThat(changed.cells().get(1).conductances().gH()).isEqualTo(0.2);
        assertThat(changed.cells().get(1).dcCurrentNa()).isEqualTo(0.02);
        assertThat(changed.cells().get(0)).isEqualTo(file.circuit().cells().get(0));
    }

    @Test
    void aNamedNeuronTakesItsP04Conductances() {
        Circuit c = CircuitFile.parse("c", """
                cells:
                  - {name: ABPD, neuron: ABPD2}
                  - {name: LP, neuron: LP4, dc-current-na: -0.5}
                synapses:
                  - {name: PDLP, pre: ABPD, post: LP, type: acetylcholine, strength-ns: 30}
                """).circuit();

        assertThat(c.cells().get(1).neuron()).isEqualTo("LP4");
        assertThat(c.cells().get(1).conductances()).isEqualTo(org.circuitsweep.engine.model.Prinz2004Pyloric.neuron("LP4"));
        assertThat(c.synapses().get(0).transmitter()).isEqualTo(Transmitter.ACETYLCHOLINE);
        assertThat(c.couplings()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "cells: []                                                                    | cells | empty; a circuit needs at least one cell",
            "cells: [{name: a, neuron: LP9}]                                              | cells[0].neuron | unknown neuron 'LP9'",
            "cells: [{name: a, neuron: LP1, conductances: {gNa: 1}}]                      | cells[0] | give exactly one of neuron",
            "cells: [{name: a, conductances: {gNa: 1}}]                                   | cells[0].conductances.gCaT | missing; give all eight",
            "cells: [{name: a, neuron: LP1}, {name: a, neuron: LP2}]                      | cells[1].name | cell name a is used twice",
            "cells: [{name: 1a, neuron: LP1}]                                             | cells[0].name | '1a' may use only letters",
            "{cells: [{name: a, neuron: LP1}], synapses: [{name: s, pre: a, post: b, type: glutamate, strength-ns: 1}]} | synapses[0].post | unknown cell 'b'; allowed: a",
            "{cells: [{name: a, neuron: LP1}, {name: b, neuron: LP2}], synapses: [{name: s, pre: a, post: b, type: gaba, strength-ns: 1}]} | synapses[0].type | unknown transmitter 'gaba'; allowed: glutamate, acetylcholine",
            "{cells: [{name: a, neuron: LP1}, {name: b, neuron: LP2}], synapses: [{name: s, pre: a, post: b, type: glutamate, strength-ns: -1}]} | synapses[0].strength-ns | -1 is not allowed; expected a number in [0, 10000] nS",
            "{cells: [{name: a, neuron: LP1}], wires: []}                                 | wires | unknown key; allowed: cells, synapses, couplings"})
    void badCircuitsAreRefusedWithOneLineNamingTheField(String yaml, String field, String fragment) {
        assertThatThrownBy(() -> CircuitFile.parse("c.yaml", yaml))
                .isInstanceOf(SpecException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("c.yaml: " + field + ": ").contains(fragment)
                        .doesNotContain("\n"));
    }
}
