package org.circuitsweep.jobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.PyloricFeatures;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.sim.CircuitSimulator;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.spec.Candidate;
import org.circuitsweep.jobs.spec.NetworkVariants;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;
import org.circuitsweep.jobs.support.ModelRows;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.ReferenceRuns.Reference;
import org.circuitsweep.jobs.support.SharedSpark;
import org.circuitsweep.jobs.support.TableRows;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Network sweeps end to end on the shared local[2] session: six pyloric networks and a two-network
 * circuit sweep, each row compared with {@link CircuitSimulator} run directly on its circuit.
 */
class NetworkSweepTest {

    static final String NETWORKS = "tiny-network.yaml";
    static final String CIRCUIT = "tiny-circuit.yaml";

    @TempDir
    Path tmp;

    @Test
    void everyPyloricRowIsWhatTheSimulatorGivesForItsNetwork() {
        Reference ref = ReferenceRuns.of(NETWORKS);
        SweepSpec spec = SpecLoader.parse(TestSpecs.text(NETWORKS), NETWORKS);
        List<Map<String, Object>> rows = TableRows.of(ref.output());
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(
                TableSchemas.networks().getFields().stream().map(f -> f.name()).toList());

        CircuitSimulator simulator = new CircuitSimulator(spec.simulation(), spec.classifierThresholds());
        double[] values = new double[spec.parameterNames().size()];
        for (int i = 0; i < rows.size(); i++) {
            spec.sampler().variant(i, values);
            NetworkVariants.Pyloric network = spec.networks().pyloric(values);
            NetworkResult expected = simulator.run(network.circuit());
            Map<String, Object> row = rows.get(i);

            assertThat(row).containsEntry("variant", (long) i).containsEntry("network_code", network.code())
                    .containsEntry("abpd_neuron", network.neurons().get(0).name()).containsEntry("lp_neuron", "LP4")
                    .containsEntry("py_neuron", "PY1").containsEntry("lp_base_variant", null)
                    .containsEntry("PYLP", network.strengthsNs()[6]).containsEntry("ABLP", 30.0)
                    .containsEntry("class", expected.networkClass().label()).containsEntry("status", "ok")
                    .containsEntry("cycles", expected.cycles()).containsEntry("analysed_ms", expected.analysedMs());
            double[] features = expected.pyloric().toArray();
            assertThat(row).containsEntry("gap_abpd_lp_ms", orNull(features[4]))
                    .containsEntry("py_start_phase", orNull(features[14]));
            assertThat(features(row)).containsExactly(boxed(features));
            for (int c = 0; c < 3; c++) {
                String cell = List.of("abpd", "lp", "py").get(c);
                assertThat(row).containsEntry(cell + "_class", expected.cells().get(c).activityClass().label())
                        .containsEntry(cell + "_period_ms", orNull(expected.cells().get(c).periodMs()));
            }
            assertThat(network.neurons()).allMatch(n -> !n.selected()).extracting(Candidate::name)
                    .contains("LP4", "PY1");
        }
        assertThat(ref.result().sweepCounts().labels()).containsExactly("pyloric", "pyloric-like",
                "triphasic-wrong-order", "non-triphasic", "irregular", "silent", "numerical_failure");
        assertThat(ref.result().sweepCounts().total()).isEqualTo(6);
    }

    @Test
    void rowsAreBitIdenticalForAnotherChunkSize() {
        Reference ref = ReferenceRuns.of(NETWORKS);
        RunResult r = ReferenceRuns.run(TestSpecs.write(NETWORKS, tmp, 6), tmp.resolve("out"), Integer.MAX_VALUE);

        assertThat(ref.result().chunksRun()).isEqualTo(2);
        assertThat(r.chunksRun()).isEqualTo(1);
        assertThat(ModelRows.of(SharedSpark.get(), tmp.resolve("out"))).containsExactlyElementsOf(ref.rows());
    }

    @Test
    void aCircuitRowHasTheSweptParametersAndEachCellsClassAndPeriod() {
        Reference ref = ReferenceRuns.of(CIRCUIT);
        SweepSpec spec = SpecLoader.parse(TestSpecs.text(CIRCUIT), CIRCUIT);
        List<Map<String, Object>> rows = TableRows.of(ref.output());

        assertThat(rows).hasSize(2);
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        assertThat(columns.subList(0, 5)).containsExactly("sweep_id", "variant", "LR", "left_gKCa", "class");
        assertThat(columns.subList(columns.size() - 4, columns.size()))
                .containsExactly("left_class", "left_period_ms", "right_class", "right_period_ms");
        CircuitSimulator simulator = new CircuitSimulator(spec.simulation(), spec.classifierThresholds());
        for (int i = 0; i < 2; i++) {
            Circuit circuit = spec.networks().circuit(new double[] {i == 0 ? 0 : 50, 20});
            NetworkResult expected = simulator.run(circuit);
            assertThat(rows.get(i)).containsEntry("LR", i == 0 ? 0.0 : 50.0).containsEntry("left_gKCa", 20.0)
                    .containsEntry("class", expected.networkClass().label()).containsEntry("cycles", expected.cycles())
                    .containsEntry("right_class", expected.cells().get(1).activityClass().label())
                    .containsEntry("right_period_ms", orNull(expected.cells().get(1).periodMs()));
        }
        assertThat(ref.result().sweepCounts().labels()).contains("alternating").doesNotContain("pyloric");
    }

    private static List<Object> features(Map<String, Object> row) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (String name : PyloricFeatures.NAMES) {
            String column = name.replaceAll("([A-Z])", "_$1").toLowerCase();
            assertThat(row).containsKey(column);
            byName.put(column, row.get(column));
        }
        return new ArrayList<>(byName.values());
    }

    private static Object[] boxed(double[] values) {
        Object[] boxed = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = orNull(values[i]);
        }
        return boxed;
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
