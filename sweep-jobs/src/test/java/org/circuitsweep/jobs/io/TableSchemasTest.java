package org.circuitsweep.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.avro.Schema;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.junit.jupiter.api.Test;

class TableSchemasTest {

    private static final Set<String> ALWAYS_PRESENT = Set.of("sweep_id", "variant", "class", "status", "analysed_ms",
            "spikes", "bursts_per_cycle");

    @Test
    void everyColumnOfBothTablesHasADocNamingItsUnit() {
        for (Schema schema : List.of(TableSchemas.models(List.of("gNa", "gKd")), TableSchemas.sweeps())) {
            for (Schema.Field f : schema.getFields()) {
                assertThat(f.doc()).as(schema.getName() + "." + f.name()).contains("Unit:");
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
    void refusesParameterNamesThatCannotBeColumns() {
        assertThatThrownBy(() -> TableSchemas.models(List.of("class"))).hasMessageContaining("'class'");
        assertThatThrownBy(() -> TableSchemas.models(List.of("g-Na"))).hasMessageContaining("'g-Na'");
    }
}
