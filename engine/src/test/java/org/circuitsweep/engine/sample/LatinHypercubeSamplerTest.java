package org.circuitsweep.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatinHypercubeSamplerTest {

    private static final double ALPHA = 1e-3;

    /** {@code dims} unit-uniform dimensions with a fixed one in the middle, so values are the unit numbers. */
    private static Sampler unitCube(int dims, long count, long seed) {
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
            dimensions.add(new Dimension.Uniform("x" + d, 0, 1));
            if (d == dims / 2) {
                dimensions.add(new Dimension.Fixed("fixed", 42));
            }
        }
        return Sampler.create(dimensions, SamplingMethod.LATIN_HYPERCUBE, count, seed);
    }

    /** columns[d][i]: non-fixed dimension d of variant i. */
    private static double[][] columns(Sampler sampler) {
        int n = (int) sampler.size();
        int width = sampler.names().size();
        double[][] columns = new double[width - 1][n];
        double[] out = new double[width];
        for (int i = 0; i < n; i++) {
            sampler.variant(i, out);
            for (int d = 0, c = 0; d < width; d++) {
                if (!sampler.names().get(d).equals("fixed")) {
                    columns[c++][i] = out[d];
                } else {
                    assertThat(out[d]).isEqualTo(42);
                }
            }
        }
        return columns;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 7, 1000, 1024, 1025, 4099})
    void everyStratumOfEveryDimensionIsHitExactlyOnce(long n) {
        double[][] columns = columns(unitCube(5, n, 31));
        for (double[] column : columns) {
            BitSet strata = new BitSet((int) n);
            for (double u : column) {
                assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
                strata.set((int) Math.floor(u * n));
            }
            assertThat(strata.cardinality()).isEqualTo((int) n);
        }
    }

    @Test
    void marginalsAreUniformAndDimensionsUncorrelated() {
        double[][] columns = columns(unitCube(4, 1000, 8));
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        for (double[] column : columns) {
            assertThat(ks.kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), column)).isGreaterThan(ALPHA);
            // Jitter: the position inside the stratum is uniform too.
            double[] within = Arrays.stream(column).map(u -> u * 1000 - Math.floor(u * 1000)).toArray();
            assertThat(ks.kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), within)).isGreaterThan(ALPHA);
        }
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        for (int a = 0; a < columns.length; a++) {
            for (int b = a + 1; b < columns.length; b++) {
                assertThat(pearson.correlation(columns[a], columns[b])).isCloseTo(0, offset(4 / Math.sqrt(1000)));
            }
        }
        // The stratum order must not follow the index: neighbours in index are unrelated in value.
        double[] here = Arrays.copyOfRange(columns[0], 0, 999);
        double[] next = Arrays.copyOfRange(columns[0], 1, 1000);
        assertThat(pearson.correlation(here, next)).isCloseTo(0, offset(4 / Math.sqrt(1000)));
    }

    @Test
    void permutationIsABijectionOnAnOddSizedDomain() {
        long n = (1 << 20) + 7; // just above a power of two: the worst case for cycle walking
        FeistelPermutation permutation = new FeistelPermutation(n, 12345);
        BitSet images = new BitSet((int) n);
        for (long x = 0; x < n; x++) {
            images.set(Math.toIntExact(permutation.apply(x)));
        }
        assertThat(images.cardinality()).isEqualTo((int) n);
        assertThat(images.length()).isEqualTo((int) n); // no image at n or above
    }

    @Test
    void billionPointPermutationIsInRangeAndCollisionFreeOnASample() {
        long n = 1_000_000_000L;
        LatinHypercubeSampler sampler = (LatinHypercubeSampler) unitCube(2, n, 77);
        SplittableRandom random = new SplittableRandom(3);
        int samples = 200_000; // a random function would give about samples²/2n = 20 collisions
        long[] strata = new long[samples];
        long[] indices = random.longs(samples, 0, n).distinct().toArray();
        for (int i = 0; i < indices.length; i++) {
            strata[i] = sampler.stratum(indices[i], 0);
        }
        long[] sorted = Arrays.stream(strata, 0, indices.length).sorted().toArray();
        assertThat(sorted[0]).isGreaterThanOrEqualTo(0);
        assertThat(sorted[sorted.length - 1]).isLessThan(n);
        assertThat(Arrays.stream(sorted).distinct().count()).as("distinct strata").isEqualTo(sorted.length);
        double[] out = new double[3];
        sampler.variant(n - 1, out);
        assertThat(out[0]).isBetween(0.0, 1.0);
    }

    @Test
    void dimensionsAndSeedsHaveDifferentPermutations() {
        LatinHypercubeSampler a = (LatinHypercubeSampler) unitCube(2, 1000, 1);
        LatinHypercubeSampler b = (LatinHypercubeSampler) unitCube(2, 1000, 2);
        int sameAcrossDimensions = 0;
        int sameAcrossSeeds = 0;
        for (long i = 0; i < 1000; i++) {
            sameAcrossDimensions += a.stratum(i, 0) == a.stratum(i, 1) ? 1 : 0;
            sameAcrossSeeds += a.stratum(i, 0) == b.stratum(i, 0) ? 1 : 0;
        }
        assertThat(sameAcrossDimensions).isLessThan(10);
        assertThat(sameAcrossSeeds).isLessThan(10);
    }
}
