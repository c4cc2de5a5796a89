package org.circuitsweep.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClassifierThresholdsTest {

    private final ClassifierThresholds defaults = ClassifierThresholds.defaults();

    @Test
    void defaultsAreTheSheetValues() {
        assertThat(defaults.spikeThresholdMv()).isEqualTo(0.0);
        assertThat(defaults.tonicMinSpikes()).isEqualTo(11);
        assertThat(defaults.tonicIsiTolerance()).isEqualTo(0.05);
        assertThat(defaults.modulatedTonicRatio()).isEqualTo(5.0);
        assertThat(defaults.modulatedTonicIbiFraction()).isEqualTo(0.99);
        assertThat(defaults.longIsiRatio()).isEqualTo(2.0);
        assertThat(defaults.longIsiIbiFraction()).isEqualTo(0.5);
        assertThat(defaults.ibiThresholdCapMs()).isEqualTo(500.0);
        assertThat(defaults.periodicityTolerance()).isEqualTo(0.05);
        assertThat(defaults.maxBurstsPerCycle()).isEqualTo(3);
        assertThat(defaults.periodicMinSpikes()).isEqualTo(6);
        assertThat(defaults.periodicMinCycles()).isEqualTo(2);
    }

    @Test
    void namesAreTheComponentsInOrder() {
        assertThat(ClassifierThresholds.names()).hasSize(20)
                .startsWith("spikeThresholdMv", "minProminenceMv", "tonicMinSpikes")
                .endsWith("settleQuietMs", "settleDriftMv")
                .contains("ibiThresholdCapMs", "slowWaveWindowMs", "endGapRatio");
    }

    @Test
    void overridesReplaceOnlyTheNamedValues() {
        ClassifierThresholds t = defaults.withOverrides(Map.of("ibiThresholdCapMs", 300.0, "tonicMinSpikes", 20.0));
        assertThat(t.ibiThresholdCapMs()).isEqualTo(300.0);
        assertThat(t.tonicMinSpikes()).isEqualTo(20);
        assertThat(t).isEqualTo(new ClassifierThresholds(0.0, 0.1, 20, 0.05, 5.0, 0.99, 2.0, 0.5, 300.0, 0.05, 3, 6,
                2, 2.0, 1.5, 20.0, 3, 0.5, 2000.0, 0.1));
        assertThat(defaults.ibiThresholdCapMs()).isEqualTo(500.0);
        assertThat(defaults.withOverrides(Map.of())).isEqualTo(defaults);
    }

    @Test
    void unknownNameIsNamedWithTheAllowedNames() {
        assertThatThrownBy(() -> defaults.withOverrides(Map.of("ibiCap", 300.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ibiCap'")
                .hasMessageContaining("ibiThresholdCapMs")
                .hasMessageContaining("settleDriftMv");
    }

    @Test
    void integerThresholdRefusesFractionsAndNulls() {
        assertThatThrownBy(() -> defaults.withOverrides(Map.of("maxBurstsPerCycle", 2.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBurstsPerCycle = 2.5: allowed a whole number");
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("spikeThresholdMv", null);
        assertThatThrownBy(() -> defaults.withOverrides(withNull))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spikeThresholdMv = null");
    }

    @Test
    void outOfRangeValuesAreRefusedWithFieldAndRange() {
        assertThatThrownBy(() -> defaults.withOverrides(Map.of("periodicityTolerance", 2.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periodicityTolerance = 2: allowed 0 < value < 1");
        assertThatThrownBy(() -> defaults.withOverrides(Map.of("spikeThresholdMv", Double.NaN)))
                .hasMessage("spikeThresholdMv = NaN: allowed a finite number");
        assertThatThrownBy(() -> defaults.withOverrides(Map.of("periodicMinCycles", 1.0)))
                .hasMessage("periodicMinCycles = 1: allowed an integer >= 2");
        assertThatThrownBy(() -> defaults.withOverrides(Map.of("periodicMinCycles", 4.0)))
                .hasMessage("settleMinCycles = 3: allowed an integer >= periodicMinCycles (4)");
        assertThatThrownBy(() -> defaults.withOverrides(Map.of("endGapRatio", 1.0)))
                .hasMessage("endGapRatio = 1: allowed 1 < value < 1e6");
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(defaults);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(defaults);
        }
    }
}
