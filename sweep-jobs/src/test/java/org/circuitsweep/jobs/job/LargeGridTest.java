package org.circuitsweep.jobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.jobs.plan.ChunkSet;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;
import org.circuitsweep.jobs.support.SharedSpark;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 20,250,000-variant grid: the driver plans it in O(chunks) memory and runs its first two
 * chunks. The allocation bound is what makes the test able to fail: any per-variant structure on
 * the driver (a list of indices, a long[] of N, a bit per variant of 2.5 MB plus boxing) costs
 * far more than the budget of 64 bytes per chunk, while a bit set and the list of chunk ids fit.
 */
class LargeGridTest {

    private static final String SPEC = "grid-20m.yaml";
    private static final long N = 20_250_000L;

    @TempDir
    Path tmp;

    @Test
    void plansTwentyMillionVariantsInChunkSpaceAndRunsTheFirstTwoChunks() {
        Path specFile = TestSpecs.write(SPEC, tmp, 0);
        SweepSpec spec = SpecLoader.load(specFile);
        Configuration conf = SweepSparkConf.hadoopConf(SharedSpark.get().sparkContext().getConf());
        String out = tmp.resolve("out").toString();
        SweepJob.prepare(spec, specFile.toString(), out, conf); // warms class loading and the file system cache

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        SweepJob job = SweepJob.prepare(spec, specFile.toString(), out, conf);
        ChunkSet missing = job.plan().missing(job.committed());
        List<Integer> work = missing.first(Integer.MAX_VALUE);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        int chunks = job.plan().chunkCount();
        assertThat(job.plan().variants()).isEqualTo(N);
        assertThat(chunks).isEqualTo(202_500);
        assertThat(work).hasSize(chunks);
        long budget = 64L * chunks;
        assertThat(budget).as("the budget must be far below one long per variant").isLessThan(Long.BYTES * N / 10);
        assertThat(allocated).as("bytes the driver allocated to plan %,d variants", N).isLessThan(budget);
        assertThat(missing.footprintBytes()).isLessThanOrEqualTo(chunks / 8 + 8);

        RunResult result = job.run(SharedSpark.get(), 2, new PrintWriter(new StringWriter()), false);
        assertThat(result.chunksRun()).isEqualTo(2);
        assertThat(result.variantsDone()).isEqualTo(200);
        assertThat(tmp.resolve("out/models").toFile().list()).containsExactlyInAnyOrder(
                "chunk-000000.parquet", "chunk-000001.parquet");
        assertRowsAreTheSamplersVariants(spec, tmp.resolve("out"));

        SweepJob again = SweepJob.prepare(spec, specFile.toString(), out, conf);
        assertThat(again.committed().first(10)).containsExactly(0, 1);
        assertThat(again.plan().missing(again.committed()).size()).isEqualTo(chunks - 2);
    }

    private static void assertRowsAreTheSamplersVariants(SweepSpec spec, Path out) {
        List<Row> rows = SharedSpark.get().read().parquet(out.resolve("models").toUri().toString())
                .orderBy("variant").collectAsList();
        assertThat(rows).hasSize(200);
        Sampler sampler = Sampler.create(spec.parameters(), spec.method(), spec.count(), spec.seed());
        double[] expected = new double[spec.parameterNames().size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            assertThat(r.<Long>getAs("variant")).isEqualTo(i);
            sampler.variant(i, expected);
            for (int p = 0; p < expected.length; p++) {
                assertThat(r.<Double>getAs(spec.parameterNames().get(p))).isEqualTo(expected[p]);
            }
        }
    }
}
