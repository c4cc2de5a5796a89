package org.circuitsweep.jobs.experiment;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.circuitsweep.engine.perturb.Preparation;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.jobs.io.ExperimentManifest;
import org.circuitsweep.jobs.io.ExperimentOutput;
import org.circuitsweep.jobs.io.OutputException;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.job.BuildInfo;
import org.circuitsweep.jobs.job.ClassCounts;
import org.circuitsweep.jobs.job.ProgressListener;
import org.circuitsweep.jobs.job.ProgressReporter;
import org.circuitsweep.jobs.plan.ChunkSet;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.circuitsweep.jobs.spec.ExperimentSpec;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * The driver of a virtual experiment. {@link #prepare} checks the base sweep, the perturbations and
 * the output directory without Spark and writes nothing. {@link #run} runs the condition over the
 * base's models table (refusing a condition Spark cannot analyse, or one that selects nothing),
 * applies every level to every selected variant (refusing one that does not apply), and only then
 * creates the output: the manifest, the spec, the selection table; then it simulates the missing
 * chunks of units, one Spark task each, as a sweep does. The driver holds the plan, one bit per
 * chunk and the selection (bounded by {@link SelectionQuery#MAX_SELECTED}).
 */
public final class ExperimentJob {

    private final ExperimentSpec spec;
    private final BaseSweep base;
    private final ExperimentOutput output;
    private final ExperimentLevels levels;
    private final Optional<ExperimentManifest> existing;
    private final Schema baseSchema;
    private final Schema schema;
    private final String specHash;
    private final String experimentId;

    private ExperimentJob(ExperimentSpec spec, BaseSweep base, ExperimentOutput output, ExperimentLevels levels,
                          Optional<ExperimentManifest> existing, Schema baseSchema) {
        this.spec = spec;
        this.base = base;
        this.output = output;
        this.levels = levels;
        this.existing = existing;
        this.baseSchema = baseSchema;
        this.schema = TableSchemas.experiments(baseSchema);
        this.specHash = spec.hash(base.manifest().specHash(), base.manifest().sweepId());
        this.experimentId = spec.experimentId(base.manifest().specHash(), base.manifest().sweepId());
    }

    /**
     * Checks the base, the perturbations (their grammar, and their cells, conductances and synapses
     * on the base's variant 0 when its spec needs no Spark to rebuild) and the output at
     * {@code location}: new, or an output of this same experiment. Refuses with a one-line
     * {@code SpecException} or {@link OutputException}; writes nothing.
     */
    public static ExperimentJob prepare(ExperimentSpec spec, String location, Configuration conf) {
        BaseSweep base = BaseSweep.open(spec, conf);
        ExperimentOutput output = ExperimentOutput.at(location, conf);
        String root = output.root().toString().replaceAll("/+$", "");
        String baseRoot = base.output().root().toString().replaceAll("/+$", "");
        if (root.equals(baseRoot) || root.startsWith(baseRoot + "/")) {
            throw spec.error("output", location + ": is inside the base sweep's output " + spec.base()
                    + "; choose a directory outside it");
        }
        ExperimentLevels levels = ExperimentLevels.parse(spec);
        if (!base.needsResolving()) {
            levels.check(spec, example(base.spec(), 0), base.spec().simulation());
        }
        Optional<ExperimentManifest> existing = output.inspect();
        ExperimentJob job = new ExperimentJob(spec, base, output, levels, existing, base.storedModelsSchema());
        existing.ifPresent(job::requireSameExperiment);
        if (existing.isPresent() && output.hasSelection()) {
            output.committedChunks(job.plan(existing.get()), job.schema); // refuses a broken chunk now
        }
        return job;
    }

    private void requireSameExperiment(ExperimentManifest old) {
        if (!old.specHash().equals(specHash)) {
            throw new OutputException(output + ": holds experiment '" + old.name() + "' of spec hash " + old.specHash()
                    + ", but this experiment has spec hash " + specHash
                    + "; choose another output directory or delete this one; the directory was left unchanged");
        }
        if (!old.engineVersion().equals(BuildInfo.engineVersion())) {
            throw new OutputException(output + ": was simulated by circuit-sweep " + old.engineVersion() + ", this is "
                    + BuildInfo.engineVersion() + ", whose rows may differ; choose another output directory");
        }
        if (old.levels() != levels.size() || !old.experimentId().equals(experimentId)) {
            throw new OutputException(output + "/" + ExperimentOutput.MANIFEST + ": does not match its own spec hash ("
                    + old.levels() + " levels); the directory was left unchanged");
        }
    }

    private SweepPlan plan(ExperimentManifest m) {
        return new SweepPlan(m.unitCount(), m.chunkSize());
    }

    /** The base's variant {@code index} unperturbed. */
    private static Preparation example(SweepSpec base, long index) {
        double[] values = new double[base.parameterNames().size()];
        base.sampler().variant(index, values);
        return new Preparations(base).of(values);
    }

    /**
     * Simulates up to {@code maxChunks} missing chunks, lowest first, creating the output first if it
     * is new. Call once.
     */
    public ExperimentResult run(SparkSession spark, int maxChunks, PrintWriter progress, boolean terminal) {
        if (maxChunks < 1) {
            throw new IllegalArgumentException("max-chunks: " + maxChunks + " is not allowed; expected an integer >= 1");
        }
        base.resolve(spark);
        ExperimentManifest manifest;
        if (existing.isEmpty()) {
            List<GenericRecord> rows = select(spark);
            manifest = new ExperimentManifest(experimentId, spec.name(), specHash, base.manifest().sweepId(),
                    base.manifest().specHash(), base.output().root().toString(), spec.perturbations(), rows.size(),
                    levels.size(), SelectionQuery.digest(rows), spec.chunkSize(),
                    (int) ((rows.size() * (long) levels.size() - 1) / spec.chunkSize() + 1), BuildInfo.engineVersion(),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            output.create(manifest, spec.text());
            output.writeSelection(TableSchemas.selection(baseSchema), rows);
        } else {
            manifest = existing.get();
            output.ensureSpec(spec.text());
            output.clearTemp();
            if (!output.hasSelection()) {
                List<GenericRecord> rows = select(spark);
                if (rows.size() != manifest.selected() || !SelectionQuery.digest(rows).equals(manifest.selectionSha256())) {
                    throw new OutputException(output + ": the condition now selects " + rows.size() + " variants of "
                            + spec.base() + ", not the " + manifest.selected() + " the experiment was created with; "
                            + "the base changed; choose another output directory");
                }
                output.writeSelection(TableSchemas.selection(baseSchema), rows);
            }
        }
        SweepPlan plan = plan(manifest);
        ChunkSet committed = output.committedChunks(plan, schema);
        List<Integer> chunkIds = plan.missing(committed).first(maxChunks);
        ClassCounts runCounts = chunkIds.isEmpty() ? new ClassCounts(ExperimentTask.LABELS)
                : simulate(spark, manifest, plan, committed, chunkIds, progress, terminal);
        output.clearTemp();
        long done = plan.variantsIn(committed) + runCounts.total();
        return new ExperimentResult(output.toString(), manifest.selected(), plan.variants(), done, chunkIds.size(),
                runCounts, levelCounts(spark));
    }

    /** The selected rows, after every level was applied to every one of them. */
    private List<GenericRecord> select(SparkSession spark) {
        List<GenericRecord> rows = SelectionQuery.select(spark, base, spec, TableSchemas.selection(baseSchema));
        SweepSpec b = base.spec();
        Sampler sampler = b.sampler();
        Preparations preparations = new Preparations(b);
        double[] values = new double[b.parameterNames().size()];
        for (GenericRecord r : rows) {
            long variant = (Long) r.get(TableSchemas.VARIANT);
            sampler.variant(variant, values);
            try {
                levels.check(spec, preparations.of(values), b.simulation());
            } catch (RuntimeException e) {
                throw new OutputException(e.getMessage() + " (on base variant " + variant + ")");
            }
        }
        return rows;
    }

    private ClassCounts simulate(SparkSession spark, ExperimentManifest manifest, SweepPlan plan, ChunkSet committed,
                                 List<Integer> chunkIds, PrintWriter progress, boolean terminal) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> labels = ExperimentTask.LABELS;
        LongAccumulator[] perLabel = new LongAccumulator[labels.size()];
        for (int c = 0; c < perLabel.length; c++) {
            perLabel[c] = spark.sparkContext().longAccumulator("circuit-sweep units " + labels.get(c));
        }
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
        ExperimentTask task = new ExperimentTask(base.spec(), base.specSource(), spec.perturbations(), experimentId,
                manifest.baseSweepId(), plan, levels.size(), spec.recomputeBaseline(), output.selectionFile().toString(),
                output.experiments().toString(), schema, conf, perLabel);
        ProgressListener listener = new ProgressListener(labels, perLabel);
        spark.sparkContext().addSparkListener(listener);
        ProgressReporter reporter = new ProgressReporter(progress, terminal, "units", plan.variants(),
                plan.variantsIn(committed), listener::snapshot);
        ClassCounts counts = new ClassCounts(labels);
        try {
            jsc.setJobDescription("simulate " + chunkIds.size() + " chunks of experiment " + spec.name());
            List<long[]> summaries = jsc.parallelize(chunkIds, chunkIds.size()).mapPartitions(task).collect();
            summaries.forEach(s -> counts.addAll(ClassCounts.of(labels, new long[] {s[1], s[2]})));
            reporter.finish(counts);
        } catch (Exception e) { // Scala does not declare the checked SparkException
            throw baselineMismatch(e).orElseThrow(() -> e instanceof RuntimeException r ? r : new IllegalStateException(e));
        } finally {
            reporter.close();
            spark.sparkContext().removeSparkListener(listener);
            conf.destroy();
        }
        return counts;
    }

    /** A failed job whose task found a baseline differing from its stored row, as a one-line refusal. */
    private Optional<OutputException> baselineMismatch(Exception e) {
        if (!(e instanceof SparkException)) {
            return Optional.empty();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            int at = message.indexOf(BaselineCheck.Mismatch.MARKER);
            if (at >= 0) {
                String line = message.substring(at + BaselineCheck.Mismatch.MARKER.length()).lines().findFirst().orElse("");
                return Optional.of(new OutputException(spec.base() + ": " + line + " (--recompute-baseline; chunks "
                        + "committed so far were kept)"));
            }
        }
        return Optional.empty();
    }

    /** Units and kept units per level over the whole experiments table. */
    private List<ExperimentResult.LevelCount> levelCounts(SparkSession spark) {
        List<Row> rows = spark.read().parquet(output.experiments().toString())
                .groupBy("condition", "level_index")
                .agg(org.apache.spark.sql.functions.first("perturbation").as("perturbation"),
                        org.apache.spark.sql.functions.count("*").as("units"),
                        org.apache.spark.sql.functions.count_if(org.apache.spark.sql.functions.col("kept")).as("kept"))
                .orderBy("condition", "level_index").collectAsList();
        return rows.stream().map(r -> new ExperimentResult.LevelCount(r.getInt(0), r.getInt(1), r.getString(2),
                r.getLong(3), r.getLong(4))).toList();
    }

    public String name() {
        return spec.name();
    }
}
