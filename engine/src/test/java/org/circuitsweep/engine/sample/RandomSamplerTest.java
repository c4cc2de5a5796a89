package org.circuitsweep.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fixed-seed statistical checks: a broken hash (shared streams, biased bits) fails them. */
class RandomSamplerTest {

    private static final int N = 20_000;
    /** Significance level: with fixed seeds each test either always passes or always fails. */
    private static final double ALPHA = 1e-3;
    private static final double[] KD = {0, 25, 50, 75, 100, 125, 150};

    /** columns[d][i]: dimension d of variant i (log for the log-uniform dimension). */
    private static double[][] columns;

    @BeforeAll
    static void draw() {
        Sampler sampler = Sampler.create(List.of(
                new Dimension.Uniform("gNa", 2, 5),
                new Dimension.LogUniform("gH", 1e-4, 1e-1),
                new Dimension.Fixed("gLeak", 0.03),
                new Dimension.Values("gKd", KD),
                new Dimension.Uniform("gA", 0, 1)), SamplingMethod.RANDOM, N, 20_030_101L);
        columns = new double[5][N];
        double[] out = new double[5];
        for (int i = 0; i < N; i++) {
            sampler.variant(i, out);
            for (int d = 0; d < out.length; d++) {
                columns[d][i] = d == 1 ? Math.log(out[d]) : out[d];
            }
        }
    }

    @Test
    void uniformDimensionIsUniform() {
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(2, 5), columns[0]);
        assertThat(p).isGreaterThan(ALPHA);
        double standardError = Math.sqrt(0.75 / N);
        assertThat(new Mean().evaluate(columns[0])).isCloseTo(3.5, offset(4 * standardError));
        assertThat(new Variance().evaluate(columns[0])).isCloseTo(0.75, offset(0.02)); // about 4 standard errors
    }

    @Test
    void logUniformDimensionIsUniformInLog() {
        UniformRealDistribution logUniform = new UniformRealDistribution(Math.log(1e-4), Math.log(1e-1));
        assertThat(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(logUniform, columns[1])).isGreaterThan(ALPHA);
    }

    @Test
    void valuesArePickedWithEqualProbability() {
        long[] observed = new long[KD.length];
        for (double v : columns[3]) {
            observed[(int) (v / 25)]++;
        }
        double[] expected = new double[KD.length];
        java.util.Arrays.fill(expected, (double) N / KD.length);
        assertThat(new ChiSquareTest().chiSquareTest(expected, observed)).isGreaterThan(ALPHA);
    }

    @Test
    void fixedDimensionIsItsValue() {
        assertThat(columns[2]).containsOnly(0.03);
    }

    @Test
    void dimensionsAreUncorrelated() {
        double bound = 4 / Math.sqrt(N);
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        int[] random = {0, 1, 3, 4};
        for (int a = 0; a < random.length; a++) {
            for (int b = a + 1; b < random.length; b++) {
                assertThat(pearson.correlation(columns[random[a]], columns[random[b]]))
                        .as("correlation of dimensions %d and %d", random[a], random[b])
                        .isCloseTo(0, offset(bound));
            }
        }
    }

    @Test
    void consecutiveIndicesAreUncorrelated() {
        double[] here = java.util.Arrays.copyOfRange(columns[4], 0, N - 1);
        double[] next = java.util.Arrays.copyOfRange(columns[4], 1, N);
        assertThat(new PearsonsCorrelation().correlation(here, next)).isCloseTo(0, offset(4 / Math.sqrt(N)));
    }

    @Test
    void unitNumbersAreMultiplesOfTwoToTheMinus53BelowOne() {
        assertThat(StatelessRandom.unit(-1L)).isEqualTo(1 - 0x1.0p-53);
        assertThat(StatelessRandom.unit(0L)).isZero();
        assertThat(StatelessRandom.unit(1L << 11)).isEqualTo(0x1.0p-53);
    }

    @Test
    void hashBitsAreBalanced() {
        long key = StatelessRandom.key(1, StatelessRandom.RANDOM, 0);
        int[] ones = new int[64];
        int draws = 10_000;
        for (long i = 0; i < draws; i++) {
            long bits = StatelessRandom.bits(key, i);
            for (int b = 0; b < 64; b++) {
                ones[b] += (int) ((bits >>> b) & 1);
            }
        }
        for (int b = 0; b < 64; b++) {
            assertThat(ones[b]).as("ones in bit %d", b).isBetween(draws / 2 - 250, draws / 2 + 250); // 5 standard deviations
        }
    }
}
