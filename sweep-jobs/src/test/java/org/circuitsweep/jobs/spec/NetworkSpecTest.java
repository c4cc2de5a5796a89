package org.circuitsweep.jobs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sample.SamplingMethod;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Network specs: the pyloric template's dimensions, the numbering of the P04 grid (variant ↔ the
 * 10-digit network code of Prinz's files), the shipped network configs and the hash of chained
 * and circuit specs.
 */
class NetworkSpecTest {

    private static final Path CONFIGS = Path.of("..", "configs");

    @Test
    void cellsComeFirstThenTheSynapsesInTemplateOrderWhateverOrderTheyAreWritten() {
        SweepSpec spec = SpecLoader.parse(TestSpecs.text("tiny-network.yaml"), "tiny-network.yaml");

        assertThat(spec.kind()).isEqualTo(ModelKind.PYLORIC);
        assertThat(spec.parameterNames()).containsExactly("ABPD", "LP", "PY", "ABLP", "PDLP", "ABPY", "PDPY", "LPPM",
                "LPPY", "PYLP");
        assertThat(spec.dimensions().get(0)).isEqualTo(new Dimension.Values("ABPD", new double[] {0, 1}));
        assertThat(spec.simulation().transientMs()).isEqualTo(1000);
        String reordered = TestSpecs.text("tiny-network.yaml").replace("  PYLP: {grid: [10, 30]}", "")
                .replace("  LPPY: {value: 1}", "  LPPY: {value: 1}\n  PYLP: {grid: [10, 30]}");
        assertThat(reordered).isNotEqualTo(TestSpecs.text("tiny-network.yaml"));
        assertThat(SpecLoader.parse(reordered, "r.yaml").hash()).isEqualTo(spec.hash());
    }

    @Test
    void aVariantIsItsNeuronsAndStrengthsWithUnlistedSynapsesAtZero() {
        SweepSpec spec = SpecLoader.parse("""
                name: n
                seed: 1
                model: prinz2004-pyloric
                method: grid
                cells:
                  ABPD: {neurons: [ABPD3, ABPD2]}
                  LP: {neurons: [LP4]}
                  PY: {neurons: [PY1, PY6]}
                parameters:
                  LPPM: {grid: [3, 100]}
                """, "n.yaml");
        assertThat(spec.variantCount()).isEqualTo(8);
        assertThat(spec.simulation()).isEqualTo(SimulationSettings.NETWORK_DEFAULTS);
        double[] values = new double[spec.parameterNames().size()];
        spec.sampler().variant(5, values); // (1, 0, 0, 1): ABPD2, LP4, PY1, LPPM 100

        NetworkVariants.Pyloric network = spec.networks().pyloric(values);
        assertThat(network.neurons()).extracting(Candidate::name).containsExactly("ABPD2", "LP4", "PY1");
        assertThat(network.strengthsNs()).containsExactly(0, 0, 0, 0, 100, 0, 0);
        assertThat(network.circuit()).isEqualTo(Prinz2004Pyloric.circuit("ABPD2", "LP4", "PY1",
                Prinz2004Pyloric.strengths(Map.of("LPPM", 100.0))));
        assertThat(network.code()).isEqualTo("1300000400");
        assertThat(spec.canonicalForm()).contains("cell ABPD: neurons ABPD3 ABPD2\n", "default PYLP: 0x0.0p0\n");
    }

    @Test
    void theP04ConfigIsTheFullGridOfTheSheet() throws IOException {
        SweepSpec spec = load("prinz2004-networks.yaml");

        assertThat(spec.method()).isEqualTo(SamplingMethod.GRID);
        assertThat(spec.variantCount()).isEqualTo(20_250_000L).isEqualTo(Prinz2004Grid.SIZE);
        assertThat(spec.parameterNames()).containsExactly("ABPD", "LP", "PY", "ABLP", "PDLP", "ABPY", "PDPY", "LPPM",
                "LPPY", "PYLP");
        for (int k = 0; k < 7; k++) {
            assertThat(((Dimension.Values) spec.parameters().get(k)).values()).containsExactly(Prinz2004Grid.strengthsNs(k));
        }
        assertThat(Prinz2004Grid.strengthsNs(0)).containsExactly(0, 3, 10, 30, 100);
        assertThat(Prinz2004Grid.strengthsNs(2)).containsExactly(0, 1, 3, 10, 30, 100);
        assertThat(spec.simulation()).isEqualTo(SimulationSettings.NETWORK_DEFAULTS);
    }

