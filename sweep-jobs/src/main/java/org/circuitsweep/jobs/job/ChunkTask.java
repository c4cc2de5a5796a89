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
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sim.NeuronSimulator;
import org.circuitsweep.jobs.io.ChunkFile;
import org.circuitsweep.jobs.io.ModelRecords;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.plan.ChunkRange;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * The executor side of a sweep: simulates the chunks of one partition and commits one Parquet file
 * per chunk. The spec travels as its YAML text and is parsed once per partition, so nothing of the
 * engine has to be serializable; one sampler, one simulator, one row and one parameter buffer serve
 * the whole partition.
 */
final class ChunkTask implements FlatMapFunction<Iterator<Integer>, ChunkSummary> {

    private static final long serialVersionUID = 1L;

    private final String specText;
    private final String specSource;
    private final String sweepId;
    private final SweepPlan plan;
    private final String modelsDir;
    private final Broadcast<SerializableConfiguration> hadoopConf;
    /** Models simulated per class, indexed by {@link ActivityClass} ordinal: the progress line's source. */
    private final LongAccumulator[] progress;

    ChunkTask(String specText, String specSource, String sweepId, SweepPlan plan, String modelsDir,
              Broadcast<SerializableConfiguration> hadoopConf, LongAccumulator[] progress) {
        this.specText = specText;
        this.specSource = specSource;
        this.sweepId = sweepId;
        this.plan = plan;
        this.modelsDir = modelsDir;
        this.hadoopConf = hadoopConf;
        this.progress = progress.clone();
    }

    @Override
    public Iterator<ChunkSummary> call(Iterator<Integer> chunkIds) {
        SweepSpec spec = SpecLoader.parse(specText, specSource);
        Sampler sampler = spec.sampler();
        NeuronSimulator simulator = new NeuronSimulator(spec.simulation(), spec.classifierThresholds());
        Schema schema = TableSchemas.models(spec.parameterNames());
        ModelRecords rows = new ModelRecords(schema, sweepId, spec.parameterNames().size());
        double[] values = new double[spec.parameterNames().size()];
        Configuration conf = hadoopConf.value().value();
        String attempt = attemptTag();

        List<ChunkSummary> summaries = new ArrayList<>();
        while (chunkIds.hasNext()) {
            ChunkRange chunk = plan.chunk(chunkIds.next());
            ClassCounts counts = new ClassCounts();
            try (ChunkFile file = ChunkFile.open(modelsDir, chunk.chunk(), plan.chunkCount(), attempt, schema, conf)) {
                for (long i = chunk.start(); i < chunk.end(); i++) {
                    sampler.variant(i, values);
                    NeuronFeatures features = simulator.run(spec.conductances(values));
                    file.write(rows.row(i, values, features));
                    ActivityClass c = features.activityClass();
                    counts.add(c, 1);
                    progress[c.ordinal()].add(1);
                }
                // False when another attempt committed the chunk first: same rows, nothing to do.
                file.commit();
            }
            summaries.add(new ChunkSummary(chunk.chunk(), counts));
        }
        return summaries.iterator();
    }

    /** Unique per task attempt, also across applications (a resumed sweep reuses attempt ids). */
    private static String attemptTag() {
        return "attempt-" + TaskContext.get().taskAttemptId() + "-" + UUID.randomUUID();
    }
}
