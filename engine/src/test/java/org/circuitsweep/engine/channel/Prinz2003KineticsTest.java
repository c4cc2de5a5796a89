package org.circuitsweep.engine.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kinetic function against values computed independently (Python) from the model sheet's Table 1. */
class Prinz2003KineticsTest {

    private static final Map<String, Channel> BY_NAME = Map.of(
            "Na", channel("gNa"), "CaT", channel("gCaT"), "CaS", channel("gCaS"), "A", channel("gA"),
            "KCa", channel("gKCa"), "Kd", channel("gKd"), "H", channel("gH"));

    private static Channel channel(String g) {
        return ChannelCatalog.PRINZ2003.get(ChannelCatalog.indexOf(g)).channel();
    }

    static Stream<Arguments> sheetValues() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (var in = Prinz2003KineticsTest.class.getResourceAsStream("/prinz2003-kinetics.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    String[] f = line.split(",");
                    rows.add(Arguments.of(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
                }
            }
        }
        assertThat(rows).hasSize(168);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} at {2} mV")
    @MethodSource("sheetValues")
    void kineticFunctionMatchesTheSheet(String current, String function, double v, double expected) {
        Channel c = BY_NAME.get(current);
        double actual = switch (function.split("@")[0]) {
            case "mInf" -> c.mInf(v, function.contains("@") ? Double.parseDouble(function.split("@")[1]) : 0.05);
            case "hInf" -> c.hInf(v);
            case "tauM" -> c.tauMMs(v);
            case "tauH" -> c.tauHMs(v);
            default -> throw new IllegalStateException(function);
        };
        assertThat(actual).isCloseTo(expected, within(1e-12 * Math.max(1.0, Math.abs(expected))));
    }

    @Test
    void exponentsAndReversalsAreThoseOfTable1() {
        int[][] pq = {{3, 1}, {3, 1}, {3, 1}, {3, 1}, {4, 0}, {4, 0}, {1, 0}, {0, 0}};
        double[] e = {50, Double.NaN, Double.NaN, -80, -80, -80, -20, -50};
        for (int i = 0; i < ChannelCatalog.SIZE; i++) {
            Channel c = ChannelCatalog.PRINZ2003.get(i).channel();
            assertThat(new int[] {c.p(), c.q()}).as(c.name()).containsExactly(pq[i]);
            assertThat(Double.valueOf(c.reversalMv())).as(c.name()).isEqualTo(Double.valueOf(e[i]));
        }
    }

    @Test
    void calciumReversalFollowsNernstWithTheChosenFactor() {
        assertThat(Prinz2003.NERNST_FACTOR_CA_MV).isCloseTo(12.193, within(1e-3));
        // At the resting 0.05 µM against 3 mM outside: 12.193 · ln(60000) ≈ 134.15 mV.
        assertThat(Prinz2003.calciumReversalMv(0.05)).isCloseTo(134.15, within(0.01));
        assertThat(Prinz2003.calciumReversalMv(3000.0)).isZero();
    }

    @Test
    void catalogueNamesBoundsAndDefaults() {
        assertThat(ChannelCatalog.names()).isEqualTo("gNa, gCaT, gCaS, gA, gKCa, gKd, gH, gLeak");
        assertThat(ChannelCatalog.parameter("gNa").orElseThrow().accepts(500)).isTrue();
        assertThat(ChannelCatalog.parameter("gNa").orElseThrow().accepts(-1)).isFalse();
        assertThat(ChannelCatalog.parameter("gNa").orElseThrow().accepts(Double.NaN)).isFalse();
        assertThat(ChannelCatalog.parameter("gNa").orElseThrow().rangeMessage(-1))
                .isEqualTo("gNa = -1.0 is outside the allowed range [0, 50000] mS/cm²");
        assertThat(ChannelCatalog.parameter("gFoo")).isEmpty();
    }
}
