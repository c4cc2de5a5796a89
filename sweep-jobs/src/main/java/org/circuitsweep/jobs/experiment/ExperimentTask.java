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
 * protocol, classifier and kernel: a chunk's neurons together in the kernel's lanes
 * ({@link ExperimentSimulator#runNeurons}, each bit for bit its single run), networks one by one.
 * A row is a pure function of (experiment, unit), so a retried or speculative attempt writes the
 * same file. A task returns {chunk, kept, changed} per chunk: a long[], which Kryo knows, so that
 * nothing of the sweep's own chunk summary is shared.
 */
final class ExperimentTask implements FlatMapFunction<Iterator<Integer>, long[]> {

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
    public Iterator<long[]> call(Iterator<Integer> chunkIds) {
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

        List<long[]> summaries = new ArrayList<>();
        while (chunkIds.hasNext()) {
            ChunkRange chunk = plan.chunk(chunkIds.next());
            ClassCounts counts = new ClassCounts(LABELS);
            int n = (int) chunk.size();
            // The chunk's variants, each rebuilt once, and every unit's perturbed preparation.
            List<Integer> positions = new ArrayList<>();
            List<Preparation> variants = new ArrayList<>();
            List<double[]> variantValues = new ArrayList<>();
            List<Preparation> perturbed = new ArrayList<>(n);
            for (long u = chunk.start(); u < chunk.end(); u++) {
                int position = (int) (u / levelCount);
                if (positions.isEmpty() || positions.get(positions.size() - 1) != position) {
                    double[] v = new double[base.parameterNames().size()];
                    sampler.variant((Long) selection.get(position).get(TableSchemas.VARIANT), v);
                    positions.add(position);
                    variantValues.add(v);
                    variants.add(preparations.of(v));
                }
                perturbed.add(levels.get((int) (u % levelCount)).condition().apply(variants.get(variants.size() - 1)));
            }
            if (check != null) {
                List<NeuronFeatures> results = cells == null ? simulator.runNeurons(variants) : null;
                for (int v = 0; v < variants.size(); v++) {
                    GenericRecord row = selection.get(positions.get(v));
                    long index = (Long) row.get(TableSchemas.VARIANT);
                    if (cells == null) {
                        check.neuron(index, variantValues.get(v), results.get(v), row);
                    } else {
                        check.network(index, variantValues.get(v), simulator.runNetwork(variants.get(v)), row);
                    }
                }
            }
            List<NeuronFeatures> neurons = cells == null ? simulator.runNeurons(perturbed) : null;
            try (ChunkFile file = ChunkFile.open(experimentsDir, chunk.chunk(), plan.chunkCount(), attempt, schema, conf)) {
                for (int i = 0; i < n; i++) {
                    long u = chunk.start() + i;
                    GenericRecord before = selection.get((int) (u / levelCount));
                    ExperimentLevels.Level level = levels.get((int) (u % levelCount));
                    Map<String, Object> after = cells == null ? ModelRecords.featureColumns(neurons.get(i))
                            : NetworkRecords.resultColumns(simulator.runNetwork(perturbed.get(i)), cells);
                    GenericRecord row = rows.row(u, level.describe(), before, after);
                    file.write(row);
                    int label = Boolean.TRUE.equals(row.get("kept")) ? 0 : 1;
                    counts.add(label, 1);
                    progress[label].add(1);
                }
                file.commit(); // false when another attempt committed the chunk first: same rows
            }
            long[] kept = counts.toArray();
            summaries.add(new long[] {chunk.chunk(), kept[0], kept[1]});
        }
        return summaries.iterator();
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
