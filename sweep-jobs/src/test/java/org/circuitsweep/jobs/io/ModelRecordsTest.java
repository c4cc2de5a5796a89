package org.circuitsweep.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {

    private final ModelRecords rows = new ModelRecords(TableSchemas.models(List.of("gNa", "gKd")), "s-0123", 2);

    @Test
    void fillsParametersFeaturesAndTurnsNaNIntoNull() {
        double nan = Double.NaN;
        NeuronFeatures f = new NeuronFeatures(ActivityClass.SILENT, 300, 0, 0, nan, 0, nan, nan, nan, nan, -52.5,
                -53, -52, nan, nan, 0.1, 0.2, 0.15);
        GenericRecord r = rows.row(7, new double[] {120.5, 80}, f);
        assertThat(GenericData.get().validate(r.getSchema(), r)).isTrue();
        assertThat(r.get("sweep_id")).isEqualTo("s-0123");
        assertThat(r.get("variant")).isEqualTo(7L);
        assertThat(r.get("gNa")).isEqualTo(120.5);
        assertThat(r.get("gKd")).isEqualTo(80.0);
        assertThat(r.get("class")).isEqualTo("silent");
        assertThat(r.get("status")).isEqualTo("ok");
        assertThat(r.get("resting_mV")).isEqualTo(-52.5);
        assertThat(r.get("period_ms")).isNull();
        assertThat(r.get("spikes")).isEqualTo(0);
    }

    @Test
    void aNumericalFailureHasThatStatusAndNullFeatures() {
        GenericRecord r = rows.row(3, new double[] {1, 2}, NeuronFeatures.numericalFailure(120));
        assertThat(GenericData.get().validate(r.getSchema(), r)).isTrue();
        assertThat(r.get("class")).isEqualTo("numerical_failure");
        assertThat(r.get("status")).isEqualTo("numerical_failure");
        assertThat(r.get("analysed_ms")).isEqualTo(120.0);
        assertThat(r.get("v_min_mV")).isNull();
    }
}
