package org.circuitsweep.jobs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sample.SamplingMethod;
import org.circuitsweep.engine.sim.Integrator;
import org.circuitsweep.engine.sim.Kernel;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.io.TagDefinition;
import org.junit.jupiter.api.Test;

/** What a valid spec turns into: defaults, values exactly as written, every kind of parameter. */
class SpecLoaderTest {

    private static final String MINIMAL = """
            name: minimal
            seed: 7
            model: prinz2003
            method: random
            count: 10
            parameters:
              gNa: {uniform: [0, 500]}
            """;

    @Test
    void leftOutKeysTakeTheirDefaults() {
        SweepSpec spec = SpecLoader.parse(MINIMAL, "minimal.yaml");

        assertThat(spec.simulation()).isEqualTo(SimulationSettings.DEFAULTS);
        assertThat(spec.classifierOverrides()).isEmpty();
        assertThat(spec.output()).isEqualTo("out/minimal");
        assertThat(spec.chunkSize()).isEqualTo(SpecLoader.DEFAULT_CHUNK_SIZE);
        assertThat(spec.text()).isEqualTo(MINIMAL);
    }

    @Test
    void simulationKeysOverrideOnlyWhatTheyName() {
        SweepSpec spec = SpecLoader.parse(MINIMAL + """
                simulation:
                  dt-ms: 0.025
                  integrator: dormand-prince
                  dc-current-na: -0.5
                  dc-onset-ms: 100
                  adaptive-stop: yes
                  kernel: exact
                classifier: {tonicIsiTolerance: 0.1}
                output: /tmp/elsewhere
                chunk-size: 1_000
                """, "s.yaml");

        assertThat(spec.simulation()).isEqualTo(new SimulationSettings(0.025, 10_000, 5_000, -0.5, 100,
                Integrator.DORMAND_PRINCE, true, Kernel.EXACT));
        assertThat(spec.classifierOverrides()).isEqualTo(Map.of("tonicIsiTolerance", 0.1));
        assertThat(spec.classifierThresholds())
                .isEqualTo(ClassifierThresholds.defaults().withOverrides(Map.of("tonicIsiTolerance", 0.1)));
        assertThat(spec.output()).isEqualTo("/tmp/elsewhere");
        assertThat(spec.chunkSize()).isEqualTo(1_000);
    }

    @Test
    void everyKindOfParameterInTheOrderWritten() {
        SweepSpec spec = SpecLoader.parse("""
                name: kinds
                seed: -3
                model: prinz2003
                method: latin-hypercube
                count: 1e6
                parameters:
                  gKd:   {value: 100}
                  gNa:   {grid: [0, 100, 200]}
                  gCaT:  {range: {min: 0, max: 12.5, steps: 6}}
                  gA:    {uniform: [0, 50]}
                  gH:    {log-uniform: [0.001, 0.05]}
                """, "kinds.yaml");

        assertThat(spec.seed()).isEqualTo(-3);
        assertThat(spec.variantCount()).isEqualTo(1_000_000L);
        assertThat(spec.parameterNames()).containsExactly("gKd", "gNa", "gCaT", "gA", "gH");
        assertThat(spec.parameters()).containsExactly(
                new Dimension.Fixed("gKd", 100),
                new Dimension.Values("gNa", new double[] {0, 100, 200}),
                new Dimension.Values("gCaT", new double[] {0, 2.5, 5, 7.5, 10, 12.5}),
                new Dimension.Uniform("gA", 0, 50),
                new Dimension.LogUniform("gH", 0.001, 0.05));
    }

    @Test
    void acceptedValuesRoundTripExactly() {
        SweepSpec spec = SpecLoader.parse("""
                name: exact
                seed: 1
                model: prinz2003
                method: random
                count: 1
                parameters:
                  gH:    {value: 0.05}
                  gLeak: {grid: [0.01, 0.03, 1e-3, 0.1]}
                  gCaT:  {uniform: [0.1, 12.3]}
                """, "exact.yaml");

        Dimension.Fixed gH = (Dimension.Fixed) spec.parameters().get(0);
        assertThat(gH.value()).isEqualTo(0.05);
        assertThat(Double.toString(gH.value())).isEqualTo("0.05");
        assertThat(((Dimension.Values) spec.parameters().get(1)).values()).containsExactly(0.01, 0.03, 0.001, 0.1);
        assertThat(spec.parameters().get(2)).isEqualTo(new Dimension.Uniform("gCaT", 0.1, 12.3));
    }

