package org.circuitsweep.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A systematic sample takes the design's variants offset, offset + every, ... with their exact values. */
class SystematicSampleTest {

    /** 6 × 6 × 6 = 216 variants, numbered in mixed radix like the P03 grid. */
    private static final Sampler GRID = Sampler.create(List.of(
            new Dimension.Values("gNa", new double[] {0, 100, 200, 300, 400, 500}),
            new Dimension.Values("gKd", new double[] {0, 25, 50, 75, 100, 125}),
            new Dimension.Values("gH", new double[] {0, 0.01, 0.02, 0.03, 0.04, 0.05})), SamplingMethod.GRID, 0, 0);

    @Test
    void variantIOfTheSampleIsVariantOffsetPlusIEveryOfTheDesign() {
        Sampler sample = Sampler.systematic(GRID, 7, 3);
        assertThat(sample.size()).isEqualTo(31); // 3, 10, ..., 213
        assertThat(sample.names()).isEqualTo(GRID.names());
        double[] got = new double[3];
        double[] expected = new double[3];
        for (long i = 0; i < sample.size(); i++) {
            sample.variant(i, got);
            GRID.variant(3 + 7 * i, expected);
            assertThat(got).as("variant %d", i).containsExactly(expected);
        }
        assertThatThrownBy(() -> sample.variant(31, got)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void sizesAtTheEdges() {
        assertThat(Sampler.systematic(GRID, 1, 0).size()).isEqualTo(216);
        assertThat(Sampler.systematic(GRID, 100, 0).size()).isEqualTo(3); // 0, 100, 200
        assertThat(Sampler.systematic(GRID, 100, 15).size()).isEqualTo(3); // 15, 115, 215
        assertThat(Sampler.systematic(GRID, 100, 16).size()).isEqualTo(2); // 16, 116 (216 is past the end)
        assertThat(Sampler.systematic(GRID, 216, 215).size()).isEqualTo(1);
        assertThat(Sampler.systematic(GRID, 1_000_000, 0).size()).isEqualTo(1);
        Sampler huge = Sampler.create(List.of(new Dimension.Uniform("gNa", 0, 1)), SamplingMethod.RANDOM,
                Long.MAX_VALUE, 1);
        assertThat(Sampler.systematic(huge, Long.MAX_VALUE - 1, Long.MAX_VALUE - 2).size()).isEqualTo(1);
        assertThat(Sampler.systematic(huge, 2, 1).size()).isEqualTo(Long.MAX_VALUE / 2);
    }

    @Test
    void refusesAStrideBelowOneAndAnOffsetOutsideTheFirstStride() {
        assertThatThrownBy(() -> Sampler.systematic(GRID, 0, 0)).hasMessageStartingWith("every: 0 is not allowed");
        assertThatThrownBy(() -> Sampler.systematic(GRID, 10, 10)).hasMessageStartingWith("offset: 10 is not allowed")
                .hasMessageContaining("[0, 10)");
        assertThatThrownBy(() -> Sampler.systematic(GRID, 1000, 216)).hasMessageContaining("[0, 216)");
        assertThatThrownBy(() -> Sampler.systematic(GRID, 10, -1)).hasMessageStartingWith("offset: -1");
    }
}
