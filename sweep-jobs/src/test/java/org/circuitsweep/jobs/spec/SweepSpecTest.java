package org.circuitsweep.jobs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.circuitsweep.engine.model.Conductances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The helpers of {@link SweepSpec}: the hash that identifies its rows, and conductances per variant. */
class SweepSpecTest {

    private static final String BASE = """
            name: h
            seed: 11
            model: prinz2003
            method: random
            count: 100
            parameters:
              gNa: {uniform: [0, 500]}
              gKd: {value: 100}
            simulation:
              dt-ms: 0.05
            classifier: {tonicIsiTolerance: 0.05}
            output: out/h
            chunk-size: 10
            """;

    @Test
    void hashIsSha256HexAndStableForTheSameContent() {
        String hash = hash(BASE);

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(hash(BASE));
    }

    /**
     * Stored results are matched by hash, so a change of the canonical form orphans them all. If
     * this fails, make the change deliberate (and say so in the commit), then update the value.
     */
    @Test
    void hashOfAKnownSpecIsPinned() {
        assertThat(hash(BASE)).isEqualTo("ed055dbcd8047714642e0bbd8af9057f96ced2da89b0cfd51529b15995a76d91");
    }

    @Test
    void hashIgnoresOutputCommentsLayoutAndHowNumbersAreWritten() {
        String rewritten = """
                # the same sweep, written differently
                chunk-size: 10
                output: somewhere/else      # output does not change the rows
                name: h
                model: prinz2003
                seed: 11
                count: 1e2
                method: random
                parameters:
                  gNa:
                    uniform:
                      - 0.0
                      - 5.0e2
                  gKd: {value: 100.0}
                classifier:
                  tonicIsiTolerance: 5e-2
                """;

        assertThat(hash(rewritten)).isEqualTo(hash(BASE));
    }

    @Test
    void hashIsTheSameWhenAThresholdIsOverriddenWithItsDefault() {
        String withoutOverride = BASE.replace("classifier: {tonicIsiTolerance: 0.05}\n", "");

        assertThat(withoutOverride).isNotEqualTo(BASE);
        assertThat(hash(withoutOverride)).isEqualTo(hash(BASE));
    }

    @Test
    void hashIsTheSameForAGridListAndARangeWithTheSameValues() {
        String grid = "name: g\nseed: 1\nmodel: prinz2003\nmethod: grid\nparameters:\n  gH: ";

        assertThat(hash(grid + "{grid: [0, 0.01, 0.02, 0.03, 0.04, 0.05]}\n"))
                .isEqualTo(hash(grid + "{range: {min: 0, max: 0.05, steps: 6}}\n"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "seed: 11                  | seed: 12",
            "count: 100                | count: 101",
            "method: random            | method: sobol",
            "name: h                   | name: h2",
            "gNa: {uniform: [0, 500]}  | gNa: {uniform: [0, 400]}",
            "gNa: {uniform: [0, 500]}  | gNa: {log-uniform: [1, 500]}",
            "gKd: {value: 100}         | gKd: {value: 100.5}",
            "gKd: {value: 100}         | gKd: {grid: [100]}",
            "dt-ms: 0.05               | dt-ms: 0.025",
            "dt-ms: 0.05               | adaptive-stop: true",
            "dt-ms: 0.05               | kernel: exact",
            "tonicIsiTolerance: 0.05   | tonicIsiTolerance: 0.06",
            "chunk-size: 10            | chunk-size: 20"})
    void hashChangesWithEveryRowDeterminingField(String before, String after) {
        assertThat(BASE).contains(before);

        assertThat(hash(BASE.replace(before, after))).isNotEqualTo(hash(BASE));
    }

    /** A sample changes the rows, unless it is the whole grid; the hashes of specs without one stay as they were. */
    @Test
    void aGridSampleIsPartOfTheHashAndOfTheRowsForm() {
        String grid = "name: g\nseed: 1\nmodel: prinz2003\nmethod: grid\nparameters:\n  gNa: {grid: [0, 100, 200]}\n"
                + "  gKd: {grid: [0, 50, 100]}\n";
        SweepSpec sampled = SpecLoader.parse(grid + "sample: {every: 2}\n", "h.yaml");

        assertThat(hash(grid + "sample: {every: 2}\n")).isNotEqualTo(hash(grid))
                .isNotEqualTo(hash(grid + "sample: {every: 2, offset: 1}\n"))
                .isEqualTo(hash(grid + "sample: {every: 2, offset: 0}\n"));
        assertThat(hash(grid + "sample: {every: 1}\n")).isEqualTo(hash(grid));
        assertThat(sampled.rowsForm()).contains("sample every: 2\n", "sample offset: 0\n");
        assertThat(SpecLoader.parse(grid, "h.yaml").canonicalForm()).doesNotContain("sample");
        assertThat(sampled.variantCount()).isEqualTo(5);
    }

    @Test
    void hashChangesWithParameterOrder() {
        String swapped = BASE.replace("  gNa: {uniform: [0, 500]}\n  gKd: {value: 100}\n",
                "  gKd: {value: 100}\n  gNa: {uniform: [0, 500]}\n");

        assertThat(hash(swapped)).isNotEqualTo(hash(BASE));
    }

    @Test
    void tagsChangeTheHashButNotTheRowsForm() {
        String tagged = BASE + "tags:\n  big: \"gNa >= 400\"\n  multi: |\n    spikes > 3\n    AND bursting\n";
        SweepSpec spec = SpecLoader.parse(tagged, "h.yaml");

        assertThat(spec.hash()).isNotEqualTo(hash(BASE)).isNotEqualTo(hash(tagged.replace("400", "401")));
        assertThat(spec.rowsForm()).isEqualTo(SpecLoader.parse(BASE, "h.yaml").rowsForm()).doesNotContain("chunk-size");
        assertThat(spec.canonicalForm()).contains("tag big: gNa >= 400\n", "tag multi: spikes > 3\\nAND bursting\n");
    }

    @Test
    void canonicalFormListsDefaultsOfUnlistedConductances() {
        String canonical = SpecLoader.parse(BASE, "h.yaml").canonicalForm();

        assertThat(canonical)
                .startsWith("engine: " + SweepSpec.ENGINE_VERSION + "\n")
                .contains("parameter gNa: uniform 0x0.0p0 0x1.f4p8\n", "parameter gKd: value 0x1.9p6\n",
                        "default gCaS: 0x1.8p2\n", "simulation dt-ms: 0x1.999999999999ap-5\n")
                .doesNotContain("default gNa", "out/h");
    }

    @Test
    void conductancesFillUnlistedOnesWithCatalogueDefaults() {
        SweepSpec spec = SpecLoader.parse(BASE, "h.yaml");

        assertThat(spec.conductances(new double[] {123, 45}))
                .isEqualTo(Conductances.defaults().with("gNa", 123).with("gKd", 45));
        assertThatThrownBy(() -> spec.conductances(new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[gNa, gKd]");
    }

    private static String hash(String yaml) {
        return SpecLoader.parse(yaml, "h.yaml").hash();
    }
}
