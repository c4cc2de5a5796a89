package org.circuitsweep.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.avro.Schema;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.analysis.PyloricFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.junit.jupiter.api.Test;

class TableSchemasTest {

    private static final Set<String> ALWAYS_PRESENT = Set.of("sweep_id", "variant", "class", "status", "analysed_ms",
            "spikes", "bursts_per_cycle", "spiking", "bursting", "periodic", "oscillates");

    @Test
    void everyColumnOfBothTablesHasADocNamingItsUnit() {
        for (Schema schema : List.of(TableSchemas.models(List.of("gNa", "gKd")), TableSchemas.sweeps())) {
            for (Schema.Field f : schema.getFields()) {
                assertThat(f.doc()).as(schema.getName() + "." + f.name()).contains("Unit:");
            }
        }
    }

    @Test
    void experimentsTablesDeriveTagAndFeatureColumnsFromTheirBaseWithDocsAndUnits() {
        Schema neurons = TableSchemas.experiments(TableSchemas.models(List.of("gNa", "gKd")));
        List<String> names = neurons.getFields().stream().map(Schema.Field::name).toList();
        assertThat(names.subList(0, 13)).containsExactly("experiment_id", "sweep_id", "unit", "variant", "condition",
                "level_index", "perturbation", "kind", "target", "level", "class_before", "class_after", "kept");
        assertThat(names).contains("spiking_before", "oscillates_after", "period_ms_before", "period_ms_after",
                "period_ms_delta", "duty_cycle_delta", "spikes_per_burst_after", "spike_rate_hz_delta", "resting_mV_before");
        assertThat(neurons.getField("period_ms_delta").doc()).contains("Unit: ms.");
        assertThat(neurons.getField("oscillates_after").schema().getType()).isEqualTo(Schema.Type.BOOLEAN);
        Schema networks = TableSchemas.experiments(TableSchemas.networks());
        assertThat(networks.getFields().stream().map(Schema.Field::name).toList()).contains("triphasic_before",
                "pyloric_order_after", "py_oscillates_after", "lp_start_phase_delta", "abpd_period_ms_after",
                "lp_duty_cycle_before").doesNotContain("abpd_class_before", "cycles_before");
        Schema circuit = TableSchemas.experiments(TableSchemas.circuitNetworks(List.of("LR"), List.of("left", "right")));
        assertThat(circuit.getField("right_period_ms_delta")).isNotNull();
        for (Schema schema : List.of(neurons, networks, circuit)) {
            for (Schema.Field f : schema.getFields()) {
                assertThat(f.doc()).as(schema.getName() + "." + f.name()).contains("Unit:");
                boolean derived = f.name().matches(".*_(before|after|delta)") && !f.name().startsWith("class_");
                boolean flag = f.schema().getType() == Schema.Type.BOOLEAN;
                // Always present: the fixed columns but target and level, and every tag; features may be null.
                assertThat(f.schema().isNullable()).as(f.name()).isEqualTo(derived ? !flag
                        : f.name().equals("target") || f.name().equals("level"));
            }
        }
    }

    @Test
    void parameterColumnsFollowVariantInSpecOrderAndAreNotNullable() {
        Schema s = TableSchemas.models(List.of("gKd", "gNa"));
        List<String> names = s.getFields().stream().map(Schema.Field::name).toList();
        assertThat(names.subList(0, 5)).containsExactly("sweep_id", "variant", "gKd", "gNa", "class");
        assertThat(s.getField("gKd").schema().getType()).isEqualTo(Schema.Type.DOUBLE);
        assertThat(s.getField("gKd").doc()).contains("mS/cm²");
        assertThat(TableSchemas.modelsBase().getField("gKd")).isNull();
    }

    @Test
    void alwaysPresentColumnsAreNotNullableAndFeaturesAre() {
        for (Schema.Field f : TableSchemas.modelsBase().getFields()) {
            boolean nullable = f.schema().isNullable();
            assertThat(nullable).as(f.name()).isEqualTo(!ALWAYS_PRESENT.contains(f.name()));
        }
        for (Schema.Field f : TableSchemas.sweeps().getFields()) {
            assertThat(f.schema().isNullable()).as(f.name()).isFalse();
        }
    }

