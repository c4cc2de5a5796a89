package org.circuitsweep.jobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.apache.spark.sql.Row;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;
import org.circuitsweep.jobs.support.ModelRows;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.ReferenceRuns.Reference;
import org.circuitsweep.jobs.support.SharedSpark;
import org.circuitsweep.jobs.support.TestSpecs;
import org.circuitsweep.jobs.support.TreeHash;
import org.circuitsweep.jobs.tag.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on the shared local[2] session: rows, determinism, chunk budgets and the sweeps row. */
class SweepJobTest {

    @TempDir
    Path tmp;

    @Test
    void writesEveryVariantOnceInOneFilePerChunk() {
        Reference ref = ReferenceRuns.of(TestSpecs.TINY);
        assertThat(ModelRows.variants(ref.rows())).containsExactlyElementsOf(LongStream.range(0, 60).boxed().toList());
        assertThat(ref.output().resolve("models").toFile().list())
                .containsExactlyInAnyOrder("chunk-00000.parquet", "chunk-00001.parquet", "chunk-00002.parquet",
                        "chunk-00003.parquet", "chunk-00004.parquet", "chunk-00005.parquet", "chunk-00006.parquet",
                        "chunk-00007.parquet");
        assertThat(ref.result().complete()).isTrue();
        assertThat(ref.result().chunksRun()).isEqualTo(8);
        assertThat(ref.result().runCounts()).isEqualTo(ref.result().sweepCounts());
        assertThat(ref.result().runCounts().total()).isEqualTo(60);
    }

    @Test
    void rowsAreBitIdenticalForAnotherChunkSize() {
        Reference ref = ReferenceRuns.of(TestSpecs.TINY);
        RunResult r = ReferenceRuns.run(TestSpecs.write(TestSpecs.TINY, tmp, 25), tmp.resolve("out"), Integer.MAX_VALUE);
        assertThat(r.chunksRun()).isEqualTo(3);
        assertThat(ModelRows.of(SharedSpark.get(), tmp.resolve("out"))).containsExactlyElementsOf(ref.rows());
    }

    @Test
    void aChunkBudgetStopsEarlyAndTheNextRunDoesOnlyTheRest() {
        Reference ref = ReferenceRuns.of(TestSpecs.TINY);
        Path spec = TestSpecs.write(TestSpecs.TINY, tmp, 0);
        Path out = tmp.resolve("out");
        RunResult first = ReferenceRuns.run(spec, out, 3);
        assertThat(first.chunksRun()).isEqualTo(3);
        assertThat(first.variantsDone()).isEqualTo(24);
        assertThat(first.complete()).isFalse();
        assertThat(sweepsRow(out)).containsEntry("variants_done", 24L).containsEntry("variants_run", 24L);

        RunResult rest = ReferenceRuns.run(spec, out, Integer.MAX_VALUE);
        assertThat(rest.chunksRun()).isEqualTo(5);
        assertThat(rest.runCounts().total()).isEqualTo(36);
        assertThat(rest.sweepCounts()).isEqualTo(ref.result().sweepCounts());
        assertThat(ModelRows.of(SharedSpark.get(), out)).containsExactlyElementsOf(ref.rows());
        assertThat(sweepsRow(out)).containsEntry("variants_done", 60L).containsEntry("variants_run", 36L);
    }

    @Test
    void aCompleteSweepIsNotSimulatedAgain() {
        Path spec = TestSpecs.write(TestSpecs.TINY, tmp, 0);
        Path out = tmp.resolve("out");
        ReferenceRuns.run(spec, out, Integer.MAX_VALUE);
        Map<String, String> models = TreeHash.of(out.resolve("models"));
        RunResult again = ReferenceRuns.run(spec, out, Integer.MAX_VALUE);
        assertThat(again.chunksRun()).isZero();
        assertThat(again.complete()).isTrue();
        assertThat(TreeHash.of(out.resolve("models"))).isEqualTo(models);
    }

    @Test
    void theSweepsRowDescribesTheOutput() {
        Reference ref = ReferenceRuns.of(TestSpecs.TINY);
        Map<String, Object> row = sweepsRow(ref.output());
        assertThat(row).containsEntry("name", "tiny-random").containsEntry("method", "random")
                .containsEntry("variant_count", 60L).containsEntry("chunk_size", 8).containsEntry("chunk_count", 8)
                .containsEntry("seed", 20240611L).containsEntry("engine_version", BuildInfo.engineVersion())
                .containsEntry("spec_text", TestSpecs.text(TestSpecs.TINY));
        assertThat((String) row.get("spec_hash")).hasSize(64);
        SweepSpec spec = SpecLoader.parse(TestSpecs.text(TestSpecs.TINY), "tiny");
        assertThat(row).containsEntry("spec_hash", spec.hash()).containsEntry("sweep_id", SweepJob.sweepId(spec));
        assertThat((String) row.get("sweep_id")).matches("tiny-random-[0-9a-f]{12}");
        assertThat(row.get("parameter_names").toString()).contains("gNa", "gCaS", "gKd", "gLeak");
        assertThat(row.get("class_counts").toString()).contains("silent");
        assertThat((Long) row.get("run_time_ms")).isNotNegative();
    }

    /**
     * A first run that writes every chunk takes the counts of the sweeps row from its tasks; they
     * must be what Spark SQL counts in the table (what a resumed run, or one with user tags, uses).
     */
    @Test
    void countsSummedByTheTasksAreTheCountsOfTheTable() {
        Reference ref = ReferenceRuns.of(TestSpecs.TINY);
        Tagger.Counts table = new Tagger(SharedSpark.get(), SweepOutput.at(ref.output().toString(),
                SharedSpark.get().sparkContext().hadoopConfiguration()), List.of()).count();

        ClassCounts classes = new ClassCounts(ref.result().sweepCounts().labels());
        table.classes().forEach(classes::add);
        assertThat(ref.result().sweepCounts()).isEqualTo(classes);
        assertThat(ref.result().tagCounts()).containsExactlyEntriesOf(table.tags());
        assertThat(table.tags()).containsOnlyKeys("spiking", "bursting", "periodic", "oscillates");
    }

    /** The one row of the sweeps table, read by Spark. */
    static Map<String, Object> sweepsRow(Path out) {
        List<Row> rows = SharedSpark.get().read().parquet(out.resolve("sweeps").toUri().toString()).collectAsList();
        assertThat(rows).hasSize(1);
        Row r = rows.get(0);
        Map<String, Object> m = new java.util.HashMap<>();
        for (String f : r.schema().fieldNames()) {
            m.put(f, r.getAs(f));
        }
        return m;
    }
}