    /** The variant index read in mixed radix is the network code; the code's digits index the neurons and strengths. */
    @ParameterizedTest(name = "variant {0}")
    @ValueSource(longs = {0, 1, 5, 6, 4_049, 123_456, 10_000_000, 20_249_998, 20_249_999})
    void gridVariantsAreNumberedLikePrinzsFiles(long variant) throws IOException {
        SweepSpec spec = load("prinz2004-networks.yaml");
        double[] values = new double[spec.parameterNames().size()];
        spec.sampler().variant(variant, values);

        NetworkVariants.Pyloric network = spec.networks().pyloric(values);
        String code = Prinz2004Grid.code(variant);
        assertThat(network.code()).isEqualTo(code);
        assertThat(Prinz2004Grid.variant(code)).isEqualTo(variant);
        for (int cell = 0; cell < 3; cell++) {
            assertThat(network.neurons().get(cell).name())
                    .isEqualTo(Prinz2004Pyloric.neuronsFor(cell).get(code.charAt(cell) - '0'));
        }
        for (int k = 0; k < 7; k++) {
            assertThat(network.strengthsNs()[k]).isEqualTo(Prinz2004Grid.strengthsNs(k)[code.charAt(3 + k) - '0']);
        }
    }

    @Test
    void theFirstAndLastNetworksAndTheEngineTestsPyloricLikeOne() throws IOException {
        assertThat(Prinz2004Grid.code(0)).isEqualTo("0000000000");
        assertThat(Prinz2004Grid.code(20_249_999)).isEqualTo("4454455454");
        assertThat(Prinz2004Grid.code(1)).isEqualTo("0000000001");
        assertThat(Prinz2004Grid.code(5)).isEqualTo("0000000010"); // PYLP has 5 levels
        assertThat(Prinz2004Grid.code(4_050_000)).isEqualTo("1000000000"); // 5 · 6 · 5^4 · 6^3 networks per AB/PD neuron

        SweepSpec spec = load("prinz2004-networks.yaml");
        double[] values = new double[spec.parameterNames().size()];
        spec.sampler().variant(20_249_999, values);
        NetworkVariants.Pyloric last = spec.networks().pyloric(values);
        assertThat(last.neurons()).extracting(Candidate::name).containsExactly("ABPD5", "LP5", "PY6");
        assertThat(last.strengthsNs()).containsOnly(100.0);

        // (ABPD2, LP4, PY1) with ABLP = PDLP = 30, ABPY 10, PDPY 3, LPPM 30, LPPY 1, PYLP 30 nS (PyloricCircuitTest)
        spec.sampler().variant(Prinz2004Grid.variant("1303332313"), values);
        NetworkVariants.Pyloric known = spec.networks().pyloric(values);
        assertThat(known.neurons()).extracting(Candidate::name).containsExactly("ABPD2", "LP4", "PY1");
        assertThat(known.strengthsNs()).containsExactly(30, 30, 10, 3, 30, 1, 30);
        assertThatThrownBy(() -> Prinz2004Grid.variant("4454455455")).hasMessageContaining("digit 10");
        assertThatThrownBy(() -> Prinz2004Grid.code(20_250_000)).hasMessageContaining("outside the grid");
    }

    @Test
    void aNetworkOffTheGridHasNoCode() {
        assertThat(Prinz2004Grid.code(List.of("ABPD1", "LP1", "PY1"), new double[] {0, 0, 0, 0, 0, 0, 0}))
                .isEqualTo("0000000000");
        assertThat(Prinz2004Grid.code(List.of("ABPD1", "LP1", "PY1"), new double[] {0, 0, 0, 0, 0, 2, 0})).isNull();
        assertThat(Prinz2004Grid.code(List.of("ABPD1", "q-1a2b:7", "PY1"), new double[7])).isNull();
    }

    @Test
    void theSampleIsTwoThousandRandomNetworksOfTheGridUnderTheP04Protocol() throws IOException {
        SweepSpec sample = load("prinz2004-sample.yaml");
        SweepSpec grid = load("prinz2004-networks.yaml");

        assertThat(sample.method()).isEqualTo(SamplingMethod.RANDOM);
        assertThat(sample.variantCount()).isEqualTo(2_000);
        assertThat(sample.dimensions()).isEqualTo(grid.dimensions());
        assertThat(sample.simulation()).isEqualTo(SimulationSettings.NETWORK_DEFAULTS);
        assertThat(sample.chunkSize()).isEqualTo(50);
        Sampler sampler = sample.sampler();
        double[] values = new double[sample.parameterNames().size()];
        for (long i = 0; i < 50; i++) {
            sampler.variant(i, values);
            assertThat(sample.networks().pyloric(values).code()).as("variant %d", i).isNotNull();
        }
    }

