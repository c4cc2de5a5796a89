package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitsweep.jobs.support.Tags.count;

import java.nio.file.Path;
import java.util.List;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.OutputCopies;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.ReferenceRuns.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built-in and user tags of a prinz2004-pyloric sweep, on the reference output of the network tests. */
class NetworkTagsTest {

    private static final String NETWORKS = "tiny-network.yaml";

    @TempDir
    Path tmp;

    @Test
    void networkTagsFollowTheClassAndTheCellsAndUserTagsWorkAsForNeurons() {
        Reference ref = ReferenceRuns.of(NETWORKS);
        Path out = OutputCopies.copy(ref.output(), tmp.resolve("out"));
        assertThat(count(out, "models", "triphasic <> (class IN ('pyloric', 'pyloric-like', 'triphasic-wrong-order'))"
                + " OR pyloric_order <> (class IN ('pyloric', 'pyloric-like'))"
                + " OR (abpd_class IN ('tonic', 'bursting') AND NOT abpd_oscillates)")).isZero();
        assertThat(ref.result().tagCounts().keySet()).containsExactly("triphasic", "pyloric_order", "abpd_oscillates",
                "lp_oscillates", "py_oscillates");

        String expression = "lp_oscillates AND NOT triphasic";
        Cli.Result add = Cli.run("tag", out.toString(), "lp_alone", expression);
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(count(out, "models", "lp_alone")).isEqualTo(count(out, "models", "(" + expression + ")"));
        Cli.Result columns = Cli.run("query", out.toString(), "SELECT * FROM tags LIMIT 0", "--format", "csv");
        assertThat(columns.out().lines().findFirst().orElseThrow())
                .isEqualTo("variant,triphasic,pyloric_order,abpd_oscillates,lp_oscillates,py_oscillates,lp_alone");
        RefusalTest.assertRefusedOneLine(Cli.run("tag", out.toString(), "LP_oscillates", "true"),
                "tag 'LP_oscillates'", "built-in tag");
        assertThat(List.of(Cli.run("tag", out.toString(), "--list").out().split("\n")))
                .anyMatch(l -> l.matches("pyloric_order +built-in +\\d+ +triphasic, and in every analysed cycle.*"));
    }
}
