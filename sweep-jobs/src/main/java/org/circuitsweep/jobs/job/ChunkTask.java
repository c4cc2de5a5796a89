package org.circuitsweep.jobs.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.jobs.io.ChunkFile;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.plan.ChunkRange;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.circuitsweep.jobs.spec.SpecInputs;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * The executor side of a sweep: simulates the chunks of one partition and commits one Parquet file
 * per chunk. The spec travels as its YAML text with the inputs the driver resolved (a circuit
 * file's text, cells selected from other sweeps) and is parsed once per partition, so nothing of
 * the engine has to be serializable; one sampler and one {@link VariantRows} (simulator and row
 * builder for the spec's kind of model) serve the whole partition.
 */
final class ChunkTask implements FlatMapFunction<Iterator<Integer>, ChunkSummary> {

    private static final long serialVersionUID = 1L;

    private final String specText;
    private final String specSource;
    private final SpecInputs inputs;
    private final String sweepId;
    private final SweepPlan plan;
    private final String modelsDir;
    private final Broadcast<SerializableConfiguration> hadoopConf;
    /** Variants simulated per class, one per entry of the spec's class labels: the progress line's source. */
    private final LongAccumulator[] progress;

    ChunkTask(SweepSpec spec, String specSource, String sweepId, SweepPlan plan, String modelsDir,
              Broadcast<SerializableConfiguration> hadoopConf, LongAccumulator[] progress) {
        this.specText = spec.text();
        this.specSource = specSource;
        this.inputs = spec.inputs();
        this.sweepId = sweepId;
        this.plan = plan;
        this.modelsDir = modelsDir;
        this.hadoopConf = hadoopConf;
        this.progress = progress.clone();
    }

    @Override
    public Iterator<ChunkSummary> call(Iterator<Integer> chunkIds) {
        SweepSpec spec = SpecLoader.parse(specText, specSource, inputs);
        Sampler sampler = spec.sampler();
        VariantRows rows = VariantRows.create(spec, sweepId);
        Schema schema = VariantRows.schema(spec);
        List<String> labels = spec.classLabels();
        // Counted here so that a run that wrote the whole table knows its tag counts without reading it back.
        List<String> tagNames = TableSchemas.builtInTags(schema);
        int[] tagPositions = tagNames.stream().mapToInt(tag -> schema.getField(tag).pos()).toArray();
        Configuration conf = hadoopConf.value().value();
        String attempt = attemptTag();

        List<ChunkSummary> summaries = new ArrayList<>();
        while (chunkIds.hasNext()) {
            ChunkRange chunk = plan.chunk(chunkIds.next());
            ClassCounts counts = new ClassCounts(labels);
            ClassCounts tags = new ClassCounts(tagNames);
            try (ChunkFile file = ChunkFile.open(modelsDir, chunk.chunk(), plan.chunkCount(), attempt, schema, conf)) {
                rows.rows(sampler, chunk.start(), chunk.end(), (row, classIndex) -> {
                    file.write(row);
                    counts.add(classIndex, 1);
                    for (int t = 0; t < tagPositions.length; t++) {
                        if ((Boolean) row.get(tagPositions[t])) {
                            tags.add(t, 1);
                        }
                    }
                    progress[classIndex].add(1);
                });
                // False when another attempt committed the chunk first: same rows, nothing to do.
                file.commit();
            }
            summaries.add(new ChunkSummary(chunk.chunk(), counts, tags));
        }
        return summaries.iterator();
    }

    /** Unique per task attempt, also across applications (a resumed sweep reuses attempt ids). */
    private static String attemptTag() {
        return "attempt-" + TaskContext.get().taskAttemptId() + "-" + UUID.randomUUID();
    }
}
