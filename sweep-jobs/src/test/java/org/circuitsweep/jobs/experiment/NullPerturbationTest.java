package org.circuitsweep.jobs.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ExperimentRows;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.TableRows;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A null perturbation reproduces the base rows bit for bit, for neurons and for networks: with
 * {@code --recompute-baseline} every selected variant is also simulated unperturbed and its whole
 * models row must equal the stored one (the job fails otherwise), and the "after" values of the
 * null condition (and of a factor of 1) equal the stored "before" values to the bit.
 */
class NullPerturbationTest {

    @TempDir
    Path tmp;

    @Test
    void neuronsUnderNoPerturbationKeepEveryStoredValue() {
        Path base = ReferenceRuns.of(TestSpecs.TINY).output();
        Path out = tmp.resolve("null-neurons");
        Cli.Result r = Cli.run("experiment", base.toString(), "--where", "variant % 3 = 0", "--perturb", "none",
                "--perturb", "gNa*=1", "--recompute-baseline", "--chunk-size", "7", "--output", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("40 of 40 units done (20 base variants × 2 levels");

        List<Map<String, Object>> rows = ExperimentRows.of(out);
        assertThat(rows).hasSize(40);
        assertUnchanged(rows, base);
        assertThat(rows).extracting(m -> m.get("kind")).containsOnly("none", "scale_conductance");
        assertThat(rows.stream().filter(m -> m.get("kind").equals("none"))).allMatch(m -> m.get("level") == null
                && m.get("target") == null && m.get("perturbation").equals("none"));
    }

    @Test
    void networksUnderNoPerturbationKeepEveryStoredValue() {
        Path base = ReferenceRuns.of("tiny-network.yaml").output();
        Path out = tmp.resolve("null-networks");
        Cli.Result r = Cli.run("experiment", base.toString(), "--where", "variant < 3", "--perturb", "none",
                "--recompute-baseline", "--output", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        List<Map<String, Object>> rows = ExperimentRows.of(out);
        assertThat(rows).hasSize(3);
        assertUnchanged(rows, base);
        assertThat(rows.get(0)).containsKeys("triphasic_before", "pyloric_order_after", "lp_oscillates_after",
                "lp_start_phase_delta", "py_period_ms_after");
    }

    /** Every after value equals its before value to the bit, and every before value is the base's stored one. */
    private static void assertUnchanged(List<Map<String, Object>> rows, Path base) {
        Map<Long, Map<String, Object>> stored = new java.util.HashMap<>();
        TableRows.of(base).forEach(m -> stored.put((Long) m.get("variant"), m));
        for (Map<String, Object> row : rows) {
            Map<String, Object> model = stored.get((Long) row.get("variant"));
            assertThat(row.get("class_after")).isEqualTo(row.get("class_before")).isEqualTo(model.get("class"));
            assertThat(row.get("kept")).isEqualTo(true);
            for (String column : row.keySet()) {
                if (column.endsWith("_before")) {
                    String name = column.substring(0, column.length() - "_before".length());
                    String after = name + "_after";
                    assertThat(bits(row.get(after))).as("%s of variant %s", after, row.get("variant"))
                            .isEqualTo(bits(row.get(column)));
                    if (!name.equals("class")) {
                        assertThat(bits(row.get(column))).as(column).isEqualTo(bits(model.get(name)));
                    }
                    if (row.containsKey(name + "_delta")) {
                        Object delta = row.get(name + "_delta");
                        assertThat(delta == null ? row.get(column) == null : (Double) delta == 0.0).as(name + "_delta").isTrue();
                    }
                }
            }
        }
    }

    private static Object bits(Object v) {
        return v instanceof Double d ? Long.toHexString(Double.doubleToRawLongBits(d)) : v;
    }
}
