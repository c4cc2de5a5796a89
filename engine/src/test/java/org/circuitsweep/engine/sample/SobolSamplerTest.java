package org.circuitsweep.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SobolSamplerTest {

    /** {@code dims} unit-uniform dimensions, a fixed one after the first, so values are the scrambled unit numbers. */
    private static Sampler unitCube(int dims, long count, long seed) {
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
            dimensions.add(new Dimension.Uniform("x" + d, 0, 1));
            if (d == 0) {
                dimensions.add(new Dimension.Fixed("fixed", -1));
            }
        }
        return Sampler.create(dimensions, SamplingMethod.SOBOL, count, seed);
    }

    /** points[i][c]: non-fixed coordinate c of variant i. */
    private static double[][] points(Sampler sampler) {
        int width = sampler.names().size();
        double[][] points = new double[(int) sampler.size()][width - 1];
        double[] out = new double[width];
        for (int i = 0; i < points.length; i++) {
            sampler.variant(i, out);
            assertThat(out[1]).isEqualTo(-1);
            points[i][0] = out[0];
            System.arraycopy(out, 2, points[i], 1, width - 2);
        }
        return points;
    }

    @Test
    void unscrambledPointsAreTheKnownSobolSequence() {
        long[][] v = SobolSampler.directionNumbers(2);
        double[][] expected = {
            {0, 0}, {0.5, 0.5}, {0.75, 0.25}, {0.25, 0.75}, {0.375, 0.375}, {0.875, 0.875}, {0.625, 0.125}, {0.125, 0.625}};
        for (int i = 0; i < expected.length; i++) {
            for (int c = 0; c < 2; c++) {
                double x = (SobolSampler.sobolBits(v[c], i) >>> 11) * 0x1.0p-53;
                assertThat(x).as("point %d coordinate %d", i, c).isEqualTo(expected[i][c]);
            }
        }
    }

    @Test
    void unscrambledPointsMatchCommonsMath() {
        int dims = 40;
        long[][] v = SobolSampler.directionNumbers(dims);
        SobolSequenceGenerator commons = new SobolSequenceGenerator(dims);
        SplittableRandom random = new SplittableRandom(5);
        int[] indices = {1, 2, 3, 100, 1023, 1024, 65_537, random.nextInt(1 << 20), random.nextInt(), Integer.MAX_VALUE};
        for (int index : indices) {
            double[] reference = commons.skipTo(index);
            for (int c = 0; c < dims; c++) {
                // commons-math uses 52-bit direction numbers; the 64-bit ones agree on those bits.
                double x = (SobolSampler.sobolBits(v[c], index) >>> 12) * 0x1.0p-52;
                assertThat(x).as("point %d coordinate %d", index, c).isEqualTo(reference[c]);
            }
        }
    }

    @Test
    void owenScrambleKeepsEveryDyadicIntervalTogether() {
        SplittableRandom random = new SplittableRandom(9);
        long key = StatelessRandom.key(1, StatelessRandom.SOBOL_SCRAMBLE, 0);
        for (int trial = 0; trial < 2000; trial++) {
            long x = random.nextLong();
            long y = random.nextLong();
            int common = Long.numberOfLeadingZeros(x ^ y); // digits shared from the top
            long sx = SobolSampler.owenScramble(x, key);
            long sy = SobolSampler.owenScramble(y, key);
            assertThat(Long.numberOfLeadingZeros(sx ^ sy)).isEqualTo(Math.min(common, 64));
        }
        // The scramble does something: the first digit flips for some keys and not others.
        int flipped = 0;
        for (int seed = 0; seed < 64; seed++) {
            flipped += (int) (SobolSampler.owenScramble(0, StatelessRandom.key(seed, StatelessRandom.SOBOL_SCRAMBLE, 0)) >>> 63);
        }
        assertThat(flipped).isBetween(16, 48);
    }

    @Test
    void scrambledPointsStayInTheUnitInterval() {
        for (double[] point : points(unitCube(6, 4096, 17))) {
            for (double x : point) {
                assertThat(x).isGreaterThanOrEqualTo(0).isLessThan(1);
            }
        }
    }

    @Test
    void everyCoordinateHasOnePointPerIntervalForPowerOfTwoCounts() {
        int m = 10;
        int n = 1 << m;
        double[][] points = points(unitCube(8, n, 2024));
        for (int c = 0; c < points[0].length; c++) {
            BitSet intervals = new BitSet(n);
            for (double[] point : points) {
                intervals.set((int) (point[c] * n));
            }
            assertThat(intervals.cardinality()).as("intervals of coordinate %d with a point", c).isEqualTo(n);
        }
        // The first two coordinates form a (0, m, 2)-net: one point in every 2^-a x 2^-(m-a) box.
        for (int a = 0; a <= m; a++) {
            BitSet boxes = new BitSet(n);
            for (double[] point : points) {
                boxes.set(((int) (point[0] * (1 << a)) << (m - a)) | (int) (point[1] * (1 << (m - a))));
            }
            assertThat(boxes.cardinality()).as("boxes 2^-%d x 2^-%d with a point", a, m - a).isEqualTo(n);
        }
    }

    @Test
    void seedsGiveDifferentScramblesOfTheSameSequence() {
        double[][] a = points(unitCube(3, 256, 1));
        double[][] b = points(unitCube(3, 256, 2));
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i][2] == b[i][2] ? 1 : 0;
        }
        assertThat(same).isZero();
    }

    @Test
    void integratesAProductFarBetterThanRandomSampling() {
        int n = 1 << 12;
        double exact = Math.pow(0.5, 5); // ∫ x1·…·x5 over [0,1]^5
        double sobolSquares = 0;
        double randomSquares = 0;
        long[] seeds = {1, 2, 3, 4, 5, 6};
        for (long seed : seeds) {
            sobolSquares += square(integral(unitCube(5, n, seed)) - exact);
            List<Dimension> dims = List.of(new Dimension.Uniform("x0", 0, 1), new Dimension.Fixed("fixed", -1),
                    new Dimension.Uniform("x1", 0, 1), new Dimension.Uniform("x2", 0, 1),
                    new Dimension.Uniform("x3", 0, 1), new Dimension.Uniform("x4", 0, 1));
            randomSquares += square(integral(Sampler.create(dims, SamplingMethod.RANDOM, n, seed)) - exact);
        }
        double sobolRms = Math.sqrt(sobolSquares / seeds.length);
        double randomRms = Math.sqrt(randomSquares / seeds.length);
        // Random sampling's standard error here is sqrt((1/3^5 - 1/4^5) / n) ≈ 8.8e-4.
        assertThat(randomRms).isGreaterThan(2e-4);
        assertThat(sobolRms).isLessThan(randomRms / 10);
    }

    private static double integral(Sampler sampler) {
        double sum = 0;
        for (double[] point : points(sampler)) {
            double product = 1;
            for (double x : point) {
                product *= x;
            }
            sum += product;
        }
        return sum / sampler.size();
    }

    private static double square(double x) {
        return x * x;
    }

    @Test
    void meanOfEachCoordinateIsCloseToOneHalf() {
        double[][] points = points(unitCube(10, 1 << 11, 99));
        for (int c = 0; c < 10; c++) {
            double sum = 0;
            for (double[] point : points) {
                sum += point[c];
            }
            // One point per interval of width 2^-11 bounds the error of the mean by 2^-12.
            assertThat(sum / points.length).isCloseTo(0.5, offset(0x1.0p-12));
        }
    }

    @Test
    void hugeIndicesAreComputedDirectly() {
        Sampler sampler = unitCube(3, Long.MAX_VALUE, 4);
        double[] out = new double[4];
        sampler.variant(Long.MAX_VALUE - 1, out);
        assertThat(out[0]).isGreaterThanOrEqualTo(0).isLessThan(1);
        // Gray code of 2^62 - 1 is 2^61: only v_62 = 2^-62 of the van der Corput coordinate is selected.
        long[] v = SobolSampler.directionNumbers(1)[0];
        assertThat(SobolSampler.sobolBits(v, (1L << 62) - 1)).isEqualTo(4L);
    }

    @Test
    void tooManyDimensionsAreRefused() {
        assertThatThrownBy(() -> unitCube(SobolSampler.MAX_COORDINATES + 1, 8, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sobol supports at most 1000 non-fixed dimensions");
        assertThat(unitCube(SobolSampler.MAX_COORDINATES, 8, 1).size()).isEqualTo(8);
    }
}