    @Test
    void everyNeuronFeatureHasItsSnakeCaseColumnAndNoColumnIsUnmapped() {
        List<String> features = Arrays.stream(NeuronFeatures.class.getRecordComponents())
                .filter(rc -> rc.getType() != ActivityClass.class)
                .map(RecordComponent::getName).map(ModelRecords::snakeCase).toList();
        List<String> columns = TableSchemas.modelsBase().getFields().stream().map(Schema.Field::name)
                .filter(n -> !Set.of("sweep_id", "variant", "class", "status").contains(n)).toList();
        assertThat(columns).containsExactlyElementsOf(features);
        assertThat(columns).contains("period_ms", "burst_duration_ms", "duty_cycle", "spikes_per_burst", "spike_rate_hz",
                "resting_mV", "spikes");
    }

    @Test
    void theNetworkTableHasEveryPyloricFeatureAndDocumentsTheUnitOfEveryColumn() {
        Schema networks = TableSchemas.networks();
        List<String> names = networks.getFields().stream().map(Schema.Field::name).toList();
        for (String feature : PyloricFeatures.NAMES) {
            assertThat(names).contains(ModelRecords.snakeCase(feature));
            assertThat(networks.getField(ModelRecords.snakeCase(feature)).schema().isNullable()).isTrue();
        }
        assertThat(names).startsWith("sweep_id", "variant", "network_code", "abpd_neuron", "lp_neuron", "py_neuron",
                "abpd_base_variant", "lp_base_variant", "py_base_variant", "ABLP", "PDLP", "ABPY", "PDPY", "LPPM", "LPPY",
                "PYLP", "class", "status", "cycles", "analysed_ms", "period_ms");
        assertThat(names).endsWith("py_start_phase", "triphasic", "pyloric_order", "abpd_class", "abpd_period_ms",
                "abpd_oscillates", "lp_class", "lp_period_ms", "lp_oscillates", "py_class", "py_period_ms",
                "py_oscillates");
        assertThat(TableSchemas.builtInTags(networks)).containsExactly("triphasic", "pyloric_order", "abpd_oscillates",
                "lp_oscillates", "py_oscillates");
        for (Schema.Field f : networks.getFields()) {
            assertThat(f.doc()).as(f.name()).contains("Unit:");
        }
        assertThat(networks.getField("ABLP").doc()).contains("Unit: nS.");
        assertThat(networks.getField("class").schema().isNullable()).isFalse();
    }

    @Test
    void aCircuitTableHasItsParametersAfterVariantAndTheResultColumnsOncePerCell() {
        Schema s = TableSchemas.circuitNetworks(List.of("LR", "left.gCaS"), List.of("left", "Right"));
        List<String> names = s.getFields().stream().map(Schema.Field::name).toList();

        assertThat(names.subList(0, 5)).containsExactly("sweep_id", "variant", "LR", "left_gCaS", "class");
        assertThat(names).doesNotContain("network_code", "abpd_neuron", "ABLP", "abpd_class")
                .endsWith("left_class", "left_period_ms", "left_oscillates", "right_class", "right_period_ms",
                        "right_oscillates");
        assertThat(s.getField("right_oscillates").doc()).contains("of the cell Right");
        assertThat(s.getField("left_gCaS").doc()).contains("left.gCaS", "Unit: mS/cm²");
        assertThat(s.getField("right_period_ms").doc()).contains("of the cell Right", "Unit: ms");
        assertThatThrownBy(() -> TableSchemas.circuitNetworks(List.of("cycles"), List.of("a")))
                .hasMessageContaining("'cycles'");
        assertThatThrownBy(() -> TableSchemas.circuitNetworks(List.of("lr", "LR"), List.of("a")))
                .hasMessageContaining("twice");
    }

    @Test
    void refusesParameterNamesThatCannotBeColumns() {
        assertThatThrownBy(() -> TableSchemas.models(List.of("class"))).hasMessageContaining("'class'");
        assertThatThrownBy(() -> TableSchemas.models(List.of("g-Na"))).hasMessageContaining("'g-Na'");
    }
}