    @Test
    void rangeValuesAreTheDecimalStepsNotAccumulatedDoubles() {
        SweepSpec spec = SpecLoader.parse(grid("""
                  gH:    {range: {min: 0, max: 0.05, steps: 6}}
                  gNa:   {range: {min: 0, max: 1, steps: 11}}
                  gLeak: {range: {min: 0, max: 1, steps: 4}}
                  gKd:   {range: {min: 250, max: 250, steps: 1}}
                """), "range.yaml");

        // In doubles 3 * 0.05 / 5 is 0.030000000000000006 and 3 * (1.0 / 10) is 0.30000000000000004;
        // a range must give the doubles a user would type, so that P03 grid values join exactly.
        assertThat(values(spec, 0)).containsExactly(0, 0.01, 0.02, 0.03, 0.04, 0.05);
        assertThat(values(spec, 1)).containsExactly(0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1);
        assertThat(values(spec, 2)).containsExactly(0, 1.0 / 3, 2.0 / 3, 1);
        assertThat(values(spec, 3)).containsExactly(250);
        assertThat(spec.variantCount()).isEqualTo(6 * 11 * 4);
    }

    @Test
    void gridAcceptsFixedValuesAndCountsTheirProduct() {
        SweepSpec spec = SpecLoader.parse(grid("""
                  gNa: {grid: [100, 200]}
                  gKd: {value: 50}
                  gA:  {range: {min: 0, max: 50, steps: 3}}
                """), "grid.yaml");

        assertThat(spec.count()).isZero();
        assertThat(spec.variantCount()).isEqualTo(6);
    }

    @Test
    void negativeZeroIsStoredAsZero() {
        SweepSpec spec = SpecLoader.parse(MINIMAL + "  gKd: {value: -0.0}\n", "zero.yaml");

        assertThat(Double.doubleToRawLongBits(((Dimension.Fixed) spec.parameters().get(1)).value())).isZero();
    }

    @Test
    void tagsKeepTheOrderWrittenAndTheExpressionWithoutSurroundingBlanks() {
        SweepSpec spec = SpecLoader.parse(MINIMAL + "tags:\n  slow_burster: \" class = 'bursting' AND period_ms > 1000 \"\n"
                + "  big_na: \"gNa >= 400\"\n", "tags.yaml");

        assertThat(spec.tags()).containsExactly(
                new TagDefinition("slow_burster", "class = 'bursting' AND period_ms > 1000", TagDefinition.Source.SPEC),
                new TagDefinition("big_na", "gNa >= 400", TagDefinition.Source.SPEC));
        assertThat(SpecLoader.parse(MINIMAL, "minimal.yaml").tags()).isEmpty();
    }

    @Test
    void messageNamesTheSourceGivenToParse() {
        assertThatThrownBy(() -> SpecLoader.parse(MINIMAL.replace("method: random", "method: montecarlo"), "quickstart.yaml"))
                .isInstanceOf(SpecException.class)
                .hasMessage("quickstart.yaml: method: unknown 'montecarlo'; allowed: grid, random, latin-hypercube, sobol");
    }

    @Test
    void lineBreaksInEchoedValuesKeepTheMessageOnOneLine() {
        assertThatThrownBy(() -> SpecLoader.parse(MINIMAL.replace("name: minimal", "name: \"a\\nb\""), "n.yaml"))
                .hasMessage("n.yaml: name: 'a\\nb' may use only letters, digits, '-' and '_'");
    }

    private static String grid(String parameters) {
        return "name: g\nseed: 1\nmodel: prinz2003\nmethod: grid\nparameters:\n" + parameters;
    }

    private static double[] values(SweepSpec spec, int i) {
        return ((Dimension.Values) spec.parameters().get(i)).values();
    }
}