    @Test
    void theHalfCentreSweepSweepsBothSynapsesOfTheCircuitFile() throws IOException {
        SweepSpec spec = load("half-centre-sweep.yaml");

        assertThat(spec.kind()).isEqualTo(ModelKind.CIRCUIT);
        assertThat(spec.parameterNames()).containsExactly("LR", "RL");
        assertThat(spec.variantCount()).isEqualTo(25);
        assertThat(spec.classLabels()).containsExactly("alternating", "overlapping", "locked-other", "irregular",
                "silent", "numerical_failure");
        double[] values = new double[2];
        spec.sampler().variant(7, values); // LR index 1, RL index 2
        assertThat(spec.networks().circuit(values).synapses()).extracting(s -> s.strengthNs()).containsExactly(10.0, 30.0);
        assertThat(spec.canonicalForm()).contains("circuit synapse LR: left -> right glutamate\n",
                "circuit cell right: dc-current-na 0x1.47ae147ae147bp-6\n", "default left.gKCa: 0x1.4p4\n");
    }

    @Test
    void aChangedCircuitFileIsAnotherSweep() throws IOException {
        String text = Files.readString(CONFIGS.resolve("half-centre-sweep.yaml"));
        String circuit = Files.readString(CONFIGS.resolve("circuits/half-centre.yaml"));
        String hash = SpecLoader.parse(text, "h", new SpecInputs(circuit, Map.of())).hash();

        assertThat(SpecLoader.parse(text, "h", new SpecInputs(circuit.replace("gKCa: 20", "gKCa: 21"), Map.of())).hash())
                .isNotEqualTo(hash);
        assertThat(SpecLoader.parse(text, "h", new SpecInputs(circuit.replace("dc-current-na: 0.02", "dc-current-na: 0.03"),
                Map.of())).hash()).isNotEqualTo(hash);
        assertThat(SpecLoader.parse(text, "h", new SpecInputs("# a comment\n" + circuit, Map.of())).hash()).isEqualTo(hash);
    }

    @Test
    void aSelectedCellIsUnresolvedUntilTheDriverRunsItsQueryAndItsRowsAreInTheHash() {
        String text = TestSpecs.text("tiny-network.yaml").replace("LP: {neurons: [LP4]}",
                "LP: {from: out/quickstart, where: \"class = 'bursting'\"}");
        SweepSpec unresolved = SpecLoader.parse(text, "c.yaml");
        assertThat(unresolved.resolved()).isFalse();
        assertThatThrownBy(unresolved::hash).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(unresolved::sampler).isInstanceOf(IllegalStateException.class);

        double[] lp4 = Prinz2004Pyloric.neuron("LP4").toArray();
        Selection one = new Selection("q-0123456789ab", "f".repeat(64), List.of(new Candidate("q-0123456789ab:7", lp4, 7)));
        SweepSpec resolved = SpecLoader.parse(text, "c.yaml", SpecInputs.NONE.withSelection("LP", one));
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.canonicalForm()).contains("cell LP: from " + "f".repeat(64) + " where class = 'bursting' selects 1 ");
        double[] lp4Changed = lp4.clone();
        lp4Changed[0] += 1;
        Selection other = new Selection("q-0123456789ab", "f".repeat(64),
                List.of(new Candidate("q-0123456789ab:7", lp4Changed, 7)));
        assertThat(SpecLoader.parse(text, "c.yaml", SpecInputs.NONE.withSelection("LP", other)).hash())
                .isNotEqualTo(resolved.hash());
        double[] values = new double[resolved.parameterNames().size()];
        resolved.sampler().variant(0, values);
        assertThat(resolved.networks().pyloric(values).neurons().get(1).baseVariant()).isEqualTo(7);
        assertThat(resolved.networks().pyloric(values).code()).isNull();
    }

    /** A shipped config, with its circuit file read relative to the repository root (the launcher's working directory). */
    private static SweepSpec load(String config) throws IOException {
        String text = Files.readString(CONFIGS.resolve(config));
        SweepSpec plain = SpecLoader.parse(text.replace("circuit: configs/", "circuit: ../configs/"), config);
        String circuit = plain.circuit() == null ? null : plain.circuit().text();
        return SpecLoader.parse(text, config, new SpecInputs(circuit, Map.of()));
    }
}
