package org.circuitsweep.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every method promises: pure functions of (seed, index), checked arguments, validated specs. */
class SamplerContractTest {

    private static final List<Dimension> MIXED = List.of(
            new Dimension.Uniform("gNa", 0, 500),
            new Dimension.Fixed("gLeak", 0.03),
            new Dimension.LogUniform("gH", 1e-4, 0.05),
            new Dimension.Values("gKd", new double[] {0, 25, 50, 75}));

    private static final List<Dimension> GRIDDABLE = List.of(
            new Dimension.Values("gNa", new double[] {0, 100, 200}),
            new Dimension.Fixed("gLeak", 0.03),
            new Dimension.Values("gKd", new double[] {0, 25, 50, 75}));

    private static Sampler sampler(SamplingMethod method, long seed) {
        return method == SamplingMethod.GRID
                ? Sampler.create(GRIDDABLE, method, 0, seed)
                : Sampler.create(MIXED, method, 1000, seed);
    }

    /** Raw bits of every value of variants [0, size) computed in the given index order, stored by index. */
    private static long[][] bits(Sampler sampler, List<Long> order) {
        long[][] bits = new long[(int) sampler.size()][];
        double[] out = new double[sampler.names().size()];
        for (long index : order) {
            sampler.variant(index, out);
            bits[(int) index] = new long[out.length];
            for (int d = 0; d < out.length; d++) {
                bits[(int) index][d] = Double.doubleToRawLongBits(out[d]);
            }
        }
        return bits;
    }

    private static List<Long> indices(Sampler sampler) {
        List<Long> order = new ArrayList<>();
        for (long i = 0; i < sampler.size(); i++) {
            order.add(i);
        }
        return order;
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void variantsAreBitIdenticalWhateverTheCallOrderOrInstance(SamplingMethod method) {
        Sampler forward = sampler(method, 2003);
        List<Long> shuffled = indices(forward);
        Collections.shuffle(shuffled, new Random(7));
        List<Long> reversed = indices(forward);
        Collections.reverse(reversed);

        long[][] expected = bits(forward, indices(forward));
        assertThat(bits(sampler(method, 2003), shuffled)).isDeepEqualTo(expected);
        assertThat(bits(forward, reversed)).isDeepEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(value = SamplingMethod.class, names = "GRID", mode = EnumSource.Mode.EXCLUDE)
    void differentSeedsGiveDifferentVariantsButKeepFixedValues(SamplingMethod method) {
        long[][] a = bits(sampler(method, 1), indices(sampler(method, 1)));
        long[][] b = bits(sampler(method, 2), indices(sampler(method, 2)));
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            assertThat(Double.longBitsToDouble(a[i][1])).isEqualTo(0.03);
            assertThat(b[i][1]).isEqualTo(a[i][1]);
            if (a[i][0] == b[i][0]) {
                same++;
            }
        }
        assertThat(same).as("variants whose gNa does not change with the seed").isLessThan(5);
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void valuesStayInsideTheirDimension(SamplingMethod method) {
        Sampler sampler = sampler(method, 99);
        assertThat(sampler.names()).containsExactlyElementsOf(
                (method == SamplingMethod.GRID ? GRIDDABLE : MIXED).stream().map(Dimension::name).toList());
        double[] out = new double[sampler.names().size()];
        for (long i = 0; i < sampler.size(); i++) {
            sampler.variant(i, out);
            assertThat(out[0]).isBetween(0.0, 500.0);
            assertThat(out[1]).isEqualTo(0.03);
            if (method != SamplingMethod.GRID) {
                assertThat(out[2]).isBetween(1e-4, 0.05);
                assertThat(out[3]).isIn(0.0, 25.0, 50.0, 75.0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void indicesOutsideTheSweepAndWrongBuffersAreRefused(SamplingMethod method) {
        Sampler sampler = sampler(method, 5);
        double[] out = new double[sampler.names().size()];
        assertThatThrownBy(() -> sampler.variant(-1, out)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> sampler.variant(sampler.size(), out)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> sampler.variant(0, new double[out.length + 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one slot per dimension");
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void aDeserializedSamplerGivesTheSameVariants(SamplingMethod method) throws IOException, ClassNotFoundException {
        Sampler sampler = sampler(method, 11);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sampler);
        }
        Sampler copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Sampler) in.readObject();
        }
        assertThat(bits(copy, indices(copy))).isDeepEqualTo(bits(sampler, indices(sampler)));
    }

    @ParameterizedTest
    @EnumSource(value = SamplingMethod.class, names = "GRID", mode = EnumSource.Mode.EXCLUDE)
    void randomMethodsNeedACount(SamplingMethod method) {
        assertThatThrownBy(() -> Sampler.create(MIXED, method, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(method.label() + " needs a count of at least 1 variant, got 0");
        assertThat(Sampler.create(MIXED, method, 1, 1).size()).isEqualTo(1);
    }

    @Test
    void specsAreValidatedWithOneLineMessagesNamingTheDimension() {
        assertOneLine(() -> new Dimension.Uniform("gNa", 5, 5), "gNa: uniform needs finite numbers with min < max");
        assertOneLine(() -> new Dimension.Uniform("gNa", 0, Double.POSITIVE_INFINITY), "gNa: uniform needs finite");
        assertOneLine(() -> new Dimension.Uniform("gNa", -Double.MAX_VALUE, Double.MAX_VALUE), "gNa: uniform needs finite");
        assertOneLine(() -> new Dimension.LogUniform("gH", 0, 1), "gH: log-uniform needs finite numbers with 0 < min < max");
        assertOneLine(() -> new Dimension.LogUniform("gH", 2, 1), "gH: log-uniform needs");
        assertOneLine(() -> new Dimension.LogUniform("gH", Double.NaN, 1), "gH: log-uniform needs");
        assertOneLine(() -> new Dimension.Fixed("gA", Double.NaN), "gA: value must be a finite number");
        assertOneLine(() -> new Dimension.Values("gKd", new double[0]), "gKd: a grid needs at least one value");
        assertOneLine(() -> new Dimension.Values("gKd", new double[] {1, Double.NaN}), "gKd: grid values must be finite numbers, got NaN at position 1");
        assertOneLine(() -> new Dimension.Fixed(" ", 1), "a dimension needs a non-blank name");
        assertOneLine(() -> Sampler.create(List.of(), SamplingMethod.RANDOM, 10, 1), "a sweep needs at least one dimension");
        assertOneLine(() -> Sampler.create(List.of(new Dimension.Fixed("gA", 1), new Dimension.Fixed("gA", 2)), SamplingMethod.GRID, 0, 1),
                "gA: dimension names must be unique");
    }

    private static void assertOneLine(Runnable creation, String messageStart) {
        assertThatThrownBy(creation::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(messageStart)
                .hasMessageNotContaining("\n");
    }

    @Test
    void quantilesMapTheUnitIntervalOntoEachDimension() {
        assertThat(new Dimension.Uniform("a", 2, 6).quantile(0.25)).isEqualTo(3.0);
        assertThat(new Dimension.LogUniform("b", 1e-3, 1e1).quantile(0.5)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(new Dimension.LogUniform("b", 1e-3, 1e1).quantile(Math.nextDown(1.0))).isLessThanOrEqualTo(1e1);
        Dimension.Values values = new Dimension.Values("c", new double[] {5, 6, 7});
        assertThat(values.quantile(0)).isEqualTo(5);
        assertThat(values.quantile(0.34)).isEqualTo(6);
        assertThat(values.quantile(Math.nextDown(1.0))).isEqualTo(7);
    }
}
