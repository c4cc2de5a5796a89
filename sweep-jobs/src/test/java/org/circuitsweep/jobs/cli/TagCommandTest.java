package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitsweep.jobs.cli.RefusalTest.assertRefusedOneLine;
import static org.circuitsweep.jobs.support.Tags.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.SharedSpark;
import org.circuitsweep.jobs.support.Tags;
import org.circuitsweep.jobs.support.TestSpecs;
import org.circuitsweep.jobs.support.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags declared in a spec and added by {@code sweep tag}, on copies of the tagged reference output. */
class TagCommandTest {

    private static final String SLOW_IRREGULAR = "class = 'irregular' AND spike_rate_hz < 30";

    @TempDir
    Path tmp;

    @Test
    void specTagsAndAnAddedTagSelectWhatTheirExpressionsSelect() {
        Path out = Tags.copyOfReference(tmp);
        Cli.Result add = Cli.run("tag", out.toString(), "slow_irregular", SLOW_IRREGULAR);
        assertThat(add.exit()).as(add.err()).isZero();
        long slow = count(out, "models", "(" + SLOW_IRREGULAR + ")");
        assertThat(add.out()).isEqualTo("tag slow_irregular added: true for " + slow + " of 24 models\n");

        for (Map.Entry<String, String> tag : Map.of("high_sodium", Tags.HIGH_SODIUM, "fast_spiker", Tags.FAST_SPIKER,
                "slow_irregular", SLOW_IRREGULAR).entrySet()) {
            long byExpression = count(out, "models", "(" + tag.getValue() + ")");
            assertThat(byExpression).as(tag.getKey()).isBetween(1L, 23L);
            assertThat(count(out, "models", tag.getKey())).as(tag.getKey()).isEqualTo(byExpression);
            assertThat(count(out, "tags", tag.getKey())).as(tag.getKey()).isEqualTo(byExpression);
            assertThat(count(out, "sweeps", "tag_counts['" + tag.getKey() + "'] = " + byExpression)).isOne();
        }
    }

    @Test
    void otherParquetClientsJoinTheTagsFileOnVariant() {
        Path out = Tags.copyOfReference(tmp);
        assertThat(Cli.run("tag", out.toString(), "slow_irregular", SLOW_IRREGULAR).exit()).isZero();
        Dataset<Row> tags = SharedSpark.get().read().parquet(out.resolve("tags").toUri().toString());
        assertThat(tags.columns()).containsExactly("variant", "high_sodium", "fast_spiker", "slow_irregular");
        assertThat(tags.count()).isEqualTo(24);
        Dataset<Row> models = SharedSpark.get().read().parquet(out.resolve("models").toUri().toString());
        long joined = models.join(tags, "variant").where("slow_irregular").count();
        assertThat(joined).isEqualTo(count(out, "models", "(" + SLOW_IRREGULAR + ")"));
    }

