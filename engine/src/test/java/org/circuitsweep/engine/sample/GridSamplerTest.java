package org.circuitsweep.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GridSamplerTest {

    /** The Prinz, Bucher and Marder 2003 grid: six levels of each of eight maximal conductances. */
    private static final String[] P03_NAMES = {"Na", "CaT", "CaS", "A", "KCa", "Kd", "H", "leak"};
    private static final double[] P03_STEPS = {100, 2.5, 2, 10, 5, 25, 0.01, 0.01};

    private static Sampler p03() {
        List<Dimension> dims = new ArrayList<>();
        for (int d = 0; d < P03_NAMES.length; d++) {
            double[] levels = new double[6];
            for (int level = 0; level < 6; level++) {
                levels[level] = level * P03_STEPS[d];
            }
            dims.add(new Dimension.Values(P03_NAMES[d], levels));
        }
        return Sampler.create(dims, SamplingMethod.GRID, 0, 0);
    }

    private static double[] variant(Sampler sampler, long index) {
        double[] out = new double[sampler.names().size()];
        sampler.variant(index, out);
        return out;
    }

    /** The P03 values of the given base-6 digits, most significant (Na) first. */
    private static double[] p03Values(int... digits) {
        double[] values = new double[digits.length];
        for (int d = 0; d < digits.length; d++) {
            values[d] = digits[d] * P03_STEPS[d];
        }
        return values;
    }

    @Test
    void p03GridHasPrinzSizeAndNames() {
        Sampler grid = p03();
        assertThat(grid.size()).isEqualTo(1_679_616L);
        assertThat(grid.names()).containsExactly(P03_NAMES);
    }

    @Test
    void p03NumberingIsMixedRadixWithFirstDimensionMostSignificant() {
        Sampler grid = p03();
        assertThat(variant(grid, 0)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(variant(grid, 1)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0.01);
        assertThat(variant(grid, 6)).containsExactly(0, 0, 0, 0, 0, 0, 0.01, 0);
        assertThat(variant(grid, 279_936)).containsExactly(100, 0, 0, 0, 0, 0, 0, 0); // 6^7
        assertThat(variant(grid, 279_935)).containsExactly(p03Values(0, 5, 5, 5, 5, 5, 5, 5));
        assertThat(variant(grid, 1_679_615)).containsExactly(500, 12.5, 10, 50, 25, 125, 0.05, 0.05);
    }

    @Test
    void p03IndicesMatchHandComputedBase6Digits() {
        Sampler grid = p03();
        // 123456 = 0·6^7 + 2·6^6 + 3·6^5 + 5·6^4 + 1·6^3 + 3·6^2 + 2·6 + 0
        assertThat(variant(grid, 123_456)).containsExactly(p03Values(0, 2, 3, 5, 1, 3, 2, 0));
        // 777777 = 2·6^7 + 4·6^6 + 4·6^5 + 0 + 0 + 4·6^2 + 5·6 + 3
        assertThat(variant(grid, 777_777)).containsExactly(p03Values(2, 4, 4, 0, 0, 4, 5, 3));
        // 1000000 = 3·6^7 + 3·6^6 + 2·6^5 + 3·6^4 + 3·6^3 + 3·6^2 + 4·6 + 4
        assertThat(variant(grid, 1_000_000)).containsExactly(p03Values(3, 3, 2, 3, 3, 3, 4, 4));
    }

    @Test
    void fixedDimensionsTakeOneLevelAndKeepTheirPlace() {
        Sampler grid = Sampler.create(List.of(
                new Dimension.Values("a", new double[] {1, 2}),
                new Dimension.Fixed("b", 7),
                new Dimension.Values("c", new double[] {10, 20, 30})), SamplingMethod.GRID, 0, 0);
        assertThat(grid.size()).isEqualTo(6);
        assertThat(variant(grid, 4)).containsExactly(2, 7, 20);
    }

    /** 5^6 · 6^4 = 20 250 000 variants in mixed radix. */
    private static Sampler mixedRadixGrid() {
        List<Dimension> dims = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            int levels = d < 6 ? 5 : 6;
            double[] values = new double[levels];
            for (int level = 0; level < levels; level++) {
                values[level] = 10 * d + level;
            }
            dims.add(new Dimension.Values("g" + d, values));
        }
        return Sampler.create(dims, SamplingMethod.GRID, 0, 0);
    }

    private static double[] mixedRadixValues(int... digits) {
        double[] values = new double[digits.length];
        for (int d = 0; d < digits.length; d++) {
            values[d] = 10 * d + digits[d];
        }
        return values;
    }

    @Test
    void twentyMillionVariantGridIsIndexedInMixedRadix() {
        Sampler grid = mixedRadixGrid();
        assertThat(grid.size()).isEqualTo(20_250_000L);
        assertThat(variant(grid, 1295)).containsExactly(mixedRadixValues(0, 0, 0, 0, 0, 0, 5, 5, 5, 5));
        assertThat(variant(grid, 1296)).containsExactly(mixedRadixValues(0, 0, 0, 0, 0, 1, 0, 0, 0, 0));
        assertThat(variant(grid, 12_345_678)).containsExactly(mixedRadixValues(3, 0, 1, 1, 0, 0, 5, 5, 3, 0));
        assertThat(variant(grid, 20_249_999)).containsExactly(mixedRadixValues(4, 4, 4, 4, 4, 4, 5, 5, 5, 5));
    }

    @Test
    void consecutiveIndicesStepLikeAnOdometer() {
        Sampler grid = mixedRadixGrid();
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 10_000; trial++) {
            long index = random.nextLong(grid.size() - 1);
            double[] here = variant(grid, index);
            double[] next = variant(grid, index + 1);
            int d = here.length - 1;
            while (here[d] - 10 * d == (d < 6 ? 4 : 5)) { // a digit at its top rolls over to 0
                assertThat(next[d]).isEqualTo(10 * d);
                d--;
            }
            assertThat(next[d]).isEqualTo(here[d] + 1);
            for (int k = 0; k < d; k++) {
                assertThat(next[k]).isEqualTo(here[k]);
            }
        }
    }

    @Test
    void largeGridAllocatesNothingProportionalToItsSize() {
        assumeThat(ManagementFactory.getThreadMXBean()).isInstanceOf(com.sun.management.ThreadMXBean.class);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();

        long before = threads.getCurrentThreadAllocatedBytes();
        Sampler grid = mixedRadixGrid();
        double[] out = new double[grid.names().size()];
        double checksum = 0;
        for (long index = 0; index < grid.size(); index += 997) {
            grid.variant(index, out);
            checksum += out[9];
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(checksum).isPositive();
        assertThat(allocated).as("bytes allocated for a %d-variant grid", grid.size()).isLessThan(1_000_000L);
    }

    @Test
    void gridLargerThanALongIsRefused() {
        List<Dimension> dims = new ArrayList<>();
        for (int d = 0; d < 64; d++) {
            dims.add(new Dimension.Values("x" + d, new double[] {0, 1}));
        }
        assertThatThrownBy(() -> Sampler.create(dims, SamplingMethod.GRID, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grid is too large")
                .hasMessageContaining("x62"); // 2^63 > Long.MAX_VALUE
        assertThat(Sampler.create(dims.subList(0, 62), SamplingMethod.GRID, 0, 0).size()).isEqualTo(1L << 62);
    }

    @Test
    void gridRefusesDistributions() {
        for (Dimension random : List.of(new Dimension.Uniform("gNa", 0, 1), new Dimension.LogUniform("gNa", 1, 2))) {
            assertThatThrownBy(() -> Sampler.create(List.of(new Dimension.Fixed("gKd", 1), random), SamplingMethod.GRID, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("gNa: grid needs `value`, `grid` or `range`")
                    .hasMessageNotContaining("\n");
        }
    }
}
