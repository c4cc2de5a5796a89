package org.circuitsweep.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.jobs.job.SweepSparkConf;
import org.circuitsweep.jobs.support.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit protocol of chunk files, without Spark: what a duplicate or failed attempt leaves. */
class ChunkFileTest {

    private final Configuration conf = SweepSparkConf.hadoopConf(SweepSparkConf.create("test", "local[1]"));
    private final Schema schema = TableSchemas.models(List.of("gNa"));
    private final ModelRecords rows = new ModelRecords(schema, "s-1", 1);

    @TempDir
    Path tmp;

    @Test
    void aDuplicateAttemptDropsItsFileAndLeavesTheCommittedOne() throws Exception {
        String models = tmp.resolve("models").toUri().toString();
        assertThat(write(models, "attempt-1", 100.0).commit()).isTrue();
        Map<String, String> committed = TreeHash.of(tmp.resolve("models"));
        assertThat(committed).containsKey("chunk-00000.parquet");

        assertThat(write(models, "attempt-2", 200.0).commit()).isFalse();
        assertThat(TreeHash.of(tmp.resolve("models"))).isEqualTo(committed);
        try (var temps = Files.list(tmp.resolve("models/_tmp"))) {
            assertThat(temps).isEmpty();
        }
    }

    @Test
    void anAttemptClosedWithoutCommitLeavesNothing() {
        String models = tmp.resolve("models").toUri().toString();
        write(models, "attempt-1", 100.0).close();
        assertThat(tmp.resolve("models/chunk-00000.parquet")).doesNotExist();
        assertThat(tmp.resolve("models/_tmp").toFile().list()).isEmpty();
    }

    private ChunkFile write(String models, String attempt, double gNa) {
        ChunkFile file = ChunkFile.open(models, 0, 3, attempt, schema, conf);
        for (long i = 0; i < 4; i++) {
            file.write(rows.row(i, new double[] {gNa}, NeuronFeatures.numericalFailure(10)));
        }
        return file;
    }
}
