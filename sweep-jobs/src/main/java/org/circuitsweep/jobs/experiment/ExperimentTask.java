package org.circuitsweep.jobs.experiment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.perturb.ExperimentSimulator;
import org.circuitsweep.engine.perturb.Preparation;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.io.ChunkFile;
import org.circuitsweep.jobs.io.ExperimentColumns;
import org.circuitsweep.jobs.io.ExperimentRecords;
import org.circuitsweep.jobs.io.ModelRecords;
import org.circuitsweep.jobs.io.NetworkRecords;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.job.ChunkSummary;
import org.circuitsweep.jobs.job.ClassCounts;
import org.circuitsweep.jobs.plan.ChunkRange;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.circuitsweep.jobs.spec.SpecInputs;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * The executor side of an experiment: simulates the units of its chunks and commits one Parquet
 * file per chunk, as a sweep task does. Unit u is level {@code u % L} of the selected variant at
 * position {@code u / L}; the variant is rebuilt from the base spec's sampler (its text and
 * inputs travel with the task, as a sweep task's do), its stored row comes from the selection
 * file, and the perturbed preparation is run by an {@link ExperimentSimulator} with the base's
 * protocol, classifier and kernel. A row is a pure function of (experiment, unit), so a retried or
 * speculative attempt writes the same file.
 */
final class ExperimentTask implements FlatMapFunction<Iterator<Integer>, ChunkSummary> {

    private static final long serialVersionUID = 1L;
    /** Labels of the progress counts. */
    static final List<String> LABELS = List.of("kept", "changed");

    /** A thread's simulator and what it was built for: kept from task to task (the circuit steady-state cache). */
    private record Simulator(SimulationSettings settings, ClassifierThresholds thresholds, ExperimentSimulator simulator) {
    }

    private static final ThreadLocal<Simulator> SIMULATOR = new ThreadLocal<>();

    private final String baseSpecText;
    private final String baseSpecSource;
    private final SpecInputs baseInputs;
    private final List<String> perturbations;
    private final String experimentId;
    private final String baseSweepId;
    private final SweepPlan plan;
    private final int levelCount;
    private final boolean recomputeBaseline;
    private final String selectionFile;
    private final String experimentsDir;
    private final String schemaJson;
    private final Broadcast<SerializableConfiguration> hadoopConf;
    private final LongAccumulator[] progress;

    ExperimentTask(SweepSpec base, String baseSpecSource, List<String> perturbations, String experimentId,
                   String baseSweepId, SweepPlan plan, int levelCount, boolean recomputeBaseline, String selectionFile,
                   String experimentsDir, Schema schema, Broadcast<SerializableConfiguration> hadoopConf,
                   LongAccumulator[] progress) {
        this.baseSpecText = base.text();
        this.baseSpecSource = baseSpecSource;
        this.baseInputs = base.inputs();
        this.perturbations = List.copyOf(perturbations);
        this.experimentId = experimentId;
        this.baseSweepId = baseSweepId;
        this.plan = plan;
        this.levelCount = levelCount;
        this.recomputeBaseline = recomputeBaseline;
        this.selectionFile = selectionFile;
        this.experimentsDir = experimentsDir;
        this.schemaJson = schema.toString();
        this.hadoopConf = hadoopConf;
        this.progress = progress.clone();
    }

    @Override
    public Iterator<ChunkSummary> call(Iterator<Integer> chunkIds) {
        SweepSpec base = SpecLoader.parse(baseSpecText, baseSpecSource, baseInputs);
        Sampler sampler = base.sampler();
        Preparations preparations = new Preparations(base);
        ExperimentLevels levels = ExperimentLevels.parse(perturbations);
        if (levels.size() != levelCount) {
            throw new IllegalStateException("the perturbations give " + levels.size() + " levels here, " + levelCount
                    + " on the driver");
        }
        ExperimentSimulator simulator = simulator(base.simulation(), base.classifierThresholds());
        Configuration conf = hadoopConf.value().value();
        List<GenericRecord> selection = SelectionCache.rows(selectionFile, conf);
        Schema stored = selection.get(0).getSchema();
        Schema schema = new Schema.Parser().parse(schemaJson);
        ExperimentRecords rows = new ExperimentRecords(schema, ExperimentColumns.of(stored), experimentId, baseSweepId);
        double[] values = new double[base.parameterNames().size()];
        List<String> cells = null;
        if (preparations.network()) {
            sampler.variant((Long) selection.get(0).get(TableSchemas.VARIANT), values);
            cells = preparations.of(values).circuit().cells().stream().map(Cell::name).toList();
        }
        BaselineCheck check = recomputeBaseline ? new BaselineCheck(base, stored, baseSweepId, cells) : null;
        String attempt = "attempt-" + TaskContext.get().taskAttemptId() + "-" + UUID.randomUUID();

        List<ChunkSummary> summaries = new ArrayList<>();
        while (chunkIds.hasNext()) {
            ChunkRange chunk = plan.chunk(chunkIds.next());
            ClassCounts counts = new ClassCounts(LABELS);
            try (ChunkFile file = ChunkFile.open(experimentsDir, chunk.chunk(), plan.chunkCount(), attempt, schema, conf)) {
                long position = -1;
                Preparation variant = null;
                for (long u = chunk.start(); u < chunk.end(); u++) {
                    GenericRecord before = selection.get((int) (u / levelCount));
                    if (u / levelCount != position) {
                        position = u / levelCount;
                        long index = (Long) before.get(TableSchemas.VARIANT);
                        sampler.variant(index, values);
                        variant = preparations.of(values);
                        if (check != null) {
                            if (cells == null) {
                                check.neuron(index, values, simulator.runNeuron(variant), before);
                            } else {
                                check.network(index, values, simulator.runNetwork(variant), before);
                            }
                        }
                    }
                    ExperimentLevels.Level level = levels.get((int) (u % levelCount));
                    Map<String, Object> after = run(simulator, level.condition().apply(variant), cells);
                    GenericRecord row = rows.row(u, level.describe(), before, after);
                    file.write(row);
                    int label = Boolean.TRUE.equals(row.get("kept")) ? 0 : 1;
                    counts.add(label, 1);
                    progress[label].add(1);
                }
                file.commit(); // false when another attempt committed the chunk first: same rows
            }
            summaries.add(new ChunkSummary(chunk.chunk(), counts));
        }
        return summaries.iterator();
    }

    /** The perturbed run's class, tags and features under their models-table names. */
    private static Map<String, Object> run(ExperimentSimulator simulator, Preparation p, List<String> cells) {
        if (cells == null) {
            NeuronFeatures f = simulator.runNeuron(p);
            return ModelRecords.featureColumns(f);
        }
        NetworkResult r = simulator.runNetwork(p);
        return NetworkRecords.resultColumns(r, cells);
    }

    private static ExperimentSimulator simulator(SimulationSettings settings, ClassifierThresholds thresholds) {
        Simulator s = SIMULATOR.get();
        if (s == null || !s.settings().equals(settings) || !s.thresholds().equals(thresholds)) {
            s = new Simulator(settings, thresholds, new ExperimentSimulator(settings, thresholds));
            SIMULATOR.set(s);
        }
        return s.simulator();
    }
}
