package org.circuitsweep.jobs.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ExperimentRows;
import org.circuitsweep.jobs.support.Tags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The condition sees the base's models table as {@code sweep query} does: its built-in tags, the
 * user tags of its spec and the tags added by {@code sweep tag}; the selection table holds exactly
 * the rows that condition gives in the base, in variant order.
 */
class SelectionTest {

    @TempDir
    Path tmp;

    @Test
    void theConditionMayUseBuiltInSpecAndAddedTags() {
        Path base = Tags.copyOfReference(tmp);
        Cli.Result tag = Cli.run("tag", base.toString(), "low_kd", "gKd < 60");
        assertThat(tag.exit()).as(tag.err()).isZero();
        String where = "high_sodium AND NOT low_kd AND spiking";
        Path out = tmp.resolve("tagged");

        Cli.Result r = Cli.run("experiment", base.toString(), "--where", where, "--perturb", "none", "--output",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        Cli.Result expected = Cli.run("query", base.toString(), "SELECT variant FROM models WHERE " + where
                + " ORDER BY variant", "--format", "csv");
        List<Long> variants = expected.out().lines().skip(1).map(Long::parseLong).toList();
        assertThat(variants).isNotEmpty().hasSizeLessThan(24);
        assertThat(ExperimentRows.selection(out)).extracting(m -> (Long) m.get("variant")).containsExactlyElementsOf(variants);
        assertThat(ExperimentRows.selection(out).get(0)).doesNotContainKeys("high_sodium", "low_kd")
                .containsKeys("gNa", "class", "spiking");
        assertThat(Tags.count(out, "experiments", "kept")).isEqualTo(variants.size());
    }
}