    @Test
    void theRunSummaryAndTheSweepsRowCountEveryTag() {
        ReferenceRuns.Reference ref = ReferenceRuns.of(Tags.SPEC);
        assertThat(ref.result().tagCounts().keySet()).containsExactly("spiking", "bursting", "periodic", "oscillates",
                "high_sodium", "fast_spiker");
        for (Map.Entry<String, Long> e : ref.result().tagCounts().entrySet()) {
            assertThat(count(ref.output(), "models", e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        Path out = Tags.copyOfReference(tmp);
        Cli.Result resume = Cli.run("resume", out.toString());
        assertThat(resume.exit()).as(resume.err()).isZero();
        assertThat(resume.out()).containsPattern("(?m)^tag +models$")
                .containsPattern("(?m)^high_sodium +" + ref.result().tagCounts().get("high_sodium") + "$")
                .containsPattern("(?m)^oscillates +" + ref.result().tagCounts().get("oscillates") + "$");
    }

    @Test
    void builtInTagsAgreeWithTheFeaturesTheyFollowFrom() {
        Path out = ReferenceRuns.of(TestSpecs.TINY).output();
        assertThat(count(out, "models", "spiking <> (spikes > 0) OR bursting <> (class = 'bursting')"
                + " OR (class IN ('tonic', 'bursting') AND NOT periodic) OR (periodic AND NOT oscillates)")).isZero();
        assertThat(count(out, "models", "oscillates")).isPositive();
    }

    @Test
    void listShowsEveryTagWithItsKindCountAndDefinition() {
        Path out = Tags.copyOfReference(tmp);
        assertThat(Cli.run("tag", out.toString(), "slow_irregular", SLOW_IRREGULAR).exit()).isZero();
        Cli.Result list = Cli.run("tag", out.toString(), "--list");
        assertThat(list.exit()).as(list.err()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.get(0)).matches("tag +kind +models +definition");
        assertThat(lines.subList(2, lines.size())).hasSize(7).satisfiesExactly(
                l -> assertThat(l).matches("spiking +built-in +" + count(out, "models", "spikes > 0")
                        + " +at least one spike in the analysis window \\(spikes > 0\\)\\."),
                l -> assertThat(l).matches("bursting +built-in +\\d+ +the class is bursting\\."),
                l -> assertThat(l).matches("periodic +built-in +\\d+ +a period was found by the 5 % rules.*"),
                l -> assertThat(l).matches("oscillates +built-in +\\d+ +the membrane potential repeats.*"),
                l -> assertThat(l).matches("high_sodium +spec +" + count(out, "models", Tags.HIGH_SODIUM) + " +"
                        + Tags.HIGH_SODIUM),
                l -> assertThat(l).matches("fast_spiker +spec +\\d+ +" + Tags.FAST_SPIKER),
                l -> assertThat(l).matches("slow_irregular +added +\\d+ +" + SLOW_IRREGULAR));
    }

    @Test
    void replaceChangesTheDefinitionInPlaceAndOnlyWithTheFlag() {
        Path out = Tags.copyOfReference(tmp);
        assertThat(Cli.run("tag", out.toString(), "slow_irregular", SLOW_IRREGULAR).exit()).isZero();
        assertRefusedOneLine(Cli.run("tag", out.toString(), "slow_irregular", "spike_rate_hz < 15"),
                "tag 'slow_irregular': exists (" + SLOW_IRREGULAR + ")", "--replace");
        assertRefusedOneLine(Cli.run("tag", out.toString(), "other", "true", "--replace"), "tag 'other'",
                "leave out --replace");

        Cli.Result replaced = Cli.run("tag", out.toString(), "SLOW_irregular", "spike_rate_hz < 15", "--replace");
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(replaced.out()).startsWith("tag SLOW_irregular replaced: true for ");
        assertThat(count(out, "models", "SLOW_irregular")).isEqualTo(count(out, "models", "spike_rate_hz < 15"))
                .isNotEqualTo(count(out, "models", "(" + SLOW_IRREGULAR + ")"));
        assertThat(Cli.run("tag", out.toString(), "--list").out()).contains("SLOW_irregular").doesNotContain(SLOW_IRREGULAR);
    }

    @Test
    void badTagsAreRefusedWithOneLineAndNothingChangesOnDisk() {
        Path out = Tags.copyOfReference(tmp);
        assertThat(Cli.run("tag", out.toString(), "slow_irregular", SLOW_IRREGULAR).exit()).isZero();
        Map<String, String> before = TreeHash.of(out);
        String dir = out.toString();
        assertRefusedOneLine(Cli.run("tag", dir, "x", "perod_ms > 1000"), "tag 'x'", "perod_ms");
        assertRefusedOneLine(Cli.run("tag", dir, "x", "gNa + 1"), "tag 'x'", "of type double, not boolean");
        assertRefusedOneLine(Cli.run("tag", dir, "x", "period_ms >"), "tag 'x'", "not an SQL expression");
        assertRefusedOneLine(Cli.run("tag", dir, "x", "count(*) > 3"), "tag 'x'", "aggregate");
        assertRefusedOneLine(Cli.run("tag", dir, "x", "rand() > 0.5"), "tag 'x'", "non-deterministic");
        assertRefusedOneLine(Cli.run("tag", dir, "x", "gNa > 1 AS y"), "tag 'x'", "without AS");
        assertRefusedOneLine(Cli.run("tag", dir, "Oscillates", "true"), "tag 'Oscillates'", "built-in tag");
        assertRefusedOneLine(Cli.run("tag", dir, "gkd", "true"), "tag 'gkd'", "column gKd of models");
        assertRefusedOneLine(Cli.run("tag", dir, "high_sodium", "gNa > 100"), "tag 'high_sodium'", "defined in the spec");
        assertRefusedOneLine(Cli.run("tag", dir, "2fast", "true"), "tag '2fast'", "a letter or '_'");
        assertRefusedOneLine(Cli.run("tag", dir, "x"), "missing NAME and EXPR", "--help");
        assertRefusedOneLine(Cli.run("tag", dir, "x", "true", "--list"), "--list", "DIR only");
        assertThat(TreeHash.of(out)).isEqualTo(before);
    }

    @Test
    void aSpecTagThatDoesNotAnalyseIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path spec = Files.writeString(tmp.resolve("bad.yaml"), TestSpecs.text(Tags.SPEC)
                .replace(Tags.HIGH_SODIUM, "gNaa >= 250"));
        Path out = tmp.resolve("new-out");
        assertRefusedOneLine(Cli.run("run", spec.toString(), "--output", out.toString()),
                spec + ": tags.high_sodium: ", "gNaa");
        assertThat(out).doesNotExist();
    }
}
